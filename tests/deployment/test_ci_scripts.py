"""CI cannot pass by skipping: REQUIRE_POSTGRES and REQUIRE_BROWSER turn a missing PostgreSQL or
Chromium into a failure (scripts/with-database.sh, tests/conftest.py, tests/browser/conftest.py)."""

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

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


PROBE = """
from tests.conftest import requires_postgres

@requires_postgres
def test_needs_postgres():
    pass
"""


def run_pytest(targets, junit_xml, **env_overrides):
    """pytest on `targets` in a new process, without PostgreSQL, Chromium or the REQUIRE_…
    settings of this run; each test's outcome is in `junit_xml`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REQUIRE_POSTGRES", "REQUIRE_BROWSER", "PYTEST_ADDOPTS")
    }
    env.update({"CHROMIUM_PATH": "/nonexistent/chromium", **env_overrides})
    command = [sys.executable, "-m", "pytest", "-rs", "-q", "-p", "no:cacheprovider"]
    return subprocess.run(
        [*command, f"--junitxml={junit_xml}", *targets],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )


def outcomes(junit_xml):
    """{"module.test": (outcome, message)} from pytest's JUnit XML; the outcome is "passed",
    "skipped", "failure" or "error" (the first, where a test has a failure and an error)."""
    result = {}
    for case in ElementTree.parse(junit_xml).iter("testcase"):  # noqa: S314 - pytest wrote it
        found = [child for child in case if child.tag in ("skipped", "failure", "error")]
        module = case.get("classname").rsplit(".", 1)[-1]
        result[f"{module}.{case.get('name')}"] = (
            (found[0].tag, found[0].get("message", "")) if found else ("passed", "")
        )
    return result


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """pytest on a probe marked `requires_postgres` and on the first browser test file, without
    PostgreSQL or Chromium: as a developer runs it ("plain") and as CI does ("required":
    REQUIRE_POSTGRES=1 and REQUIRE_BROWSER=1). Both tests below read the same two runs: each run
    spends some ten seconds starting Django."""
    probe = REPO / "tests" / "deployment" / f"_probe_{os.getpid()}.py"  # not collected otherwise
    probe.write_text(PROBE)
    browser = sorted(
        str(p.relative_to(REPO)) for p in (REPO / "tests" / "browser").glob("test_*.py")
    )[0]
    targets = [f"{probe.relative_to(REPO)}::test_needs_postgres", browser]
    folder = tmp_path_factory.mktemp("ci-runs")
    try:
        result = {}
        for name, env in [
            ("plain", {}),
            ("required", {"REQUIRE_POSTGRES": "1", "REQUIRE_BROWSER": "1"}),
        ]:
            junit_xml = folder / f"{name}.xml"
            process = run_pytest(targets, junit_xml, **env)
            result[name] = (process, outcomes(junit_xml))
        yield {
            "probe": f"{probe.stem}.test_needs_postgres",
            "browser": Path(browser).stem,
            **result,
        }
    finally:
        probe.unlink()


def _browser_outcomes(runs, name):
    """The outcomes of the browser file's tests in the run `name` ("plain" or "required")."""
    found = [
        outcome for test, outcome in runs[name][1].items() if test.startswith(f"{runs['browser']}.")
    ]
    assert found, runs[name][0].stdout  # the browser file's tests ran
    return found


def test_requires_postgres_skips_or_fails_on_sqlite(runs):
    skipped, skipped_tests = runs["plain"]
    assert skipped.returncode == 0, skipped.stdout
    assert skipped_tests[runs["probe"]][0] == "skipped"
    assert "needs PostgreSQL" in skipped_tests[runs["probe"]][1]
    assert "needs PostgreSQL" in skipped.stdout  # listed by -rs

    failed, failed_tests = runs["required"]
    assert failed.returncode == 1, failed.stdout
    assert failed_tests[runs["probe"]][0] in ("failure", "error"), failed.stdout
    assert "REQUIRE_POSTGRES is set" in failed_tests[runs["probe"]][1]
    assert "REQUIRE_POSTGRES is set" in failed.stdout


def test_browser_tests_fail_without_chromium_when_required(runs):
    skipped, _ = runs["plain"]
    assert skipped.returncode == 0, skipped.stdout
    reason = "browser tests need Chromium at /nonexistent/chromium"
    browser = _browser_outcomes(runs, "plain")
    assert {kind for kind, _ in browser} == {"skipped"}, skipped.stdout
    assert all(reason in message for _, message in browser)
    assert (
        "skipped" in skipped.stdout and "need Chromium at /nonexistent/chromium" in skipped.stdout
    )

    failed, _ = runs["required"]
    assert failed.returncode == 1, failed.stdout
    browser = _browser_outcomes(runs, "required")
    assert {kind for kind, _ in browser} <= {"failure", "error"}, failed.stdout
    assert all(f"REQUIRE_BROWSER is set but {reason}" in message for _, message in browser)
    assert f"REQUIRE_BROWSER is set but {reason}" in failed.stdout
    assert "skipped" not in failed.stdout.splitlines()[-1]
