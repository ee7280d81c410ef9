#!/usr/bin/env bash
# Runs the whole test suite. Database, in order of preference:
#   1. $DATABASE_URL when set;
#   2. a throwaway PostgreSQL cluster when PostgreSQL's server binaries are installed;
#   3. SQLite (tests that need PostgreSQL are then skipped with a reason).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

find_pg_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
}

cleanup() {
  if [ -n "${PGTMP:-}" ] && [ -d "$PGTMP" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGTMP"
  fi
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -z "${DATABASE_URL:-}" ]; then
  PGBIN=$(find_pg_bindir || true)
  if [ -n "$PGBIN" ] && { [ "$(id -u)" != 0 ] || id postgres >/dev/null 2>&1; }; then
    PGTMP=$(mktemp -d /tmp/quito-pg.XXXXXX)
    trap cleanup EXIT
    [ "$(id -u)" = 0 ] && chown postgres "$PGTMP"
    PGPORT=${PGPORT:-$(( 54000 + RANDOM % 1000 ))}
    as_pg "$PGBIN/initdb" -D "$PGTMP/data" --auth=trust -E UTF8 --locale=C.UTF-8 -U postgres >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      -w start >/dev/null
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/quito"
    as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres quito
  fi
fi

if [ -n "${DATABASE_URL:-}" ]; then
  echo "Tests use the database at ${DATABASE_URL%%@*}@… (${DATABASE_URL##*@})"
else
  echo "Tests use SQLite: no DATABASE_URL and no PostgreSQL binaries (PostgreSQL-only tests will be skipped)."
fi
"$PY" -m pytest "$@"
