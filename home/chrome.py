"""The site "chrome": header and footer data shared by every page, cached per site and language."""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from .localization import active_language, localized_snippet
from .models import ContactDetails, HomePage, SiteSettings, UrgentNotice
from .page_cache import content_version
from .visibility import public_pages

CHROME_CACHE_SECONDS = 60


def _chrome_cache_key(site_id, language, version=None):
    """Under the site-wide content version (home/page_cache.py): any change to what the header and
    footer show (settings, notice, contact details, menu pages) bumps it, on every process."""
    return (
        f"site-chrome:{version if version is not None else content_version()}:{site_id}:{language}"
    )


def chrome_for_request(request):
    """What the header and footer need: home URL, menu, notice, contact details, privacy link.

    It changes rarely and is the same for every page, so it is cached briefly per site and
    language, and cleared when editors change any of it.
    """
    site = Site.find_for_request(request) if request is not None else None
    language = active_language()
    key = _chrome_cache_key(site.pk if site else 0, language)
    chrome = cache.get(key)
    if chrome is None:
        chrome = _build_chrome(request, site, language)
        cache.set(key, chrome, CHROME_CACHE_SECONDS)
    return chrome


def _build_chrome(request, site, language):
    homes = {
        home.locale.language_code: home for home in HomePage.objects.live().select_related("locale")
    }
    home = homes.get(language) or homes.get(settings.LANGUAGE_CODE)
    menu = []
    if home is not None:
        menu = [
            {"title": item.title, "url": item.get_url(request), "path": item.path}
            for item in public_pages(home.get_children().live().in_menu())
        ]
    notice = privacy_url = None
    site_settings = SiteSettings.for_site(site) if site else None
    if site_settings is not None:
        if site_settings.urgent_notice_id:
            notice = site_settings.urgent_notice.localized
        if site_settings.privacy_page_id:
            privacy_url = site_settings.privacy_page.localized.get_url(request)
    return {
        "home_url": home.get_url(request) if home else f"/{language}/",
        "menu": menu,
        "notice": notice,
        "privacy_url": privacy_url,
        "contact": localized_snippet(ContactDetails),
    }


def clear_site_chrome(**kwargs):
    site_ids = [0, *Site.objects.values_list("pk", flat=True)]
    cache.delete_many(
        [
            _chrome_cache_key(site_id, code)
            for site_id in site_ids
            for code, _name in settings.LANGUAGES
        ]
    )


def connect_signals():
    for model in (SiteSettings, UrgentNotice, ContactDetails):
        post_save.connect(
            clear_site_chrome, sender=model, dispatch_uid=f"chrome-save-{model.__name__}"
        )
        post_delete.connect(
            clear_site_chrome, sender=model, dispatch_uid=f"chrome-delete-{model.__name__}"
        )
    page_published.connect(clear_site_chrome, dispatch_uid="chrome-publish")
    page_unpublished.connect(clear_site_chrome, dispatch_uid="chrome-unpublish")
