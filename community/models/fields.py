"""A small multiple-choice field for the languages an event or a service works in."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ht", _("Haitian Creole")),
    ("pt", _("Portuguese")),
    ("qu", _("Kichwa")),
    ("lsec", _("Ecuadorian Sign Language")),
]
SPOKEN_LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)


def split_codes(value):
    if not value:
        return []
    if isinstance(value, list | tuple):
        return [code for code in value if code]
    return [code for code in str(value).split(",") if code]


def join_codes(codes):
    """Stored as ",es,fr," so that a `contains=",fr,"` filter never matches part of another code."""
    known = [code for code, _label in SPOKEN_LANGUAGES if code in set(codes)]
    return f",{','.join(known)}," if known else ""


class LanguageListFormField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", SPOKEN_LANGUAGES)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return split_codes(value)

    def has_changed(self, initial, data):
        return set(split_codes(initial)) != set(split_codes(data))


class LanguageListField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 80)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            value = join_codes(value)
        return super().get_prep_value(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return join_codes(value)
        return super().to_python(value)

    def formfield(self, **kwargs):
        return LanguageListFormField(
            required=not self.blank, label=self.verbose_name, help_text=self.help_text
        )

    def save_form_data(self, instance, data):
        setattr(instance, self.name, join_codes(split_codes(data)))


def language_names(value):
    return [
        SPOKEN_LANGUAGE_NAMES[code] for code in split_codes(value) if code in SPOKEN_LANGUAGE_NAMES
    ]
