"""Fixture pages for search tests: a few StandardPages in several languages under the home pages."""

import pytest

from home.demo import child_page, translate
from home.models import StandardPage
from tests import module_pages


@pytest.fixture
def make_page():
    """make_page(parent, slug, title, intro, body) → a live StandardPage (indexed on publish)."""

    def _make(parent, slug, title, intro="", body="<p>Texto.</p>", **fields):
        return child_page(parent, StandardPage, slug, title=title, intro=intro, body=body, **fields)

    return _make


def _build_asylum_pages(home_pages, translate_page):
    """The asylum page in es/en/fr/ht."""
    es = child_page(
        home_pages["es"],
        StandardPage,
        "asilo",
        title="Solicitar refugio en Ecuador",
        intro="Cómo pedir protección internacional si tu vida corre peligro.",
        body="<p>Puedes solicitar refugio y asilo. La información es gratuita.</p>",
    )
    pages = {"es": es}
    translations = {
        "en": (
            "asylum",
            "Applying for asylum in Ecuador",
            "How to ask for international protection if your life is in danger.",
            "<p>You can apply for asylum and refugee status. The information is free.</p>",
        ),
        "fr": (
            "asile",
            "Demander l'asile en Équateur",
            "Comment demander une protection internationale si votre vie est en danger.",
            "<p>Vous pouvez demander l'asile et le statut de réfugié. L'information est gratuite.</p>",
        ),
        "ht": (
            "azil",
            "Mande azil nan Ekwatè",
            "Kijan pou mande pwoteksyon entènasyonal si lavi ou an danje.",
            "<p>Ou ka mande azil ak estati refijye. Enfòmasyon an gratis.</p>",
        ),
    }
    for code, (slug, title, intro, body) in translations.items():
        pages[code] = translate_page(es, code, title=title, slug=slug, intro=intro, body=body)
    return pages


@pytest.fixture(scope="module", autouse=True)
def _module_asylum_pages(request, _module_home_pages, django_db_blocker):
    """The asylum pages in the module's shared page tree (tests/module_pages.py)."""
    if not _module_home_pages or not module_pages.module_uses(request, "asylum_pages"):
        return None
    with module_pages.building(django_db_blocker):
        home_pages = module_pages.fetch(_module_home_pages)
        return module_pages.page_ids(_build_asylum_pages(home_pages, translate))


@pytest.fixture
def asylum_pages(home_pages, translate_page, _module_asylum_pages):
    if _module_asylum_pages:
        return module_pages.fetch(_module_asylum_pages)
    return _build_asylum_pages(home_pages, translate_page)


@pytest.fixture
def work_page_es(home_pages, make_page):
    return make_page(
        home_pages["es"],
        "trabajo",
        "Derechos de las personas trabajadoras",
        intro="Tu derecho a trabajar con contrato y seguro social.",
        body="<p>Los trabajadores migrantes tienen los mismos derechos laborales.</p>",
    )
