"""Relevance against the demo content (`seed_demo`), on PostgreSQL.

Each row: in this language, this query must bring this page into the top 3. The module runs on its
own copy of the seeded demo (the `demo_site` fixture).
"""

import html
import re

import pytest

from search.models import SearchEntry
from tests.conftest import requires_postgres

pytestmark = [requires_postgres, pytest.mark.django_db]

RELEVANCE = [
    # language, query, expected in the top 3, what the row checks
    ("es", "refugio", "Pedir asilo o refugio en Ecuador", "plain word"),
    ("es", "regularizacion", "Regularizar tu situación migratoria", "no accent"),
    ("es", "medico", "Ir al médico en la red pública de salud", "no accent"),
    ("es", "discriminacion", "Denunciar discriminación o violencia", "no accent"),
    ("es", "matricula", "Matricular a tus hijos en la escuela", "no accent, inflected"),
    ("es", "trabajadores", "Tus derechos en el trabajo", "inflected"),
    ("es", "trabajar", "Tus derechos en el trabajo", "inflected"),
    ("es", "alquilar", "Alquilar una vivienda con seguridad", "plain word"),
    ("es", "curso cocina", "Cocina ecuatoriana para emprender", "two words"),
    ("es", "ELECTRICIDAD", "Electricidad domiciliaria", "upper case"),
    ("en", "asylum", "Asking for asylum or refugee status in Ecuador", "plain word"),
    ("en", "refugees", "Asking for asylum or refugee status in Ecuador", "inflected"),
    ("en", "reported", "Reporting discrimination or violence", "inflected"),
    ("en", "doctor", "Seeing a doctor in the public health network", "plain word"),
    ("en", "cooking", "Ecuadorian cooking for small businesses", "plain word"),
    ("fr", "asile", "Demander l'asile ou le statut de réfugié en Équateur", "plain word"),
    (
        "fr",
        "refugies",
        "Demander l'asile ou le statut de réfugié en Équateur",
        "no accent, inflected",
    ),
    ("fr", "medecin", "Consulter un médecin dans le réseau public de santé", "no accent"),
    ("fr", "signaler", "Signaler une discrimination ou une violence", "plain word"),
    ("fr", "travail", "Formation : vos droits au travail", "plain word"),
    ("ht", "azil", "Mande azil oswa estati refijye nan Ekwatè", "plain word"),
    ("ht", "dokte", "Al kay doktè nan rezo sante piblik la", "no accent"),
    ("ht", "diskriminasyon", "Denonse diskriminasyon oswa vyolans", "plain word"),
    ("ht", "kou", "Kou gratis", "short word"),
]

TYPOS = [
    # language, typo, suggestion, page found by following the suggestion
    ("es", "refujio", "refugio", "Pedir asilo o refugio en Ecuador"),
    ("en", "asylun", "asylum", "Asking for asylum or refugee status in Ecuador"),
    ("fr", "discrimnation", "discrimination", "Signaler une discrimination ou une violence"),
]


def results(client, language, query):
    body = client.get(f"/{language}/search/", {"q": query}).content.decode()
    items = re.findall(r'<li class="card result.*?</li>', body, re.S)
    parsed = []
    for item in items:
        title = re.search(r'<h2(?: lang="(\w+)")?><a href="([^"]*)">(.*?)</a></h2>', item, re.S)
        parsed.append(
            {
                "title": html.unescape(re.sub(r"</?mark>", "", title.group(3))),
                "lang": title.group(1),
                "url": title.group(2),
                "labelled": "badge-warn" in item,
            }
        )
    return body, parsed


def test_the_table_has_at_least_20_queries_in_four_languages():
    assert len(RELEVANCE) + len(TYPOS) >= 20
    assert {row[0] for row in RELEVANCE} == {"es", "en", "fr", "ht"}


@pytest.mark.parametrize(
    "language, query, expected, _why", RELEVANCE, ids=[f"{r[0]}:{r[1]}" for r in RELEVANCE]
)
def test_expected_page_is_in_the_top_3(demo_site, client, language, query, expected, _why):
    _body, found = results(client, language, query)
    titles = [item["title"] for item in found[:3]]
    assert expected in titles, f"{language} {query!r}: top 3 were {titles}"


@pytest.mark.parametrize(
    "language, typo, suggestion, expected", TYPOS, ids=[f"{r[0]}:{r[1]}" for r in TYPOS]
)
def test_a_typo_gets_a_correct_did_you_mean(
    demo_site, client, language, typo, suggestion, expected
):
    body, _found = results(client, language, typo)
    assert f"<strong>{suggestion}</strong>" in body, f"no suggestion {suggestion!r} for {typo!r}"
    _body, found = results(client, language, suggestion)
    assert expected in [item["title"] for item in found[:3]]


@pytest.mark.parametrize("query", ["visa", "school", "rent", "work", "course", "health", "asylum"])
def test_english_results_never_pass_spanish_pages_off_as_english(demo_site, client, query):
    spanish_only = set(
        SearchEntry.objects.filter(language="es")
        .exclude(
            translation_key__in=SearchEntry.objects.filter(language="en").values("translation_key")
        )
        .values_list("title", flat=True)
    )
    english_titles = set(SearchEntry.objects.filter(language="en").values_list("title", flat=True))
    assert spanish_only, "the demo content should have guides that are only in Spanish"
    _body, found = results(client, "en", query)
    for item in found:
        if item["title"] in spanish_only and item["title"] not in english_titles:
            assert item["labelled"] and item["lang"] == "es", (
                f"{item['title']} shown as if it were English"
            )
            assert item["url"].startswith("/en/"), (
                "the Spanish page opens with the English interface"
            )
        else:
            assert item["lang"] is None and not item["labelled"]


def test_an_english_search_finds_a_spanish_only_guide_only_labelled(demo_site, client):
    # "regularización" is only in Spanish: an English reader typing the Spanish word still gets it,
    # clearly labelled as Spanish and opened under /en/ (English interface, Spanish text).
    _body, found = results(client, "en", "regularizacion")
    guide = next(item for item in found if item["title"] == "Regularizar tu situación migratoria")
    assert guide["labelled"] and guide["lang"] == "es"
    assert guide["url"] == "/en/guides/visas-y-regularizacion/"


def test_promotions_in_the_demo_come_first_in_their_own_language(demo_site, client):
    _body, found = results(client, "es", "visa")
    assert found[0]["title"] == "Regularizar tu situación migratoria"
    _body, found = results(client, "ht", "azil")
    assert found[0]["title"] == "Mande azil oswa estati refijye nan Ekwatè"
    # The visa guide is not translated into English: no English promotion, so it is not first.
    _body, found = results(client, "en", "visa")
    assert not found or found[0]["title"] != "Regularizar tu situación migratoria"


def test_result_links_point_to_live_pages_in_the_readers_language(demo_site, client):
    from wagtail.models import Page

    live_urls = {page.get_url() for page in Page.objects.live().specific()}
    for language, query in [
        ("es", "refugio"),
        ("en", "asylum"),
        ("fr", "asile"),
        ("ht", "azil"),
        ("en", "regularizacion"),
    ]:
        _body, found = results(client, language, query)
        assert found
        for item in found[:5]:
            path = item["url"].split("#")[0]
            assert path.startswith(f"/{language}/"), item["url"]
            if not item["labelled"]:
                assert path in live_urls, item["url"]
