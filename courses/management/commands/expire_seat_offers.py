"""Pass the seats of expired offers to the next people waiting (run every few minutes)."""

from django.core.management.base import BaseCommand

from courses import services
from courses.models import CoursePage


class Command(BaseCommand):
    help = "Cancel seat offers past their time and offer each seat to the next person waiting."

    def handle(self, *args, **options):
        expired = offered = 0
        for course in CoursePage.objects.filter(pk__in=services.courses_with_expired_offers()):
            gone, new = services.expire_offers(course)
            expired += len(gone)
            offered += len(new)
        self.stdout.write(f"{expired} offers expired, {offered} new offers made.")
