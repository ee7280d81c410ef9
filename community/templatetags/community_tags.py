"""Dates in the visitor's language (Django has no Haitian Creole catalogue) and small helpers."""

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

register = template.Library()

WEEKDAYS = [
    gettext_lazy("Monday"),
    gettext_lazy("Tuesday"),
    gettext_lazy("Wednesday"),
    gettext_lazy("Thursday"),
    gettext_lazy("Friday"),
    gettext_lazy("Saturday"),
    gettext_lazy("Sunday"),
]
MONTHS = [
    gettext_lazy("January"),
    gettext_lazy("February"),
    gettext_lazy("March"),
    gettext_lazy("April"),
    gettext_lazy("May"),
    gettext_lazy("June"),
    gettext_lazy("July"),
    gettext_lazy("August"),
    gettext_lazy("September"),
    gettext_lazy("October"),
    gettext_lazy("November"),
    gettext_lazy("December"),
]


def _local(value):
    if value is None:
        return None
    if hasattr(value, "hour") and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


@register.filter
def long_date(value):
    """'Saturday 5 December 2026' in the active language."""
    value = _local(value)
    if value is None:
        return ""
    return _("%(weekday)s %(day)s %(month)s %(year)s") % {
        "weekday": WEEKDAYS[value.weekday()],
        "day": value.day,
        "month": MONTHS[value.month - 1],
        "year": value.year,
    }


@register.filter
def short_date(value):
    """'5 December 2026' in the active language."""
    value = _local(value)
    if value is None:
        return ""
    return _("%(day)s %(month)s %(year)s") % {
        "day": value.day,
        "month": MONTHS[value.month - 1],
        "year": value.year,
    }


@register.filter
def clock(value):
    value = _local(value)
    return f"{value:%H:%M}" if value else ""


def month_name(number):
    return MONTHS[number - 1]
