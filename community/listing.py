"""Small helpers the community pages share: pagination, filters, links to sections.

This module imports no community models: the page models (community/models/) import it.
"""

import datetime
from urllib.parse import urlencode

from django.http import Http404
from django.utils import timezone

from wagtail.models import Page

from home.dates import month_name
from home.localization import active_language, in_active_locale_or_default
from home.visibility import public_pages


def section_links(*models):
    """{model: live public page of that type in the visitor's language (else Spanish)}, in one query.

    Plain Page objects are enough for a title and a URL, so no extra query fetches the specific pages.
    """
    pages = in_active_locale_or_default(public_pages(Page.objects.live().type(*models)))
    pages = pages.select_related("locale")
    found = {}
    for page in sorted(pages, key=lambda page: page.locale.language_code != active_language()):
        found.setdefault(page.specific_class, page)
    return {model: found.get(model) for model in models}


class SimplePage:
    """Previous/next pagination without a COUNT query."""

    def __init__(self, number, has_next):
        self.number = number
        self.has_next = has_next
        self.has_previous = number > 1
        self.has_other_pages = has_next or number > 1
        self.next_page_number = number + 1
        self.previous_page_number = number - 1


LARGEST_ID = 2**31 - 1  # the largest id a PostgreSQL integer primary key holds
LARGEST_PAGE_NUMBER = 10_000  # far beyond any list on this site; larger numbers would overflow SQL


def _page_number(request):
    """The ?page= number (1 when absent). 0, -1, text or an absurdly large number is a 404."""
    value = request.GET.get("page") or "1"
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= LARGEST_PAGE_NUMBER:
        raise Http404
    return int(value)


def _first_or_404(queryset, pk):
    """The object with this id, or a 404: also for ids too large for the database."""
    found = queryset.filter(pk=pk).first() if 0 < pk <= LARGEST_ID else None
    if found is None:
        raise Http404
    return found


def _query_without_page(request):
    params = [(key, value) for key, value in request.GET.items() if key != "page" and value]
    return urlencode(params)


# --- Events -------------------------------------------------------------------------------
def _month_choices(past):
    today = timezone.localdate()
    months = []
    year, month = today.year, today.month
    for _step in range(12 if past else 6):
        months.append((f"{year:04d}-{month:02d}", f"{month_name(month)} {year}"))
        month += -1 if past else 1
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return months


def _parse_month(value):
    try:
        day = datetime.datetime.strptime(value, "%Y-%m").date()
    except (TypeError, ValueError):
        return None
    if not 2000 <= day.year <= 2100:
        return None
    return day
