"""The Legal advisers' admin: the queue's edit view (status, appointment, notes) and one person's
data (export, erase). Every view checks the request model's permissions: only the "Legal
advisers" group (and superusers) hold them."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic.models import EditView, IndexView
from wagtail.admin.widgets.button import Button

import django_filters

from home.call_list import CallList
from home.personal_data_admin import personal_data_download

from . import services
from .advice_requests import AdviceRequest
from .status import RequestStatus, allowed_targets
from .tasks import render_message


def require_perm(request, action):
    if not request.user.has_perm(f"legal_advice.{action}_advicerequest"):
        raise PermissionDenied


class AdviceRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("status"), choices=RequestStatus.choices
    )
    topic = django_filters.ChoiceFilter(
        label=gettext_lazy("topic"), choices=AdviceRequest.Topic.choices
    )
    preferred_language = django_filters.ChoiceFilter(
        label=gettext_lazy("preferred language"),
        choices=AdviceRequest._meta.get_field("preferred_language").choices,
    )

    class Meta:
        model = AdviceRequest
        fields = ["status", "topic", "preferred_language"]


class AdviceRequestIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(personal_data_erased_at__isnull=True)


class AdviceRequestAdminForm(WagtailAdminModelForm):
    """Status (only the changes the table allows), appointment and notes; the rest is read-only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields and self.instance.pk:
            allowed = set(allowed_targets(self.instance.status))
            self.fields["status"].choices = [
                choice for choice in RequestStatus.choices if choice[0] in allowed
            ]

    def clean(self):
        data = super().clean()
        if self.instance.is_erased:
            raise forms.ValidationError(
                _("This request's personal data was erased; it can no longer change.")
            )
        if data.get("status") == RequestStatus.APPOINTMENT_OFFERED:
            if not data.get("appointment_at"):
                self.add_error(
                    "appointment_at", _("Give the date and time of the appointment you offer.")
                )
            if not (data.get("appointment_place") or "").strip():
                self.add_error("appointment_place", _("Say where the appointment takes place."))
        return data


class AdviceRequestEditView(EditView):
    """Saves through the services, so a change of status follows the table and tells the person."""

    def save_instance(self):
        data = self.form.cleaned_data
        current = AdviceRequest.objects.get(pk=self.object.pk)
        keep = {"internal_notes": data.get("internal_notes", current.internal_notes)}
        status = data.get("status", current.status)
        if status != RequestStatus.APPOINTMENT_OFFERED:
            keep["appointment_at"] = data.get("appointment_at")
            keep["appointment_place"] = data.get("appointment_place", "")
        AdviceRequest.objects.filter(pk=current.pk).update(**keep)
        current.refresh_from_db()
        services.change_status(
            current, status, data.get("appointment_at"), data.get("appointment_place")
        )
        current.refresh_from_db()
        return current

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.request.user.has_perm("referrals.add_referral") and not self.object.is_erased:
            buttons.append(
                Button(
                    gettext_lazy("Refer to a provider"),
                    # The referrals app's form, with this request as its source.
                    url=f"{reverse('referrals:add')}?advice_request={self.object.pk}",
                    icon_name="redirect",
                    priority=20,
                )
            )
        buttons.append(
            Button(
                gettext_lazy("This person's data (export, erase)"),
                url=reverse("legal_advice_admin:person", kwargs={"pk": self.object.pk}),
                icon_name="user",
                priority=30,
            )
        )
        return buttons


def person_data(request, pk):
    """Export (JSON) or erase everything stored about the person behind one request."""
    require_perm(request, "view")
    advice_request = get_object_or_404(AdviceRequest, pk=pk)
    if request.method == "POST":
        require_perm(request, "delete")
        count = services.erase_person(advice_request)
        messages.success(
            request,
            _("Personal data erased from %(count)s requests. Anonymous figures were kept.")
            % {"count": count},
        )
        return redirect("legal_advice_requests:index")
    if request.GET.get("format") == "json":
        return personal_data_download(
            "legal_advice_requests",
            services.person_export(advice_request),
            advice_request.reference,
        )
    context = {
        "advice_request": advice_request,
        "items": services.person_requests(advice_request),
        "can_erase": request.user.has_perm("legal_advice.delete_advicerequest"),
    }
    return TemplateResponse(request, "legal_advice/admin/person.html", context)


# Call list -----------------------------------------------------------------------------------------
# People who gave only a phone that no message reached: the advisers phone them and record it.


class AdviceRequestCallList(CallList):
    permission = "legal_advice.change_advicerequest"
    title = gettext_lazy("Legal advice call list")
    headings = (gettext_lazy("reference"), gettext_lazy("preferred language"))

    def describe(self, advice_request):
        languages = dict(AdviceRequest._meta.get_field("preferred_language").choices)
        return {
            "url": reverse("legal_advice_requests:edit", args=[advice_request.pk]),
            "about": advice_request.get_status_display(),
            "language_name": languages.get(advice_request.preferred_language, ""),
        }


call_list = AdviceRequestCallList("legal_advice_admin", services.call_list, render_message)
