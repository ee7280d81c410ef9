"""Background messages for legal advice requests (email, SMS, WhatsApp), through django-tasks, as
courses/tasks.py does for enrolments.

Each `Notification` row records its attempts; a failed send is retried with a growing delay and
a notification already sent is never sent twice (home/delivery.py). Every message is written in
the language the person chose for the advice (their preferred language). Phone messages are short
and never carry the person's name; when the last channel gives up, the person goes on the
advisers' call list.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from django_tasks import task

from home import delivery
from home.messaging import MessageError, get_backend

from .advice_requests import Channel, Notification
from .services import cancel_calls_for, escalate_to_call


def message_language(advice_request):
    return advice_request.preferred_language or advice_request.language


def render_email(notification):
    advice_request = notification.request
    with translation.override(message_language(advice_request)):
        context = {"request_obj": advice_request, "kind": notification.kind}
        subject = render_to_string("legal_advice/email/subject.txt", context)
        body = render_to_string("legal_advice/email/body.txt", context)
    return " ".join(subject.split()), body


def render_message(notification):
    """The short text of an SMS or WhatsApp message (and what an adviser says on the phone).

    In the person's language, never with their name."""
    advice_request = notification.request
    with translation.override(message_language(advice_request)):
        context = {"request_obj": advice_request, "kind": notification.kind}
        text = render_to_string("legal_advice/messages/text.txt", context)
    return " ".join(text.split())


def deliver(notification):
    """Send one notification through its channel; raises when it did not go out."""
    advice_request = notification.request
    if notification.channel == Channel.EMAIL:
        subject, body = render_email(notification)
        EmailMessage(subject, body, to=[advice_request.email]).send()
        return
    backend = get_backend(notification.channel)
    if backend is None:
        raise MessageError("channel not configured")
    backend.send(advice_request.phone, render_message(notification))


def can_reach(notification):
    advice_request = notification.request
    if advice_request.is_erased or notification.channel == Channel.CALL:
        return False
    if notification.channel == Channel.EMAIL:
        return bool(advice_request.email)
    return bool(advice_request.phone_digits)


@task()
def send_notification(notification_id):
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .select_related("request")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.sent_at or notification.gave_up:
            return "skipped"
        if notification.channel == Channel.CALL:
            return "skipped"  # an adviser's call: on the call list, not sent by a task
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
