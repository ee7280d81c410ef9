"""Words explained: the glossary page per language, and guides linking each term once (the demo's
glossary is checked in test_demo.py, on the seeded demo)."""

import re

from django.core.cache import cache

import pytest

from home.demo import translate
from home.models import HomePage
from legal_guides.glossary import GlossaryPage, GlossaryTerm
from legal_guides.glossary_links import Target, link_terms
from tests import module_pages

pytestmark = pytest.mark.django_db

GLOSSARY = {
    "es": ("Glosario", "glosario"),
    "en": ("Glossary", "glossary"),
    "fr": ("Glossaire", "glossaire"),
    "ht": ("Glosè", "glose"),
}
TERMS = [
    # (Spanish term, other forms, English term, English forms, Kreyòl term, Kreyòl forms)
    ("asilo", "", "asylum", "", "azil", ""),
    ("cédula", "cédulas", "identity card", "ID card", "kat idantite", "kat idantite yo"),
    ("visa", "visas", "visa", "visas", "viza", "viza yo"),
]


def _build_glossary(home, translate_page):
    """The glossary page in four languages and three terms in es, en and ht."""
    spanish = GlossaryPage(title="Glosario", slug="glosario", intro="<p>Palabras.</p>")
    home.add_child(instance=spanish)
    spanish.save_revision().publish()
    pages = {"es": spanish}
    for code in ("en", "fr", "ht"):
        title, slug = GLOSSARY[code]
        pages[code] = translate_page(spanish, code, title=title, slug=slug, intro="<p>…</p>")
    for es, es_forms, en, en_forms, ht, ht_forms in TERMS:
        term = GlossaryTerm.objects.create(
            locale=spanish.locale,
            term=es,
            explanation=f"Explicación sencilla de {es}.",
            other_forms=es_forms,
        )
        translate(term, "en", term=en, explanation=f"Plain words for {en}.", other_forms=en_forms)
        translate(term, "ht", term=ht, explanation=f"Sa {ht} vle di.", other_forms=ht_forms)
    return pages


@pytest.fixture(scope="module", autouse=True)
def _module_glossary(request, _module_home_pages, django_db_blocker):
    """The glossary, built once for the module's tests (tests/module_pages.py)."""
    if not _module_home_pages or not module_pages.module_uses(request, "glossary"):
        return None
    with module_pages.building(django_db_blocker):
        home = HomePage.objects.get(pk=_module_home_pages["es"])
        return module_pages.page_ids(_build_glossary(home, translate))


@pytest.fixture
def glossary(home_pages, translate_page, _module_glossary):
    if _module_glossary:
        pages = module_pages.fetch(_module_glossary)
    else:
        pages = _build_glossary(home_pages["es"], translate_page)
    cache.clear()
    return pages


def test_the_glossary_is_at_its_contract_address_in_each_language_a_to_z(client, glossary):
    for code, (title, slug) in GLOSSARY.items():
        response = client.get(f"/{code}/{slug}/")
        assert response.status_code == 200, code
        html = response.content.decode()
        assert f"<h1>{title}</h1>" in html
    spanish = client.get("/es/glosario/").content.decode()
    assert '<dt id="asilo"><dfn>asilo</dfn></dt>' in spanish
    assert 'id="cedula"' in spanish and "Explicación sencilla de cédula." in spanish
    # A to Z: the letters link to their sections, in alphabetical order.
    letters = re.findall(r'<h2 id="letter-([A-Z#])">', spanish)
    assert letters == ["A", "C", "V"]
    assert 'href="#letter-C"' in spanish
    kreyol = client.get("/ht/glose/").content.decode()
    assert 'id="azil"' in kreyol and "Sa azil vle di." in kreyol
    assert 'id="kat-idantite"' in kreyol
    # French has no translated terms yet: the Spanish ones, marked as Spanish.
    french = client.get("/fr/glossaire/").content.decode()
    assert '<dt id="asilo" lang="es">' in french


