"""Background messages for legal advice requests (email, SMS, WhatsApp), through django-tasks, as
courses/tasks.py does for enrolments.

Each `Notification` row records its attempts; a failed send is retried with a growing delay and
a notification already sent is never sent twice (home/delivery.py, home/notifications.py). Every
message is written in the language the person chose for the advice (their preferred language).
Phone messages are short and never carry the person's name; when the last channel gives up, the
person goes on the advisers' call list.
"""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from django_tasks import task

from home import delivery
from home.notifications import NotificationSender

from .advice_requests import Notification
from .services import escalate_to_call


def render_email(notification):
    advice_request = notification.request
    with translation.override(advice_request.message_language):
        context = {"request_obj": advice_request, "kind": notification.kind}
        subject = render_to_string("legal_advice/email/subject.txt", context)
        body = render_to_string("legal_advice/email/body.txt", context)
    return " ".join(subject.split()), body


def render_message(notification):
    """The short text of an SMS or WhatsApp message (and what an adviser says on the phone).

    In the person's language, never with their name."""
    advice_request = notification.request
    with translation.override(advice_request.message_language):
        context = {"request_obj": advice_request, "kind": notification.kind}
        text = render_to_string("legal_advice/messages/text.txt", context)
    return " ".join(text.split())


notification_sender = NotificationSender(
    Notification.objects.select_related("request"), render_email, render_message, escalate_to_call
)


@task()
def send_notification(notification_id):
    return notification_sender.send(notification_id, send_notification)


def queue_notification(notification_id):
    delivery.enqueue(send_notification, notification_id)


def queue_after_commit(sender, notification, **kwargs):
    """Receiver of `services.notification_created`: queue the message once the data is committed."""
    transaction.on_commit(lambda: queue_notification(notification.pk))
