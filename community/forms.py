"""The Tu voz form: anonymous by default, consent only when a contact is given."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from crispy_forms.layout import HTML, Field, Fieldset

from home.forms import PublicForm, reject_control_characters
from home.localization import in_active_locale_or_default
from home.models import Topic

MESSAGE_MAX_LENGTH = 4000

REQUIRED = _("Please fill in this field.")
TOO_LONG = _(
    "Please shorten this text to %(limit_value)d characters at most (it has %(show_value)d)."
)


class FeedbackForm(PublicForm, forms.Form):
    """Tu voz. Rendered by home/includes/public_form.html, like every public form."""

    form_id = "tu-voz-form"
    submit_label = _("Send my message")
    note = _(
        "We never ask about your immigration status, and nobody outside the team that answers Tu "
        "voz sees your message."
    )

    topic = forms.ModelChoiceField(
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("Something else / I am not sure"),
        label=_("What is it about?"),
        error_messages={"invalid_choice": _("Please choose one of the topics in the list.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        help_text=_(
            "Tell us what you need, what is not working or what you propose. Please do not include "
            "details about your immigration status: we do not need them."
        ),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        validators=[reject_control_characters],
        error_messages={"required": _("Please write your message."), "max_length": TOO_LONG},
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=120,
        validators=[reject_control_characters],
        error_messages={"max_length": TOO_LONG},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact = forms.CharField(
        label=_("Phone or email, if you want an answer (optional)"),
        required=False,
        max_length=160,
        validators=[reject_control_characters],
        error_messages={"max_length": TOO_LONG},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the Municipality keeps my contact details to answer me, as the privacy notice "
            "explains."
        ),
        required=False,
    )
    share_contact = forms.BooleanField(
        label=_(
            "If my message is passed on to a partner organisation, they may contact me to help."
        ),
        required=False,
    )
    service = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = in_active_locale_or_default(Topic.objects.all()).order_by(
            "sort_order", "name"
        )

    def layout(self):
        return [
            "service",
            Field("topic"),
            Field("message"),
            Fieldset(
                _("Do you want an answer? (optional)"),
                HTML(
                    '<p class="help">{}</p>'.format(
                        _(
                            "You can send your message anonymously: leave these fields empty. If "
                            "you give a phone or email, we only use it to answer you."
                        )
                    )
                ),
                Field("name"),
                Field("contact"),
                Field("consent"),
                Field("share_contact"),
                # The Tu voz page's own privacy text, from the page being shown.
                HTML(
                    '{% if page.privacy_text %}<p class="help">{{ page.privacy_text }}</p>{% endif %}'
                ),
                css_class="optional",
            ),
        ]

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise ValidationError(REQUIRED, code="required")
        return message

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact", "").strip() and not cleaned.get("consent"):
            self.add_error(
                "consent",
                ValidationError(
                    _(
                        "To keep your contact details we need your consent. Tick the box, or remove your "
                        "contact details to stay anonymous."
                    ),
                    code="consent_required",
                ),
            )
        return cleaned
