"""Queue again every enrolment email that has not gone out (for example after a mail outage)."""

from django.core.management.base import BaseCommand

from courses.models import Notification
from courses.tasks import queue_notification


class Command(BaseCommand):
    help = "Re-queue unsent enrolment emails, including those that ran out of automatic retries."

    def handle(self, *args, **options):
        # Rows without an email address (a phone-only person's "reference" row) have nothing to
        # send: they stay as they are, for the phone channel to come.
        pending = Notification.objects.filter(
            sent_at__isnull=True, enrolment__personal_data_erased_at__isnull=True
        ).exclude(enrolment__email="")
        ids = list(pending.values_list("pk", flat=True))
        Notification.objects.filter(pk__in=ids).update(gave_up=False, attempts=0)
        for pk in ids:
            queue_notification(pk)
        self.stdout.write(f"{len(ids)} notifications queued again.")
