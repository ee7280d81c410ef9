"""Staff accounts: login lockout page, who needs a second factor, idle staff sessions.

- ``lockout_response`` is django-axes' ``AXES_LOCKOUT_CALLABLE``: a page in the visitor's
  language, status 429, that says how long to wait. Used for the admin login, Wagtail's front-end
  login and the page-password form.
- ``requires_two_factor`` decides who must pass a TOTP code: superusers, the groups in
  ``OTP_REQUIRED_GROUPS``, anyone holding one of ``OTP_REQUIRED_PERMISSIONS`` (the people who
  can see personal data), and partners linked to an organisation (they see the names and
  contacts people agreed to share with it: forwarded Tu voz messages, referrals). Demo users are
  exempt only while ``DEBUG`` is on.
- ``StaffSecurityMiddleware`` logs staff out after ``STAFF_SESSION_IDLE_MINUTES`` without a
  request, and keeps staff who need a second factor out of the admin until they have passed it.
- ``authenticate_with_password`` wraps Wagtail's page-password view with a per-client, per-page
  limit.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail import views as wagtail_views

from home.forms import rate_limit_exceeded

LAST_SEEN_SESSION_KEY = "staff_last_seen"
# The last-seen time is written at most this often, so that staff pages do not save the session
# on every request.
LAST_SEEN_RESOLUTION_SECONDS = 30


def _now():
    return int(time.time())


def lockout_minutes():
    return int(settings.LOGIN_LOCKOUT_MINUTES)


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of logging in while an account or a client is locked out."""
    minutes = lockout_minutes()
    wait = ngettext(
        "Please wait %(minutes)d minute before you try again.",
        "Please wait %(minutes)d minutes before you try again.",
        minutes,
    ) % {"minutes": minutes}
    response = render(
        request, "lockout.html", {"wait_message": wait, "minutes": minutes}, status=429
    )
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "no-store"
    return response


# --- Who needs a second factor ------------------------------------------------------------------
def is_demo_user(user):
    from home.demo_content import DEMO_USERS

    return user.get_username() in {username for username, *_ in DEMO_USERS}


def requires_two_factor(user):
    """True for staff who can see personal data (see the module docstring)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if settings.DEBUG and settings.OTP_EXEMPT_DEMO_USERS and is_demo_user(user):
        return False
    if user.is_superuser:
        return True
    if user.groups.filter(name__in=settings.OTP_REQUIRED_GROUPS).exists():
        return True
    if any(user.has_perm(permission) for permission in settings.OTP_REQUIRED_PERMISSIONS):
        return True
    return sees_shared_contacts(user)


def sees_shared_contacts(user):
    """True for a member of a partner organisation: the admin shows them the contacts people
    agreed to share with it. A partner account nobody has linked to an organisation sees none."""
    from django.apps import apps

    try:
        membership = apps.get_model("community", "PartnerMembership")
    except LookupError:
        return False
    return membership.objects.filter(user=user).exists()


def is_staff_user(user):
    """Anyone who can use the admin. Their sessions expire when idle; visitors' sessions do not."""
    if not getattr(user, "is_authenticated", False):
        return False
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def _admin_prefix():
    return reverse("wagtailadmin_home")


def _two_factor_allowed_paths():
    """What an admin user may open before the second factor: the 2FA pages, sign in and out, and
    the admin's public resources that those pages load (icons, JavaScript translations)."""
    return (
        reverse("two_factor:verify"),
        reverse("two_factor:setup"),
        reverse("wagtailadmin_logout"),
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_sprite"),
        reverse("wagtailadmin_javascript_catalog"),
        reverse("wagtailadmin_password_reset"),
    )


class StaffSecurityMiddleware:
    """Idle timeout for staff sessions, and the second factor for the admin.

    Place after AuthenticationMiddleware, django_otp's OTPMiddleware and MessageMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            # No session, so nobody is signed in: leave the session untouched (no query, no
            # "Vary: Cookie"), which keeps anonymous pages cacheable as before.
            return self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and is_staff_user(user):
            if self._expired(request):
                logout(request)  # flushes the session
                messages.info(request, _("You were signed out after a while without activity."))
            else:
                redirect = self._second_factor_redirect(request, user)
                if redirect is not None:
                    return redirect
        return self.get_response(request)

    def _expired(self, request):
        now = _now()
        idle_seconds = int(settings.STAFF_SESSION_IDLE_MINUTES) * 60
        last_seen = request.session.get(LAST_SEEN_SESSION_KEY)
        if last_seen is not None and now - int(last_seen) > idle_seconds:
            return True
        if last_seen is None or now - int(last_seen) >= LAST_SEEN_RESOLUTION_SECONDS:
            request.session[LAST_SEEN_SESSION_KEY] = now
        return False

    def _second_factor_redirect(self, request, user):
        path = request.path_info
        if not path.startswith(_admin_prefix()) or path.startswith(_two_factor_allowed_paths()):
            return None
        if not requires_two_factor(user):
            return None
        is_verified = getattr(user, "is_verified", None)
        if is_verified is not None and is_verified():
            return None
        from django_otp import user_has_device

        target = "two_factor:verify" if user_has_device(user) else "two_factor:setup"
        return HttpResponseRedirect(
            f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}"
        )


# --- Page passwords -----------------------------------------------------------------------------
def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password form, limited per client and page (``LOGIN_FAILURE_LIMIT`` tries)."""
    if request.method == "POST" and rate_limit_exceeded(
        request,
        f"page-password:{int(page_id)}",
        int(settings.LOGIN_FAILURE_LIMIT),
        lockout_minutes() * 60,
    ):
        return lockout_response(request)
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
