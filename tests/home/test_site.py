import os
import subprocess
import sys
from pathlib import Path

from django.core.management import CommandError, call_command
from django.db import connections
from django.test import override_settings

import pytest

from home.models import ContactDetails, StandardPage

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_sitemap_lists_every_translation_with_hreflang_alternates(client, home_pages):
    response = client.get("/sitemap.xml")
    xml = response.content.decode()
    assert response.status_code == 200
    for code in ("es", "en", "fr", "ht"):
        assert f"<loc>http://testserver/{code}/</loc>" in xml
        assert (
            f'<xhtml:link rel="alternate" hreflang="{code}" href="http://testserver/{code}/"/>'
            in xml
        )


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap_and_hides_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.django_db
def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "local"}


@pytest.mark.django_db(transaction=True)
def test_healthz_returns_503_when_the_database_is_unreachable(client):
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-dir/quito.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"  # nothing listens there
    connection.close()
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [
        ("/es/x/", "es", "Algo salió mal de nuestro lado"),
        ("/en/x/", "en", "Something went wrong on our side"),
        ("/fr/x/", "fr", "Une erreur s’est produite de notre côté"),
        ("/ht/x/", "ht", "Gen yon pwoblèm bò kote pa nou"),
    ],
)
def test_500_page_in_the_visitors_language_without_the_database(rf, path, lang, text):
    from quito_site.views import server_error

    # No django_db mark: pytest-django makes any database access fail this test.
    response = server_error(rf.get(path))
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{lang}">' in html
    assert text in html


@pytest.mark.django_db
def test_untranslated_child_falls_back_to_spanish_only_where_a_fallback_index_exists(
    client, home_pages
):
    # The home page itself is no fallback index: an unknown path is a real 404 in that language.
    assert client.get("/en/privacidad/").status_code == 404


@pytest.mark.django_db
def test_footer_contact_details_come_in_the_visitors_language(
    client, home_pages, locales, django_capture_on_commit_callbacks
):
    from home.demo import translate

    contact = ContactDetails.objects.create(
        locale=locales["es"],
        phone="+593 2 000 0000",
        whatsapp="593990000000",
        address="Centro Histórico",
        opening_hours="Lunes a viernes",
    )
    with django_capture_on_commit_callbacks(execute=True):
        translate(contact, "ht", address="Sant Istorik", opening_hours="Lendi rive vandredi")
    assert "Lendi rive vandredi" in client.get("/ht/").content.decode()
    assert "Lunes a viernes" in client.get("/es/").content.decode()
    # No French translation yet: the Spanish details are shown rather than nothing.
    assert "Lunes a viernes" in client.get("/fr/").content.decode()


@pytest.mark.django_db
def test_home_page_query_budget(client, home_pages, django_assert_max_num_queries):
    client.get("/ht/")  # the header and footer data is cached for a minute after the first view
    with django_assert_max_num_queries(10):
        assert client.get("/ht/").status_code == 200


@pytest.mark.django_db
def test_cached_anonymous_page_makes_no_queries(client, home_pages, django_assert_num_queries):
    with override_settings(CACHE_MIDDLEWARE_SECONDS=60):
        first = client.get("/en/")
        with django_assert_num_queries(0):
            second = client.get("/en/")
    assert second.status_code == 200
    assert second.content == first.content


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_seed_demo_refuses_demo_users_when_debug_is_off():
    with pytest.raises(CommandError, match="Refusing to create demo users"):
        call_command("seed_demo")


def test_deploy_checks_pass_with_production_settings():
    env = {
        **{key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
        "SECRET_KEY": "k3#Vq9!zT0pL$w8Rm2^nB7&yC4*hJ6(dF1)sG5-aE_uQxZrYtWoPi",
        "ALLOWED_HOSTS": "movilidad.quito.gob.ec",
        "WAGTAILADMIN_BASE_URL": "https://movilidad.quito.gob.ec",
        "ALLOW_LOCAL_CACHE": "1",  # one process: no Redis needed
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_settings_refuse_a_missing_secret_key():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
        "SECRET_KEY": "",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_task_links_point_to_each_language_and_stay_in_budget(
    client, home_pages, translate_page, django_assert_max_num_queries
):
    sections = []
    for number in range(5):
        section = StandardPage(title=f"Sección {number}", slug=f"seccion-{number}", body="<p>x</p>")
        home_pages["es"].add_child(instance=section)
        section.save_revision().publish()
        if number < 4:  # the last one has no Haitian Creole translation yet
            translate_page(
                section, "ht", title=f"Seksyon {number}", slug=f"seksyon-{number}", body="<p>y</p>"
            )
        sections.append(section)
    home = home_pages["ht"]
    home.task_links = [
        ("task", {"page": section, "title": f"Tach {n}", "description": "", "icon": "info"})
        for n, section in enumerate(sections)
    ]
    home.save_revision().publish()

    client.get("/ht/")
    with django_assert_max_num_queries(12):
        html = client.get("/ht/").content.decode()
    assert [f'href="/ht/seksyon-{n}/"' in html for n in range(4)] == [True] * 4
    assert 'href="/es/seccion-4/"' in html  # untranslated: the Spanish page


def test_a_restricted_page_leaves_the_menu_and_the_task_links_in_every_language(
    client, home_pages, translate_page, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    from wagtail.models import PageViewRestriction

    pages = {}
    for slug in ("abierta", "privada"):
        page = StandardPage(title=f"Sección {slug}", slug=slug, body="<p>x</p>", show_in_menus=True)
        home_pages["es"].add_child(instance=page)
        page.save_revision().publish()
        translate_page(page, "en", title=f"Section {slug}", slug=f"{slug}-en", body="<p>y</p>")
        pages[slug] = page
    for code in ("es", "en"):
        home = home_pages[code].specific
        home.task_links = [
            ("task", {"page": page, "title": f"Tarea {slug}", "description": "", "icon": "info"})
            for slug, page in pages.items()
        ]
        home.save_revision().publish()
    assert "Tarea privada" in client.get("/en/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=pages["privada"], restriction_type="groups"
        )
        restriction.groups.set([Group.objects.get_or_create(name="Partners")[0]])

    for code in ("es", "en"):
        html = client.get(f"/{code}/").content.decode()
        assert "privada" not in html, code  # neither the menu nor the task card links to it
        assert "Tarea abierta" in html and f"/{code}/abierta" in html
