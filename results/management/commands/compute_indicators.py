"""Compute today's measurement of every indicator computed from the site's own data.

Run nightly (cron or a systemd timer: `manage.py compute_indicators`). Idempotent: a second run on
the same day updates that day's measurement. Indicators that staff enter are left alone.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from results.computations import Computation, compute
from results.models import Indicator, Measurement


class Command(BaseCommand):
    help = "Compute today's value of every indicator computed from the site's own data."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Print, change nothing.")

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        indicators = Indicator.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(
            computation=Computation.ENTERED
        )
        for indicator in indicators:
            value = compute(indicator)
            if not dry_run:
                Measurement.objects.update_or_create(
                    indicator=indicator, date=today, defaults={"value": value, "computed": True}
                )
            self.stdout.write(f"{indicator.name}: {value} ({indicator.get_computation_display()})")
        self.stdout.write(f"{indicators.count()} computed indicators, {today}.")
