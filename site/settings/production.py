"""Production: everything comes from the environment, and missing secrets fail loudly."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 50 characters.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS, for example 'movilidad.quito.gob.ec'.")
# The admin's own address: password-reset and notification emails link to it.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
if not WAGTAILADMIN_BASE_URL.startswith("https://") or len(WAGTAILADMIN_BASE_URL) <= len(
    "https://"
):
    raise ImproperlyConfigured(
        "Set WAGTAILADMIN_BASE_URL to the site's public https address, for example "
        "'https://movilidad.quito.gob.ec' (emails and password-reset links use it). "
        f"Got {WAGTAILADMIN_BASE_URL or 'nothing'!r}."
    )

# One shared cache for every process: rate limits, cache versions, the search-statistics buffer
# and the page cache live in it. A local cache is right only when the site runs as one process.
if not REDIS_URL and not ALLOW_LOCAL_CACHE:  # noqa: F405
    raise ImproperlyConfigured(
        "Set REDIS_URL (for example 'redis://127.0.0.1:6379/0'): with more than one process, a local "
        "cache splits rate limits, invalidations and search statistics between processes. If the "
        "site really runs as a single process, set ALLOW_LOCAL_CACHE=1 instead."
    )
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):  # noqa: F405
    raise ImproperlyConfigured(
        "REDIS_URL must start with redis://, rediss:// or unix://, for example "
        "'redis://127.0.0.1:6379/0'."
    )

# Installed from a wheel, BASE_DIR is site-packages: the site must not write files there.
if not (BASE_DIR / "manage.py").exists():  # noqa: F405
    unset = [name for name in ("STATIC_ROOT", "MEDIA_ROOT") if not os.environ.get(name)]
    if os.environ.get("AWS_STORAGE_BUCKET_NAME") and "MEDIA_ROOT" in unset:
        unset.remove("MEDIA_ROOT")  # media on S3
    if unset:
        raise ImproperlyConfigured(
            f"Set {' and '.join(unset)} to folders outside the installed package, for example "
            "STATIC_ROOT=/srv/quito/static and MEDIA_ROOT=/srv/quito/media."
        )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Media on S3-compatible storage (install django-storages[s3]); see README "Deploying and scaling".
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405

if os.environ.get("FRONTEND_CACHE_URL"):
    # Purge a CDN or cache proxy on publish (wagtail.contrib.frontend_cache).
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }
