from django.db import DatabaseError, connections
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    """Liveness and readiness for load balancers: 503 when the database cannot be reached."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /*/search/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """A 500 page in the visitor's language that needs neither the database nor a context."""
    language = translation.get_language_from_path(request.path_info) or "es"
    with translation.override(language):
        template = loader.get_template("500.html")
        return HttpResponseServerError(template.render({"language_code": language}))


def csrf_failure(request, reason=""):
    """An expired or missing form token: explain it kindly instead of Django's technical page."""
    return render(request, "csrf_failure.html", status=403)
