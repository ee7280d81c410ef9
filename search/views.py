from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe

from home.localization import active_language, in_active_locale_or_default

from .models import SECTION_CHOICES
from .query import SUGGEST_BELOW, promotions, run_search, suggestion
from .stats import record_zero_result
from .text import clean_query, highlight, looks_personal

RESULTS_PER_PAGE = 10
SNIPPET_LENGTH = 220
SNIPPET_SOURCE_LIMIT = 4000  # look for the matched words in the first part of long pages only
SECTION_LABELS = dict(SECTION_CHOICES)


def _present(entry, query, language, promoted=False):
    """Attach what the template shows: escaped highlights, the right URL, the language flag."""
    entry.other_language = entry.language != language
    entry.url_for_reader = (
        entry.fallback_urls.get(language, entry.url) if entry.other_language else entry.url
    )
    entry.title_html = mark_safe(highlight(entry.title, query))  # noqa: S308 - highlight() escapes
    description = getattr(entry, "promotion_description", "") if promoted else ""
    text = description or entry.body[:SNIPPET_SOURCE_LIMIT]
    entry.snippet_html = mark_safe(highlight(text, query, SNIPPET_LENGTH))  # noqa: S308
    entry.section_label = SECTION_LABELS.get(entry.section, SECTION_LABELS["page"])
    entry.promoted = promoted
    return entry


def _url(query, section=None, page=None):
    params = {"q": query}
    if section:
        params["section"] = section
    if page and page > 1:
        params["page"] = page
    return "?" + urlencode(params)


def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    language = active_language()
    section = request.GET.get("section", "")
    if section not in SECTION_LABELS:
        section = ""
    context = {
        "search_query": query,
        "section": section,
        "query_was_blank": not query and bool(raw_query),
    }

    if query:
        outcome = run_search(query, language, section or None)
        paginator = Paginator(outcome.entries, RESULTS_PER_PAGE)
        paginator.count = outcome.total  # already known from the per-section counts: no COUNT query
        try:
            page = paginator.page(request.GET.get("page") or 1)
        except InvalidPage:
            raise Http404 from None  # 0, -1, text, or past the last page
        pinned = []
        if page.number == 1:
            pinned = [
                _present(entry, query, language, promoted=True)
                for entry in promotions(query, language)
                if not section or entry.section == section
            ]
        pinned_ids = {entry.pk for entry in pinned}
        results = [
            _present(entry, query, language)
            for entry in page.object_list
            if entry.pk not in pinned_ids
        ]
        did_you_mean = suggestion(query, language) if outcome.total < SUGGEST_BELOW else None
        if outcome.total == 0 and not pinned and not section:
            record_zero_result(query, language)
        context.update(
            page_obj=page,
            results=results,
            pinned=pinned,
            total=outcome.total,
            all_total=sum(outcome.section_counts.values()),
            any_word=outcome.any_word,
            did_you_mean=did_you_mean,
            did_you_mean_url=_url(did_you_mean) if did_you_mean else "",
            sections=[
                {
                    "key": key,
                    "label": label,
                    "count": outcome.section_counts.get(key, 0),
                    "url": _url(query, key),
                    "current": key == section,
                }
                for key, label in SECTION_CHOICES
                if outcome.section_counts.get(key)
            ],
            all_sections_url=_url(query),
            previous_url=_url(query, section, page.previous_page_number())
            if page.has_previous()
            else "",
            next_url=_url(query, section, page.next_page_number()) if page.has_next() else "",
            default_language=settings.LANGUAGE_CODE,
        )
    else:
        from home.models import Topic

        context["topics"] = list(in_active_locale_or_default(Topic.objects.all()))

    response = render(request, "search/search.html", context)
    if query and looks_personal(query):
        # A query with an email address or a phone number never goes into a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    elif context.get("total") == 0:
        # Each search without results must reach this view to be counted for the editors' report.
        patch_cache_control(response, no_cache=True)
    return response
