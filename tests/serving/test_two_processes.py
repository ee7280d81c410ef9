"""Two real server processes sharing one Redis, as behind the load balancer.

A rate limit reached through process A also holds on process B (for that client only), and the
zero-result searches recorded by both are saved by `flush_search_stats` run as a third process.
The servers use this test's database (committed: a transactional test) and a Redis database of
their own on the throwaway Redis server.
"""

import http.client
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlencode

from django.db import connection

import pytest
import redis

from courses.models import Enrolment
from search.models import ZeroResultQuery
from tests.courses.conftest import form_data

from .conftest import free_port

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def database_url():
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user = quote(settings.get("USER") or "")
    password = quote(settings.get("PASSWORD") or "")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgres://{credentials}{settings.get('HOST') or '127.0.0.1'}:{settings.get('PORT') or 5432}/{settings['NAME']}"


@pytest.fixture
def server_env(redis_url, tmp_path):
    location = f"{redis_url}/1"
    redis.Redis.from_url(location).flushdb()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "quito_site.settings.test",
            "DATABASE_URL": database_url(),
            "TEST_REDIS_URL": location,
            "MEDIA_ROOT": str(tmp_path / "media"),
            "ENROLMENT_RATE_LIMIT": "2",
            "ENROLMENT_RATE_LIMIT_WINDOW_SECONDS": "600",
            "TRUSTED_PROXY_COUNT": "0",
        }
    )
    yield env
    redis.Redis.from_url(location).flushdb()


@pytest.fixture
def servers(server_env, tmp_path):
    """Two `runserver` processes on free ports: [port of A, port of B]."""
    processes, ports = [], []
    try:
        for name in ("a", "b"):
            port = free_port()
            processes.append(
                subprocess.Popen(
                    [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                    cwd=REPO,
                    env=server_env,
                    stdout=subprocess.DEVNULL,
                    stderr=open(tmp_path / f"server-{name}.log", "w"),  # noqa: SIM115
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


def request(port, method, path, body=None, source="127.0.0.1", headers=None):
    """(status, headers, text) of one request from the local address `source`."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        conn.close()


def enrol(port, course_path, phone, source):
    """GET the course page (its form token, if any), then POST an enrolment for a new person."""
    status, headers, html = request(port, "GET", course_path, source=source)
    assert status == 200
    cookies = "; ".join(
        value.split(";", 1)[0] for key, value in headers.items() if key.lower() == "set-cookie"
    )
    data = form_data(full_name=f"Persona {phone[-4:]}", phone=phone)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if token:
        data["csrfmiddlewaretoken"] = token.group(1)
    return request(
        port,
        "POST",
        course_path + "enrol/",
        body=urlencode(data),
        source=source,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": cookies,
            "Origin": f"http://127.0.0.1:{port}",
            "Referer": f"http://127.0.0.1:{port}{course_path}",
        },
    )[0]


def test_a_rate_limit_reached_through_one_process_holds_on_the_other(servers, make_course):
    a, b = servers
    course = make_course(capacity=50)
    path = course.url
    # Client .23 uses its two enrolments on process A; its third, on process B, is refused.
    assert enrol(a, path, "099 555 0001", "127.0.0.23") == 302
    assert enrol(a, path, "099 555 0002", "127.0.0.23") == 302
    assert enrol(b, path, "099 555 0003", "127.0.0.23") == 429
    assert enrol(a, path, "099 555 0004", "127.0.0.23") == 429
    # Another client, on either process, is not affected.
    assert enrol(b, path, "099 555 0005", "127.0.0.24") == 302
    assert Enrolment.objects.filter(course=course).count() == 3


def test_zero_result_searches_from_both_processes_are_saved_by_a_third(
    servers, server_env, home_page
):
    a, b = servers
    searches = [
        (a, "xilofono+perdido"),
        (b, "xilofono+perdido"),
        (b, "zanfona+azul"),
        (a, "zanfona+azul"),
        (b, "zanfona+azul"),
    ]
    for port, query in searches:
        status, _, html = request(port, "GET", f"/es/search/?q={query}")
        assert status == 200, html[:500]
    assert not ZeroResultQuery.objects.exists()  # a search never writes to the database itself

    result = subprocess.run(
        [sys.executable, "manage.py", "flush_search_stats"],
        cwd=REPO,
        env=server_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    counts = {row.query: row.count for row in ZeroResultQuery.objects.filter(language="es")}
    assert counts == {"xilofono perdido": 2, "zanfona azul": 3}
