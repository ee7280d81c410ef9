"""Partner screens in the admin: cancel an event, and the Tu voz messages forwarded to them."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages
from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from .models import EventPage, Feedback
from .permissions import partner_scope, user_works_for
from .services import can_cancel, cancel_event


def _admin_context(title, **context):
    return {"page_title": title, "header_title": title, "header_icon": "comment", **context}


# --- Cancelling an event --------------------------------------------------------------------
def cancel_event_view(request, page_id):
    event = get_object_or_404(EventPage, pk=page_id)
    if not can_cancel(request.user, event):
        raise PermissionDenied
    if request.method == "POST":
        cancel_event(event, request.user)
        messages.success(
            request,
            _("“%(title)s” is cancelled in every language. Its page says so and calendars update.")
            % {"title": event.title},
        )
        return redirect("wagtailadmin_explore", event.get_parent().pk)
    context = _admin_context(_("Cancel event"), event=event, header_icon="warning")
    return TemplateResponse(request, "community/admin/cancel_event.html", context)


# --- Partners request translations of their own events only ----------------------------------
_submit_page_translation = SubmitPageTranslationView.as_view()


def submit_page_translation(request, page_id):
    """wagtail-localize's "Translate this page", served at its own URL, refused to a partner for
    anything but their own organisation's events."""
    if partner_scope(request.user) is not None:
        page = get_object_or_404(Page, pk=page_id).specific
        if not isinstance(page, EventPage) or not user_works_for(request.user, page):
            raise PermissionDenied
    return _submit_page_translation(request, page_id=page_id)


# --- Tu voz messages forwarded to a partner ---------------------------------------------------
def _partner_key(request):
    key = partner_scope(request.user)
    if not key:
        raise PermissionDenied
    return key


def forwarded_messages(key):
    return (
        Feedback.objects.filter(forwarded_partner__translation_key=key)
        .select_related("topic")
        .order_by("-created_at")
    )


class PartnerResponseForm(forms.Form):
    response = forms.CharField(
        label=gettext_lazy("Your response"),
        help_text=gettext_lazy(
            "What your organisation did or answered. The Municipality's team sees it; it is never "
            "published."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
    )


def partner_messages_view(request):
    key = _partner_key(request)
    context = _admin_context(
        _("Tu voz messages for my organisation"), messages_list=list(forwarded_messages(key))
    )
    return TemplateResponse(request, "community/admin/partner_messages.html", context)


def partner_message_view(request, pk):
    key = _partner_key(request)
    message = get_object_or_404(forwarded_messages(key), pk=pk)
    if request.method == "POST":
        form = PartnerResponseForm(request.POST)
        if form.is_valid():
            message.partner_response = form.cleaned_data["response"]
            message.partner_responded_at = timezone.now()
            message.partner_responded_by = request.user
            message.save(
                update_fields=[
                    "partner_response",
                    "partner_responded_at",
                    "partner_responded_by",
                    "updated_at",
                ]
            )
            messages.success(request, _("Your response is saved."))
            return redirect(reverse("community_partner_messages"))
    else:
        form = PartnerResponseForm(initial={"response": message.partner_response})
    context = _admin_context(
        _("Tu voz message #%(number)s") % {"number": message.pk},
        message=message,
        form=form,
        topic=message.topic.name if message.topic else "",
    )
    return TemplateResponse(request, "community/admin/partner_message.html", context)
