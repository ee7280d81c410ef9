#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at the best database available:
#   1. $DATABASE_URL when already set;
#   2. a throwaway PostgreSQL cluster (initdb in a temporary folder, as the postgres user when
#      run as root) when PostgreSQL's server binaries are installed; it is removed afterwards;
#   3. nothing, so the settings fall back to SQLite.
set -euo pipefail

find_pg_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  if [ -n "${PGTMP:-}" ] && [ -d "$PGTMP" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGTMP"
  fi
}

if [ -z "${DATABASE_URL:-}" ] && [ -z "${USE_SQLITE:-}" ]; then
  PGBIN=$(find_pg_bindir || true)
  if [ -n "$PGBIN" ] && { [ "$(id -u)" != 0 ] || id postgres >/dev/null 2>&1; }; then
    PGTMP=$(mktemp -d /tmp/quito-pg.XXXXXX)
    trap cleanup EXIT
    if [ "$(id -u)" = 0 ]; then chown postgres "$PGTMP"; fi
    PGPORT=$(( 54000 + RANDOM % 1000 ))
    as_pg "$PGBIN/initdb" -D "$PGTMP/data" --auth=trust -E UTF8 --locale=C.UTF-8 -U postgres >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" -w start -o "-c listen_addresses=127.0.0.1 -p $PGPORT \
      -c unix_socket_directories=$PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
      -c max_connections=200" >/dev/null
    as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres quito
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/quito"
  fi
fi

if [ -n "${DATABASE_URL:-}" ]; then
  echo "Database: PostgreSQL at ${DATABASE_URL##*@}"
else
  echo "Database: SQLite (no DATABASE_URL and no PostgreSQL server binaries; PostgreSQL-only tests are skipped)"
fi
"$@"
