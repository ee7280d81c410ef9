"""Background email for legal advice requests, through django-tasks (as courses/tasks.py).

Each `Notification` row records its attempts; a failed send queues the task again with a growing
delay. The task is idempotent: a notification already sent is never sent twice. The email is
written in the language the person chose for the advice (their preferred language).
"""

import datetime
import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from django_tasks import task

from .advice_requests import Notification

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def retry_delay(attempts):
    return datetime.timedelta(minutes=2**attempts)


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
        notification.attempts += 1
        notification.last_attempt_at = timezone.now()
        try:
            subject, body = render_email(notification)
            EmailMessage(subject, body, to=[notification.request.email]).send()
        except Exception as error:  # noqa: BLE001 - any mail failure is retried
            notification.last_error = type(error).__name__[:200]
            notification.gave_up = notification.attempts >= MAX_ATTEMPTS
            notification.save(
                update_fields=["attempts", "last_attempt_at", "last_error", "gave_up"]
            )
            logger.warning(
                "legal advice notification %s failed (attempt %s): %s",
                notification.pk,
                notification.attempts,
                type(error).__name__,
            )
            retry = not notification.gave_up
        else:
            notification.sent_at = timezone.now()
            notification.last_error = ""
            notification.save(
                update_fields=["attempts", "last_attempt_at", "last_error", "sent_at"]
            )
            return "sent"
    if retry:
        queue_notification(
            notification_id, run_after=timezone.now() + retry_delay(notification.attempts)
        )
        return "retrying"
    return "gave up"


def queue_notification(notification_id, run_after=None):
    queued = send_notification
    try:
        if run_after is not None and queued.get_backend().supports_defer:
            queued = queued.using(run_after=run_after)
        queued.enqueue(notification_id)
    except Exception:  # the queue being down must not lose the request
        logger.exception("could not queue legal advice notification %s", notification_id)


def queue_after_commit(sender, notification, **kwargs):
    """Receiver of `services.notification_created`: queue the email once the data is committed."""
    transaction.on_commit(lambda: queue_notification(notification.pk))
