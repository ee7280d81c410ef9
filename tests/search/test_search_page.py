"""The public search page, on whichever database the suite runs (SQLite or PostgreSQL)."""

import html as html_lib
import re

from django.utils import translation

import pytest

from home.demo import child_page
from home.models import StandardPage
from search.models import SearchEntry
from search.views import RESULTS_PER_PAGE


def result_titles(response):
    html = response.content.decode()
    titles = re.findall(r'<h2(?: lang="\w+")?><a href="[^"]*">(.*?)</a></h2>', html, re.S)
    return [html_lib.unescape(re.sub(r"</?mark>", "", title)) for title in titles]


def test_results_come_in_the_visitors_language_only(asylum_pages, client):
    response = client.get("/en/search/?q=asylum")
    assert result_titles(response) == ["Applying for asylum in Ecuador"]
    response = client.get("/fr/search/?q=asile")
    assert result_titles(response) == ["Demander l'asile en Équateur"]
    response = client.get("/ht/search/?q=azil")
    assert result_titles(response) == ["Mande azil nan Ekwatè"]
    response = client.get("/es/search/?q=refugio")
    assert result_titles(response) == ["Solicitar refugio en Ecuador"]


def test_an_english_search_never_returns_a_french_page(asylum_pages, client):
    # "asile" is French; an English reader must not get the French page, even for French words.
    for query in ["asile", "Équateur", "demander", "asylum"]:
        response = client.get("/en/search/", {"q": query})
        assert "Demander l'asile" not in response.content.decode()
        assert "/fr/" not in "".join(
            re.findall(r'<ol class="result-list">.*?</ol>', response.content.decode(), re.S)
        )


def test_a_spanish_page_without_translation_is_labelled_in_other_languages(
    asylum_pages, work_page_es, client
):
    response = client.get("/en/search/?q=trabajadores")
    html = response.content.decode()
    assert result_titles(response) == ["Derechos de las personas trabajadoras"]
    assert "In Spanish: not translated yet" in html
    assert '<h2 lang="es">' in html
    # Spanish pages that DO have an English translation are never shown to English readers.
    response = client.get("/en/search/?q=refugio")
    assert "Solicitar refugio en Ecuador" not in response.content.decode()


def test_a_spanish_page_is_not_labelled_for_spanish_readers(work_page_es, client):
    response = client.get("/es/search/?q=trabajadores")
    assert result_titles(response) == ["Derechos de las personas trabajadoras"]
    assert "not translated yet" not in response.content.decode()
    assert "aún sin traducir" not in response.content.decode()


def test_searches_ignore_accents_and_case(asylum_pages, client):
    response = client.get("/es/search/?q=INFORMACION")
    assert result_titles(response) == ["Solicitar refugio en Ecuador"]
    response = client.get("/fr/search/?q=equateur")
    assert result_titles(response) == ["Demander l'asile en Équateur"]


def test_inflected_forms_are_found(work_page_es, client):
    for query in ["trabajar", "trabajo", "trabajadores", "derecho"]:
        response = client.get("/es/search/", {"q": query})
        assert result_titles(response) == ["Derechos de las personas trabajadoras"], query


def test_unpublishing_removes_a_page_and_republishing_brings_it_back(asylum_pages, client):
    english = asylum_pages["en"]
    english.unpublish()
    assert result_titles(client.get("/en/search/?q=asylum")) == []
    english.save_revision().publish()
    assert result_titles(client.get("/en/search/?q=asylum")) == ["Applying for asylum in Ecuador"]


def test_deleting_a_page_removes_it_from_results(asylum_pages, client):
    french_id = asylum_pages["fr"].pk
    asylum_pages["fr"].delete()
    titles = result_titles(client.get("/fr/search/?q=asile"))
    assert "Demander l'asile en Équateur" not in titles
    assert not SearchEntry.objects.filter(page_id=french_id).exists()


def test_publishing_a_translation_adds_it(work_page_es, translate_page, client):
    assert "Workers' rights" not in client.get("/en/search/?q=workers").content.decode()
    translate_page(
        work_page_es,
        "en",
        title="Workers' rights",
        slug="work",
        intro="Your right to work with a contract and social security.",
        body="<p>Migrant workers have the same labour rights.</p>",
    )
    response = client.get("/en/search/?q=workers")
    assert result_titles(response) == ["Workers' rights"]
    # The Spanish page is no longer offered to English readers once its translation is live.
    assert (
        "Derechos de las personas trabajadoras"
        not in client.get("/en/search/?q=trabajadores").content.decode()
    )


def test_editing_and_republishing_updates_the_index(work_page_es, client):
    work_page_es.title = "Trabajo digno para todas las personas"
    work_page_es.save_revision().publish()
    assert result_titles(client.get("/es/search/?q=digno")) == [
        "Trabajo digno para todas las personas"
    ]


def test_a_page_behind_a_password_is_not_found(work_page_es, client):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=work_page_es, restriction_type="password", password="secret"
    )
    assert result_titles(client.get("/es/search/?q=trabajadores")) == []


