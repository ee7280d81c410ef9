"""What a shared link shows: the meta description and the Open Graph tags of every public page.

People pass links on by WhatsApp more than any other way; its preview (like Facebook's) reads
``og:title``, ``og:description`` and ``og:image``. Everything comes from fields the page already
has, in the page's language, and costs no query: the translations are the ones the language
switcher has already fetched for the request.
"""

import re

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Page

from .localization import active_language

# Open Graph locales (language_TERRITORY): the site serves Quito, Ecuador.
OG_LOCALES = {"es": "es_EC", "en": "en_US", "fr": "fr_FR", "ht": "ht_HT"}
DESCRIPTION_CHARS = 200
# The page fields that say what a page is, first found wins (after the editor's search description).
DESCRIPTION_FIELDS = ("summary", "intro", "welcome")
# The default preview image of each section, by page type (site/static/og/<section>.png, 1200×630).
SECTION_OF_PAGE_TYPE = {
    "home.HomePage": "home",
    "legal_guides.LegalGuideIndexPage": "guides",
    "legal_guides.LegalGuidePage": "guides",
    "courses.CourseIndexPage": "courses",
    "courses.CoursePage": "courses",
    "community.CommunitySpacePage": "community",
    "community.EventIndexPage": "community",
    "community.EventPage": "community",
    "community.ServiceDirectoryPage": "services",
    "community.FeedbackPage": "voice",
    "community.YouSaidWeDidPage": "voice",
    "community.PlanPage": "voice",
}
OG_IMAGE_SIZE = (1200, 630)


def site_description():
    return _(
        "Free services of the Municipality of Quito and FUDELA for migrants, refugees and "
        "asylum seekers. We never ask about your immigration status."
    )


def plain(text):
    """Rich text or plain text as one line of plain text, cut at a word near DESCRIPTION_CHARS."""
    text = re.sub(r"\s+", " ", strip_tags(str(text or ""))).strip()
    return Truncator(text).chars(DESCRIPTION_CHARS)


def page_description(page):
    """The editor's search description, else the page's summary or introduction."""
    if not isinstance(page, Page):
        return ""
    for field in ("search_description", *DESCRIPTION_FIELDS):
        text = plain(getattr(page, field, ""))
        if text:
            return text
    return ""


def section_of(page):
    if not isinstance(page, Page):
        return "home"
    return SECTION_OF_PAGE_TYPE.get(page._meta.label, "home")


def link_preview(request, page, translation_codes=None):
    """Everything the <head> needs for a shared link: description, locale, alternates, URL, image."""
    language = active_language()
    if translation_codes is None:
        translation_codes = [code for code, _name in settings.LANGUAGES]
    image = static(f"og/{section_of(page)}.png")
    return {
        "description": page_description(page) or site_description(),
        "locale": OG_LOCALES.get(language, language),
        "alternates": [
            OG_LOCALES.get(code, code) for code in translation_codes if code != language
        ],
        "url": request.build_absolute_uri(request.path) if request is not None else "",
        "image": request.build_absolute_uri(image) if request is not None else image,
        "image_width": OG_IMAGE_SIZE[0],
        "image_height": OG_IMAGE_SIZE[1],
    }
