"""The test run's own PostgreSQL databases (tests/demo_database.py) leave nothing behind, even when
the run ends while the demo is still being built: on a developer's own server, a half-made
database would stay there for good."""

import os
import time

import psycopg
import pytest

from tests import demo_database

pytestmark = pytest.mark.requires_postgres


def _databases():
    with psycopg.connect(demo_database.postgres_url("postgres")) as connection:
        return {name for (name,) in connection.execute("SELECT datname FROM pg_database")}


def _wait_for(condition, what, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds} s for {what}"
        time.sleep(0.1)


def test_a_demo_build_cut_short_by_the_end_of_the_run_leaves_no_database(tmp_path):
    demo_database.start_building(tmp_path)
    builder = int((tmp_path / demo_database.BUILDER_FILE).read_text())
    made = tmp_path / demo_database.MADE_FILE
    _wait_for(lambda: made.exists() and made.read_text().strip(), "the build's first database")
    name = made.read_text().split()[0].rsplit("/", 1)[1]
    _wait_for(lambda: name in _databases(), f"{name} to be created")
    assert not (tmp_path / demo_database.MIGRATED_FILE).exists()  # still migrating: half-made

    demo_database.drop_databases(tmp_path)

    assert name not in _databases()
    _wait_for(lambda: os.waitpid(builder, os.WNOHANG) != (0, 0), "the builder to stop", 30)
    assert not made.exists()
