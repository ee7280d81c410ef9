"""Dates in the visitor's language, for every app.

Django formats them: its month and weekday names (`django.utils.dates`, the one list; the
Haitian Creole names are in site/locale/ht) and each language's DATE_FORMAT (Django's own for
es and fr, site/formats/ht for ht). English is the one exception: Django's "Nov. 28, 2026" is
spelled out as "28 November 2026", as the rest of the site writes it.
"""

import datetime

from django.utils import dateformat, timezone
from django.utils.dates import MONTHS
from django.utils.formats import get_format
from django.utils.translation import get_language

ENGLISH_DATE_FORMAT = "j F Y"


def local(value):
    """A timezone-aware datetime in Quito time; dates and naive datetimes unchanged."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def date_format():
    """The active language's format for a full date: "28 de noviembre de 2026"."""
    if (get_language() or "").split("-")[0] == "en":
        return ENGLISH_DATE_FORMAT
    return get_format("DATE_FORMAT")


def long_date(value):
    """'28 November 2026' in the active language ('28 de noviembre de 2026')."""
    value = local(value)
    return dateformat.format(value, date_format()) if value else ""


def long_date_with_weekday(value):
    """'Saturday 5 December 2026' in the active language ('sábado 5 de diciembre de 2026')."""
    value = local(value)
    return dateformat.format(value, f"l {date_format()}") if value else ""


def clock(value):
    """'15:00': the time of day, Quito time."""
    value = local(value)
    return dateformat.format(value, "H:i") if value else ""


def month_name(number):
    """The month's name in the active language (1 is January)."""
    return MONTHS[number]
