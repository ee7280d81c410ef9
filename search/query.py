"""Running a search against the per-language index.

PostgreSQL: full-text search with the visitor's language configuration (stemming + unaccent),
`websearch_to_tsquery` (never raises on user input), ranked with `ts_rank` (titles weigh more).
If every word is required and nothing matches, any word may match instead.

SQLite (`make run`): no stemmer and no ranking function. Each word matches by its first six
letters in the accent-free copy of title and body, so "trabajadores" still finds "trabajo";
results with the words in the title come first. "Did you mean" uses difflib instead of pg_trgm.
"""

import difflib
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When
from django.db.models.functions import Cast

from wagtail.search.utils import normalise_query_string

from .index import is_postgres, text_search_config
from .models import SearchEntry, SearchWord
from .text import fold, word_prefix, words

MAX_WORDS = 12
FALLBACK_RANK_FACTOR = 0.5  # a Spanish page shown to a reader of another language ranks lower
SUGGESTION_MIN_SIMILARITY = 0.3
SUGGEST_BELOW = 3  # offer "did you mean" when fewer results than this


@dataclass
class SearchOutcome:
    entries: object  # ordered queryset of SearchEntry, filtered by section
    section_counts: dict = field(default_factory=dict)
    total: int = 0
    any_word: bool = False  # True when no result had every word, so any word was enough


def _nothing():
    return SearchEntry.objects.none().annotate(rank=Value(0.0, output_field=FloatField()))


def _language_scope(language, own_condition, spanish_condition):
    """Entries in `language`, plus Spanish entries without a live translation into it."""
    if language == settings.LANGUAGE_CODE:
        return Q(language=language) & own_condition
    translated = SearchEntry.objects.filter(language=language).values("translation_key")
    return (Q(language=language) & own_condition) | (
        Q(language=settings.LANGUAGE_CODE) & spanish_condition & ~Q(translation_key__in=translated)
    )


def _postgres_queryset(query, language, any_word):
    own_config = text_search_config(language)
    spanish_config = text_search_config(settings.LANGUAGE_CODE)
    if any_word:
        raw = " | ".join(words(query)[:MAX_WORDS])
        if not raw:
            return _nothing()
        own_query = SearchQuery(raw, config=own_config, search_type="raw")
        spanish_query = SearchQuery(raw, config=spanish_config, search_type="raw")
    else:
        own_query = SearchQuery(query, config=own_config, search_type="websearch")
        spanish_query = SearchQuery(query, config=spanish_config, search_type="websearch")
    scope = _language_scope(language, Q(search_vector=own_query), Q(search_vector=spanish_query))
    if language == settings.LANGUAGE_CODE:
        rank = SearchRank(F("search_vector"), own_query)
    else:
        rank = Case(
            When(language=language, then=SearchRank(F("search_vector"), own_query)),
            default=SearchRank(F("search_vector"), spanish_query) * Value(FALLBACK_RANK_FACTOR),
            output_field=FloatField(),
        )
    return SearchEntry.objects.filter(scope).annotate(rank=rank)


def _sqlite_queryset(query, language, any_word):
    prefixes = []
    for word in words(query)[:MAX_WORDS]:
        if len(word) >= 3 or (word.isdigit() and not any_word):
            prefixes.append(word_prefix(word))
    if not prefixes:
        return _nothing()
    conditions = [Q(folded__contains=prefix) for prefix in prefixes]
    combined = conditions[0]
    for condition in conditions[1:]:
        combined = (combined | condition) if any_word else (combined & condition)
    scope = _language_scope(language, combined, combined)
    score = sum(
        (
            Case(
                When(folded_title__contains=prefix, then=Value(3)),
                default=Value(0),
                output_field=IntegerField(),
            )
            + Case(
                When(folded__contains=prefix, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
            for prefix in prefixes
        ),
        Value(0),
    )
    rank = Case(
        When(language=language, then=Cast(score, FloatField())),
        default=Cast(score, FloatField()) * Value(FALLBACK_RANK_FACTOR),
        output_field=FloatField(),
    )
    return SearchEntry.objects.filter(scope).annotate(rank=rank)


def _matching(query, language, any_word):
    if is_postgres():
        return _postgres_queryset(query, language, any_word)
    return _sqlite_queryset(query, language, any_word)


def _section_counts(queryset):
    rows = queryset.order_by().values("section").annotate(count=Count("id"))
    return {row["section"]: row["count"] for row in rows}


def run_search(query, language, section=None):
    """Search `query` in `language`. Two queries: counts per section, then the page of results."""
    any_word = False
    matching = _matching(query, language, any_word=False)
    counts = _section_counts(matching)
    if not counts and len(words(query)) > 1:
        any_word = True
        matching = _matching(query, language, any_word=True)
        counts = _section_counts(matching)
    total = sum(counts.values())
    if section:
        matching = matching.filter(section=section)
        total = counts.get(section, 0)
    entries = matching.order_by("-rank", "title", "pk")
    return SearchOutcome(entries=entries, section_counts=counts, total=total, any_word=any_word)


def promotions(query, language):
    """Entries editors pinned for this query, for pages in `language` only (one query)."""
    normalised = normalise_query_string(query)
    if not normalised:
        return []
    entries = (
        SearchEntry.objects.filter(
            language=language,
            # A promotion saved without accents ("regularizacion") also answers "regularización".
            page__searchpromotion__query__query_string__in={normalised, fold(normalised)},
        )
        .annotate(
            promotion_description=F("page__searchpromotion__description"),
            promotion_order=F("page__searchpromotion__sort_order"),
        )
        .order_by("promotion_order", "pk")
    )
    seen, pinned = set(), []
    for entry in entries:
        if entry.pk not in seen:
            seen.add(entry.pk)
            pinned.append(entry)
    return pinned


def suggestion(query, language):
    """A corrected query ("refugio" for "refujio"), or None. Words the site knows are kept."""
    tokens = [word for word in words(query) if word.isalpha() and len(word) >= 4][:6]
    if not tokens:
        return None
    known = set(
        SearchWord.objects.filter(language=language, word__in=tokens).values_list("word", flat=True)
    )
    replacements = {}
    for token in [token for token in tokens if token not in known][:3]:
        best = _closest_word(token, language)
        if best is not None:
            replacements[token] = best
    if not replacements:
        return None
    corrected = []
    for original in query.split():
        key = "".join(fold(original).split())
        key = "".join(character for character in key if character.isalnum())
        corrected.append(replacements.get(key, original))
    result = " ".join(corrected)
    return result if fold(result) != fold(query) else None


def _closest_word(token, language):
    if is_postgres():
        from django.contrib.postgres.search import TrigramSimilarity

        best = (
            SearchWord.objects.filter(language=language, word__trigram_similar=token)
            .annotate(similarity=TrigramSimilarity("word", token))
            .filter(similarity__gte=SUGGESTION_MIN_SIMILARITY)
            .order_by("-similarity", "word")
            .first()
        )
        return best.display if best else None
    candidates = dict(
        SearchWord.objects.filter(language=language, word__startswith=token[0]).values_list(
            "word", "display"
        )[:5000]
    )
    close = difflib.get_close_matches(token, candidates, n=1, cutoff=0.75)
    return candidates[close[0]] if close else None
