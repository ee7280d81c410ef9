"""The zero-result report: which searches found nothing, per language and week.

Privacy: no IP address, no user, no session, and nothing that looks like an email address, a
phone number or a document number is ever kept (`text.looks_personal`). Queries are stored
folded to lower case and cut to 100 characters.

Load: a search never writes to the database. Each zero-result search adds one numbered item to
the cache (two cache operations). Every `FLUSH_EVERY` items a background task (django-tasks)
adds the buffered counts to `ZeroResultQuery` in a handful of statements; editors opening the
report, and the `flush_search_stats` command (for cron), flush too. With several app servers the
cache (Redis in production) is shared, so the sequence numbers are shared as well.
"""

import logging
from collections import Counter

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from django_tasks import task

from quito_site.redis_cache import CacheUnavailable

from .models import ZeroResultQuery, week_start
from .text import looks_personal

logger = logging.getLogger(__name__)

FLUSH_EVERY = 50
ITEM_TIMEOUT = 60 * 60 * 24 * 14  # buffered items survive two weeks without a flush
STORED_QUERY_LENGTH = 100
SEQUENCE_KEY = "search:zero:seq"
FLUSHED_KEY = "search:zero:flushed"
LOCK_KEY = "search:zero:lock"
PENDING_KEY = "search:zero:pending"  # numbers taken but not yet written at the last flush


def _item_key(number):
    return f"search:zero:item:{number}"


def storable_query(query):
    """The form in which a query is counted, or None when it must not be stored at all."""
    if looks_personal(query):
        return None
    text = " ".join(query.lower().split())[:STORED_QUERY_LENGTH].strip()
    return text or None


def _next_number():
    cache.add(SEQUENCE_KEY, 0, timeout=None)
    try:
        return cache.incr(SEQUENCE_KEY)
    except ValueError:  # evicted between add() and incr()
        cache.add(SEQUENCE_KEY, 0, timeout=None)
        return cache.incr(SEQUENCE_KEY)


def record_zero_result(query, language):
    """Count one search that found nothing. Never writes to the database by itself.

    While the cache (Redis) cannot be reached the search is not counted: the search page works.
    """
    text = storable_query(query)
    if text is None:
        return False
    try:
        number = _next_number()
    except CacheUnavailable:
        return False
    cache.set(
        _item_key(number), (language, timezone.localdate().isoformat(), text), timeout=ITEM_TIMEOUT
    )
    if number % FLUSH_EVERY == 0:
        try:
            flush_zero_results_task.enqueue()
        except Exception:  # the search page must work even if the task queue does not
            logger.exception("search: could not queue the zero-result flush")
    return True


def flush_zero_results():
    """Move buffered counts from the cache into ZeroResultQuery. Returns the number of searches."""
    if not cache.add(LOCK_KEY, 1, timeout=60):
        return 0  # another process is flushing
    try:
        last = cache.get(FLUSHED_KEY, 0)
        current = cache.get(SEQUENCE_KEY, 0)
        pending = cache.get(PENDING_KEY, [])
        if current < last:  # the cache was cleared: start again from the new sequence
            cache.set(FLUSHED_KEY, current, timeout=None)
            return 0
        numbers = [*pending, *range(last + 1, current + 1)]
        if not numbers:
            return 0
        counts = Counter()
        found = set()
        for batch_start in range(0, len(numbers), 500):
            batch = {
                _item_key(number): number for number in numbers[batch_start : batch_start + 500]
            }
            for key, (language, day, text) in cache.get_many(list(batch)).items():
                found.add(batch[key])
                week = week_start(timezone.datetime.fromisoformat(day).date())
                counts[(language, week, text)] += 1
        _add_counts(counts)
        # A number taken by another process that has not written its item yet is read at the next
        # flush (once: an item still missing then has expired or was never written).
        cache.set(
            PENDING_KEY,
            [n for n in range(last + 1, current + 1) if n not in found],
            timeout=ITEM_TIMEOUT,
        )
        cache.set(FLUSHED_KEY, current, timeout=None)
        cache.delete_many([_item_key(number) for number in found])
        return sum(counts.values())
    finally:
        cache.delete(LOCK_KEY)


def _add_counts(counts):
    if not counts:
        return
    with transaction.atomic():
        ZeroResultQuery.objects.bulk_create(
            [
                ZeroResultQuery(language=language, week=week, query=text, count=0)
                for (language, week, text) in counts
            ],
            ignore_conflicts=True,
        )
        for (language, week, text), increment in counts.items():
            ZeroResultQuery.objects.filter(language=language, week=week, query=text).update(
                count=F("count") + increment
            )


@task()
def flush_zero_results_task():
    return flush_zero_results()
