"""The whole-page cache for anonymous visitors: shared by every process, fresh at the next request.

One site-wide *content version* lives in the shared cache (Redis in production). Every cached page
is stored under that version, so bumping it makes every cached page, on every process, stale at
once. It is bumped (after the transaction commits) on:

- publish, unpublish, move and delete of any page (a revert is a publish of an old revision);
- view restrictions added, changed or removed;
- any change to a snippet or a Wagtail setting (topics, contact details, urgent notice, partners,
  services, plan objectives and actions, public responses…): they show on pages;
- any change to an enrolment (a seat taken, a cancellation, a promotion), because course pages and
  the course index show the seats left and "waitlist".

The version is read once per request (`PageCacheMiddleware` memoises it for the request; the other
caches keyed on it, such as the site chrome, the plan tracker and the guides' "what next", reuse
it through `content_version()`).

Two tiers hold the pages:

1. the shared cache: zlib-compressed body and headers, stored once, read by every process;
2. an in-process LRU of ready responses, keyed by (content version, page key). Its entries are only
   ever found under the current shared version, so it can never serve a page older than the last
   bump: it saves the Redis round trip and the decompression, not the freshness check.

Who is served from the cache: GET/HEAD requests without a session cookie and without an
Authorization header. A visitor with a session (a signed-in editor, someone who has just
enrolled) always gets a freshly rendered page, marked `private, no-store`.

What is stored: status 200 only, never a response that sets a cookie, varies on anything but
Cookie/Accept-Encoding, or says private/no-store/no-cache (confirmation, cancel, previews, searches
with an email or a phone, the Tu voz thank-you page). Public pages get
`Cache-Control: public, max-age=…, s-maxage=…` so that a CDN can keep them too; the CDN is purged
on publish (`purge_frontend_cache`).
"""

import hashlib
import logging
import threading
import time
import zlib
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

VERSION_KEY = "page-cache:content-version"
PAGE_KEY_PREFIX = "page-cache:page"
# Headers that belong to one exchange, never replayed from the cache.
NOT_STORED_HEADERS = {"set-cookie", "date", "content-length"}
NO_STORE_DIRECTIVES = ("private", "no-store", "no-cache", "max-age=0")

_request_state = threading.local()  # the version read for the request being served, nothing else


# --- The content version ------------------------------------------------------------------------
def _read_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh start (or a Redis that lost its data): begin from the clock, never from 1, so
        # that an in-process tier can never meet an old version number again.
        cache.add(VERSION_KEY, int(time.time() * 1000), None)
        version = cache.get(VERSION_KEY)
    return version


def content_version():
    """The site-wide content version: read once per request, None when the shared cache is down."""
    version = getattr(_request_state, "version", None)
    if version is None:
        version = _read_version()
        if getattr(_request_state, "in_request", False):
            _request_state.version = version
    return version


def bump_content_version():
    """Make every cached page and fragment stale, on every process (call after the commit)."""
    _request_state.version = None
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # the key is missing: start afresh
        cache.add(VERSION_KEY, int(time.time() * 1000), None)


def bump_after_commit(**kwargs):
    """Signal receiver: bump now (this process's own transaction sees the change at once) and
    again once the change is committed, since until then another process may have rendered and
    cached the old content under the new version."""
    bump_content_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump_content_version)


# --- The in-process tier ------------------------------------------------------------------------
class LocalTier:
    """A small LRU of (version, key) → (status, headers, body), bounded in entries and bytes."""

    def __init__(self, max_entries=500, max_bytes=32 * 1024 * 1024):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self.entries = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def set(self, key, entry):
        with self.lock:
            if key in self.entries:
                self.size -= len(self.entries.pop(key)[2])
            self.entries[key] = entry
            self.size += len(entry[2])
            while self.entries and (
                len(self.entries) > self.max_entries or self.size > self.max_bytes
            ):
                _old_key, old = self.entries.popitem(last=False)
                self.size -= len(old[2])

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


