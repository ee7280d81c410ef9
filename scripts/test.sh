#!/usr/bin/env bash
# The whole test suite, on PostgreSQL when available (see with-database.sh), else SQLite.
# Skipped tests are listed with their reasons (-rs), and the 30 slowest steps at the end. CI sets
# REQUIRE_POSTGRES=1 and REQUIRE_BROWSER=1, so that a missing PostgreSQL or Chromium fails the run
# instead of skipping those tests.
#
# Tests run in parallel with pytest-xdist, one worker per core (TEST_WORKERS=N to choose, 1 for
# none; `-n 0` among the arguments does the same). Each worker has its own test database
# (test_quito_gw0, test_quito_gw1, …: on PostgreSQL copies of one database migrated once per run,
# see tests/demo_database.py; on SQLite each migrated by pytest-django) and its own servers;
# tests that share a costly fixture run on one worker (tests/conftest.py: `--dist loadgroup`), handed
# out in the order tests/conftest.py sorts them (`--no-loadscope-reorder`).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

# The suite's own settings, whatever the shell or `make` (which exports the dev settings for
# `make run`) has in DJANGO_SETTINGS_MODULE: test settings hash passwords with MD5 (the dev
# settings' PBKDF2 costs about a second per password here) and keep media in a temporary folder.
export DJANGO_SETTINGS_MODULE=quito_site.settings.test

workers=${TEST_WORKERS:-$(nproc)}
parallel=()
if [ "$workers" -gt 1 ] && "$PY" -c "import xdist" 2>/dev/null; then
  parallel=(-n "$workers" --dist loadgroup --no-loadscope-reorder)
fi
exec scripts/with-database.sh "$PY" -m pytest -rs --durations=30 "${parallel[@]}" "$@"
