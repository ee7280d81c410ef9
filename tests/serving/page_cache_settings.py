"""Test settings with the page cache on, for the server processes of tests/serving/test_freshness.py."""

from quito_site.settings.test import *  # noqa: F403

CACHE_MIDDLEWARE_SECONDS = 600
