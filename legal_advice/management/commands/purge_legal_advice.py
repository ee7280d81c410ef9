"""Remove personal data of legal advice requests untouched for LEGAL_ADVICE_RETENTION_DAYS.

Names, contacts, descriptions and notes are blanked; the topic, language, channel and status stay,
so the anonymous counts survive. Run it daily (README, "Scheduled jobs").
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from legal_advice.services import anonymise, due_for_purge


class Command(BaseCommand):
    help = "Erase personal data of legal advice requests untouched for LEGAL_ADVICE_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.LEGAL_ADVICE_RETENTION_DAYS
        due = due_for_purge()
        count = due.count()
        if dry_run:
            self.stdout.write(f"{count} legal advice requests would be anonymised.")
            return
        for advice_request in due.iterator():
            anonymise(advice_request)
        self.stdout.write(f"{count} legal advice requests anonymised (retention {days} days).")
