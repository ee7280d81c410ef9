"""Freshness across processes: two real server processes (A and B) share one Redis and one database.

A page cached on both is fresh on B at the very next request after an editor changes it through the
real admin on A (publish, unpublish), after a snippet or a Wagtail setting changes, and after a
course fills up through an enrolment on A.
"""

import http.client
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client

import pytest
import redis

from home.models import ContactDetails, SiteSettings, UrgentNotice
from legal_guides.models import LegalGuidePage
from tests.courses.conftest import form_data

from .conftest import free_port, redis_caches
from .test_two_processes import database_url

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        conn.close()


@pytest.fixture
def shared(redis_url, settings):
    """Redis database 2, for this test process and both servers."""
    location = f"{redis_url}/2"
    redis.Redis.from_url(location).flushdb()
    settings.CACHES = redis_caches(location)
    yield location
    redis.Redis.from_url(location).flushdb()


@pytest.fixture
def servers(shared, tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "tests.serving.page_cache_settings",
            "DATABASE_URL": database_url(),
            "TEST_REDIS_URL": shared,
            "MEDIA_ROOT": str(tmp_path / "media"),
        }
    )
    processes, ports = [], []
    try:
        for name in ("a", "b"):
            port = free_port()
            log = open(tmp_path / f"server-{name}.log", "w")  # noqa: SIM115
            processes.append(
                subprocess.Popen(
                    [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                    cwd=REPO,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                )
            )
            ports.append(port)
        for port, process in zip(ports, processes, strict=True):
            for _ in range(300):
                if process.poll() is not None:
                    pytest.fail(f"server exited: {(tmp_path / 'server-a.log').read_text()[-2000:]}")
                try:
                    if request(port, "GET", "/healthz")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.2)
            else:
                pytest.fail("the test servers did not start")
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def cached_on(port, path):
    """GET twice: the second answer must come from the page cache. Returns its text."""
    request(port, "GET", path)
    status, headers, html = request(port, "GET", path)
    if status != 200 or headers.get("X-Page-Cache") != "hit":
        pytest.fail(f"{path} not served from the cache: {status} {list(headers.items())}")
    return html


@pytest.fixture
def editor(locales, guide_index):  # noqa: F811 - setup_roles grants on the section pages there are
    call_command("setup_roles", stdout=open(os.devnull, "w"))  # noqa: SIM115
    user = User.objects.create_user("editora", "editora@example.org", "x-Editora-2026!")
    # Moderators publish pages; guides also need a Legal reviewer (legal_guides/review.py).
    user.groups.add(*Group.objects.filter(name__in=["Moderators", "Legal reviewers"]))
    return user


def admin_session(port, user):
    """(cookie header, CSRF token) of a signed-in editor on server `port` (sessions live in the
    shared database; Moderators and Legal reviewers need no second factor)."""
    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value
    status, headers, html = request(
        port, "GET", "/admin/", headers={"Cookie": f"sessionid={session}"}
    )
    assert status == 200, (status, headers.get("Location"))
    cookie = next(
        v for k, v in headers.items() if k.lower() == "set-cookie" and v.startswith("csrftoken=")
    )
    csrf = cookie.split(";", 1)[0].split("=", 1)[1]
    return f"sessionid={session}; csrftoken={csrf}", csrf


def admin_post(port, path, cookie, csrf, data=None):
    origin = f"http://127.0.0.1:{port}"
    return request(
        port,
        "POST",
        path,
        body=urlencode({"csrfmiddlewaretoken": csrf, **(data or {})}),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": cookie,
            "Origin": origin,
            "Referer": origin + "/admin/",
        },
    )


def test_every_change_on_a_is_seen_on_b_at_the_next_request(
    servers,
    editor,
    make_guide,  # noqa: F811
    make_course,
    home_page,
):
    """One pair of servers for every case (they take a while to start; the database is shared).

    Publish and unpublish through the real admin on A, a snippet and a Wagtail setting, and a
    course that fills up through an enrolment on A: B shows each at its very next request."""
    a, b = servers
    check_publish_and_unpublish(a, b, editor, make_guide)
    check_snippet_and_setting(a, b, make_guide, home_page)
    check_course_fills_up(a, b, make_course)


def check_publish_and_unpublish(a, b, editor, new_guide):
    guide = new_guide("asilo", title="Pedir asilo")
    url = guide.url
    assert "Pedir asilo" in cached_on(a, url) and "Pedir asilo" in cached_on(b, url)
    index_url = guide.get_parent().url
    assert "Pedir asilo" in cached_on(b, index_url)

    draft = LegalGuidePage.objects.get(pk=guide.pk)
    draft.title = "Pedir asilo: nuevo plazo"
    draft.save_revision()  # a draft: the public page does not change…
    assert "nuevo plazo" not in request(b, "GET", url)[2]
    cookie, csrf = admin_session(a, editor)
    status, _headers, _html = admin_post(
        a, f"/admin/bulk/wagtailcore/page/publish/?id={guide.pk}", cookie, csrf
    )
    assert status in (200, 302), status
    assert LegalGuidePage.objects.get(pk=guide.pk).title == "Pedir asilo: nuevo plazo"
    status, headers, html = request(b, "GET", url)  # …until the editor publishes it on A
    assert status == 200 and "X-Page-Cache" not in headers and "nuevo plazo" in html
    assert "nuevo plazo" in request(b, "GET", index_url)[2]
    cached_on(b, url)

    status, _headers, _html = admin_post(a, f"/admin/pages/{guide.pk}/unpublish/", cookie, csrf)
    assert status in (200, 302), status
    assert not LegalGuidePage.objects.get(pk=guide.pk).live
    assert request(b, "GET", url)[0] == 404
    assert "nuevo plazo" not in request(b, "GET", index_url)[2]


def check_snippet_and_setting(a, b, new_guide, home_page):
    guide = new_guide("trabajo")
    contact = ContactDetails.objects.create(
        locale=home_page.locale,
        phone="02 111 1111",
        address="Av. 24 de Mayo",
        opening_hours="Lunes a viernes",
    )
    for port in (a, b):
        assert "Lunes a viernes" in cached_on(port, guide.url)
    contact.opening_hours = "Lunes a sábado"
    contact.save()
    assert "Lunes a sábado" in request(b, "GET", guide.url)[2]
    assert "Lunes a sábado" in request(a, "GET", guide.url)[2]

    cached_on(b, guide.url)
    notice = UrgentNotice.objects.create(
        locale=home_page.locale, title="Aviso", message="Cerrado el lunes por feriado"
    )
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.urgent_notice = notice
    site_settings.save()
    assert "Cerrado el lunes por feriado" in request(b, "GET", guide.url)[2]


def check_course_fills_up(a, b, make_course):
    course = make_course(capacity=1)
    index_url = course.get_parent().url
    for port in (a, b):
        for path in (course.url, index_url):
            assert "lista de espera" not in cached_on(port, path).lower()
    status, _headers, _html = request(
        a,
        "POST",
        course.url + "enrol/",
        body=urlencode(form_data()),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://127.0.0.1:{a}",
        },
    )
    assert status == 302, status
    for path in (course.url, index_url):
        status, headers, html = request(b, "GET", path)
        assert status == 200 and "X-Page-Cache" not in headers
        assert "lista de espera" in html.lower(), path
        assert not re.search(r"María José|0991234567", html)
