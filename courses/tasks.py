"""Background messages for enrolments (email, SMS, WhatsApp), through django-tasks.

Each `Notification` row records its attempts; a failed send is retried with a growing delay and
a notification already sent is never sent twice (home/delivery.py and home/notifications.py,
shared with legal advice).

The services only record notifications; `notification_sender.queue_after_commit` (connected in
`apps.py` to `services.notification_created`) queues each one once the enrolment's transaction
commits.
Imports go one way: this module uses the services, never the reverse.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from django_tasks import task

from home.notifications import NotificationSender, render_text

from .certificate_pdf import download_url
from .enrolments import Notification, NotificationKind
from .services import (
    can_cancel_online,
    cancel_token,
    certificate_token,
    escalate_to_call,
    offer_token,
)


def site_root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL


def render_email(notification):
    enrolment = notification.enrolment
    with translation.override(enrolment.language):
        course = enrolment.course_in(enrolment.language)
        context = {
            "enrolment": enrolment,
            "kind": notification.kind,
            "course": course,
            "course_url": site_root_url() + course.get_url(),
            "cancel_url": site_root_url()
            + reverse("courses:cancel", kwargs={"token": cancel_token(enrolment)})
            if can_cancel_online(enrolment)
            else None,
            "position": enrolment.waitlist_position(),
            "offer_url": offer_url(enrolment)
            if notification.kind == NotificationKind.OFFERED and enrolment.offered_at
            else "",
            "certificate_url": certificate_url(enrolment, notification.kind),
        }
        subject = render_text("courses/email/subject.txt", context)
        body = render_to_string("courses/email/body.txt", context)
    return subject, body


def offer_url(enrolment):
    """The accept page of the person's current offer, in their language."""
    with translation.override(enrolment.language):
        path = reverse("courses:offer", kwargs={"token": offer_token(enrolment)})
    return site_root_url() + path


def certificate_url(enrolment, kind):
    """The signed download link of the person's certificate, for the "certificate ready" message."""
    certificate = getattr(enrolment, "certificate", None)
    if kind != NotificationKind.CERTIFICATE or certificate is None:
        return ""
    return download_url(certificate, certificate_token(certificate), enrolment.language)


def render_message(notification):
    """The short text of an SMS or WhatsApp message (and what a coordinator says on the phone).

    In the person's language, never with their name."""
    enrolment = notification.enrolment
    with translation.override(enrolment.language):
        course = enrolment.course_in(enrolment.language)
        context = {
            "enrolment": enrolment,
            "kind": notification.kind,
            "course": course,
            "position": enrolment.waitlist_position(),
            "offer_url": offer_url(enrolment)
            if notification.kind == NotificationKind.OFFERED and enrolment.offered_at
            else "",
            "certificate_url": certificate_url(enrolment, notification.kind),
        }
        return render_text("courses/messages/text.txt", context)


@task()
def send_notification(notification_id):
    return notification_sender.send(notification_id)


notification_sender = NotificationSender(
    Notification.objects.select_related("enrolment", "enrolment__course"),
    render_email,
    render_message,
    escalate_to_call,
    send_notification,
)
