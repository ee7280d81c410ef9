"""The zero-result report: counted per language and week, no personal data, no write per search."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

import pytest

from search.models import ZeroResultQuery, week_start
from search.stats import FLUSH_EVERY, flush_zero_results
from search.text import looks_personal
from tests.staff_login import login_verified


@pytest.mark.parametrize(
    "query",
    [
        "ana.perez@gmail.com",
        "escribir a juan (at) correo.ec",
        "0991234567",
        "+593 99 123 4567",
        "099-123-4567",
        "cedula 1712345678",
        "pasaporte AB123456",
        "V-12345678",
        "refugio 1712345678-9",
    ],
)
def test_personal_looking_queries_are_recognised(query):
    assert looks_personal(query)


@pytest.mark.parametrize(
    "query", ["refugio", "visa 2026", "curso de cocina", "artículo 42", "ley 938", "COVID-19"]
)
def test_ordinary_queries_are_not_flagged(query):
    assert not looks_personal(query)


def test_zero_result_searches_are_counted_per_language_and_week(home_pages, client):
    for _ in range(3):
        client.get("/es/search/?q=Licencia de conducir")
    client.get("/en/search/?q=driving licence")
    client.get("/es/search/?q=licencia  de conducir")
    assert ZeroResultQuery.objects.count() == 0  # nothing written while searching
    assert flush_zero_results() == 5
    rows = {(row.language, row.query): row for row in ZeroResultQuery.objects.all()}
    assert rows[("es", "licencia de conducir")].count == 4
    assert rows[("en", "driving licence")].count == 1
    assert rows[("es", "licencia de conducir")].week == week_start(timezone.localdate())
    # A second flush adds nothing new; later searches are added to the same row.
    assert flush_zero_results() == 0
    client.get("/es/search/?q=licencia de conducir")
    flush_zero_results()
    assert ZeroResultQuery.objects.get(language="es", query="licencia de conducir").count == 5


def test_email_and_phone_queries_are_never_stored(home_pages, client):
    for query in ["maria@example.org", "0991234567", "+593 99 123 4567", "pasaporte AB123456"]:
        client.get("/es/search/", {"q": query})
    client.get("/es/search/?q=cosa inexistente")
    flush_zero_results()
    assert list(ZeroResultQuery.objects.values_list("query", flat=True)) == ["cosa inexistente"]


def test_searches_with_results_are_not_counted(asylum_pages, client):
    client.get("/es/search/?q=refugio")
    flush_zero_results()
    assert not ZeroResultQuery.objects.exists()


def test_a_search_without_results_makes_no_database_write(
    home_pages, client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/es/search/?q=nada que ver")
    with CaptureQueriesContext(connection) as captured:
        client.get("/es/search/?q=otra cosa rara")
    writes = [
        q["sql"]
        for q in captured
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []


def test_every_n_searches_a_background_task_flushes_the_counts(home_pages, client):
    for number in range(FLUSH_EVERY):
        client.get("/es/search/", {"q": f"palabra rara {chr(97 + number % 26)}"})
    # The immediate task backend (tests, development) ran the flush on the FLUSH_EVERY-th search.
    assert sum(ZeroResultQuery.objects.values_list("count", flat=True)) == FLUSH_EVERY


def test_flush_command_for_cron(home_pages, client):
    from django.core.management import call_command

    client.get("/fr/search/?q=permis de conduire")
    call_command("flush_search_stats")
    assert ZeroResultQuery.objects.get(language="fr").query == "permis de conduire"


@pytest.fixture
def report_rows(db):
    this_week = week_start(timezone.localdate())
    last_week = this_week - datetime.timedelta(days=7)
    ZeroResultQuery.objects.create(language="es", week=this_week, query="licencia", count=7)
    ZeroResultQuery.objects.create(language="en", week=this_week, query="driving licence", count=2)
    ZeroResultQuery.objects.create(language="es", week=last_week, query="bono", count=3)
    return this_week, last_week


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editora", password="x")  # noqa: S106
    group = Group.objects.create(name="Search editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_zeroresultquery"),
    )
    user.groups.add(group)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_editors_with_permission_see_the_report(report_rows, editor, client):
    login_verified(client, editor)
    response = client.get("/admin/reports/searches-without-results/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "licencia" in html and "driving licence" in html and "bono" in html
    menu = client.get("/admin/").content.decode()
    assert "searches-without-results" in menu


def test_report_filters_by_language_and_week(report_rows, editor, client):
    this_week, last_week = report_rows
    login_verified(client, editor)
    html = client.get("/admin/reports/searches-without-results/?language=en").content.decode()
    assert "driving licence" in html and "licencia" not in html
    html = client.get(
        "/admin/reports/searches-without-results/",
        {"week_from": last_week.isoformat(), "week_to": last_week.isoformat()},
    ).content.decode()
    assert "bono" in html and "licencia" not in html


def test_report_exports_to_csv_and_xlsx(report_rows, editor, client):
    login_verified(client, editor)
    response = client.get("/admin/reports/searches-without-results/?export=csv&language=es")
    text = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert response.status_code == 200
    lines = text.splitlines()
    assert len(lines[0].split(",")) == 4  # week, language, query, searches
    assert f"{report_rows[0].isoformat()},es,licencia,7" in lines
    assert "driving licence" not in text
    response = client.get("/admin/reports/searches-without-results/?export=xlsx")
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_staff_without_permission_cannot_see_the_report(report_rows, django_user_model, client):
    user = django_user_model.objects.create_user("otra", password="x")  # noqa: S106
    group = Group.objects.create(name="Only admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    login_verified(client, user)
    response = client.get("/admin/reports/searches-without-results/")
    assert response.status_code in (302, 403)
    assert "licencia" not in client.get("/admin/").content.decode()


def test_searches_without_results_are_counted_with_the_page_cache_on(home_pages, client, settings):
    """The page cache serves repeated searches without the view: those without results must not."""
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    for _ in range(3):
        response = client.get("/es/search/?q=permiso de pesca")
    assert "no-cache" in response["Cache-Control"]
    assert flush_zero_results() == 3
    assert ZeroResultQuery.objects.get(language="es", query="permiso de pesca").count == 3
