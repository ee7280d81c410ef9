from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.offline import favicon, manifest, offline_page, service_worker
from home.staff_security import authenticate_with_password

from .sitemaps import MultilingualSitemap
from .views import healthz, robots_txt

handler500 = "quito_site.views.server_error"

urlpatterns = [
    # Second factor for staff who see personal data: before the admin, so that it is reachable
    # while the admin is still closed to them (home/staff_security.py).
    path("admin/two-factor/", include("home.two_factor")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Offline re-reading and icons (home/offline.py): the worker's scope is the whole site.
    path("sw.js", service_worker, name="service_worker"),
    path("manifest.webmanifest", manifest, name="manifest"),
    path("favicon.ico", favicon, name="favicon"),
    path(
        "sitemap.xml",
        sitemap,  # cached by the page cache like any page, and fresh after every publish
        {"sitemaps": {"pages": MultilingualSitemap}, "template_name": "sitemap.xml"},
        name="sitemap",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("offline/", offline_page, name="offline"),
    path("", include("courses.urls")),
    path("", include("community.urls")),
    path("", include("legal_guides.urls")),
    # Wagtail's page-password form, limited per client and page; same URL and name as Wagtail's.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
