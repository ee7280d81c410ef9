from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.visibility import public_pages


class MultilingualSitemap(Sitemap):
    """Every live public page in every language, each with hreflang alternates for its translations.

    A page under a view restriction is left out, and so are the translations that inherit it.

    Wagtail's own sitemap only walks the default site's root page, which is the Spanish home; the
    other languages' trees are its siblings.
    """

    def items(self):
        return (
            public_pages(Page.objects.live())
            .filter(depth__gt=1)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        alternates_by_key = defaultdict(list)
        language_order = [code for code, _name in settings.LANGUAGES]
        pages_by_url = {}
        for item in self.items():
            location = item.get_full_url(self.request)
            if location is None:
                continue
            pages_by_url[location] = item
            alternates_by_key[item.translation_key].append(
                {"lang_code": item.locale.language_code, "location": location}
            )
        for url in urls:
            item = pages_by_url.get(url["location"])
            if item is None:
                continue
            alternates = sorted(
                alternates_by_key[item.translation_key],
                key=lambda alt: (
                    language_order.index(alt["lang_code"])
                    if alt["lang_code"] in language_order
                    else len(language_order)
                ),
            )
            if len(alternates) > 1:
                url["alternates"] = alternates
        return urls
