"""Keeping the per-language index (`SearchEntry`) in step with the site.

Any live, public page is indexed from its own `search_fields`, in its own language, so guides,
courses, events and whatever page types come later are covered without changes here. Snippets
listed in `INDEXED_SNIPPETS` (the services directory) are indexed the same way.

`search/signals.py` calls `index_page` on publish and `remove_page` on unpublish; deleting a page
deletes its entry through the foreign key's cascade.
"""

import datetime
import html
import logging

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Page
from wagtail.search import index as wagtail_index

from home.localization import DefaultLocaleFallbackMixin
from home.topics import localized_topics
from home.visibility import is_public, public_pages

from .models import SearchEntry, SearchWord
from .text import fold

logger = logging.getLogger(__name__)

# Text-search configurations created by migration 0002 (each one = unaccent + a stemmer).
TEXT_SEARCH_CONFIGS = {"es": "quito_es", "en": "quito_en", "fr": "quito_fr", "ht": "quito_ht"}
DEFAULT_TEXT_SEARCH_CONFIG = "quito_ht"  # "simple" + unaccent: no stemming

# Translatable snippets shown on a listing page, each at `#<anchor>`: {snippet: listing page}.
# Missing models are skipped quietly, so search does not depend on which apps exist yet.
INDEXED_SNIPPETS = {"community.ServiceProvider": "community.ServiceDirectoryPage"}

# Attributes that hold "the date that matters" for a result, and what that date means.
DATE_ATTRIBUTES = [
    ("start_date", "start"),
    ("starts_on", "start"),
    ("starts_at", "start"),
    ("start", "start"),
    ("date", "start"),
    ("last_reviewed", "reviewed"),
    ("last_verified", "verified"),
]

MAX_BODY_LENGTH = 20000
VOCABULARY_MIN_LENGTH = 4
VOCABULARY_MAX_LENGTH = 40


def is_postgres():
    return connection.vendor == "postgresql"


def text_search_config(language):
    return TEXT_SEARCH_CONFIGS.get(language, DEFAULT_TEXT_SEARCH_CONFIG)


def indexed_snippet_models():
    """{snippet model: its listing page model} for the snippets that exist in this project."""
    models = {}
    for label, listing_label in INDEXED_SNIPPETS.items():
        try:
            models[apps.get_model(label)] = apps.get_model(listing_label)
        except LookupError:
            continue
    return models


# --- Sections and dates ---------------------------------------------------------------------
def section_for(obj):
    """guide, course, event, service or page: each model says so with `search_section`."""
    return getattr(obj, "search_section", "page")


def date_for(obj):
    """(date, kind) for results where a date matters: when a course or event starts, when a guide
    was last reviewed. A model may define `search_result_date()` returning (date, kind)."""
    custom = getattr(obj, "search_result_date", None)
    if callable(custom):
        return custom()
    for attribute, kind in DATE_ATTRIBUTES:
        value = getattr(obj, attribute, None)
        if isinstance(value, datetime.datetime):
            value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
        if isinstance(value, datetime.date):
            return value, kind
    return None, ""


# --- Text -----------------------------------------------------------------------------------
def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    if hasattr(value, "all") and callable(value.all):
        return [str(item) for item in value.all()]
    if isinstance(value, (bool, int, float, datetime.date)):
        return []
    return [str(value)]


def _plain(text):
    return " ".join(html.unescape(strip_tags(text)).split())


def _field_texts(obj, search_fields):
    texts = []
    for field in search_fields:
        if isinstance(field, wagtail_index.SearchField):
            if field.field_name == "title":
                continue
            try:
                texts.extend(_flatten(field.get_value(obj)))
            except Exception:  # a broken field must never stop indexing the rest
                logger.exception(
                    "search: could not read %s.%s", type(obj).__name__, field.field_name
                )
        elif isinstance(field, wagtail_index.RelatedFields):
            try:
                related = field.get_value(obj)
            except Exception:
                logger.exception(
                    "search: could not follow %s.%s", type(obj).__name__, field.field_name
                )
                continue
            if related is None:
                continue
            objects = related.all() if hasattr(related, "all") else [related]
            for item in objects:
                texts.extend(_field_texts(item, field.fields))
    return texts


def _topic_texts(obj):
    """Names of the object's topics in the object's own language (else Spanish)."""
    topics = getattr(obj, "topics", None)
    if topics is None or not hasattr(topics, "all"):
        return []
    return [
        f"{topic.name}. {topic.description}"
        for topic in localized_topics(topics.all(), obj.locale.language_code)
    ]


def extract_text(obj):
    """(title, body) as plain text, from the object's search fields."""
    title = getattr(obj, "title", None) or str(obj)
    texts = []
    if isinstance(obj, Page) and obj.search_description:
        texts.append(obj.search_description)
    texts.extend(_field_texts(obj, obj.get_search_fields()))
    texts.extend(_topic_texts(obj))
    seen, body_parts = {_plain(title)}, []  # the title is not repeated in the snippet
    for text in texts:
        plain = _plain(text)
        if plain and plain not in seen:
            seen.add(plain)
            body_parts.append(plain)
    body = "\n".join(body_parts)[:MAX_BODY_LENGTH]
    return _plain(title)[:255], body


# --- Writing entries ------------------------------------------------------------------------
def _write_entry(obj, *, page, url, fallback_urls):
    title, body = extract_text(obj)
    date, date_kind = date_for(obj)
    language = obj.locale.language_code
    entry, _created = SearchEntry.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=str(obj.pk),
        defaults={
            "page": page,
            "locale_id": obj.locale_id,
            "language": language,
            "translation_key": obj.translation_key,
            "section": section_for(obj),
            "title": title,
            "body": body,
            "folded_title": fold(title)[:255],
            "folded": fold(f"{title}\n{body}"),
            "url": url[:500],
            "fallback_urls": fallback_urls,
            "date": date,
            "date_kind": date_kind,
        },
    )
    if is_postgres():
        config = text_search_config(language)
        SearchEntry.objects.filter(pk=entry.pk).update(
            search_vector=SearchVector("title", config=config, weight="A")
            + SearchVector("body", config=config, weight="B")
        )
    add_vocabulary(language, f"{title} {body}")
    return entry


