"""Background messages for legal advice requests (email, SMS, WhatsApp), through django-tasks, as
courses/tasks.py does for enrolments.

Each `Notification` row records its attempts; a failed send is retried with a growing delay and
a notification already sent is never sent twice (home/delivery.py, home/notifications.py). Every
message is written in the language the person chose for the advice (their preferred language).
Phone messages are short and never carry the person's name; when the last channel gives up, the
person goes on the advisers' call list.
"""

from django.template.loader import render_to_string
from django.utils import translation

from django_tasks import task

from home.notifications import NotificationSender, render_text

from .advice_requests import Notification
from .services import escalate_to_call


def render_email(notification):
    advice_request = notification.request
    with translation.override(advice_request.message_language):
        context = {"request_obj": advice_request, "kind": notification.kind}
        subject = render_text("legal_advice/email/subject.txt", context)
        body = render_to_string("legal_advice/email/body.txt", context)
    return subject, body


def render_message(notification):
    """The short text of an SMS or WhatsApp message (and what an adviser says on the phone).

    In the person's language, never with their name."""
    advice_request = notification.request
    with translation.override(advice_request.message_language):
        context = {"request_obj": advice_request, "kind": notification.kind}
        return render_text("legal_advice/messages/text.txt", context)


@task()
def send_notification(notification_id):
    return notification_sender.send(notification_id)


notification_sender = NotificationSender(
    Notification.objects.select_related("request"),
    render_email,
    render_message,
    escalate_to_call,
    send_notification,
)
