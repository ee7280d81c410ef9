"""Partners work for their own organisation only.

A member of the Partners group is linked to one `PartnerOrganisation` (`PartnerMembership`, set
by administrators). Their events always have it as organiser, and they may only see and change
their own organisation's events, directory entries and profile. Staff (Community editors,
administrators) are not limited.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from .models.partners import PARTNERS_GROUP, partner_scope

__all__ = ["PARTNERS_GROUP", "partner_scope"]


def organisation_key_of(obj):
    """The translation key of the organisation an event, directory entry or profile belongs to."""
    from .models import PartnerOrganisation

    if isinstance(obj, PartnerOrganisation):
        return obj.translation_key
    organisation = getattr(obj, "organisation", None)
    if organisation is None and hasattr(obj, "organiser_id"):
        organisation = obj.organiser if obj.organiser_id else None
    return organisation.translation_key if organisation is not None else None


def user_works_for(user, obj):
    """True when `user` is not limited (staff) or `obj` belongs to their organisation."""
    key = partner_scope(user)
    if key is None:
        return True
    return bool(key) and organisation_key_of(obj) == key


# Lookup from each model to its organisation's translation key, for querysets.
ORGANISATION_KEY_LOOKUP = {
    "partnerorganisation": "translation_key",
    "serviceprovider": "organisation__translation_key",
    "eventpage": "organiser__translation_key",
}


def limit_to_own_organisation(queryset, user):
    key = partner_scope(user)
    if key is None:
        return queryset
    if not key:
        return queryset.none()
    return queryset.filter(**{ORGANISATION_KEY_LOOKUP[queryset.model._meta.model_name]: key})


class OwnOrganisationPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, and for partners only on their own organisation's objects."""

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and user_works_for(
            user, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return limit_to_own_organisation(
            super().instances_user_has_any_permission_for(user, actions), user
        )
