"""Queue again every enrolment email that has not gone out (for example after a mail outage)."""

from django.core.management.base import BaseCommand

from courses.models import Notification
from courses.services import queue_notification


class Command(BaseCommand):
    help = "Re-queue unsent enrolment emails, including those that ran out of automatic retries."

    def handle(self, *args, **options):
        pending = Notification.objects.filter(
            sent_at__isnull=True, enrolment__personal_data_erased_at__isnull=True
        )
        ids = list(pending.values_list("pk", flat=True))
        pending.update(gave_up=False, attempts=0)
        for pk in ids:
            queue_notification(pk)
        self.stdout.write(f"{len(ids)} notifications queued again.")
