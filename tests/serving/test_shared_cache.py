"""The shared cache: Redis through REDIS_URL, required in production, and what happens when it is down."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import Client

import pytest

from courses.models import Enrolment
from quito_site.redis_cache import CacheUnavailable, DegradingRedisCache
from tests.courses.conftest import form_data

REPO = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
    "SECRET_KEY": "k3#Vq9!zT0pL$w8Rm2^nB7&yC4*hJ6(dF1)sG5-aE_uQxZrYtWoPi",
    "ALLOWED_HOSTS": "movilidad.quito.gob.ec",
    "WAGTAILADMIN_BASE_URL": "https://example.org",
}


def production_settings(**overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in ("REDIS_URL", "ALLOW_LOCAL_CACHE")
    }
    env.update(PRODUCTION)
    env.update(overrides)
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_redis():
    result = production_settings()
    assert result.returncode != 0
    assert "ImproperlyConfigured: Set REDIS_URL" in result.stderr
    assert "ALLOW_LOCAL_CACHE=1" in result.stderr


def test_production_starts_with_a_local_cache_when_it_runs_as_one_process():
    result = production_settings(ALLOW_LOCAL_CACHE="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.cache.backends.locmem.LocMemCache"


def test_production_uses_redis_when_given_a_url():
    result = production_settings(REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "quito_site.redis_cache.DegradingRedisCache"
    wrong = production_settings(REDIS_URL="127.0.0.1:6379")
    assert wrong.returncode != 0 and "REDIS_URL must start with redis://" in wrong.stderr


def test_the_cache_is_redis_and_counts_atomically(shared_cache, redis_url):
    assert isinstance(shared_cache, DegradingRedisCache)
    assert shared_cache.ping()
    shared_cache.set("greeting", {"es": "hola"}, 60)
    # Another client of the same Redis (another process, in production) sees it.
    other = DegradingRedisCache(f"{redis_url}/0", {})
    assert other.get("greeting") == {"es": "hola"}
    assert shared_cache.add("counter", 1, 60)
    assert not other.add("counter", 1, 60)
    assert [other.incr("counter"), shared_cache.incr("counter")] == [2, 3]
    with pytest.raises(ValueError):
        shared_cache.incr("missing")


def test_an_unreachable_redis_degrades_instead_of_failing(unreachable_cache, caplog):
    assert unreachable_cache.get("anything", "default") == "default"
    assert unreachable_cache.get_many(["a", "b"]) == {}
    assert unreachable_cache.set("a", 1) is None
    assert unreachable_cache.add("a", 1) is False
    assert unreachable_cache.delete("a") is False
    with pytest.raises(CacheUnavailable):
        unreachable_cache.incr("a")
    assert not unreachable_cache.ping()
    warnings = [record for record in caplog.records if "Redis unreachable" in record.getMessage()]
    assert len(warnings) == 1  # once per failure period, not once per call


@pytest.mark.django_db
def test_with_redis_down_pages_render_healthz_says_degraded_and_enrolment_is_let_through(
    unreachable_cache, make_course, settings
):
    settings.ENROLMENT_RATE_LIMIT = 1
    course = make_course(capacity=5)
    client = Client()
    assert client.get(course.url).status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "degraded"}
    # Rate limits fail open: no legitimate enrolment is lost while Redis is down.
    statuses = [
        client.post(course.url + "enrol/", form_data(phone=f"099 444 {number:04d}")).status_code
        for number in range(3)
    ]
    assert statuses == [302, 302, 302]
    assert Enrolment.objects.count() == 3


@pytest.mark.django_db
def test_healthz_reports_a_working_redis(shared_cache):
    response = Client().get("/healthz")
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
