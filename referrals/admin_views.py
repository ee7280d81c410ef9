"""The referrals' admin: staff refer and follow up; a partner organisation sees its own referrals
and records the outcome. The partner's view is the proxy model `PartnerReferral`, whose
permission policy (below) lets a member of an organisation see and update that organisation's
referrals and nothing else."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic.models import CreateView, EditView, IndexView
from wagtail.permission_policies.base import BasePermissionPolicy

from . import services
from .models import PartnerReferral, Referral
from .outcome import RECORDED_OUTCOMES, Outcome
from .partners import organisation_key


class ReferralCreateForm(WagtailAdminModelForm):
    """Staff referring someone: the provider, the source, the need, and consent for the contact."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "provider" in self.fields:
            self.fields["provider"].queryset = self.fields["provider"].queryset.filter(
                locale__language_code=settings.LANGUAGE_CODE
            )
        if "advice_request" in self.fields:
            self.fields["advice_request"].queryset = self.fields["advice_request"].queryset.filter(
                personal_data_erased_at__isnull=True
            )

    def clean(self):
        data = super().clean()
        probe = Referral(
            advice_request=data.get("advice_request"),
            feedback=data.get("feedback"),
            consent_to_share=bool(data.get("consent_to_share")),
            person_name=data.get("person_name") or "",
            person_contact=data.get("person_contact") or "",
        )
        try:
            services.check_contact(probe)
        except forms.ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(field if field in self.fields else None, message)
        return data


class OutcomeForm(WagtailAdminModelForm):
    """Only the outcomes a partner records (not "waiting")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "outcome" in self.fields:
            current = self.instance.outcome
            self.fields["outcome"].choices = [
                choice
                for choice in Outcome.choices
                if choice[0] in RECORDED_OUTCOMES or choice[0] == current
            ]


class ReferralCreateView(CreateView):
    """Staff refer; the "Refer" action of a legal advice request or a Tu voz message opens this
    form with its source chosen (?advice_request=… or ?feedback=…) and the consent box as the
    person answered it there."""

    def get_initial_form_instance(self):
        instance = Referral()
        for name in ("advice_request", "feedback"):
            value = self.request.GET.get(name, "")
            field = Referral._meta.get_field(name)
            if value.isdigit():
                source = field.related_model.objects.filter(pk=value).first()
                if source is not None and not getattr(source, "is_erased", False):
                    setattr(instance, name, source)
                    instance.consent_to_share = bool(services.source_consents(instance))
                    break
        return instance

    def save_instance(self):
        return services.create_referral(self.form.save(commit=False), self.request.user)


class OutcomeEditView(EditView):
    def save_instance(self):
        data = self.form.cleaned_data
        referral = Referral.objects.get(pk=self.object.pk)
        outcome = data.get("outcome", referral.outcome)
        note = data.get("outcome_note", referral.outcome_note)
        if outcome in RECORDED_OUTCOMES and (outcome, note) != (
            referral.outcome,
            referral.outcome_note,
        ):
            services.record_outcome(referral, outcome, note, self.request.user)
        return self.model.objects.get(pk=referral.pk)


class StaffOnlyMixin:
    """The staff list: only for holders of the referral permissions (not partners)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("referrals.view_referral"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StaffIndexView(StaffOnlyMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("provider", "organisation")


class StaffEditView(StaffOnlyMixin, OutcomeEditView):
    pass


def partner_queryset(user, queryset=None):
    """The referrals `user`'s organisation received (all of them for a superuser)."""
    queryset = PartnerReferral.objects.all() if queryset is None else queryset
    if user.is_superuser:
        return queryset
    key = organisation_key(user)
    if key is None:
        return queryset.none()
    return queryset.filter(organisation__translation_key=key)


class PartnerIndexView(IndexView):
    def get_base_queryset(self):
        return partner_queryset(self.request.user, super().get_base_queryset()).select_related(
            "provider"
        )


class PartnerEditView(OutcomeEditView):
    def get_queryset(self):
        return partner_queryset(self.request.user)


class PartnerReferralPolicy(BasePermissionPolicy):
    """Members of a partner organisation may view and update (the outcome of) its referrals."""

    ACTIONS = ("view", "change")

    def __init__(self):
        super().__init__(PartnerReferral)

    def user_has_permission(self, user, action):
        if not getattr(user, "is_active", False) or action not in self.ACTIONS:
            return False
        return user.is_superuser or organisation_key(user) is not None

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if user.is_superuser:
            return True
        organisation = instance.organisation
        return organisation is not None and organisation.translation_key == organisation_key(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(action in self.ACTIONS for action in actions):
            return PartnerReferral.objects.none()
        return partner_queryset(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not any(action in self.ACTIONS for action in actions):
            return users.none()
        return users.filter(partner_membership__isnull=False) | users.filter(is_superuser=True)


def outcomes_report(request):
    """The indicator: referrals by organisation and outcome (counts only, no personal data)."""
    if not request.user.has_perm("referrals.view_referral"):
        raise PermissionDenied
    rows = (
        Referral.objects.order_by()
        .values("organisation__name", "outcome")
        .annotate(total=Count("pk"))
        .order_by("organisation__name")
    )
    table = {}
    for row in rows:
        name = row["organisation__name"] or _("No partner organisation")
        table.setdefault(name, {})[row["outcome"]] = row["total"]
    outcomes = list(Outcome)
    lines = [
        {
            "organisation": name,
            "counts": [counts.get(outcome.value, 0) for outcome in outcomes],
            "total": sum(counts.values()),
        }
        for name, counts in table.items()
    ]
    totals = services.outcome_counts()
    context = {
        "outcomes": outcomes,
        "lines": lines,
        "totals": [totals.get(outcome.value, 0) for outcome in outcomes],
        "total": sum(totals.values()),
        "title": gettext_lazy("Referral outcomes"),
    }
    return TemplateResponse(request, "referrals/outcomes_report.html", context)
