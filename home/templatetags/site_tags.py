from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

from wagtail.models import Page, Site

from home.localization import active_language
from home.models import ICON_GLYPHS, ContactDetails, HomePage, SiteSettings

register = template.Library()


def _page_translations(context):
    """{language_code: live translation} for the page being shown, fetched once per render."""
    page = context.get("page")
    if not isinstance(page, Page):
        return None
    cache = context.render_context
    if "page_translations" not in cache:
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        cache["page_translations"] = {t.locale.language_code: t for t in translations}
    return cache["page_translations"]


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language for the switcher.

    A translated page links to its translation. Otherwise the link goes to that language's home
    page, which then says the page is not translated yet.
    """
    request = context.get("request")
    current = active_language()
    translations = _page_translations(context)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if translations is not None:
            translation = translations.get(code)
            if code == current and request is not None:
                url, available = request.get_full_path(), True
            elif translation is not None:
                url, available = translation.get_url(request), True
            else:
                url, available = f"/{code}/?untranslated=1", False
        elif request is not None:
            url, available = translate_url(request.path, code), True
        else:
            url, available = f"/{code}/", True
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "current": code == current,
                "available": available,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """(language code, absolute URL) for each live translation of the page, plus x-default."""
    translations = _page_translations(context)
    if not translations:
        return []
    request = context.get("request")
    alternates = [
        (code, translations[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    if settings.LANGUAGE_CODE in translations:
        alternates.append(("x-default", translations[settings.LANGUAGE_CODE].get_full_url(request)))
    return alternates


@register.simple_tag
def language_home():
    """The home page in the visitor's language (or the Spanish one)."""
    homes = {
        home.locale.language_code: home
        for home in HomePage.objects.live().select_related("locale")
    }
    return homes.get(active_language()) or homes.get(settings.LANGUAGE_CODE)


@register.simple_tag
def main_navigation(home):
    """The home page's children shown in menus, in the visitor's language."""
    if home is None:
        return []
    return list(home.get_children().live().in_menu().specific(defer=True))


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """Everything the header and footer need, in as few queries as possible."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    site_settings = SiteSettings.for_site(site) if site else None
    notice = privacy_page = None
    if site_settings is not None:
        if site_settings.urgent_notice_id:
            notice = site_settings.urgent_notice.localized
        if site_settings.privacy_page_id:
            privacy_page = site_settings.privacy_page.localized
    return {
        "notice": notice,
        "privacy_page": privacy_page,
        "contact": ContactDetails.for_active_locale(),
    }


@register.filter
def glyph(icon_name):
    return ICON_GLYPHS.get(icon_name, ICON_GLYPHS["info"])


@register.filter
def shown_in_other_language(page):
    """True when a page is served in another language than the visitor's (not translated yet)."""
    return isinstance(page, Page) and page.locale.language_code != active_language()



@register.filter
def in_section(page, section):
    """True when `page` is `section` or one of its descendants (for aria-current in the menu)."""
    return isinstance(page, Page) and page.path.startswith(section.path)
