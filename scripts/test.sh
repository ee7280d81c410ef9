#!/usr/bin/env bash
# The whole test suite, on PostgreSQL when available (see with-database.sh), else SQLite.
# Skipped tests are listed with their reasons (-rs). CI sets REQUIRE_POSTGRES=1 and REQUIRE_BROWSER=1,
# so that a missing PostgreSQL or Chromium fails the run instead of skipping those tests.
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/with-database.sh "${PY:-.venv/bin/python}" -m pytest -rs "$@"
