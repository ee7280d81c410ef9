"""The link to "Ask for legal advice" from every guide and from the home page.

The page's address is a contract (DESIGN.md: /es/asesoria-legal/, /en/legal-advice/,
/fr/conseil-juridique/, /ht/konsey-legal/), so the link costs no query: guides keep their
query budget.
"""

from django import template

from home.localization import active_language

register = template.Library()

LEGAL_ADVICE_PATHS = {
    "es": "/es/asesoria-legal/",
    "en": "/en/legal-advice/",
    "fr": "/fr/conseil-juridique/",
    "ht": "/ht/konsey-legal/",
}


@register.simple_tag
def legal_advice_url():
    """The legal advice form in the visitor's language."""
    return LEGAL_ADVICE_PATHS.get(active_language(), LEGAL_ADVICE_PATHS["es"])
