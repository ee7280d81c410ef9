"""With the database unreachable, public pages answer 503 with Retry-After, in the visitor's
language, and /healthz says 503 (production settings, in a subprocess: DATABASES at a closed port)."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

REQUESTS = """
import json
import django

django.setup()
from django.test import Client

client = Client(HTTP_HOST="movilidad.quito.gob.ec", HTTP_X_FORWARDED_PROTO="https",
                raise_request_exception=False)
results = {}
for path in ["/es/guias/", "/fr/", "/ht/", "/en/courses/", "/healthz"]:
    response = client.get(path)
    results[path] = {
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "cache_control": response.get("Cache-Control"),
        "body": response.content.decode(),
    }
print(json.dumps(results))
"""


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the socket is


@pytest.fixture(scope="module")
def responses():
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
            "SECRET_KEY": "w8!Rq2@zL5#vN9$kT3%yH6^bF1&jC4*mX7(dP0)sG-aE_uQxZrYtWoPi",
            "ALLOWED_HOSTS": "movilidad.quito.gob.ec",
            "WAGTAILADMIN_BASE_URL": "https://movilidad.quito.gob.ec",
            "DATABASE_URL": f"postgres://quito:secret@127.0.0.1:{_closed_port()}/quito",
            "DB_CONN_MAX_AGE": "0",
            "LOG_LEVEL": "CRITICAL",
            "ALLOW_LOCAL_CACHE": "1",  # one process: no Redis needed
        }
    )
    result = subprocess.run(
        [sys.executable, "-c", REQUESTS],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "path, language, words",
    [
        ("/es/guias/", "es", "El sitio no está disponible por el momento"),
        ("/fr/", "fr", "Le site est momentanément indisponible"),
        ("/ht/", "ht", "Sit la pa disponib pou kounye a"),
        ("/en/courses/", "en", "The site is temporarily unavailable"),
    ],
)
def test_public_pages_answer_503_with_retry_after_in_the_visitors_language(
    responses, path, language, words
):
    response = responses[path]
    assert response["status"] == 503
    assert int(response["retry_after"]) > 0
    assert "no-store" in response["cache_control"]
    assert f'<html lang="{language}">' in response["body"]
    assert words in response["body"]
    assert f'href="/{language}/"' in response["body"]


def test_healthz_says_503(responses):
    response = responses["/healthz"]
    assert response["status"] == 503
    assert json.loads(response["body"])["database"] == "unreachable"


CACHED_THEN_OUTAGE = """
import json, sys
import django

django.setup()
from django.db import connections
from django.test import Client

client = Client(HTTP_HOST="movilidad.quito.gob.ec", HTTP_X_FORWARDED_PROTO="https",
                raise_request_exception=False)
before = client.get("/es/")
# The outage: the database now refuses connections.
connection = connections["default"]
connection.close()
if connection.vendor == "sqlite":
    connection.settings_dict["NAME"] = "/nonexistent/folder/site.sqlite3"
else:
    connection.settings_dict["HOST"], connection.settings_dict["PORT"] = "127.0.0.1", sys.argv[1]
after = {path: client.get(path) for path in ("/es/", "/es/inicio-no-cacheado/", "/healthz")}
print(json.dumps({
    "before": before.status_code,
    "before_body": before.content.decode(),
    "after": {path: [r.status_code, r.get("Retry-After"), r.content.decode()] for path, r in after.items()},
}))
"""


@pytest.mark.django_db(transaction=True)
def test_a_page_cached_before_the_outage_is_still_served(home_page, tmp_path):
    """Production settings (one process, local page cache) on the test database, which then
    becomes unreachable: the cached home page still answers 200, the rest 503."""
    from django.db import connection

    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        database_url = f"sqlite:///{settings_dict['NAME']}"
    else:
        database_url = (
            f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD'] or ''}@"
            f"{settings_dict['HOST']}:{settings_dict['PORT']}/{settings_dict['NAME']}"
        )
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
            "SECRET_KEY": "w8!Rq2@zL5#vN9$kT3%yH6^bF1&jC4*mX7(dP0)sG-aE_uQxZrYtWoPi",
            "ALLOWED_HOSTS": "movilidad.quito.gob.ec,testserver",
            "WAGTAILADMIN_BASE_URL": "https://movilidad.quito.gob.ec",
            "DATABASE_URL": database_url,
            "DB_CONN_MAX_AGE": "0",
            "PAGE_CACHE_SECONDS": "300",
            "ALLOW_LOCAL_CACHE": "1",
            "REDIS_URL": "",
            "LOG_LEVEL": "CRITICAL",
            "STATIC_ROOT": str(tmp_path / "static"),
        }
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=REPO,
        env=env,
        check=True,
        timeout=300,
    )
    result = subprocess.run(
        [sys.executable, "-c", CACHED_THEN_OUTAGE, str(_closed_port())],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["before"] == 200, outcome["before_body"][:500]
    cached = outcome["after"]["/es/"]
    assert cached[0] == 200 and "Bienvenida" in cached[2]
    not_cached = outcome["after"]["/es/inicio-no-cacheado/"]
    assert not_cached[0] == 503 and not_cached[1]
    assert "El sitio no está disponible por el momento" in not_cached[2]
    assert outcome["after"]["/healthz"][0] == 503