local_tier = LocalTier()


# --- The middleware -----------------------------------------------------------------------------
def _skipped_prefixes():
    prefixes = getattr(settings, "PAGE_CACHE_SKIP_PREFIXES", None)
    if prefixes is None:
        prefixes = ["/admin/", "/django-admin/", "/documents/", "/_util/", "/healthz", "/sw.js"]
    return tuple(p for p in [*prefixes, settings.STATIC_URL, settings.MEDIA_URL] if p)


def _cache_control(response):
    return (response.get("Cache-Control") or "").lower()


class PageCacheMiddleware:
    """First in MIDDLEWARE: serves cached anonymous pages before anything else runs, and stores
    the finished response (with the headers every inner middleware added: CSP, Permissions-Policy,
    HSTS…) on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.skipped = _skipped_prefixes()

    def __call__(self, request):
        seconds = settings.CACHE_MIDDLEWARE_SECONDS
        if request.path_info.startswith(self.skipped):
            return self.get_response(request)  # static files, the admin: untouched, no Redis read
        anonymous = self.anonymous(request)
        key = None
        if seconds > 0 and anonymous and request.method in ("GET", "HEAD"):
            key = self.page_key(request)
        _request_state.in_request = True
        try:
            version = _request_state.version = _read_version() if key else None
            if key and version is not None:
                cached = self.lookup(version, key)
                if cached is not None:
                    return self.build(request, cached)
            response = self.get_response(request)
            if key and version is not None and self.storable(request, response):
                self.mark_public(response)
                self.store(version, key, response)
            elif (
                not anonymous
                or request.method not in ("GET", "HEAD")
                or response.status_code >= 400
            ):
                self.mark_private(response)
            return response
        finally:
            _request_state.version = _request_state.in_request = None

    # Who may be served from the cache ---------------------------------------------------------
    @staticmethod
    def anonymous(request):
        return (
            settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
        )

    @staticmethod
    def page_key(request):
        """A hash of scheme, host, path and query: no search words or anything else readable."""
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return None  # SecurityMiddleware redirects it
        try:
            host = request.get_host()
        except Exception:  # noqa: BLE001 - DisallowedHost: let Django answer it
            return None
        raw = f"{request.scheme}://{host}{request.path}?{request.META.get('QUERY_STRING', '')}"
        return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()

    # Reading ----------------------------------------------------------------------------------
    def lookup(self, version, key):
        entry = local_tier.get((version, key))
        if entry is not None:
            return entry
        stored = cache.get(f"{PAGE_KEY_PREFIX}:{version}:{key}")
        if stored is None:
            return None
        try:
            status, headers, compressed = stored
            entry = (status, headers, zlib.decompress(compressed))
        except (ValueError, TypeError, zlib.error):
            return None
        local_tier.set((version, key), entry)
        return entry

    @staticmethod
    def build(request, entry):
        status, headers, body = entry
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=status)
        for name, value in headers:
            response[name] = value
        response["Content-Length"] = str(len(body))
        response["X-Page-Cache"] = "hit"
        return response

    # Writing ----------------------------------------------------------------------------------
    @staticmethod
    def storable(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, "is_preview", False) or getattr(response, "page_cache", True) is False:
            return False
        control = _cache_control(response)
        if any(directive in control for directive in NO_STORE_DIRECTIVES):
            return False
        vary = {
            part.strip().lower() for part in (response.get("Vary") or "").split(",") if part.strip()
        }
        if vary - {"cookie", "accept-encoding"}:
            return False
        user = getattr(request, "user", None)  # a lazy object: anonymous without a session cookie
        if user is not None and getattr(user, "is_authenticated", False):
            return False
        return len(response.content) <= getattr(settings, "PAGE_CACHE_MAX_BYTES", 1024 * 1024)

    @staticmethod
    def mark_public(response):
        if "Cache-Control" in response:
            del response["Cache-Control"]
        patch_cache_control(
            response,
            public=True,
            max_age=getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60),
            s_maxage=getattr(settings, "PAGE_CACHE_CDN_SECONDS", 300),
        )

    @staticmethod
    def mark_private(response):
        """Signed-in users, sessions, POST answers and errors: no shared cache may keep them."""
        control = _cache_control(response)
        if "no-store" not in control:
            patch_cache_control(response, private=True, no_store=True)
            if "public" in _cache_control(response):
                del response["Cache-Control"]
                patch_cache_control(response, private=True, no_store=True)

    @staticmethod
    def store(version, key, response):
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in NOT_STORED_HEADERS
        ]
        body = bytes(response.content)
        local_tier.set((version, key), (response.status_code, headers, body))
        cache.set(
            f"{PAGE_KEY_PREFIX}:{version}:{key}",
            (response.status_code, headers, zlib.compress(body, 6)),
            settings.CACHE_MIDDLEWARE_SECONDS,
        )


# --- Invalidation signals -----------------------------------------------------------------------
def _page_affecting_models():
    """Snippets, Wagtail settings, enrolments, view restrictions and sites: what pages show."""
    from django.apps import apps

    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    models = {PageViewRestriction, Site, *get_snippet_models()}
    models |= {m for m in apps.get_models() if issubclass(m, BaseSiteSetting | BaseGenericSetting)}
    try:
        models.add(apps.get_model("courses", "Enrolment"))
    except LookupError:
        pass
    return tuple(m for m in models if not issubclass(m, Page))


_models = None


def _on_model_change(sender, instance, created=False, **kwargs):
    global _models  # noqa: PLW0603 - computed once, after all apps are ready; the same in every process
    if _models is None:
        _models = _page_affecting_models()
    if not isinstance(instance, _models):
        return
    if created and _is_setting(instance):
        return  # Wagtail creating a site's empty settings on first read (for_site): nothing changed
    bump_after_commit()


def _is_setting(instance):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return isinstance(instance, BaseSiteSetting | BaseGenericSetting)


def _on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        _on_model_change(sender, instance)


def _on_page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_after_commit()


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(bump_after_commit, dispatch_uid="page-cache-publish")
    page_unpublished.connect(bump_after_commit, dispatch_uid="page-cache-unpublish")
    post_page_move.connect(bump_after_commit, dispatch_uid="page-cache-move")
    post_delete.connect(_on_page_deleted, dispatch_uid="page-cache-page-delete")
    post_save.connect(_on_model_change, dispatch_uid="page-cache-save")
    post_delete.connect(_on_model_change, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="page-cache-m2m")
    page_published.connect(purge_frontend_cache, dispatch_uid="page-cache-purge-publish")
    page_unpublished.connect(purge_frontend_cache, dispatch_uid="page-cache-purge-unpublish")


# --- The CDN ------------------------------------------------------------------------------------
def purge_urls_for(page):
    """The pages a CDN must forget when `page` changes: every language of it, of its parent (the
    section index that lists it) and of the home page."""
    from wagtail.models import Page

    page = page.specific_deferred if isinstance(page, Page) else page
    pages = []
    for item in (page, page.get_parent(), page.get_site().root_page if page.get_site() else None):
        if item is None or item.depth <= 1:
            continue
        pages.extend(item.get_translations(inclusive=True).live())
    return pages


def purge_frontend_cache(sender=None, instance=None, **kwargs):
    """On publish and unpublish, purge the page in every language and the lists that show it."""
    if "wagtail.contrib.frontend_cache" not in settings.INSTALLED_APPS or instance is None:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    def purge():
        try:
            batch = PurgeBatch()
            batch.add_pages(purge_urls_for(instance))
            batch.purge()
        except Exception:  # a CDN that does not answer must not break publishing
            logger.exception("Frontend cache purge failed for page %s", instance.pk)

    transaction.on_commit(purge)
