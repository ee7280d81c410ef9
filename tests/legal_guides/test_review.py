"""The review banner on a guide whose review date is past, in every language (the editors'
dashboard panel is in test_review_dashboard.py: these tests share guides due on three dates)."""

import datetime

from django.utils import timezone

import pytest

from home.demo import translate
from legal_guides.models import LegalGuideIndexPage, LegalGuidePage
from tests import module_pages

pytestmark = pytest.mark.django_db

BANNERS = {
    "es": "Esta guía puede estar desactualizada.",
    "en": "This guide may be out of date.",
    "fr": "Ce guide n'est peut-être plus à jour.",
    "ht": "Gid sa a ka pa ajou ankò.",
}


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


DUE_DATES = {"overdue": -1, "due-today": 0, "due-tomorrow": 1}  # days from today
LEGAL_BASIS = {
    "instrument": "Constitución de la República del Ecuador (2008)",
    "article": "art. 41",
    "summary": "Asilo y refugio.",
    "url": "https://www.asambleanacional.gob.ec/",
}


def _build_guides(index, translate_page):
    """The same guide, translated into all four languages, for each due date."""
    result = {}
    for name, due in DUE_DATES.items():
        spanish = LegalGuidePage(  # as tests/sections.py's make_guide makes it
            title=name.replace("-", " ").capitalize(),
            slug=name,
            summary=f"Resumen de {name}.",
            audience="Personas migrantes.",
            body=[{"type": "paragraph", "value": "<p>Texto.</p>"}],
            legal_basis=[{"type": "reference", "value": LEGAL_BASIS}],
            reviewed_by="Equipo jurídico",
            last_reviewed=days(-200),
            next_review_due=days(due),
        )
        index.add_child(instance=spanish)
        spanish.save_revision().publish()
        spanish.refresh_from_db()
        pages = {"es": spanish}
        for code in ("en", "fr", "ht"):
            pages[code] = translate_page(
                spanish,
                code,
                title=f"{name} {code}",
                slug=f"{name}-{code}",
                summary="Summary",
                audience="Audience",
                reviewed_by="Team",
                body=spanish.body,
                legal_basis=spanish.legal_basis,
            )
        result[name] = pages
    return result


@pytest.fixture(scope="module", autouse=True)
def _module_guides(_module_guide_indexes, django_db_blocker):
    """The guides, built once for the module's tests (tests/module_pages.py): translating twelve
    pages through wagtail-localize takes seconds."""
    if not _module_guide_indexes:
        return None
    with module_pages.building(django_db_blocker):
        index = LegalGuideIndexPage.objects.get(pk=_module_guide_indexes["es"])
        return module_pages.page_ids(_build_guides(index, translate))


@pytest.fixture
def guides_by_due_date(guide_indexes, translate_page, _module_guides):
    if _module_guides:
        return module_pages.fetch(_module_guides)
    return _build_guides(guide_indexes["es"], translate_page)


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_banner_appears_exactly_when_the_review_date_is_past(client, guides_by_due_date, code):
    for name, expected in [("overdue", True), ("due-today", False), ("due-tomorrow", False)]:
        page = guides_by_due_date[name][code]
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert (BANNERS[code] in html) is expected, (name, code)
        if expected:
            assert 'class="notice notice-danger review-banner"' in html


def test_banner_dates_are_written_in_the_visitors_language(client, guides_by_due_date):
    due = days(-1)
    html = client.get(guides_by_due_date["overdue"]["ht"].url).content.decode()
    months_ht = [
        "janvye",
        "fevriye",
        "mas",
        "avril",
        "me",
        "jen",
        "jiyè",
        "out",
        "septanm",
        "oktòb",
        "novanm",
        "desanm",
    ]
    assert f"{due.day} {months_ht[due.month - 1]} {due.year}" in html
    html = client.get(guides_by_due_date["overdue"]["es"].url).content.decode()
    months_es = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    assert f"{due.day} de {months_es[due.month - 1]} de {due.year}" in html
