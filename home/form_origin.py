"""Public forms on cached pages: checked by where the POST comes from, not by a per-visitor token.

A page served from the shared cache is the same bytes for everyone, so its form cannot carry
Django's per-visitor CSRF token. Page types listed in `PUBLIC_FORM_PAGE_TYPES` (a guide's "was this
helpful?", a course's enrolment, Tu voz) therefore accept a POST without the token when it comes
from this site: the browser's `Origin` header (sent with every form POST by current browsers) must
be this site's origin (scheme from the proxy's X-Forwarded-Proto, host from ALLOWED_HOSTS) or one
of `CSRF_TRUSTED_ORIGINS`, exactly as Django checks it; when a browser sends no Origin, the
`Referer` must be a page of this site. Anything else is refused with a 403 page in the visitor's
language, before the page's own code runs, so nothing is saved.

Every other POST keeps Django's full CSRF check (token included): the admin, the sign-in pages,
the legal-advice form, the cancel page. For a Wagtail page the check waits until the page is
known (Wagtail routes every page through one view), then runs as Django would have run it.

See docs/caching.md, "Page cache".
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.middleware.csrf import CsrfViewMiddleware
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from wagtail.views import serve as wagtail_serve


@register(Tags.security, deploy=True)
def csrf_middleware_check(app_configs, **kwargs):
    """Django's security.W003 (silenced in settings) for this subclass: CSRF protection is on."""
    if "home.form_origin.SiteCsrfViewMiddleware" in settings.MIDDLEWARE:
        return []
    return [
        Warning("home.form_origin.SiteCsrfViewMiddleware is not in MIDDLEWARE.", id="home.W003")
    ]


def public_form_page_types():
    return set(getattr(settings, "PUBLIC_FORM_PAGE_TYPES", ()))


def refused(request):
    response = TemplateResponse(request, "home/form_origin_refused.html", {}, status=403)
    add_never_cache_headers(response)
    return response


class SiteCsrfViewMiddleware(CsrfViewMiddleware):
    """Django's CSRF middleware, which lets the page decide for POSTs to Wagtail pages."""

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if callback is wagtail_serve and request.method == "POST":
            request._page_csrf_check = lambda: super(SiteCsrfViewMiddleware, self).process_view(
                request, callback, callback_args, callback_kwargs
            )
            request._page_origin_check = lambda: self.origin_check(request)
            return None
        return super().process_view(request, callback, callback_args, callback_kwargs)

    def origin_check(self, request):
        """None when the POST comes from this site, else the refusal page."""
        if getattr(request, "_dont_enforce_csrf_checks", False):
            return None  # Django's test client without enforce_csrf_checks, as for the token
        origin = request.META.get("HTTP_ORIGIN")
        if origin is None:
            referer = request.META.get("HTTP_REFERER") or ""
            try:
                parts = urlsplit(referer)
            except ValueError:
                return refused(request)
            if not parts.scheme or not parts.netloc:
                return refused(request)
            origin = f"{parts.scheme}://{parts.netloc}"
        probe = SimpleNamespace(
            META={"HTTP_ORIGIN": origin}, get_host=request.get_host, is_secure=request.is_secure
        )
        if not self._origin_verified(probe):
            return refused(request)
        return None


def check_page_post(page, request, serve_args, serve_kwargs):
    """The `before_serve_page` hook (home/wagtail_hooks.py): the check the middleware left to the
    page, run before any other hook and before the page's own code."""
    page_check = getattr(request, "_page_csrf_check", None)
    if page_check is None:
        return None
    if type(page)._meta.label in public_form_page_types():
        return request._page_origin_check()
    return page_check()
