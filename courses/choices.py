"""Choices of the course pages' fields, apart so that the filter form can use them."""

from django.utils.translation import gettext_lazy as _

MODALITY_CHOICES = [("in_person", _("In person")), ("online", _("Online"))]
TIME_SLOT_CHOICES = [
    ("morning", _("Morning")),
    ("afternoon", _("Afternoon")),
    ("evening", _("Evening")),
    ("weekend", _("Weekend")),
]
INSTRUCTION_LANGUAGE_CHOICES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ht", _("Haitian Creole")),
]
