"""Remove names and contact details from old Tu voz messages (the message itself stays, anonymous).

Run daily from cron. The period is `TU_VOZ_RETENTION_DAYS` (default 365 days after the message was
last updated), and only for messages whose handling is finished (answered or included in the Plan).
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from community.models import Feedback

FINISHED = ["answered", "included"]


class Command(BaseCommand):
    help = "Erase names and contact details from finished Tu voz messages older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        days = getattr(settings, "TU_VOZ_RETENTION_DAYS", 365)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = Feedback.objects.filter(status__in=FINISHED, updated_at__lt=cutoff).exclude(
            name="", contact=""
        )
        count = old.count()
        if not dry_run:
            # update() keeps updated_at as it was: erasing personal data is not a triage change.
            old.update(name="", contact="")
        verb = "would erase" if dry_run else "erased"
        self.stdout.write(
            f"Tu voz: {verb} the contact details of {count} messages older than {days} days."
        )
