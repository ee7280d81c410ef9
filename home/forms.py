"""Protection shared by every public form (guide feedback, enrolment, Tu voz).

- A honeypot field that people never see and bots fill in.
- Rate limiting per client through the cache. The client is identified by a keyed hash of its IP
  address that changes every day, so no IP address is ever stored, not even in the cache.
- Text cleaning that refuses control characters.
"""

import hashlib
import hmac
import unicodedata

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"


class HoneypotFormMixin(forms.Form):
    """Adds a hidden `website` field. A filled-in honeypot raises a non-field error."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise ValidationError(
                _("We could not accept this form. Please try again, or ask for help at the community space."),
                code="honeypot",
            )
        return ""

    @property
    def honeypot_triggered(self):
        return HONEYPOT_FIELD in self.errors


def reject_control_characters(value):
    """Letters, emoji and line breaks are fine; invisible control characters are not."""
    for character in value:
        if character in "\n\r\t":
            continue
        if unicodedata.category(character) in {"Cc", "Cf", "Cs", "Co"} and character != "\u200d":
            raise ValidationError(
                _("Please remove the special invisible characters from this text."), code="control_characters"
            )


def client_fingerprint(request):
    """A daily-rotating keyed hash of the client address: never the address itself."""
    address = request.META.get("REMOTE_ADDR", "")
    day = timezone.now().strftime("%Y-%m-%d")
    key = f"{settings.SECRET_KEY}:{day}".encode()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:32]


def rate_limit_exceeded(request, scope, limit, window_seconds):
    """Count one attempt for this client in `scope`; True when over `limit` within the window."""
    key = f"ratelimit:{scope}:{client_fingerprint(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window_seconds)
        return False
    return count > limit


RATE_LIMIT_MESSAGE = _(
    "You have sent this form many times in a short while. Please wait a few minutes and try again."
)
