from urllib.parse import quote

from django import template
from django.utils.translation import gettext, pgettext_lazy

from home.contact_links import tel_href, whatsapp_url

register = template.Library()

# Django has no Haitian Creole catalogue, so month names come from this app's own catalogue.
MONTHS = [
    pgettext_lazy("month name", "January"),
    pgettext_lazy("month name", "February"),
    pgettext_lazy("month name", "March"),
    pgettext_lazy("month name", "April"),
    pgettext_lazy("month name", "May"),
    pgettext_lazy("month name", "June"),
    pgettext_lazy("month name", "July"),
    pgettext_lazy("month name", "August"),
    pgettext_lazy("month name", "September"),
    pgettext_lazy("month name", "October"),
    pgettext_lazy("month name", "November"),
    pgettext_lazy("month name", "December"),
]


@register.filter
def long_date(value):
    """'28 November 2026' in the visitor's language (Spanish: '28 de noviembre de 2026')."""
    if not value:
        return ""
    # Translators: a date; keep the placeholders, reorder them as your language needs.
    return gettext("%(day)s %(month)s %(year)s") % {
        "day": value.day,
        "month": MONTHS[value.month - 1],
        "year": value.year,
    }


register.filter("tel_href", tel_href)
register.filter("whatsapp_url", whatsapp_url)


@register.simple_tag
def whatsapp_share_url(title, url):
    """https://wa.me/?text=… : sharing without any third-party script."""
    return "https://wa.me/?text=" + quote(f"{title} {url}", safe="")
