"""Remind everyone holding a seat, the day before their course starts (run once a day)."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from courses import services


class Command(BaseCommand):
    help = "Send the day-before reminder to the people holding a seat on courses starting tomorrow."

    def handle(self, *args, **options):
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        count = services.send_reminders(tomorrow)
        self.stdout.write(f"{count} people reminded about courses starting {tomorrow.isoformat()}.")
