"""One way to handle a public form on a cached page (guide feedback, enrolment, Tu voz).

- ``PublicForm``: the base of the three forms. Rendered by one partial,
  home/templates/home/includes/public_form.html (django-crispy-forms for the fields, one error
  summary at the top linking to each field, one honeypot, no per-visitor token: the page is
  cached and the POST is checked by its Origin, home/form_origin.py).
- ``check_public_form``: what every POST goes through, in this order: the rate limit (429, the
  form shown again with its text kept), then validation (400, the honeypot included). Nothing is
  saved unless it returns None. ``public_form_response`` answers without caching.
- A honeypot field that people never see and bots fill in.
- Rate limiting per client through the shared cache (``check_rate_limit``, settings in
  site/settings/base.py "Rate limits", design in docs/caching.md). The client is the address from
  home/client.py (``TRUSTED_PROXY_COUNT``), identified by a keyed hash that changes every day, so
  no IP address is ever stored, not even in the cache.
- Text cleaning that refuses control characters.
- ``PersonContactFields``: a name and a phone or an email, with the same labels, messages and
  checks on every form that asks who someone is (enrolment, legal advice).
"""

import functools
import hashlib
import hmac
import ipaddress
import logging
import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext_lazy as _

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout

from quito_site.redis_cache import CacheUnavailable

from .client import client_ip

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-.]{7,25}$")


class HoneypotFormMixin(forms.Form):
    """Adds the `website` field that people never see. A filled-in honeypot is an error on it.

    public_form.html hides it one way for every form: off-screen (the site's `visually-hidden`
    rule, not `display: none`), `aria-hidden` for screen readers, `tabindex="-1"` for the
    keyboard, no autocomplete; its label says to leave it empty should the stylesheet not load.
    """

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise ValidationError(
                _(
                    "We could not accept this form. Please try again, or ask for help at the community space."
                ),
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
                _("Please remove the special invisible characters from this text."),
                code="control_characters",
            )


def _daily_hash(value):
    """A keyed hash that changes every day (UTC): counts by it, never by the value itself."""
    day = timezone.now().strftime("%Y-%m-%d")
    key = f"{settings.SECRET_KEY}:{day}".encode()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:32]


def client_fingerprint(request):
    """A daily-rotating keyed hash of the client address (home/client.py): never the address."""
    return _daily_hash(client_ip(request))


@functools.lru_cache(maxsize=8)
def _networks(spec):
    networks = []
    for item in spec:
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"RATE_LIMIT_EXEMPT_NETWORKS: {item!r} is not a network such as 203.0.113.7/32."
            ) from error
    return tuple(networks)


def in_exempt_network(request):
    """True when the client's address is in ``settings.RATE_LIMIT_EXEMPT_NETWORKS``."""
    networks = _networks(tuple(getattr(settings, "RATE_LIMIT_EXEMPT_NETWORKS", ())))
    if not networks:
        return False
    try:
        address = ipaddress.ip_address(client_ip(request))
    except ValueError:
        return False
    return any(address in network for network in networks)


def _over_limit(key, limit, window_seconds):
    """Count one attempt on `key`; True when over `limit` within the window.

    Atomic across processes (``add`` then ``incr`` on the shared cache). Fails open: when the cache
    (Redis) cannot be reached the attempt is let through, so that an outage never turns away a
    legitimate enrolment (docs/caching.md, "When Redis is down").
    """
    try:
        if cache.add(key, 1, timeout=window_seconds):
            return 1 > limit
        try:
            count = cache.incr(key)
        except CacheUnavailable:
            return False
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=window_seconds)
            return 1 > limit
    except Exception:  # any other cache failure: let the submission through, and say so
        logger.exception("rate limits: the cache failed; the submission is let through")
        return False
    return count > limit


def rate_limit_exceeded(request, scope, limit, window_seconds):
    """Count one attempt for this client in `scope`; True when over `limit` within the window."""
    return _over_limit(f"ratelimit:{scope}:{client_fingerprint(request)}", limit, window_seconds)


