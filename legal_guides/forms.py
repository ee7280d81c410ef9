from django import forms
from django.utils.translation import gettext_lazy as _

from crispy_forms.layout import Field

from home.forms import PublicForm, reject_control_characters

COMMENT_MAX_LENGTH = 1000


class GuideFeedbackForm(PublicForm, forms.Form):
    """ "Was this page helpful?" Asks for nothing personal, and says so."""

    form_id = "feedback-form"
    fragment = "feedback"  # the end of a long guide: the answer opens at the form
    submit_label = _("Send")
    note = _("This form is anonymous: we do not record your name, phone, address or location.")

    helpful = forms.ChoiceField(
        label=_("Was this page helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose “Yes” or “No”."),
            "invalid_choice": _("Please choose “Yes” or “No”."),
        },
    )
    comment = forms.CharField(
        label=_("What could we explain better? (optional)"),
        help_text=_("Do not write your name, phone number or any personal details."),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        validators=[reject_control_characters],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _(
                "Your comment is too long: please keep it under %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )

    def layout(self):
        return [Field("helpful", wrapper_class="inline-choices"), Field("comment")]
