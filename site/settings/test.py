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
MEDIA_ROOT = tempfile.mkdtemp(prefix="quito-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file, not memory, so that a test can close the connection and reconnect to the same data.
    test_database = os.path.join(tempfile.mkdtemp(prefix="quito-test-db-"), "test.sqlite3")
    DATABASES["default"]["TEST"] = {"NAME": test_database}  # noqa: F405
