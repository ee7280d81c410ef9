from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = "Rebuild the per-language search index from every live page and indexed snippet."

    def handle(self, *args, **options):
        count = index.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} items."))
