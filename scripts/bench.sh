#!/usr/bin/env bash
# `make bench`: the site-wide benchmark (queries, page weight, cached throughput), then each app's.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
scripts/with-database.sh "$PY" scripts/bench.py
for extra in scripts/bench_page_cache.py scripts/bench_enrolment.py scripts/bench_search.py; do
  if [ -f "$extra" ]; then
    echo; echo "== $extra"
    scripts/with-database.sh "$PY" "$extra"
  fi
done
