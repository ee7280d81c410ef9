"""Remove personal data of enrolments whose course ended more than ENROLMENT_RETENTION_DAYS ago.

Names, contacts, document numbers, notes and birth years are blanked. The course, status,
nationality, gender and age band stay, so the anonymous counts survive. Certificates stay
verifiable: their record keeps only the number, the holder's initials, the issue date and any
revocation (the verification page shows no more); their PDF, which needs the full name, can no
longer be made.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from courses.models import Enrolment
from courses.services import anonymise


class Command(BaseCommand):
    help = "Erase personal data of enrolments on courses that ended more than ENROLMENT_RETENTION_DAYS ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.ENROLMENT_RETENTION_DAYS
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        due = Enrolment.objects.filter(
            course__end_date__lt=cutoff, personal_data_erased_at__isnull=True
        )
        count = due.count()
        if dry_run:
            self.stdout.write(
                f"{count} enrolments would be anonymised (courses ended before {cutoff})."
            )
            return
        for enrolment in due.iterator():
            anonymise(enrolment)
        self.stdout.write(
            f"{count} enrolments anonymised (courses ended before {cutoff}, retention {days} days)."
        )
