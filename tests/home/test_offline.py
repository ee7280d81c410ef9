"""The service worker, the web app manifest and the offline page, as served (home/offline.py).

The worker's behaviour in a browser is tested in tests/browser/test_offline_browser.py.
"""

import gzip
import json
import re

from django.contrib.staticfiles import finders
from django.test import override_settings

import pytest

pytestmark = pytest.mark.django_db

SW_BUDGET_GZIP = 5 * 1024  # the budget for the JavaScript, compressed


def test_the_worker_is_served_for_the_whole_site_and_revalidated_every_time(client, home_pages):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    # Unchanged: a 304, so browsers keep the installed worker.
    again = client.get("/sw.js", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_the_worker_knows_each_languages_home_help_and_offline_pages(client, home_pages):
    source = client.get("/sw.js").content.decode()
    config = json.loads(re.search(r"const C = (\{.*?\});\n", source).group(1))
    for code in ("es", "en", "fr", "ht"):
        assert config["langs"][code]["home"] == f"/{code}/"
        assert config["langs"][code]["offline"] == f"/{code}/offline/"
    assert "/static/css/site.css" in config["static"]
    assert "__VERSION__" not in source


def test_the_worker_stays_under_the_budget_and_has_no_third_party(client, home_pages):
    source = client.get("/sw.js").content
    register = open(finders.find("js/offline.js"), "rb").read()  # noqa: SIM115
    size = len(gzip.compress(source, 9)) + len(gzip.compress(register, 9))
    assert size < SW_BUDGET_GZIP, size
    assert not re.search(rb"https?://", source + register)
    assert b"importScripts" not in source


def test_the_worker_is_not_stored_by_the_page_cache(client, home_pages):
    with override_settings(CACHE_MIDDLEWARE_SECONDS=60):
        client.get("/sw.js")
        assert "X-Page-Cache" not in client.get("/sw.js")


@pytest.mark.parametrize(
    "code, name, title",
    [
        ("es", "Movilidad Humana Quito", "Sin conexión"),
        ("en", "Human Mobility Quito", "No connection"),
        ("fr", "Mobilité humaine Quito", "Pas de connexion"),
        ("ht", "Mobilite Imen Quito", "Pa gen koneksyon"),
    ],
)
def test_manifest_and_offline_page_in_each_language(client, home_pages, code, name, title):
    manifest = client.get(f"/manifest.webmanifest?lang={code}")
    assert manifest.status_code == 200
    assert manifest["Content-Type"] == "application/manifest+json"
    data = json.loads(manifest.content)
    assert data["name"] == name
    assert data["lang"] == code and data["start_url"] == f"/{code}/" and data["scope"] == "/"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    assert any(icon["purpose"] == "maskable" for icon in data["icons"])
    for icon in data["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]

    offline = client.get(f"/{code}/offline/")
    assert offline.status_code == 200
    body = offline.content.decode()
    assert f'<html lang="{code}">' in body
    assert f"<h1>{title}</h1>" in body
    assert '<meta name="robots" content="noindex">' in body
    # Every page links the manifest in its own language and loads the worker's one small script.
    home = client.get(f"/{code}/").content.decode()
    assert f'<link rel="manifest" href="/manifest.webmanifest?lang={code}">' in home
    assert re.search(r'<script src="/static/js/offline\.js" defer></script>', home)


def test_an_unknown_manifest_language_gets_the_default(client, home_pages):
    data = json.loads(client.get("/manifest.webmanifest?lang=xx").content)
    assert data["lang"] == "es"


def test_public_pages_allow_the_worker_and_manifest_from_this_site_only(client, home_pages):
    policy = dict(
        part.strip().split(" ", 1)
        for part in client.get("/es/")["Content-Security-Policy"].split(";")
    )
    assert policy["worker-src"] == "'self'"
    assert policy["manifest-src"] == "'self'"
    assert policy["script-src"] == "'self'"
