"""Browser tests: Debian's Chromium driven by Playwright against a real server with the demo site.

Each pytest-xdist worker that runs browser tests starts one server for its session, on its own copy
of the seeded demo database (SQLite or PostgreSQL, as the rest of the run; see
tests/demo_database.py).
"""

import dataclasses
import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from tests import demo_database
from tests.browser.helpers import CHROMIUM

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
MANAGE = [sys.executable, str(REPO / "manage.py")]

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


@dataclasses.dataclass
class DemoServer:
    url: str  # e.g. http://127.0.0.1:41234
    environment: dict  # for a `manage.py` command on the server's own database and media


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """A server running the seeded demo site on its own copy of the demo database and media
    (tests/demo_database.py), for the worker's whole session."""
    database_url, media = demo_database.copy(tmp_path_factory)
    environment = demo_database.server_environment(database_url, media)
    log = media.parent / f"{media.name}-server.log"
    port = _free_port()
    server = subprocess.Popen(
        [*MANAGE, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=environment,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=open(log, "w"),  # noqa: SIM115
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
                raise RuntimeError(f"the test server did not start; see {log}") from None
            time.sleep(0.2)
    yield DemoServer(url=url, environment=environment)
    server.terminate()
    server.wait(timeout=10)
    demo_database.drop(database_url)
    shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(scope="session")
def site_url(demo_server):
    """Base URL of the demo server, e.g. http://127.0.0.1:41234."""
    return demo_server.url


@pytest.fixture(scope="session")
def on_server(demo_server):
    """on_server(code) runs Python in the demo server's Django project (its database, its
    settings) and returns what the code prints as JSON on its last line."""

    def _run(code):
        result = subprocess.run(
            [*MANAGE, "shell", "--no-imports", "-c", textwrap.dedent(code)],
            env=demo_server.environment,
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    return _run


@pytest.fixture
def screenshot(page):
    """screenshot("name") saves a full-page PNG under test-artifacts/ for people to look at."""

    def _take(name):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _take
