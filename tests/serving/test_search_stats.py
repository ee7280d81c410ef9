"""The zero-result buffer in the shared cache: nothing lost between processes, nothing counted twice."""

from django.core.cache import cache

import pytest

from search import stats
from search.models import ZeroResultQuery

pytestmark = pytest.mark.django_db


def counts():
    return {row.query: row.count for row in ZeroResultQuery.objects.all()}


def test_a_search_whose_item_is_written_after_a_flush_is_counted_at_the_next_one(shared_cache):
    stats.record_zero_result("primera búsqueda", "es")
    late = stats._next_number()  # another process took a number and has not written its item yet
    stats.record_zero_result("tercera", "es")
    assert stats.flush_zero_results() == 2
    assert counts() == {"primera búsqueda": 1, "tercera": 1}

    cache.set(stats._item_key(late), ("es", "2026-12-01", "tardía"), timeout=60)
    assert stats.flush_zero_results() == 1
    assert counts() == {"primera búsqueda": 1, "tercera": 1, "tardía": 1}
    assert stats.flush_zero_results() == 0  # nothing counted twice
    assert counts() == {"primera búsqueda": 1, "tercera": 1, "tardía": 1}


def test_only_one_process_flushes_at_a_time(shared_cache):
    stats.record_zero_result("algo", "es")
    assert cache.add(stats.LOCK_KEY, 1, timeout=60)  # another process is flushing
    assert stats.flush_zero_results() == 0
    cache.delete(stats.LOCK_KEY)
    assert stats.flush_zero_results() == 1


def test_with_redis_down_a_search_is_not_counted_and_does_not_fail(unreachable_cache):
    assert stats.record_zero_result("algo", "es") is False
    assert stats.flush_zero_results() == 0
    assert not ZeroResultQuery.objects.exists()
