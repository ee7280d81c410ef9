"""Django's Redis cache, made to degrade instead of failing when Redis cannot be reached.

Django's own ``RedisCache`` raises ``redis.ConnectionError`` (or ``TimeoutError``) from every call
while Redis is down, so every page that touches the cache would answer 500. With this backend:

- reads answer "not cached" (``get`` → default, ``get_many`` → ``{}``, ``has_key`` → False), so
  pages render from the database, uncached;
- writes are dropped (``set``, ``add`` → False, ``delete`` → False, ``touch`` → False);
- ``incr``/``decr`` raise ``CacheUnavailable``, a ``ValueError``: every caller in this project
  already treats a ValueError from ``incr`` as "the key is gone" and falls back to ``add``/``set``,
  which are dropped. The rate limits (``home/forms.py``) catch it and let the submission through
  (they fail open: a Redis outage must never turn away a legitimate enrolment);
- after a failure this process does not try Redis again for ``RETRY_AFTER_SECONDS``, so an
  unreachable Redis costs one timeout, not one per cache call; one warning is logged per failure
  period (never a key: keys may be derived from personal data, even if only as keyed hashes).

``ping()`` tells ``/healthz`` whether Redis answers. See docs/caching.md, "When Redis is down".
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_AFTER_SECONDS = 5

# When each Redis location may be tried again. Only a failure shortcut: losing it costs one retry.
_down_until = {}
_lock = threading.Lock()


class CacheUnavailable(ValueError):
    """Raised by ``incr``/``decr`` while Redis is unreachable."""


class DegradingRedisCache(RedisCache):
    def _is_down(self):
        return _down_until.get(self._server_key, 0) > time.monotonic()

    @property
    def _server_key(self):
        return tuple(self._servers)

    def _failed(self, operation, error):
        with _lock:
            already_down = self._is_down()
            _down_until[self._server_key] = time.monotonic() + RETRY_AFTER_SECONDS
        if not already_down:
            logger.warning(
                "cache: Redis unreachable during %s (%s); pages are served uncached and rate "
                "limits are not enforced for the next %s s",
                operation,
                type(error).__name__,
                RETRY_AFTER_SECONDS,
            )

    def _call(self, operation, fallback, *args, **kwargs):
        if self._is_down():
            return fallback()
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except UNREACHABLE as error:
            self._failed(operation, error)
            return fallback()

    def ping(self):
        """True when Redis answers now (ignores the retry shortcut). For /healthz."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except UNREACHABLE as error:
            self._failed("ping", error)
            return False

    def get(self, key, default=None, version=None):
        return self._call("get", lambda: default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", dict, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", lambda: False, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", lambda: None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", lambda: list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", lambda: False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", lambda: False, key, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", lambda: None, keys, version)

    def clear(self):
        return self._call("clear", lambda: False)

    def incr(self, key, delta=1, version=None):
        def unavailable():
            raise CacheUnavailable("the cache (Redis) cannot be reached")

        return self._call("incr", unavailable, key, delta, version)
