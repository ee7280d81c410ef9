"""The guide index: topic filter (plain GET links), language kept, fallback for untranslated guides."""

import pytest

pytestmark = pytest.mark.django_db


def test_index_lists_guides_with_summary_and_last_reviewed_date(client, make_guide):
    guide = make_guide("asilo", title="Pedir asilo", summary="Puedes pedir protección.")
    html = client.get("/es/guias/").content.decode()
    assert "Guías legales" in html and "Guías en lenguaje sencillo." in html
    assert f'href="{guide.url}"' in html and "Pedir asilo" in html
    assert "Puedes pedir protección." in html
    assert f'<time datetime="{guide.last_reviewed:%Y-%m-%d}">' in html


def test_topic_filter_narrows_the_list(client, make_guide, topics):
    make_guide("asilo", title="Pedir asilo", topics=[topics["asilo"]])
    make_guide("trabajo", title="Derechos laborales", topics=[topics["trabajo"]])
    html = client.get("/es/guias/?topic=asilo").content.decode()
    assert "Pedir asilo" in html
    assert "Derechos laborales" not in html
    assert '<a href="/es/guias/?topic=asilo" aria-current="page">' in html
    assert "(1 guía)" in html


def test_unknown_topic_is_ignored_without_an_error(client, make_guide, topics):
    make_guide("asilo", title="Pedir asilo", topics=[topics["asilo"]])
    make_guide("trabajo", title="Derechos laborales", topics=[topics["trabajo"]])
    for value in ["no-existe", "<script>", "%00", "x" * 500]:
        response = client.get("/es/guias/", {"topic": value})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Pedir asilo" in html and "Derechos laborales" in html
        assert "No encontramos ese tema" in html


def test_topic_filter_keeps_the_language(client, guide_indexes, make_guide, topics, translate_page):
    spanish = make_guide("asilo", title="Pedir asilo", topics=[topics["asilo"]])
    translate_page(
        spanish,
        "en",
        title="Asking for asylum",
        slug="asylum",
        summary="You can ask.",
        audience="Migrants.",
        reviewed_by="Legal team",
        body=spanish.body,
        legal_basis=spanish.legal_basis,
    )
    make_guide("trabajo", title="Derechos laborales", topics=[topics["trabajo"]])
    response = client.get("/en/guides/?topic=asilo")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Asking for asylum" in html and 'href="/en/guides/asylum/"' in html
    assert "Pedir asilo" not in html and "Derechos laborales" not in html
    assert "Asylum and refugee status" in html  # the topic's English name
    assert (
        'href="/en/guides/?topic=trabajo"' in html
    )  # untranslated topic still offered, in Spanish


def test_untranslated_guides_are_listed_under_the_visitors_language(
    client, guide_indexes, make_guide
):
    make_guide("vivienda", title="Alquilar una vivienda")
    html = client.get("/en/guides/").content.decode()
    assert 'href="/en/guides/vivienda/"' in html
    assert '<h3 lang="es"><a href="/en/guides/vivienda/">Alquilar una vivienda</a></h3>' in html
    assert "Only in Spanish for now" in html


def test_index_is_in_the_menu_of_every_language(client, guide_indexes):
    for code, path in [
        ("es", "/es/guias/"),
        ("en", "/en/guides/"),
        ("fr", "/fr/guides-juridiques/"),
        ("ht", "/ht/gid-legal/"),
    ]:
        html = client.get(f"/{code}/").content.decode()
        assert f'href="{path}"' in html


def test_overdue_guides_are_flagged_in_the_list(client, make_guide):
    import datetime

    from django.utils import timezone

    make_guide(
        "vieja",
        next_review_due=timezone.localdate() - datetime.timedelta(days=1),
        last_reviewed=timezone.localdate() - datetime.timedelta(days=200),
    )
    assert "Puede estar desactualizada" in client.get("/es/guias/").content.decode()
