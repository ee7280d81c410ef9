import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_root_redirects_by_accept_language(client, home_pages):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").url == "/fr/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ht").url == "/ht/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9").url == "/es/"
    assert client.get("/").url == "/es/"


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_home_page_has_lang_and_hreflang(client, home_pages, code):
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    for other in ("es", "en", "fr", "ht"):
        assert f'hreflang="{other}" href="http://testserver/{other}/"' in html
    assert 'hreflang="x-default" href="http://testserver/es/"' in html


def test_switcher_links_to_translation(client, home_pages, translate_page):
    privacy = StandardPage(title="Aviso de privacidad", slug="privacidad", body="<p>Datos</p>")
    home_pages["es"].add_child(instance=privacy)
    privacy.save_revision().publish()
    translate_page(privacy, "en", title="Privacy notice", slug="privacy", body="<p>Data</p>")

    html = client.get("/es/privacidad/").content.decode()
    assert 'href="/en/privacy/" lang="en"' in html
    # No French translation yet: the switcher goes to the French home page, which says so.
    assert 'href="/fr/?untranslated=1" lang="fr"' in html
    notice = client.get("/fr/?untranslated=1").content.decode()
    assert "pas encore disponible" in notice


def test_translated_page_is_served_at_its_translated_url(client, home_pages, translate_page):
    privacy = StandardPage(title="Aviso de privacidad", slug="privacidad", body="<p>Datos</p>")
    home_pages["es"].add_child(instance=privacy)
    privacy.save_revision().publish()
    translate_page(privacy, "ht", title="Avi sou vi prive", slug="vi-prive", body="<p>Done</p>")

    response = client.get("/ht/vi-prive/")
    assert response.status_code == 200
    assert "Avi sou vi prive" in response.content.decode()
    assert '<html lang="ht">' in response.content.decode()


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("es", "No encontramos esta página"),
        ("en", "We could not find this page"),
        ("fr", "Nous n’avons pas trouvé cette page"),
        ("ht", "Nou pa jwenn paj sa a"),
    ],
)
def test_404_in_each_language(client, home_pages, code, message):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    assert message in response.content.decode()
    assert f'<html lang="{code}">' in response.content.decode()


@pytest.mark.parametrize(
    ("code", "expected"),
    [("es", "19 de diciembre de 2026"), ("fr", "19 décembre 2026"), ("ht", "19 desanm 2026")],
)
def test_dates_are_written_in_the_visitors_language(code, expected):
    import datetime

    from django.template import Context, Template
    from django.utils import translation

    with translation.override(code):
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(
            Context({"day": datetime.date(2026, 12, 19)})
        )
    assert rendered == expected
