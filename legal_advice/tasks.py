"""Background email for legal advice requests, through django-tasks (as courses/tasks.py).

Each `Notification` row records its attempts; a failed send is retried with a growing delay and
a notification already sent is never sent twice (home/delivery.py). The email is
written in the language the person chose for the advice (their preferred language).
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from django_tasks import task

from home import delivery

from .advice_requests import Notification


def render_email(notification):
    advice_request = notification.request
    language = advice_request.preferred_language or advice_request.language
    with translation.override(language):
        context = {"request_obj": advice_request, "kind": notification.kind}
        subject = render_to_string("legal_advice/email/subject.txt", context)
        body = render_to_string("legal_advice/email/body.txt", context)
    return " ".join(subject.split()), body


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
        if notification.request.is_erased or not notification.request.email:
            notification.gave_up = True
            notification.save(update_fields=["gave_up"])
            return "skipped"
        if delivery.attempt(notification, lambda: send_email(notification)):
            return "sent"
        if notification.gave_up:
            return "gave up"
    delivery.enqueue_retry(send_notification, notification)  # once this attempt is committed
    return "retrying"


def send_email(notification):
    subject, body = render_email(notification)
    EmailMessage(subject, body, to=[notification.request.email]).send()


def queue_notification(notification_id):
    delivery.enqueue(send_notification, notification_id)


def queue_after_commit(sender, notification, **kwargs):
    """Receiver of `services.notification_created`: queue the email once the data is committed."""
    transaction.on_commit(lambda: queue_notification(notification.pk))
