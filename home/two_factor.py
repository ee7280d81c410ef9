"""Second factor for staff who can see personal data: TOTP codes with django-otp.

After the password, ``StaffSecurityMiddleware`` sends these users here: to ``verify`` when they
have a confirmed authenticator, else to ``setup``, which shows a QR code (drawn on the server as
inline SVG, no third-party request) and the secret as text, and confirms the device with a code.
django-otp throttles wrong codes per device (each failure doubles the wait).

Recovery: ``manage.py reset_two_factor <username>`` removes a user's devices; they set up a new
one at their next login.
"""

import functools
import io
from base64 import b32encode

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

import django_otp
import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

app_name = "two_factor"

DEVICE_NAME = "authenticator"


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Six-digit code from your authenticator app"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit():
            raise forms.ValidationError(_("The code has only digits."), code="digits")
        return token


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _user_language(request):
    """The admin language the user chose in their Wagtail profile, else the request's language."""
    profile = getattr(request.user, "wagtail_userprofile", None)
    preferred = profile.get_preferred_language() if profile is not None else None
    return preferred or translation.get_language()


def _refused(device):
    allowed, _details = device.verify_is_allowed()
    if allowed:
        return _(
            "The code is not right. Check the time on your phone and try again with a new code."
        )
    return _("Too many wrong codes. Wait a moment before you try again.")


def in_user_language(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        with translation.override(_user_language(request)):
            return view(request, *args, **kwargs)

    return wrapper


def _qr_svg(device):
    buffer = io.BytesIO()
    segno.make(device.config_url, error="m").save(
        buffer,
        kind="svg",
        xmldecl=False,
        svgns=True,
        scale=5,
        border=4,
        dark="#000",
        light="#fff",
        title=_("QR code for your authenticator app"),
        svgclass="two-factor-qr",
        lineclass=None,
    )
    return buffer.getvalue().decode()


def _verify_device(request, device, form):
    if form.is_valid() and device.verify_token(form.cleaned_data["token"]):
        return True
    if form.is_valid():
        form.add_error("token", _refused(device))
    return False


@never_cache
@sensitive_post_parameters("token")
@login_required
@in_user_language
def verify(request):
    """Ask for a code from the user's confirmed authenticator."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).order_by("pk").first()
    if device is None:
        return redirect(f"{reverse('two_factor:setup')}?{request.GET.urlencode()}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and _verify_device(request, device, form):
        django_otp.login(request, device)
        return redirect(_next_url(request))
    return render(
        request, "home/two_factor/verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@sensitive_post_parameters("token")
@login_required
@in_user_language
def setup(request):
    """First use: register an authenticator app, then confirm it with a code."""
    if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect(f"{reverse('two_factor:verify')}?{request.GET.urlencode()}")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and _verify_device(request, device, form):
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
        django_otp.login(request, device)
        return redirect(_next_url(request))
    secret = b32encode(device.bin_key).decode()
    return render(
        request,
        "home/two_factor/setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "qr_svg": _qr_svg(device),
            "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
            "issuer": settings.OTP_TOTP_ISSUER,
        },
    )


urlpatterns = [
    path("", verify, name="verify"),
    path("setup/", setup, name="setup"),
]
