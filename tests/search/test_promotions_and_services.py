"""Editors' promotions (per language) and the services directory in the index."""

from django.urls import reverse

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from community.models import ServiceDirectoryPage, ServiceProvider
from search.models import SearchEntry

from .test_search_page import result_titles


@pytest.fixture
def visa_guides(home_pages, make_page, translate_page):
    es = make_page(
        home_pages["es"], "visas", "Visas y permisos", intro="Qué trámite hacer para tu visa."
    )
    en = translate_page(
        es, "en", title="Visas and permits", slug="visas", intro="Which visa process to follow."
    )
    # Pages that mention "visa" more often, so the promoted guide would not come first on its own.
    for number in range(3):
        make_page(
            home_pages["es"],
            f"visa-{number}",
            f"Visa visa visa {number}",
            intro="Visa, visa, visa.",
        )
        make_page(
            home_pages["en"],
            f"visa-en-{number}",
            f"Visa visa visa {number}",
            intro="Visa, visa, visa.",
        )
    return {"es": es, "en": en}


def test_a_promotion_comes_first_in_its_own_language_only(visa_guides, client):
    query = Query.objects.create(query_string="visa")
    SearchPromotion.objects.create(
        query=query, page=visa_guides["es"], sort_order=0, description="La guía oficial."
    )
    spanish = client.get("/es/search/?q=visa")
    assert result_titles(spanish)[0] == "Visas y permisos"
    assert (
        "Recomendado" in spanish.content.decode() and "La guía oficial." in spanish.content.decode()
    )
    # Promoted in Spanish only: English readers get their ordinary ranking, without the badge.
    english = client.get("/en/search/?q=visa")
    assert result_titles(english)[0] != "Visas and permits"
    assert "Recommended" not in english.content.decode()
    assert "Visas y permisos" not in english.content.decode()


def test_each_language_has_its_own_promotion(visa_guides, client):
    query = Query.objects.create(query_string="visa")
    SearchPromotion.objects.create(query=query, page=visa_guides["es"], sort_order=0)
    SearchPromotion.objects.create(query=query, page=visa_guides["en"], sort_order=1)
    assert result_titles(client.get("/en/search/?q=visa"))[0] == "Visas and permits"
    english = result_titles(client.get("/en/search/?q=VISA "))
    assert english[0] == "Visas and permits" and english.count("Visas and permits") == 1


def test_an_unpublished_promoted_page_is_not_shown(visa_guides, client):
    query = Query.objects.create(query_string="visa")
    SearchPromotion.objects.create(query=query, page=visa_guides["en"], sort_order=0)
    visa_guides["en"].unpublish()
    assert "Visas and permits" not in client.get("/en/search/?q=visa").content.decode()


def test_searching_creates_no_promotion_queries(visa_guides, client):
    client.get("/es/search/?q=algo nuevo")
    assert not Query.objects.exists()  # Wagtail's Query.get() would write a row per search


def test_editors_manage_promotions_in_the_admin(admin_client, visa_guides):
    response = admin_client.get(reverse("wagtailsearchpromotions:index"))
    assert response.status_code == 200


# --- Services directory (a snippet listed on a page) ---------------------------------------
@pytest.fixture
def directory(home_pages, make_page, translate_page):
    from home.demo import child_page

    es = child_page(
        home_pages["es"],
        ServiceDirectoryPage,
        "servicios",
        title="Dónde me ayudan",
        intro="Directorio",
    )
    en = translate_page(es, "en", title="Where to get help", slug="services", intro="Directory")
    return {"es": es, "en": en}


def test_a_service_is_found_at_its_place_in_the_directory(
    directory, locales, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        provider = ServiceProvider.objects.create(
            locale=locales["es"],
            name="Comedor solidario La Tola",
            summary="Almuerzos gratuitos para familias.",
        )
    response = client.get("/es/search/?q=almuerzos")
    assert result_titles(response) == ["Comedor solidario La Tola"]
    html = response.content.decode()
    assert f'href="/es/servicios/#{provider.anchor}"' in html
    assert "Servicio" in html
    # Not translated yet: English readers get it labelled, at the same place in their directory.
    english = client.get("/en/search/?q=almuerzos").content.decode()
    assert f'href="/en/services/#{provider.anchor}"' in english
    assert "In Spanish: not translated yet" in english


def test_deleting_a_service_removes_it(
    directory, locales, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        provider = ServiceProvider.objects.create(
            locale=locales["es"], name="Comedor solidario La Tola", summary="Almuerzos gratuitos."
        )
    provider.delete()
    assert result_titles(client.get("/es/search/?q=almuerzos")) == []
    assert not SearchEntry.objects.filter(section="service").exists()


def test_rebuild_command_is_idempotent(directory, client):
    from django.core.management import call_command

    call_command("rebuild_search_index")
    ids = set(SearchEntry.objects.values_list("pk", flat=True))
    call_command("rebuild_search_index")
    assert set(SearchEntry.objects.values_list("pk", flat=True)) == ids
    assert result_titles(client.get("/en/search/?q=help")) == ["Where to get help"]
