"""Erase the name and contact that referrals carried, REFERRAL_RETENTION_DAYS after they were made.

The provider, the organisation, the need and the outcome stay, so the outcome counts survive.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from referrals.services import anonymise, due_for_purge


class Command(BaseCommand):
    help = "Erase the personal data of referrals made more than REFERRAL_RETENTION_DAYS ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        due = due_for_purge()
        if dry_run:
            self.stdout.write(f"{due.count()} referrals would be anonymised.")
            return
        count = anonymise(due)
        self.stdout.write(
            f"{count} referrals anonymised (retention {settings.REFERRAL_RETENTION_DAYS} days)."
        )
