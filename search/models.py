"""The per-language search index and the anonymous zero-result report.

Wagtail's own database backend keeps ONE index table with ONE text-search configuration for
every language (`SEARCH_CONFIG` is per backend), so it cannot stem Spanish, English and French
at the same time. `SearchEntry` is our own index: one row per live page (or indexed snippet),
keyed by language, whose `search_vector` is built with that language's configuration.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.lookups import TrigramSimilar
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

SECTION_CHOICES = [
    ("guide", _("Guide")),
    ("course", _("Course")),
    ("event", _("Event")),
    ("service", _("Service")),
    ("page", _("Page")),
]


class SearchEntry(models.Model):
    """One searchable item in one language. Rebuilt by `search.index` on publish and on save."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    # Pages cascade: deleting a page deletes its entry without any signal handler.
    page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, db_index=True)
    translation_key = models.UUIDField(db_index=True)
    section = models.CharField(max_length=16, choices=SECTION_CHOICES, default="page")
    title = models.CharField(max_length=255)
    body = models.TextField(blank=True)
    # Lower-case, accent-free title and body: the SQLite fallback searches these columns.
    folded_title = models.CharField(max_length=255, blank=True)
    folded = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    # For a Spanish page shown to someone reading in another language: the URL under that
    # language's section index (see DefaultLocaleFallbackMixin), keyed by language code.
    fallback_urls = models.JSONField(default=dict, blank=True)
    date = models.DateField(null=True, blank=True)
    # What the date means: "start" (courses, events) or "reviewed" (guides).
    date_kind = models.CharField(max_length=16, blank=True)
    # PostgreSQL only: built with the configuration of `language` (quito_es, quito_en, ...).
    search_vector = SearchVectorField(null=True, editable=False)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_unique_object"
            )
        ]
        indexes = [models.Index(fields=["language", "section"], name="search_entry_lang_section")]
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")

    def __str__(self):
        return f"{self.title} ({self.language})"


class SearchWord(models.Model):
    """Words that appear in indexed titles and topics, per language: the "did you mean" vocabulary."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=64, help_text="Lower case, without accents.")
    display = models.CharField(max_length=64, help_text="As written on the site.")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "word"], name="search_word_unique_language_word"
            )
        ]

    def __str__(self):
        return self.display


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


class ZeroResultQuery(models.Model):
    """How many times a query found nothing, per language and week. Nothing about who searched."""

    language = models.CharField(_("language"), max_length=8)
    week = models.DateField(_("week starting"))
    query = models.CharField(_("query"), max_length=100)
    count = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "week", "query"], name="zero_result_unique_query"
            )
        ]
        ordering = ["-week", "-count", "query"]
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")

    def __str__(self):
        return self.query


# pg_trgm's `%` operator (uses the GIN trigram index), registered on this one field so the site
# does not need django.contrib.postgres in INSTALLED_APPS.
SearchWord._meta.get_field("word").register_lookup(TrigramSimilar)
