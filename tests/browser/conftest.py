"""Browser tests: Debian's Chromium driven by Playwright against a real server with the demo site.

One server runs for the whole session (migrated and seeded with `seed_demo`), on its own database:
a throwaway SQLite file, or a fresh database on the PostgreSQL server in $DATABASE_URL.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"

NO_CHROMIUM = (
    f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)"
)
CHROMIUM_REQUIRED = os.environ.get("REQUIRE_BROWSER", "").strip().lower() not in (
    "",
    "0",
    "false",
    "no",
)


@pytest.fixture(scope="session", autouse=True)
def _chromium():
    """Without Chromium every browser test is skipped (and listed by -rs), or, when REQUIRE_BROWSER
    is set (CI), fails: a run cannot pass with the browser tests left out."""
    if not Path(CHROMIUM).exists():
        if CHROMIUM_REQUIRED:
            pytest.fail(f"REQUIRE_BROWSER is set but {NO_CHROMIUM}", pytrace=False)
        pytest.skip(NO_CHROMIUM)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_database_url(tmpdir):
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        return f"sqlite:///{tmpdir}/browser.sqlite3"
    import psycopg

    name = f"quito_browser_{os.getpid()}"
    admin_url = base.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def site_url():
    """Base URL of a server running the seeded demo site, e.g. http://127.0.0.1:41234."""
    tmpdir = tempfile.mkdtemp(prefix="quito-browser-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "quito_site.settings.test",
        "DATABASE_URL": _server_database_url(tmpdir),
        "MEDIA_ROOT": f"{tmpdir}/media",
    }
    manage = [sys.executable, str(REPO / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=REPO)
    subprocess.run(
        [*manage, "seed_demo", "--demo-users"],
        env=env,
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    port = _free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=open(f"{tmpdir}/server.log", "w"),  # noqa: SIM115
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # a busy two-core machine can take a minute to start it
    while True:
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=5)  # noqa: S310
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(
                    f"the test server did not start; see {tmpdir}/server.log"
                ) from None
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(tmpdir, ignore_errors=True)


@pytest.fixture
def screenshot(page):
    """screenshot("name") saves a full-page PNG under test-artifacts/ for people to look at."""

    def _take(name):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _take
