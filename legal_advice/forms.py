import re

from django import forms
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from crispy_forms.layout import Field

from home.forms import PublicForm, reject_control_characters

from .advice_requests import FORM_FIELDS, AdviceRequest, Channel

PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-.]{7,25}$")
CHOOSE = _("Please choose one of the options.")
DESCRIPTION_MAX_LENGTH = 800


def consent_label(privacy_url):
    text = _(
        "I agree that the city keeps these details so that a legal adviser can contact me, as the "
        "privacy notice explains."
    )
    if not privacy_url:
        return text
    return format_html(
        '{} <a href="{}" target="_blank" rel="noopener">{}</a>',
        text,
        privacy_url,
        _("Read the privacy notice (opens in a new tab)"),
    )


class AdviceRequestForm(PublicForm, forms.ModelForm):
    """Ask for legal advice: a topic, a language, a name, a phone or an email, a few words, consent.

    The same privacy rules as enrolment: nothing else, and never the immigration status.
    Rendered by home/includes/public_form.html, like every public form."""

    form_id = "legal-advice-form"
    submit_label = _("Ask for an appointment")
    note = _(
        "Free and confidential. We never ask about your immigration status, and only the city's "
        "legal advisers read your request."
    )

    topic = forms.ChoiceField(
        label=_("What do you need advice about?"),
        choices=AdviceRequest.Topic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a topic."), "invalid_choice": CHOOSE},
    )
    preferred_language = forms.ChoiceField(
        label=_("In which language would you like the advice?"),
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
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
        help_text=_(
            "Write the phone number or the email, or both. We use them only to give you an "
            "appointment."
        ),
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
    preferred_channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=Channel.choices,
        initial=Channel.WHATSAPP,
        widget=forms.RadioSelect,
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
    description = forms.CharField(
        label=_("In a few words, what is your question?"),
        help_text=_(
            "A few lines are enough. Please do not write details about your immigration status "
            "or documents: the adviser will ask only what is needed."
        ),
        max_length=DESCRIPTION_MAX_LENGTH,
        validators=[reject_control_characters],
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Please write a few words about your question."),
            "max_length": _("Please use at most 800 characters."),
        },
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={
            "required": _("Please tick this box so that a legal adviser can contact you.")
        },
    )

    class Meta:
        model = AdviceRequest
        fields = FORM_FIELDS

    def __init__(self, *args, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        languages = AdviceRequest._meta.get_field("preferred_language").choices
        self.fields["preferred_language"].choices = languages
        if not self.is_bound:
            code = (get_language() or "es").split("-")[0]
            self.initial.setdefault("preferred_language", code if code in dict(languages) else "es")
        self.fields["consent"].label = consent_label(privacy_url)

    def layout(self):
        return [Field(name) for name in (*FORM_FIELDS, "consent")]

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

    def clean_description(self):
        return self.cleaned_data["description"].strip()

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
            data["preferred_channel"] = "email"
        return data
