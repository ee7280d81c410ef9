from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from crispy_forms.layout import HTML, Field

from home.forms import (
    PersonContactFields,
    PublicForm,
    consent_label,
    reject_control_characters,
)

from .choices import MODALITY_CHOICES, TIME_SLOT_CHOICES
from .enrolments import FORM_FIELDS, Enrolment, with_open_seats

REQUIRED = _("Please fill in this field.")


class CourseFilterForm(forms.Form):
    """GET filters for the course index. Works without JavaScript."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    modality = forms.ChoiceField(
        label=_("Modality"), required=False, choices=[("", _("Any"))] + MODALITY_CHOICES
    )
    time = forms.ChoiceField(
        label=_("Time of day"), required=False, choices=[("", _("Any"))] + TIME_SLOT_CHOICES
    )
    open = forms.BooleanField(label=_("Only courses with open seats"), required=False)

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]

    def has_filters(self):
        return any(self.cleaned_data.get(name) for name in ("topic", "modality", "time", "open"))

    def filter(self, queryset):
        data = self.cleaned_data
        if data.get("topic"):
            queryset = queryset.filter(topics__slug=data["topic"])
        if data.get("modality"):
            queryset = queryset.filter(modality=data["modality"])
        if data.get("time"):
            queryset = queryset.filter(time_slot=data["time"])
        if data.get("open"):
            queryset = with_open_seats(queryset)
        return queryset


def privacy_label(privacy_url):
    return consent_label(
        _(
            "I agree that the city keeps these details to manage my enrolment, as the privacy notice explains."
        ),
        privacy_url,
    )


class EnrolmentForm(PublicForm, PersonContactFields, forms.ModelForm):
    """Only a name, a phone number or an email, and consent. Everything else is optional.

    Rendered by home/includes/public_form.html, like every public form."""

    form_id = "enrolment-form"
    submit_label = _("Enrol")

    phone_help_text = _(
        "Write the phone number or the email, or both. We use them only to tell you about this course."
    )

    preferred_channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=Enrolment.CHANNEL_CHOICES,
        initial="whatsapp",
        widget=forms.RadioSelect,
        error_messages={
            "required": REQUIRED,
            "invalid_choice": _("Please choose one of the options."),
        },
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        required=False,
        help_text=_("Only for statistics by age group."),
        error_messages={"invalid": _("Please write a year, e.g. 1990.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "bday-year"}),
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={"required": _("Please tick this box so that we can keep your enrolment.")},
    )

    class Meta:
        model = Enrolment
        fields = FORM_FIELDS
        labels = {
            "document_number": _("Document number (optional)"),
            "nationality": _("Nationality"),
            "gender": _("Gender"),
            "gender_self_description": _("Gender, in your words"),
            "needs": _("Do you need anything to take part? (accessibility, childcare…)"),
            "heard_about": _("How did you hear about the course?"),
        }
        help_texts = {
            "document_number": _("No document is required."),
            "nationality": _("Only for statistics."),
        }
        widgets = {"needs": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The course page replaces it with a label that links to the privacy notice.
        self.fields["consent"].label = privacy_label("")
        for name in ("nationality", "gender", "heard_about"):
            self.fields[name].choices = [
                choice for choice in self.fields[name].choices if choice[0] != ""
            ]
            self.fields[name].choices = [("", _("I prefer not to say"))] + self.fields[name].choices
            self.fields[name].error_messages["invalid_choice"] = _(
                "Please choose one of the options."
            )
        for name in ("document_number", "gender_self_description", "needs"):
            self.fields[name].validators.append(reject_control_characters)
            self.fields[name].error_messages["max_length"] = _("This text is too long.")
        self.fields["needs"].max_length = 500

    OPTIONAL = (
        "nationality",
        "birth_year",
        "gender",
        "gender_self_description",
        "document_number",
        "needs",
        "heard_about",
    )

    def layout(self):
        # "More about you" opens by itself when one of its answers needs correcting.
        errors = self.errors if self.is_bound else {}
        opened = " open" if any(name in errors for name in self.OPTIONAL) else ""
        return [
            Field("full_name"),
            Field("phone"),
            Field("email"),
            Field("preferred_channel"),
            HTML(
                '<details class="optional"{}><summary>{}</summary><p class="meta">{}</p>'.format(
                    opened,
                    _("More about you (optional)"),
                    _("You can skip all of this. We never ask about your immigration status."),
                )
            ),
            *(Field(name) for name in self.OPTIONAL),
            HTML("</details>"),
            Field("consent"),
        ]

    def clean_birth_year(self):
        year = self.cleaned_data.get("birth_year")
        this_year = timezone.localdate().year
        if year is not None and not this_year - 100 <= year <= this_year - 10:
            raise forms.ValidationError(_("Please check the year of birth."), code="year")
        return year

    def clean(self):
        data = super().clean()
        if data.get("gender") != "self":
            data["gender_self_description"] = ""
        return data