def test_highlighting_escapes_html(home_pages, make_page, client):
    make_page(
        home_pages["es"],
        "html",
        "Aviso <script>alert('x')</script> importante",
        intro="Texto con <b>etiquetas</b> & símbolos <img src=x onerror=alert(1)> sobre el aviso.",
    )
    response = client.get("/es/search/", {"q": "aviso <script>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>Aviso</mark>" in html


@pytest.mark.parametrize(
    "query",
    [
        "asylum & work",
        "asylum | work",
        "!asylum",
        "asyl:*",
        '"asylum',
        "(asylum",
        "asylum)) | ((",
        "'; DROP TABLE search_searchentry; --",
        "a" * 2000,
        "asylum " * 300,
        "&|!():*<->",
        "\x00\x07 asylum",
        "😀 asylum",
        "-asylum",
        "asylum OR",
        "\\",
    ],
)
def test_odd_queries_return_a_normal_page(asylum_pages, client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<h1>Search</h1>" in response.content.decode()


def test_odd_page_and_section_parameters_are_harmless(asylum_pages, client):
    response = client.get("/en/search/", {"q": "asylum", "section": "<x>"})
    assert response.status_code == 200
    assert "Applying for" in response.content.decode()
    # A page that does not exist is a 404, like every number out of range (tests/security).
    for page in ["999", "x"]:
        assert client.get("/en/search/", {"q": "asylum", "page": page}).status_code == 404


@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_an_empty_query_shows_help_not_an_error(home_pages, client, query):
    response = client.get("/en/search/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Type a few words" in html
    if query:
        assert "The search box was empty" in html


def test_empty_query_suggests_topics_in_the_visitors_language(home_pages, client):
    from home.models import Topic

    topic = Topic.objects.create(
        locale=home_pages["es"].locale, slug="asilo", name="Asilo y refugio"
    )
    Topic.objects.create(
        locale=home_pages["en"].locale,
        slug="asilo",
        name="Asylum and refuge",
        translation_key=topic.translation_key,
    )
    html = client.get("/en/search/").content.decode()
    assert "Asylum and refuge" in html
    assert "?q=Asylum+and+refuge" in html


def test_nothing_found_page_is_helpful(asylum_pages, client):
    response = client.get("/en/search/?q=zzzzqqq")
    html = response.content.decode()
    assert "Nothing found for “zzzzqqq”" in html
    assert "What you can try" in html


def test_haitian_creole_readers_get_the_page_in_kreyol(asylum_pages, client):
    html = client.get("/ht/search/?q=qqqzzz").content.decode()
    assert "Nou pa jwenn anyen pou “qqqzzz”." in html
    assert "Chèche" in html


@pytest.fixture
def many_pages(home_pages, make_page):
    parent = make_page(home_pages["es"], "muchas", "Sección de pruebas", intro="Contenedor")

    def _make(count):
        for number in range(count):
            make_page(
                parent,
                f"visa-{number}",
                f"Visa número {number}",
                intro=f"Trámite de visa {number}.",
            )

    return _make


def test_results_are_paginated(many_pages, client):
    many_pages(23)
    first = client.get("/es/search/?q=visa").content.decode()
    assert "23 resultados" in first or "23 results" in first
    assert first.count('class="card result') == 10
    assert 'rel="next"' in first and 'rel="prev"' not in first
    third = client.get("/es/search/?q=visa&page=3").content.decode()
    assert third.count('class="card result') == 3
    assert 'rel="prev"' in third and 'rel="next"' not in third


def test_filter_by_section(asylum_pages, home_pages, client):
    from search.models import SearchEntry

    # A guide-like entry: pretend the Spanish asylum page were a guide to test the filter UI.
    SearchEntry.objects.filter(page=asylum_pages["en"]).update(section="guide")
    child_page(
        home_pages["en"],
        StandardPage,
        "asylum-office",
        title="Asylum office",
        body="<p>Office.</p>",
    )
    html = client.get("/en/search/?q=asylum").content.decode()
    assert "Guide (1)" in html and "Page (1)" in html and "All (2)" in html
    filtered = client.get("/en/search/?q=asylum&section=guide")
    assert result_titles(filtered) == ["Applying for asylum in Ecuador"]
    assert 'aria-current="page">Guide (1)' in filtered.content.decode()


@pytest.mark.parametrize("count", [5, RESULTS_PER_PAGE + 1])
def test_query_budget_is_the_same_for_5_results_and_more_than_a_page(
    many_pages, client, django_assert_max_num_queries, count
):
    many_pages(count)
    client.get("/es/search/?q=visa")  # warm Wagtail's site-root cache, as on a running server
    with django_assert_max_num_queries(12):
        response = client.get("/es/search/?q=visa")
    assert response.status_code == 200
    assert ('rel="next"' in response.content.decode()) is (count > RESULTS_PER_PAGE)


def test_query_budget_for_a_typo(many_pages, client, django_assert_max_num_queries):
    many_pages(5)
    client.get("/es/search/?q=vissa")
    with django_assert_max_num_queries(12):
        client.get("/es/search/?q=vissa+tramyte")


def test_personal_queries_are_never_cached(asylum_pages, client):
    response = client.get("/es/search/?q=ana@example.org")
    assert "no-store" in response["Cache-Control"]
    response = client.get("/es/search/?q=asilo")
    assert "no-store" not in response.get("Cache-Control", "")


def test_result_dates_are_shown_where_they_matter(asylum_pages, client):
    import datetime

    SearchEntry.objects.filter(page=asylum_pages["en"]).update(
        date=datetime.date(2026, 12, 3), date_kind="start"
    )
    with translation.override("en"):
        html = client.get("/en/search/?q=asylum").content.decode()
    assert "Starts on" in html and "2026" in html
