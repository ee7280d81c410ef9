"""CI cannot pass by skipping: REQUIRE_POSTGRES and REQUIRE_BROWSER turn a missing PostgreSQL or
Chromium into a failure (scripts/with-database.sh, tests/conftest.py, tests/browser/conftest.py)."""

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "with-database.sh"
REPORT = 'echo "URL=${DATABASE_URL:-none}"'


@pytest.fixture
def fake_initdb():
    """A folder with an `initdb` that fails, readable by the postgres user (the script runs it as
    postgres when run as root). It records that it ran."""
    folder = Path(tempfile.mkdtemp(prefix="quito-fake-pg-"))
    folder.chmod(0o777)
    initdb = folder / "initdb"
    initdb.write_text(
        f'#!/bin/sh\ntouch "{folder}/ran"\necho "initdb: could not create directory: No space left on device" >&2\nexit 1\n'
    )
    initdb.chmod(
        initdb.stat().st_mode
        | stat.S_IXUSR
        | stat.S_IXGRP
        | stat.S_IXOTH
        | stat.S_IRGRP
        | stat.S_IROTH
    )
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def run_script(*command, **env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "USE_SQLITE", "REQUIRE_POSTGRES", "PG_BINDIR")
    }
    env.update(env_overrides)
    return subprocess.run(
        [str(SCRIPT), *command], env=env, capture_output=True, text=True, timeout=120, cwd=REPO
    )


def test_with_require_postgres_a_cluster_that_cannot_start_fails_the_run(fake_initdb):
    result = run_script(
        "sh", "-c", REPORT, PATH=f"{fake_initdb}:{os.environ['PATH']}", REQUIRE_POSTGRES="1"
    )
    assert (fake_initdb / "ran").exists(), result.stderr  # the fake on PATH was the one used
    assert result.returncode != 0
    assert "URL=" not in result.stdout  # the command never ran
    assert "REQUIRE_POSTGRES is set but PostgreSQL is not available" in result.stderr
    assert "refusing to fall back to SQLite" in result.stderr
    assert (
        "No space left on device" in result.stderr
    )  # initdb's own words, for whoever reads the log


def test_without_require_postgres_it_falls_back_to_sqlite_as_before(fake_initdb):
    result = run_script("sh", "-c", REPORT, PATH=f"{fake_initdb}:{os.environ['PATH']}")
    assert (fake_initdb / "ran").exists()
    assert result.returncode == 0, result.stderr
    assert "URL=none" in result.stdout
    assert "Database: SQLite" in result.stdout
    assert "falling back to SQLite" in result.stderr


def test_with_require_postgres_missing_binaries_fail_too():
    result = run_script("true", PG_BINDIR="/nonexistent/postgresql/bin", REQUIRE_POSTGRES="1")
    assert result.returncode != 0
    assert (
        "no PostgreSQL server binaries (initdb) found in /nonexistent/postgresql/bin"
        in result.stderr
    )


def test_with_require_postgres_use_sqlite_is_refused():
    result = run_script("true", USE_SQLITE="1", REQUIRE_POSTGRES="1")
    assert result.returncode != 0
    assert "USE_SQLITE is set" in result.stderr


def run_pytest(test_file, target, **env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REQUIRE_POSTGRES", "REQUIRE_BROWSER", "PYTEST_ADDOPTS")
    }
    env.update(env_overrides)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-rs",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{test_file}::{target}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )


PROBE = """
from tests.conftest import requires_postgres

@requires_postgres
def test_needs_postgres():
    pass
"""


@pytest.fixture
def probe_test():
    path = (
        REPO / "tests" / "deployment" / f"_probe_{os.getpid()}.py"
    )  # not collected by a normal run
    path.write_text(PROBE)
    yield path.relative_to(REPO)
    path.unlink()


def test_requires_postgres_skips_or_fails_on_sqlite(probe_test):
    skipped = run_pytest(probe_test, "test_needs_postgres")
    assert skipped.returncode == 0, skipped.stdout
    assert "1 skipped" in skipped.stdout and "needs PostgreSQL" in skipped.stdout  # listed by -rs

    failed = run_pytest(probe_test, "test_needs_postgres", REQUIRE_POSTGRES="1")
    assert failed.returncode == 1, failed.stdout
    assert "1 failed" in failed.stdout or "1 error" in failed.stdout
    assert "REQUIRE_POSTGRES is set" in failed.stdout


def test_browser_tests_fail_without_chromium_when_required():
    target = sorted(
        str(p.relative_to(REPO)) for p in (REPO / "tests" / "browser").glob("test_*.py")
    )[0]
    command = [sys.executable, "-m", "pytest", "-rs", "-q", "-p", "no:cacheprovider", "-x", target]
    env = {
        **{
            key: value
            for key, value in os.environ.items()
            if key not in ("REQUIRE_BROWSER", "PYTEST_ADDOPTS")
        },
        "CHROMIUM_PATH": "/nonexistent/chromium",
    }
    skipped = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, cwd=REPO
    )
    assert skipped.returncode == 0, skipped.stdout
    assert (
        "skipped" in skipped.stdout and "need Chromium at /nonexistent/chromium" in skipped.stdout
    )

    env["REQUIRE_BROWSER"] = "1"
    failed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, cwd=REPO)
    assert failed.returncode == 1, failed.stdout
    assert (
        "REQUIRE_BROWSER is set but browser tests need Chromium at /nonexistent/chromium"
        in failed.stdout
    )
    assert "skipped" not in failed.stdout.splitlines()[-1]
