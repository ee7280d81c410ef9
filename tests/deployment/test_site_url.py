"""Real URLs: production refuses to start without its https address; set_site_url fixes the Site."""

import io
import os
import subprocess
import sys
from pathlib import Path

from django.core.management import CommandError, call_command

from wagtail.models import Site

import pytest

REPO = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
    "SECRET_KEY": "k3#Vq9!zT0pL$w8Rm2^nB7&yC4*hJ6(dF1)sG5-aE_uQxZrYtWoPi",
    "ALLOWED_HOSTS": "movilidad.quito.gob.ec",
    "ALLOW_LOCAL_CACHE": "1",  # one process: no Redis needed
}


def import_production_settings(**overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("WAGTAILADMIN_BASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(PRODUCTION)
    env.update({key: value for key, value in overrides.items() if value is not None})
    code = "import quito_site.settings.production as s; print(s.WAGTAILADMIN_BASE_URL)"
    return subprocess.run(
        [sys.executable, "-c", code], cwd="/", env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "value", [None, "", "http://movilidad.quito.gob.ec", "https://", "movilidad.quito.gob.ec"]
)
def test_production_settings_refuse_to_start_without_an_https_admin_url(value):
    result = import_production_settings(WAGTAILADMIN_BASE_URL=value)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "Set WAGTAILADMIN_BASE_URL to the site's public https address" in result.stderr


def test_production_settings_start_with_an_https_admin_url():
    result = import_production_settings(WAGTAILADMIN_BASE_URL="https://movilidad.quito.gob.ec/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://movilidad.quito.gob.ec"


@pytest.mark.django_db
def test_set_site_url_puts_the_real_address_in_sitemaps_feeds_and_emails(client, home_pages):
    from courses.tasks import site_root_url

    assert site_root_url() == "http://testserver"
    out = io.StringIO()
    call_command("set_site_url", "https://movilidad.quito.gob.ec", stdout=out)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "movilidad.quito.gob.ec",
        443,
        "https://movilidad.quito.gob.ec",
    )
    assert site.root_page_id == home_pages["es"].pk  # only the address changed
    assert site_root_url() == "https://movilidad.quito.gob.ec"  # enrolment emails
    assert home_pages["fr"].get_full_url() == "https://movilidad.quito.gob.ec/fr/"
    sitemap = client.get("/sitemap.xml", HTTP_HOST="movilidad.quito.gob.ec").content.decode()
    assert "<loc>https://movilidad.quito.gob.ec/es/</loc>" in sitemap
    assert "127.0.0.1" not in sitemap and "testserver" not in sitemap

    # Running it again is harmless; a non-standard port is kept.
    call_command("set_site_url", "https://movilidad.quito.gob.ec:8443", stdout=out)
    assert Site.objects.get(is_default_site=True).port == 8443


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["movilidad.quito.gob.ec", "ftp://x.org", "https://x.org/es/"])
def test_set_site_url_refuses_what_is_not_a_site_address(home_page, bad):
    with pytest.raises(CommandError):
        call_command("set_site_url", bad, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).hostname == "testserver"