def add_vocabulary(language, text):
    """Remember the words of indexed text for "did you mean" (one INSERT, duplicates ignored)."""
    original_words = {}
    for original in (text or "").split():
        stripped = "".join(ch for ch in original if ch.isalpha())
        if VOCABULARY_MIN_LENGTH <= len(stripped) <= VOCABULARY_MAX_LENGTH:
            key = fold(stripped)
            # Keep the accented spelling when there is one: "información" rather than "informacion".
            if key not in original_words or original_words[key] == key:
                original_words[key] = stripped.lower()
    if original_words:
        SearchWord.objects.bulk_create(
            [
                SearchWord(language=language, word=key, display=shown)
                for key, shown in original_words.items()
            ],
            ignore_conflicts=True,
            batch_size=500,
        )


def _is_indexable_page(page):
    if not page.live or page.depth <= 1:
        return False
    if type(page) is Page:  # the tree root and plain placeholder pages
        return False
    return is_public(page)  # no view restriction, its own or inherited from its Spanish source


def fallback_urls_for(page):
    """Where a Spanish page is served to readers of other languages, if its index page does that.

    With DefaultLocaleFallbackMixin, `/en/guides/x/` serves the Spanish guide `x` with the English
    interface. Returns {language code: URL} for each language whose parent index is live.
    """
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return {}
    parent = page.get_parent()
    if parent is None or not isinstance(parent.specific, DefaultLocaleFallbackMixin):
        return {}
    urls = {}
    for translation in public_pages(parent.get_translations().live()).specific():
        url = translation.child_url(page)
        if url:
            urls[translation.locale.language_code] = url
    return urls


def index_page(page):
    """Add or refresh a page's entry, or remove it if the page should not be found."""
    page = page.specific
    url = page.get_url() if _is_indexable_page(page) else None
    if not url:
        remove_page(page)
        return None
    return _write_entry(page, page=page, url=url, fallback_urls=fallback_urls_for(page))


def remove_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def index_subtree(page):
    """Re-index a page and its descendants (after a move, a slug change or a view restriction)."""
    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        index_page(descendant)


def index_subtree_in_every_language(page):
    """Re-index a page, its translations and all their descendants.

    Translations inherit the view restrictions of their Spanish source, so adding or removing
    one, or moving the source, can hide or show pages in every language.
    """
    for translation in page.get_translations(inclusive=True):
        index_subtree(translation)


def refresh_fallback_urls(page):
    """When a section index is published in a language, its Spanish children gain fallback URLs."""
    source = page.get_translation_or_none(page.locale.get_default()) if page.locale_id else None
    if source is None:
        return
    for child in source.get_children().live().specific():
        entry = SearchEntry.objects.filter(page_id=child.pk).first()
        if entry is not None:
            SearchEntry.objects.filter(pk=entry.pk).update(fallback_urls=fallback_urls_for(child))


def snippet_urls(obj):
    """(URL, fallback URLs) of a snippet: its anchor on the listing page of its language.

    A Spanish snippet not translated yet is listed on the other languages' pages too (they show
    Spanish items as a fallback), at the same anchor.
    """
    listing_model = indexed_snippet_models().get(type(obj))
    anchor = getattr(obj, "anchor", "")
    if listing_model is None:
        return "", {}
    listings = {
        page.locale.language_code: page.get_url()
        for page in public_pages(listing_model.objects.live()).select_related("locale")
    }
    language = obj.locale.language_code
    own = listings.get(language)
    if not own:
        return "", {}
    suffix = f"#{anchor}" if anchor else ""
    fallback = {}
    if language == settings.LANGUAGE_CODE:
        fallback = {
            code: f"{url}{suffix}" for code, url in listings.items() if url and code != language
        }
    return f"{own}{suffix}", fallback


def index_snippet(obj):
    """Index a translatable snippet (a service provider) that is shown on a live listing page."""
    live = getattr(obj, "live", True)
    url, fallback = snippet_urls(obj) if live else ("", {})
    if not url:
        remove_object(obj)
        return None
    return _write_entry(obj, page=None, url=url, fallback_urls=fallback)


def index_snippets_listed_on(page):
    """After a listing page is published, unpublished or moved, refresh the snippets it lists."""
    for model, listing_model in indexed_snippet_models().items():
        if isinstance(page.specific, listing_model):
            for obj in model.objects.all().iterator():
                index_snippet(obj)


def index_all_snippets():
    """Refresh every indexed snippet (after a view restriction may have hidden a listing page)."""
    for model in indexed_snippet_models():
        for obj in model.objects.all().iterator():
            index_snippet(obj)


def remove_object(obj):
    SearchEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
    ).delete()


def rebuild(clear=False):
    """Index every live page and listed snippet; drop entries for anything else.

    Existing entries are updated in place, so running it twice creates nothing new. With
    `clear`, the "did you mean" vocabulary is rebuilt from scratch as well.
    """
    if clear:
        SearchWord.objects.all().delete()
    kept = []
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
        entry = index_page(page)
        if entry is not None:
            kept.append(entry.pk)
    for model in indexed_snippet_models():
        for obj in model.objects.all().select_related("locale").iterator():
            entry = index_snippet(obj)
            if entry is not None:
                kept.append(entry.pk)
    SearchEntry.objects.exclude(pk__in=kept).delete()
    return len(kept)
