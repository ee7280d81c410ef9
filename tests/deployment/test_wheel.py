"""`pip install .` gives a complete site: build the wheel, install it into a fresh virtual
environment outside the repository, and set the site up from there as the city's IT would.

The wheel is built and installed with uv (a dev dependency, `make constraints` uses it too), which
does what `pip wheel` and `pip install` do in a fraction of the time: a wheel is a wheel, whichever
installer unpacks it. Still slow (under a minute: the build, the install from `constraints.txt` and
the migrations); it runs in CI with the rest of the suite; deselect it locally with `-m "not wheel"`.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings

import pytest

pytestmark = pytest.mark.wheel

REPO = Path(__file__).resolve().parents[2]
UV = Path(sys.executable).parent / "uv"  # installed by `make install` (the dev extra)
APPS = [app for app in settings.INSTALLED_APPS if (REPO / app / "apps.py").exists()]

FIRST_REQUEST = """
import json
import django

django.setup()
import quito_site
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Site

client = Client(HTTP_HOST="movilidad.quito.gob.ec", HTTP_X_FORWARDED_PROTO="https")
results = {"package": quito_site.__file__}
for path in ["/", "/es/", "/es/no-such-page/", "/healthz", "/robots.txt"]:
    response = client.get(path)
    results[path] = [response.status_code, response.get("Location"), response.content.decode()[:3000]]
results["groups"] = sorted(Group.objects.values_list("name", flat=True))
site = Site.objects.get(is_default_site=True)
results["site"] = site.root_url
print(json.dumps(results))
"""


def _run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, **kwargs)
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def workdir():
    path = Path(tempfile.mkdtemp(prefix="quito-wheel-"))
    assert not path.is_relative_to(REPO)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def wheel(workdir):
    """Built from a copy of the working tree (tracked and new files, not ignored ones), so the
    build leaves nothing in the repository."""
    source = workdir / "source"
    files = _run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO
    ).stdout.split("\0")
    for name in filter(None, files):
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    _run([str(UV), "build", "--wheel", "-q", "-o", str(workdir / "dist"), str(source)])
    (built,) = (workdir / "dist").glob("quito_movilidad_humana-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(workdir, wheel):
    path = workdir / "venv"
    _run([str(UV), "venv", "-q", "--python", sys.executable, str(path)])
    python = path / "bin" / "python"
    _run(
        [str(UV), "pip", "install", "-q", "--python", str(python)]
        + ["-c", str(REPO / "constraints.txt"), str(wheel)]
    )
    return path


@pytest.fixture(scope="module")
def production_env(workdir):
    run = workdir / "run"
    run.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "PYTHON", "VIRTUAL_ENV", "PYTEST"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
            "SECRET_KEY": "w8!Rq2@zL5#vN9$kT3%yH6^bF1&jC4*mX7(dP0)sG-aE_uQxZrYtWoPi",
            "ALLOWED_HOSTS": "movilidad.quito.gob.ec",
            "WAGTAILADMIN_BASE_URL": "https://movilidad.quito.gob.ec",
            "DATABASE_URL": f"sqlite:///{run}/site.sqlite3",
            "STATIC_ROOT": str(run / "static"),
            "MEDIA_ROOT": str(run / "media"),
            "ALLOW_LOCAL_CACHE": "1",  # one process: no Redis needed
        }
    )
    return env, run


def test_the_wheel_holds_every_package_and_its_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for app in APPS:
        assert f"{app}/migrations/0001_initial.py" in names, app
        assert f"{app}/apps.py" in names, app
        for language in ("es", "en", "fr", "ht"):
            assert f"{app}/locale/{language}/LC_MESSAGES/django.po" in names
            assert f"{app}/locale/{language}/LC_MESSAGES/django.mo" in names
    for required in [
        "quito_site/settings/production.py",
        "quito_site/formats/ht/formats.py",
        "quito_site/templates/404.html",
        "quito_site/static/css/site.css",
        "quito_site/locale/ht/LC_MESSAGES/django.mo",
        "home/management/commands/setup_roles.py",
        "home/management/commands/set_site_url.py",
        "home/templatetags/site_tags.py",
        "community/models/events.py",
        "community/templatetags/__init__.py",
        "courses/management/commands/purge_personal_data.py",
        "courses/templates/courses/email/body.txt",
    ]:
        assert required in names, required
    assert not [name for name in names if name.startswith(("tests/", "scripts/", "site/"))]


def test_installed_wheel_sets_up_and_serves_a_site_from_outside_the_repository(
    venv, production_env
):
    env, run = production_env
    manage = [str(venv / "bin" / "quito-manage")]
    # Installed, the code lives in site-packages: the folders the site writes to must be named.
    unset = {key: value for key, value in env.items() if key not in ("STATIC_ROOT", "MEDIA_ROOT")}
    refused = subprocess.run(
        [*manage, "check"], cwd=run, env=unset, capture_output=True, text=True, check=False
    )
    assert refused.returncode != 0
    assert "Set STATIC_ROOT and MEDIA_ROOT" in refused.stderr
    check = _run([*manage, "check", "--deploy", "--fail-level", "WARNING"], cwd=run, env=env)
    assert "no issues" in check.stdout
    _run([*manage, "migrate", "--noinput", "-v0"], cwd=run, env=env)
    _run([*manage, "collectstatic", "--noinput", "-v0"], cwd=run, env=env)
    roles = _run([*manage, "setup_roles"], cwd=run, env=env)
    # (That a second run changes nothing is tested in tests/deployment/test_roles.py.)
    assert "Roles set up" in roles.stdout
    _run([*manage, "set_site_url", "https://movilidad.quito.gob.ec"], cwd=run, env=env)
    # manage.py's usual form works as well
    _run(
        [str(venv / "bin" / "python"), "-m", "django", "showmigrations", "courses"],
        cwd=run,
        env=env,
    )

    result = _run([str(venv / "bin" / "python"), "-c", FIRST_REQUEST], cwd=run, env=env)
    pages = json.loads(result.stdout.strip().splitlines()[-1])
    assert pages["package"].startswith(str(venv)), pages[
        "package"
    ]  # the installed copy, not the repo
    assert pages["/"][:2] == [302, "/es/"]
    # An empty site: Wagtail's own welcome page under the root, rendered without error.
    assert pages["/es/"][0] == 200, pages["/es/"][2]
    # Templates, static files (hashed names from collectstatic) and compiled Spanish catalogues.
    status, _, body = pages["/es/no-such-page/"]
    assert status == 404
    assert "Página no encontrada" in body and "/static/css/site." in body
    assert pages["/healthz"][0] == 200 and '"database"' in pages["/healthz"][2]
    assert pages["/robots.txt"][0] == 200
    assert {"Editors", "Community editors", "Partners", "Course coordinators", "Moderators"} <= set(
        pages["groups"]
    )
    assert pages["site"] == "https://movilidad.quito.gob.ec"