# The public forms' limits: name → prefix of the settings <PREFIX>_RATE_LIMIT and
# <PREFIX>_RATE_LIMIT_WINDOW_SECONDS (site/settings/base.py, "Rate limits").
RATE_LIMITS = {
    "enrolment": "ENROLMENT",
    "enrolment-cancel": "ENROLMENT",  # the self-service cancel link: its own count, same limit
    "feedback": "FEEDBACK",
    "tu-voz": "TU_VOZ",
    "legal-advice": "LEGAL_ADVICE",  # legal_advice: the "Ask for legal advice" form
}


def rate_limit_settings(name):
    """(limit, window in seconds) for the form `name`, without the exempt-network multiplier."""
    prefix = RATE_LIMITS[name]
    return (
        int(getattr(settings, f"{prefix}_RATE_LIMIT")),
        int(getattr(settings, f"{prefix}_RATE_LIMIT_WINDOW_SECONDS")),
    )


def check_rate_limit(request, name):
    """Count one submission of the public form `name` from this client; True when it is over the
    limit (answer 429 with RATE_LIMIT_MESSAGE). Clients in RATE_LIMIT_EXEMPT_NETWORKS get
    RATE_LIMIT_EXEMPT_MULTIPLIER times the limit."""
    limit, window = rate_limit_settings(name)
    if in_exempt_network(request):
        limit *= int(getattr(settings, "RATE_LIMIT_EXEMPT_MULTIPLIER", 20))
    return rate_limit_exceeded(request, name, limit, window)


def check_contact_rate_limit(name, place, contacts):
    """Count one submission for each contact (e.g. a phone number and an email address) at `place`
    (e.g. a course), whatever the connection; True when any of them is over
    <PREFIX>_CONTACT_RATE_LIMIT in the form's window. Contacts are hashed (keyed, daily): neither
    the number nor the address is ever in a cache key."""
    prefix = RATE_LIMITS[name]
    limit = int(getattr(settings, f"{prefix}_CONTACT_RATE_LIMIT"))
    window = rate_limit_settings(name)[1]
    over = False
    for kind, value in contacts:
        if value:
            key = f"ratelimit:{name}-contact:{_daily_hash(f'{place}:{kind}:{value}')}"
            over = _over_limit(key, limit, window) or over
    return over


RATE_LIMIT_MESSAGE = _(
    "You have sent this form many times in a short while. Please wait a few minutes and try again."
)


