from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = "Rebuild the per-language search index from every live page and indexed snippet."

    def add_arguments(self, parser):
        parser.add_argument(
            "--clear", action="store_true", help="Also rebuild the did-you-mean vocabulary."
        )

    def handle(self, *args, clear=False, **options):
        count = index.rebuild(clear=clear)
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} items."))
