"""Sending a recorded notification reliably (enrolment messages, legal advice emails).

django-tasks has no automatic retries, so each notification row records its own attempts: a
failed send is recorded and the task is queued again with a growing delay (at once on backends
that cannot defer); after MAX_ATTEMPTS it gives up and staff see it in the admin. A row already
sent is never sent twice: the tasks lock it and check `sent_at` first.

A notification model extends `DeliveryRecord`.
"""

import datetime
import logging

from django.db import models
from django.utils import timezone

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


class DeliveryRecord(models.Model):
    """How the sending of one message went: what `attempt` reads and writes."""

    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    gave_up = models.BooleanField(default=False)

    class Meta:
        abstract = True


def retry_delay(attempts):
    return datetime.timedelta(minutes=2**attempts)  # 2, 4, 8, 16 minutes


def attempt(notification, send):
    """Call `send()` once for a locked notification row and record how it went.

    Returns True when it went out. On failure only the error's class is kept: messages from mail
    servers and gateways can echo the address."""
    notification.attempts += 1
    notification.last_attempt_at = timezone.now()
    try:
        send()
    except Exception as error:  # noqa: BLE001 - any failure to send is retried
        notification.last_error = type(error).__name__[:200]
        notification.gave_up = notification.attempts >= MAX_ATTEMPTS
        notification.save(update_fields=["attempts", "last_attempt_at", "last_error", "gave_up"])
        logger.warning(
            "%s %s failed (attempt %s): %s",
            notification._meta.label,
            notification.pk,
            notification.attempts,
            type(error).__name__,
        )
        return False
    notification.sent_at = timezone.now()
    notification.last_error = ""
    notification.save(update_fields=["attempts", "last_attempt_at", "last_error", "sent_at"])
    return True


def enqueue(task, notification_id, run_after=None):
    """Queue `task(notification_id)`; with `run_after`, not before then (where the backend can
    defer). The queue being down never loses the data: the retry command queues it again."""
    try:
        if run_after is not None and task.get_backend().supports_defer:
            task = task.using(run_after=run_after)
        task.enqueue(notification_id)
    except Exception:
        logger.exception("could not queue %s for notification %s", task.name, notification_id)


def enqueue_retry(task, notification):
    """Queue the next attempt of a notification that failed, after its growing delay."""
    enqueue(task, notification.pk, run_after=timezone.now() + retry_delay(notification.attempts))
