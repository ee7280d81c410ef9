from django.core.management.base import BaseCommand

from search.stats import flush_zero_results


class Command(BaseCommand):
    help = (
        "Add the buffered zero-result search counts to the report (run it from cron, e.g. hourly)."
    )

    def handle(self, *args, **options):
        count = flush_zero_results()
        self.stdout.write(f"Flushed {count} searches without results.")
