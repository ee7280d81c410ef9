from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Page, Site


class Command(BaseCommand):
    help = (
        "Set the default Site's hostname and port from the public address, e.g. "
        "`set_site_url https://movilidad.quito.gob.ec`, so that sitemaps, iCal feeds and emails "
        "carry the real address. Creates the default Site (on the tree's first page) if missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", help="The site's public address: https://host[:port]")
        parser.add_argument("--site-name", default=None, help="Also set the Site's name.")

    @transaction.atomic
    def handle(self, *args, url, site_name=None, **options):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CommandError(
                f"Give a full address such as https://movilidad.quito.gob.ec, not {url!r}."
            )
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise CommandError("Give the site's address without a path (Wagtail Sites have none).")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            raise CommandError(str(error)) from None
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            root = Page.get_first_root_node()
            start = root.get_children().first() or root
            site = Site(is_default_site=True, root_page=start)
        clash = Site.objects.filter(hostname=parts.hostname, port=port).exclude(pk=site.pk).first()
        if clash is not None:
            raise CommandError(f"Another site already uses {parts.hostname}:{port} ({clash}).")
        site.hostname, site.port = parts.hostname, port
        if site_name is not None:
            site.site_name = site_name
        site.save()
        self.stdout.write(
            self.style.SUCCESS(f"Default site: {site.hostname}:{site.port} ({parts.scheme})")
        )
