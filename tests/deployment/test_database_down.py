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
        }
    )
    result = subprocess.run(
        [sys.executable, "-c", REQUESTS], cwd=REPO, env=env, capture_output=True, text=True, timeout=180
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
def test_public_pages_answer_503_with_retry_after_in_the_visitors_language(responses, path, language, words):
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
