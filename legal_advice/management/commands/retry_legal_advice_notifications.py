"""Queue again every legal advice email that has not gone out (for example after an outage)."""

from django.core.management.base import BaseCommand

from legal_advice.models import Notification
from legal_advice.tasks import queue_notification


class Command(BaseCommand):
    help = "Re-queue unsent legal advice emails, including those that ran out of automatic retries."

    def handle(self, *args, **options):
        pending = Notification.objects.filter(
            sent_at__isnull=True, request__personal_data_erased_at__isnull=True
        ).exclude(request__email="")
        ids = list(pending.values_list("pk", flat=True))
        Notification.objects.filter(pk__in=ids).update(gave_up=False, attempts=0)
        for pk in ids:
            queue_notification(pk)
        self.stdout.write(f"{len(ids)} legal advice notifications queued again.")