def _guide_body(text):
    return [{"type": "paragraph", "value": text}]


def test_a_guide_links_each_of_three_terms_once_in_the_visitors_language(
    client, glossary, make_guide, translate_page
):
    text = (
        "<p>Para pedir asilo no necesitas visa. Con tu cédula o sin cédula, el asilo es gratis.</p>"
        "<p>Otra vez: asilo, visas y cédulas.</p>"
    )
    guide = make_guide("pedir-asilo", title="Pedir asilo", body=_guide_body(text))
    html = client.get(guide.url).content.decode()
    body = html.split('class="guide-body', 1)[1].split("</div>", 1)[0]
    assert body.count('<a class="term" href="/es/glosario/#asilo"') == 1
    assert body.count('href="/es/glosario/#visa"') == 1
    assert body.count('href="/es/glosario/#cedula"') == 1
    assert body.count('class="term"') == 3
    assert '#asilo" title="asilo">asilo</a> no necesitas' in body  # the first use, not a later one
    assert '<p class="meta glossary-note">' in html and 'href="/es/glosario/">Glosario</a>' in html

    # The English guide links the English terms to the English glossary.
    english = translate_page(
        guide,
        "en",
        title="Asking for asylum",
        slug="asking-for-asylum",
        summary="In short.",
        audience="Migrants.",
        body=_guide_body(
            "<p>To ask for asylum you need no visa. With or without an ID card, asylum is free.</p>"
            "<p>Again: asylum, visas and identity cards.</p>"
        ),
    )
    html = client.get(english.url).content.decode()
    body = html.split('class="guide-body', 1)[1].split("</div>", 1)[0]
    assert body.count('href="/en/glossary/#asylum"') == 1
    assert body.count('href="/en/glossary/#visa"') == 1
    assert body.count('href="/en/glossary/#identity-card"') == 1  # matched by "ID card"
    assert "/es/glosario/" not in body


def test_editors_can_switch_the_links_off_and_links_never_nest(client, glossary, make_guide):
    guide = make_guide(
        "sin-enlaces",
        body=_guide_body(
            '<p>El asilo y la <a href="https://example.org/">visa humanitaria</a>.</p>'
        ),
        link_glossary_terms=False,
    )
    html = client.get(guide.url).content.decode()
    assert 'class="term"' not in html and "glossary-note" not in html

    linked = make_guide(
        "con-enlaces",
        body=[
            {"type": "heading", "value": "Asilo"},
            _guide_body('<p>Una <a href="https://example.org/">visa humanitaria</a>. Asilo.</p>')[
                0
            ],
        ],
    )
    html = client.get(linked.url).content.decode()
    body = html.split('class="guide-body', 1)[1].split("</div>", 1)[0]
    assert "<h2" in body and ">Asilo</h2>" in body  # headings are never linked
    assert '<a href="https://example.org/">visa humanitaria</a>' in body  # nor existing links
    assert '. <a class="term" href="/es/glosario/#asilo" title="asilo">Asilo</a>.' in body


def test_a_new_term_shows_in_guides_without_a_new_publish(client, glossary, make_guide):
    guide = make_guide("refugio", body=_guide_body("<p>Tienes derecho a pedir refugio.</p>"))
    assert 'class="term"' not in client.get(guide.url).content.decode()
    GlossaryTerm.objects.create(
        locale=glossary["es"].locale, term="refugio", explanation="Protección de otro país."
    )
    assert 'href="/es/glosario/#refugio"' in client.get(guide.url).content.decode()


def test_link_terms_matches_whole_words_only():
    targets = [Target(key="1", forms=("visa",), url="/es/glosario/#visa", title="visa")]
    assert link_terms("<p>televisados, visado</p>", targets) == "<p>televisados, visado</p>"
    assert link_terms("<p>Visa.</p>", targets) == (
        '<p><a class="term" href="/es/glosario/#visa" title="visa">Visa</a>.</p>'
    )
