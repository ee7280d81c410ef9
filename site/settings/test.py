"""pytest settings: fast, isolated, no network."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("TEST_REDIS_URL"):
    # Server processes started by tests/serving share the throwaway Redis that the tests started.
    # Never REDIS_URL: the tests empty their cache, and must not empty a developer's Redis.
    CACHES = {
        "default": {
            "BACKEND": "quito_site.redis_cache.DegradingRedisCache",
            "LOCATION": os.environ["TEST_REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
CACHE_MIDDLEWARE_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A server process started by the tests gets the media folder of its database (TEST_MEDIA_ROOT);
# never MEDIA_ROOT, which may be a developer's real media.
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="quito-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file, not memory, so that a test can close the connection and reconnect to the same data.
    test_database = os.path.join(tempfile.mkdtemp(prefix="quito-test-db-"), "test.sqlite3")
    DATABASES["default"]["TEST"] = {"NAME": test_database}  # noqa: F405
    # Throwaway data: no waiting for the disk at each commit (seeding the demo commits thousands of
    # times). PostgreSQL's throwaway cluster runs with fsync off likewise (scripts/with-database.sh).
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA synchronous=OFF"  # noqa: F405
