import sys

from django.core.cache import caches
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def cache_status():
    """ "ok" (Redis answers), "degraded" (Redis unreachable: pages render uncached and rate limits
    are not enforced, see docs/caching.md) or "local" (no REDIS_URL: one process's memory)."""
    ping = getattr(caches["default"], "ping", None)
    if ping is None:
        return "local"
    return "ok" if ping() else "degraded"


@never_cache
@require_GET
def healthz(request):
    """Liveness and readiness for load balancers: 503 when the database cannot be reached.

    An unreachable Redis is reported ("cache": "degraded") but still answers 200: the site keeps
    serving, uncached, and taking every server out of the pool would not bring Redis back.
    """
    cache = cache_status()
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse(
            {"status": "error", "database": "unreachable", "cache": cache}, status=503
        )
    status = "degraded" if cache == "degraded" else "ok"
    return JsonResponse({"status": status, "database": "ok", "cache": cache})


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


# Seconds a client (load balancer, CDN, browser) is asked to wait when the database is down.
RETRY_AFTER_SECONDS = 30


def _database_unavailable(error):
    """True for "cannot reach the database" errors (connection refused, dropped, too many clients),
    looked for along the chain of causes."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def server_error(request):
    """A 500 page in the visitor's language that needs neither the database nor a context.

    Django calls it for any uncaught error, in a view or in a middleware. When the error is the
    database being unreachable, the answer is a 503 "temporarily unavailable" page with
    Retry-After instead, so that load balancers and CDNs can tell an outage from a bug.
    """
    language = translation.get_language_from_path(request.path_info) or "es"
    with translation.override(language):
        if _database_unavailable(sys.exc_info()[1]):
            template = loader.get_template("503.html")
            response = HttpResponse(template.render({"language_code": language}), status=503)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            response["Cache-Control"] = "no-store"
            return response
        template = loader.get_template("500.html")
        return HttpResponseServerError(template.render({"language_code": language}))


def csrf_failure(request, reason=""):
    """An expired or missing form token: explain it kindly instead of Django's technical page."""
    return render(request, "csrf_failure.html", status=403)
