from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

from wagtail.models import Page

from home.chrome import chrome_for_request
from home.localization import active_language
from home.models import ICON_GLYPHS

register = template.Library()


def _page_translations(context):
    """{language_code: live translation} for the page being shown, fetched once per request."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page):
        return None
    memo = getattr(request, "_page_translations", None) if request is not None else None
    if memo is None or memo[0] != page.pk:
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        memo = (page.pk, {t.locale.language_code: t for t in translations})
        if request is not None:
            request._page_translations = memo
    return memo[1]


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
        if translations is not None:
            translation = translations.get(code)
            if code == current and request is not None:
                url, available = request.get_full_path(), True
            elif translation is not None:
                url, available = translation.get_url(request), True
            else:
                url, available = f"/{code}/?untranslated=1", False
        elif request is not None:
            url, available = translate_url(request.get_full_path(), code), True
        else:
            url, available = f"/{code}/", True
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
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


@register.simple_tag(takes_context=True)
def shown_in_other_language(context):
    """True when the page is served in another language than the visitor's (not translated yet)."""
    page = context.get("page")
    translations = _page_translations(context)
    if not translations:
        return False
    own = translations.get(active_language())
    return own is None or own.pk != page.pk


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """What the header and footer need: home URL, menu, notice, contact details, privacy link."""
    return chrome_for_request(context.get("request"))


@register.filter
def glyph(icon_name):
    return ICON_GLYPHS.get(icon_name, ICON_GLYPHS["info"])


@register.filter
def in_section(page, section_path):
    """True when `page` is the menu section at `section_path` or below it (for aria-current)."""
    return isinstance(page, Page) and page.path.startswith(section_path)
