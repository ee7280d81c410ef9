"""Content Security Policy per part of the site, and the Permissions-Policy header.

django-csp's middleware sends ``CONTENT_SECURITY_POLICY`` (settings/base.py) on every response.
This subclass swaps in another full policy for the Wagtail admin:

- public pages (everything outside ``/admin/``) get the strict policy: no inline scripts or styles,
  no nonces either, because public pages are cached whole and shared between visitors;
- the admin, for a signed-in user, gets ``CONTENT_SECURITY_POLICY_ADMIN``, which allows the inline
  scripts and styles that Wagtail's own templates still write (inline panels, date pickers);
- the admin for someone not signed in (the login and password-reset pages) gets
  ``CONTENT_SECURITY_POLICY_ADMIN_LOGIN``: no inline scripts either.
- a page preview (Wagtail renders it through a fake request for the page's public URL, marked
  ``is_dummy``) gets ``CONTENT_SECURITY_POLICY_PREVIEW``: the public policy, framed by the admin.
"""

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

PERMISSIONS_POLICY_HEADER = "Permissions-Policy"


def admin_prefix():
    return getattr(settings, "CSP_ADMIN_PATH_PREFIX", "/admin/")


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with a policy chosen by path and sign-in, plus Permissions-Policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts  # report-only policies and per-view overrides are left as django-csp does them
        name = self.policy_name(request)
        if name is None:
            return parts
        policy = getattr(settings, name, None) or {}
        return PolicyParts(
            default_config(policy.get("DIRECTIVES", {})), parts.update, parts.replace, parts.nonce
        )

    @staticmethod
    def policy_name(request):
        """The setting that holds this request's policy, or None for CONTENT_SECURITY_POLICY."""
        if getattr(request, "is_dummy", False):
            # Wagtail's preview renders the page through a fake request for its public URL; the
            # result is shown in an iframe of the admin, so it may be framed by the admin.
            return "CONTENT_SECURITY_POLICY_PREVIEW"
        if not request.path_info.startswith(admin_prefix()):
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return "CONTENT_SECURITY_POLICY_ADMIN"
        return "CONTENT_SECURITY_POLICY_ADMIN_LOGIN"

    def process_response(self, request, response):
        response = super().process_response(request, response)
        permissions = getattr(settings, "PERMISSIONS_POLICY", None)
        if permissions and PERMISSIONS_POLICY_HEADER not in response:
            response[PERMISSIONS_POLICY_HEADER] = permissions_policy_header(permissions)
        return response


def permissions_policy_header(features):
    """{"camera": [], "fullscreen": ["self"]} → 'camera=(), fullscreen=(self)'."""
    return ", ".join(f"{feature}=({' '.join(allow)})" for feature, allow in features.items())
