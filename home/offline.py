"""Re-reading without a connection: the web app manifest, the service worker and the offline page.

Progressive enhancement only: every page works without JavaScript, and without the worker.

- ``/sw.js`` (scope ``/``) is rendered from ``home/sw.js`` with what it must know about this site:
  per language, the home page, the help contacts (the services directory), the guides' section
  and the offline page; and the stylesheets and icons to keep. The worker keeps, in the visitor's
  language, the home page, the help contacts and every guide the visitor opens; network first, so
  a new publish replaces the stored copy at the next visit online. Anything else, offline, gets
  the offline page in the visitor's language. It stores only responses marked ``public`` by the
  page cache: nothing personal (a confirmation, a signed-in page) ever goes into the browser.
- The body only changes when those URLs or the static files change, so browsers, which fetch
  ``/sw.js`` on most visits, get a 304 and do not reinstall the worker after each publish.
- ``/manifest.webmanifest`` names the site in the visitor's language (``?lang=``).
"""

import hashlib
import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .page_cache import content_version
from .visibility import public_pages

# What the worker keeps for offline reading (hashed names in production, so a new stylesheet makes
# a new worker, which fetches it).
KEPT_STATIC = [
    "css/site.css",
    "legal_guides/legal_guides.css",
    "courses/courses.css",
    "community/community.css",
    "icons/favicon-32.png",
]
ICONS = [
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/icon-maskable-512.png", "512x512", "maskable"),
]
SW_CACHE_SECONDS = 300  # the rendered worker, under the content version (home/page_cache.py)


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def offline_urls(request):
    """{language: {home, help, guides, offline}}: the URLs the worker treats specially.

    The home page is always ``/<language>/`` (i18n_patterns). "help" is the services directory
    ("where they help me"); "guides" is the legal guides' section, under which every page is a
    guide, kept once opened. A language without its own page of either kind has no entry for it.
    """
    from community.models import ServiceDirectoryPage
    from legal_guides.models import LegalGuideIndexPage

    urls = {code: {"home": f"/{code}/", "offline": f"/{code}/offline/"} for code in _languages()}
    for key, model in (("help", ServiceDirectoryPage), ("guides", LegalGuideIndexPage)):
        for page in public_pages(model.objects.live().select_related("locale")):
            code = page.locale.language_code
            if code in urls:
                urls[code][key] = page.get_url(request)
    return urls


def _worker_source(request):
    version = content_version()
    key = f"offline-sw:{version}"
    source = cache.get(key) if version is not None else None
    if source is None:
        config = {
            "langs": offline_urls(request),
            "fallback": settings.LANGUAGE_CODE,
            "static": [static(path) for path in KEPT_STATIC],
        }
        body = render_to_string("home/sw.js", {"config": json.dumps(config, sort_keys=True)})
        # The cache name changes with the body, so a new worker starts a fresh store of files.
        digest = hashlib.sha256(body.encode()).hexdigest()[:12]
        source = body.replace("__VERSION__", digest)
        if version is not None:
            cache.set(key, source, SW_CACHE_SECONDS)
    return source


@require_safe
def service_worker(request):
    """``/sw.js``: revalidated on every use (``no-cache``) and answered with 304 when unchanged."""
    source = _worker_source(request)
    etag = '"' + hashlib.sha256(source.encode()).hexdigest()[:20] + '"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(source, content_type="text/javascript; charset=utf-8")
    response["ETag"] = etag
    response["Service-Worker-Allowed"] = "/"
    patch_cache_control(response, no_cache=True, max_age=0)
    return response


@require_safe
def manifest(request):
    """``/manifest.webmanifest``: the site as an app, named in the visitor's language."""
    code = request.GET.get("lang") or settings.LANGUAGE_CODE
    if code not in _languages():
        code = settings.LANGUAGE_CODE
    with translation.override(code):
        data = {
            "id": "/",
            "name": _("Human Mobility Quito"),
            "short_name": _("Mobility Quito"),
            "description": _(
                "Free services of the Municipality of Quito and FUDELA for migrants, refugees and "
                "asylum seekers. We never ask about your immigration status."
            ),
            "lang": code,
            "dir": "ltr",
            "start_url": f"/{code}/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#003d73",
            "icons": [
                {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": purpose}
                for path, sizes, purpose in ICONS
            ],
        }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False), content_type="application/manifest+json"
    )
    patch_cache_control(response, public=True, max_age=86400)
    return response


@require_safe
def favicon(request):
    """``/favicon.ico`` for browsers and crawlers that ask for it by that name."""
    path = finders.find("icons/favicon.ico")
    if not path:
        raise Http404
    response = FileResponse(open(path, "rb"), content_type="image/x-icon")  # noqa: SIM115
    patch_cache_control(response, public=True, max_age=86400)
    return response


@require_safe
def offline_page(request):
    """The page the worker shows, in the visitor's language, for a page not kept on the phone."""
    response = render(request, "home/offline.html")
    response["X-Robots-Tag"] = "noindex"
    return response