class PublicForm(HoneypotFormMixin):
    """A public form on a cached page: guide feedback, enrolment, Tu voz (docs/caching.md, "Forms").

    Subclasses give `form_id` (the `<form>`'s id), `submit_label`, an optional `note` shown under
    the button, `layout()`: the crispy-forms layout objects of the visible fields, in order, and
    an optional `fragment`: where on the page the answer to a POST opens (a form at the end of a
    long page, so that its errors are on screen without JavaScript). The redirect after a valid
    POST must then name its own fragment, or the browser keeps this one.
    Render with ``{% include "home/includes/public_form.html" with form=form %}``.
    """

    form_id = "public-form"
    submit_label = _("Send")
    note = ""
    fragment = ""

    def __init__(self, *args, action="", **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        self.refusal = None  # a message for the whole form, e.g. the rate limit

    def layout(self):
        return [name for name in self.fields if name != HONEYPOT_FIELD]

    @cached_property
    def helper(self):
        helper = FormHelper(self)
        helper.form_tag = False  # public_form.html writes the <form>, the honeypot and the button
        helper.disable_csrf = True  # a cached page: checked by Origin (home/form_origin.py)
        helper.layout = Layout(*self.layout())
        return helper

    def refuse(self, message):
        """Show the form again with `message` first in its error summary (nothing is saved)."""
        self.refusal = message

    @property
    def has_problems(self):
        return bool(self.refusal or (self.is_bound and self.errors))

    def error_summary(self):
        """[{"message", "href"}] for the summary at the top: the refusal, then every error in the
        order the fields are shown, each linking to its field (the first option of a group)."""
        items = [{"message": self.refusal, "href": ""}] if self.refusal else []
        if not self.is_bound or not self.errors:
            return items
        items += [{"message": error, "href": ""} for error in self.non_field_errors()]
        shown = [pointer.name for pointer in self.helper.layout.get_field_names()]
        names = shown + [name for name in self.fields if name not in shown]
        for name in names:
            field = self[name]
            for error in field.errors:
                if name == HONEYPOT_FIELD or field.is_hidden:
                    items.append({"message": error, "href": ""})
                    continue
                anchor = field.id_for_label or f"{field.auto_id}_0"  # radios: the first option
                label = "" if field.widget_type == "checkbox" else strip_tags(str(field.label))
                message = f"{label}: {error}" if label else str(error)
                items.append({"message": message, "href": f"#{anchor}"})
        return items


def check_public_form(request, form, rate_limit):
    """Receive a POSTed PublicForm. None when it is valid and may be saved; otherwise the status
    of the page that shows it again with its error summary: 429 when this client is over the
    rate limit `rate_limit` (check_rate_limit; the visitor's text is kept in the form shown
    again), 400 when the form is invalid or the honeypot is filled in. The same for the three
    public forms."""
    if check_rate_limit(request, rate_limit):
        form.refuse(RATE_LIMIT_MESSAGE)
        return 429
    if not form.is_valid():
        return 400
    return None


def public_form_response(request, template, context, status=200):
    """The page with its public form. The answer to a POST, and any error, is never cached."""
    response = TemplateResponse(request, template, context, status=status)
    if request.method == "POST" or status != 200:
        add_never_cache_headers(response)
    return response


def consent_label(text, privacy_url):
    """A consent checkbox's label: `text`, then a link to the privacy notice when there is one."""
    if not privacy_url:
        return text
    return format_html(
        '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
        text,
        privacy_url,
        _("Read the privacy notice (opens in a new tab)"),
    )


class PersonContactFields(forms.Form):
    """A name, a phone number or an email (at least one of them) and `preferred_channel`, which
    each form declares with its own choices. Ecuadorian and international numbers are accepted;
    a channel that needs a phone falls back to email when only an email was given."""

    phone_help_text = ""  # what the phone or the email will be used for, said by each form

    full_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        validators=[reject_control_characters],
        error_messages={
            "required": _("Please write your name."),
            "max_length": _("Please use at most 150 characters."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Phone or WhatsApp"),
        required=False,
        max_length=25,
        error_messages={"max_length": _("This phone number is too long.")},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Please check the email address, e.g. name@example.com.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].help_text = self.phone_help_text

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please write your name."), code="short")
        return name

    def clean_phone(self):
        phone = " ".join(self.cleaned_data.get("phone", "").split())
        if not phone:
            return ""
        digits = sum(ch.isdigit() for ch in phone)
        if not PHONE_PATTERN.match(phone) or not 7 <= digits <= 15:
            raise forms.ValidationError(
                _(
                    "Please check the phone number: use digits only, e.g. 099 123 4567 or +593 99 123 4567."
                ),
                code="phone",
            )
        return phone

    def clean(self):
        data = super().clean()
        phone, email = data.get("phone"), data.get("email")
        if not phone and not email and "phone" not in self.errors and "email" not in self.errors:
            self.add_error(
                "phone",
                forms.ValidationError(
                    _("Please give a phone number or an email address."), code="contact"
                ),
            )
        channel = data.get("preferred_channel")
        if channel == "email" and not email and "email" not in self.errors and phone:
            self.add_error(
                "email",
                forms.ValidationError(
                    _("Please give your email, or choose another way to contact you."),
                    code="channel",
                ),
            )
        if channel in ("whatsapp", "call", "sms") and not phone and email:
            if "phone" not in self.errors:
                data["preferred_channel"] = "email"
        return data
