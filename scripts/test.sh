#!/usr/bin/env bash
# The whole test suite, on PostgreSQL when available (see with-database.sh), else SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/with-database.sh "${PY:-.venv/bin/python}" -m pytest "$@"
