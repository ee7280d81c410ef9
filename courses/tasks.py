"""Background messages for enrolments (email, SMS, WhatsApp), through django-tasks.

Each `Notification` row records its attempts; a failed send is retried with a growing delay and
a notification already sent is never sent twice (home/delivery.py, shared with legal advice).

The services only record notifications; `queue_after_commit` (connected in `apps.py` to
`services.notification_created`) queues each one once the enrolment's transaction commits.
Imports go one way: this module uses the services, never the reverse.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from django_tasks import task

from home import delivery
from home.messaging import MessageError, get_backend

from .certificate_pdf import download_url
from .enrolments import Channel, Notification, NotificationKind
from .services import (
    can_cancel_online,
    cancel_calls_for,
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
        subject = render_to_string("courses/email/subject.txt", context)
        body = render_to_string("courses/email/body.txt", context)
    subject = " ".join(subject.split())  # one line: no header injection through titles
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
        text = render_to_string("courses/messages/text.txt", context)
    return " ".join(text.split())


def deliver(notification):
    """Send one notification through its channel; raises when it did not go out."""
    enrolment = notification.enrolment
    if notification.channel == Channel.EMAIL:
        subject, body = render_email(notification)
        EmailMessage(subject, body, to=[enrolment.email]).send()
        return
    backend = get_backend(notification.channel)
    if backend is None:
        raise MessageError("channel not configured")
    backend.send(enrolment.phone, render_message(notification))


def can_reach(notification):
    enrolment = notification.enrolment
    if enrolment.is_erased or notification.channel == Channel.CALL:
        return False
    if notification.channel == Channel.EMAIL:
        return bool(enrolment.email)
    return bool(enrolment.phone_digits)


@task()
def send_notification(notification_id):
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .select_related("enrolment", "enrolment__course")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.sent_at or notification.gave_up:
            return "skipped"
        if notification.channel == Channel.CALL:
            return "skipped"  # a coordinator's call: on the call list, not sent by a task
        if not can_reach(notification):
            notification.gave_up = True
            notification.save(update_fields=["gave_up"])
            return "skipped"
        if delivery.attempt(notification, lambda: deliver(notification)):
            cancel_calls_for(notification)
            return "sent"
        if notification.gave_up:
            escalate_to_call(notification)
            return "gave up"
    delivery.enqueue_retry(send_notification, notification)  # once this attempt is committed
    return "retrying"


def queue_notification(notification_id):
    delivery.enqueue(send_notification, notification_id)


def queue_after_commit(sender, notification, **kwargs):
    """Receiver of `services.notification_created`: queue the message once the data is committed."""
    transaction.on_commit(lambda: queue_notification(notification.pk))
