"""What only PostgreSQL does: per-language stemming with unaccent, and "did you mean" with pg_trgm."""

from django.db import connection

import pytest

from tests.conftest import requires_postgres

from .test_search_page import result_titles

pytestmark = requires_postgres


def test_each_language_has_its_own_text_search_configuration(asylum_pages):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT language, search_vector::text FROM search_searchentry WHERE page_id = ANY(%s)",
            [[page.pk for page in asylum_pages.values()]],
        )
        vectors = dict(cursor.fetchall())
    assert (
        "'informacion'" in vectors["es"] and "'peligr'" in vectors["es"]
    )  # unaccent + spanish stemmer
    assert "'asylum'" in vectors["en"] and "'ecuador'" in vectors["en"]
    assert "'equateur'" in vectors["fr"]  # french + unaccent
    assert "'enfomasyon'" in vectors["ht"]  # simple: no stemming, accents removed


@pytest.mark.parametrize(
    "config, finds_spanish, finds_english", [("english", False, True), ("spanish", True, False)]
)
def test_wagtails_shared_index_cannot_stem_two_languages(
    settings, home_pages, make_page, client, config, finds_spanish, finds_english
):
    """Why the app has its own index.

    Wagtail's database backend has ONE `SEARCH_CONFIG` for the whole index (its IndexEntry rows
    have no language), so whichever configuration is chosen breaks stemming for the others.
    """
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    from home.models import StandardPage

    assert not {"language", "config", "locale"} & {
        field.name for field in IndexEntry._meta.get_fields()
    }
    spanish = make_page(
        home_pages["es"], "trabajadores", "Trabajadores migrantes", body="<p>Los trabajadores.</p>"
    )
    english = make_page(home_pages["en"], "running", "Running club", body="<p>We meet weekly.</p>")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": config}
    }
    backend = get_search_backend()
    assert backend.config == config
    backend.add(spanish)
    backend.add(english)
    assert (spanish in list(backend.search("trabajo", StandardPage))) is finds_spanish
    assert (english in list(backend.search("run", StandardPage))) is finds_english

    # Our per-language index finds both, each with its own language's stemmer.
    assert result_titles(client.get("/es/search/?q=trabajo")) == ["Trabajadores migrantes"]
    assert result_titles(client.get("/en/search/?q=run")) == ["Running club"]


def test_english_stemming(asylum_pages, client):
    assert result_titles(client.get("/en/search/?q=applied")) == ["Applying for asylum in Ecuador"]
    assert result_titles(client.get("/en/search/?q=dangers")) == ["Applying for asylum in Ecuador"]


def test_french_stemming_and_accents(asylum_pages, client):
    assert result_titles(client.get("/fr/search/?q=réfugiés")) == ["Demander l'asile en Équateur"]
    assert result_titles(client.get("/fr/search/?q=gratuit")) == ["Demander l'asile en Équateur"]


def test_haitian_creole_ignores_accents(asylum_pages, client):
    assert result_titles(client.get("/ht/search/?q=enfomasyon")) == ["Mande azil nan Ekwatè"]
    assert result_titles(client.get("/ht/search/?q=Ekwate")) == ["Mande azil nan Ekwatè"]


@pytest.mark.parametrize(
    "language, typo, expected",
    [("es", "refujio", "refugio"), ("en", "asylun", "asylum"), ("fr", "equatuer", "équateur")],
)
def test_did_you_mean_corrects_a_typo(asylum_pages, client, language, typo, expected):
    html = client.get(f"/{language}/search/", {"q": typo}).content.decode()
    assert "did-you-mean" in html
    assert f"<strong>{expected}</strong>" in html


def test_did_you_mean_is_not_offered_for_known_words(asylum_pages, client):
    assert "did-you-mean" not in client.get("/es/search/?q=refugio").content.decode()


def test_the_title_weighs_more_than_the_body(home_pages, make_page, client):
    make_page(
        home_pages["en"], "body-mentions", "Opening hours", intro="Bring documents for your visa."
    )
    make_page(home_pages["en"], "title-mentions", "Visa renewal", intro="What to bring.")
    titles = result_titles(client.get("/en/search/?q=visa"))
    assert titles[0] == "Visa renewal"
