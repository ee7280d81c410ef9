from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from crispy_forms.layout import Field

from home.forms import (
    PersonContactFields,
    PublicForm,
    consent_label,
    reject_control_characters,
)

from .advice_requests import FORM_FIELDS, SHARE_CONSENT_FIELD, AdviceRequest, Channel

CHOOSE = _("Please choose one of the options.")
DESCRIPTION_MAX_LENGTH = 800


def advice_consent_label(privacy_url):
    return consent_label(
        _(
            "I agree that the city keeps these details so that a legal adviser can contact me, as "
            "the privacy notice explains."
        ),
        privacy_url,
    )


class AdviceRequestForm(PublicForm, PersonContactFields, forms.ModelForm):
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
    phone_help_text = _(
        "Write the phone number or the email, or both. We use them only to give you an appointment."
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

    share_contact = forms.BooleanField(
        required=False,
        label=_(
            "Optional: if a legal adviser sends me to another organisation that can help, they "
            "may give it my name and contact."
        ),
    )

    class Meta:
        model = AdviceRequest
        fields = (*FORM_FIELDS, SHARE_CONSENT_FIELD)

    def __init__(self, *args, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        languages = AdviceRequest._meta.get_field("preferred_language").choices
        self.fields["preferred_language"].choices = languages
        if not self.is_bound:
            code = (get_language() or "es").split("-")[0]
            self.initial.setdefault("preferred_language", code if code in dict(languages) else "es")
        self.fields["consent"].label = advice_consent_label(privacy_url)

    def layout(self):
        return [Field(name) for name in (*FORM_FIELDS, "consent", SHARE_CONSENT_FIELD)]

    def clean_description(self):
        return self.cleaned_data["description"].strip()
