"""Which partner organisation a signed-in user works for.

The membership itself (user → organisation) is community's `PartnerMembership`, set by
administrators. It is looked up by name so that this app does not import community's internals.
"""

from django.apps import apps


def organisation_key(user):
    """The translation key of the organisation `user` works for, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        membership = apps.get_model("community", "PartnerMembership")
    except LookupError:  # community without memberships: nobody is a partner member
        return None
    return (
        membership.objects.filter(user=user)
        .values_list("organisation__translation_key", flat=True)
        .first()
    )
