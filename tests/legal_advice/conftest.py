"""Fixtures: the legal advice page in four languages, and a valid form."""

import pytest

from legal_advice.models import LegalAdvicePage

SLUGS = {
    "es": "asesoria-legal",
    "en": "legal-advice",
    "fr": "conseil-juridique",
    "ht": "konsey-legal",
}
TITLES = {
    "es": "Pide asesoría legal",
    "en": "Ask for legal advice",
    "fr": "Demander un conseil juridique",
    "ht": "Mande yon konsèy legal",
}


@pytest.fixture
def advice_page(home_page):
    page = LegalAdvicePage(title=TITLES["es"], slug=SLUGS["es"], locale=home_page.locale)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def advice_pages(home_pages, advice_page, translate_page):
    pages = {"es": advice_page}
    for code in ("en", "fr", "ht"):
        pages[code] = translate_page(advice_page, code, title=TITLES[code], slug=SLUGS[code])
    return pages


def form_data(**changes):
    data = {
        "topic": "work",
        "preferred_language": "es",
        "full_name": "Ana Pérez",
        "phone": "099 123 4567",
        "email": "ana@example.org",
        "preferred_channel": "whatsapp",
        "description": "No me pagaron el último mes de trabajo.",
        "consent": "on",
        "website": "",
    }
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data
