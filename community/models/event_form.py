"""The admin form of an event: a partner's events always have their own organisation as organiser."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from .partners import PartnerOrganisation, partner_scope


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        key = partner_scope(self.for_user)
        if key is None or "organiser" not in self.fields:
            return
        # Their organisation in the event's language (else any language version of it).
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        organisations = PartnerOrganisation.objects.filter(translation_key=key or None)
        own = organisations.filter(locale_id=locale_id) if locale_id else organisations.none()
        if not own.exists():
            own = organisations.order_by("pk")[:1]
            own = PartnerOrganisation.objects.filter(pk__in=[o.pk for o in own])
        field = self.fields["organiser"]
        # A plain list with only their organisation, instead of the chooser of every organisation.
        field.widget = forms.Select()
        field.queryset = own
        field.empty_label = None
        field.required = True
        field.help_text = _("Your organisation. Events you post are always in its name.")
        field.error_messages["invalid_choice"] = _(
            "You can only post events in the name of your own organisation."
        )
        first = own.first()
        if first is not None:
            self.initial["organiser"] = first.pk
