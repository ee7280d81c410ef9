#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at the best database available:
#   1. $DATABASE_URL when already set;
#   2. a throwaway PostgreSQL cluster (initdb in a temporary folder, as the postgres user when
#      run as root) when PostgreSQL's server binaries are installed; it is removed afterwards.
#      The binaries are looked for in $PG_BINDIR, then next to the `initdb` on PATH, then with
#      pg_config, then in /usr/lib/postgresql/*/bin;
#   3. nothing, so the settings fall back to SQLite.
# With REQUIRE_POSTGRES=1 (CI), step 3 is an error: no binaries, no postgres user, or a cluster
# that does not start stops here with a non-zero exit instead of quietly testing on SQLite.
set -euo pipefail

find_pg_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"; return
  fi
  local initdb
  if initdb=$(command -v initdb 2>/dev/null); then
    dirname "$(readlink -f "$initdb")"; return
  fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  return 0
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

required() {
  case "${REQUIRE_POSTGRES:-}" in "" | 0 | false | no) return 1 ;; *) return 0 ;; esac
}

no_postgres() {
  # $1: why PostgreSQL is not available. Fatal with REQUIRE_POSTGRES, else a note and SQLite.
  if required; then
    echo "with-database.sh: REQUIRE_POSTGRES is set but PostgreSQL is not available: $1" >&2
    echo "with-database.sh: refusing to fall back to SQLite (the PostgreSQL-only tests would be skipped)." >&2
    exit 3
  fi
  echo "Database: $1; falling back to SQLite" >&2
}

start_cluster() {
  PGTMP=$(mktemp -d /tmp/quito-pg.XXXXXX)
  trap cleanup EXIT
  if [ "$(id -u)" = 0 ]; then chown postgres "$PGTMP"; fi
  PGPORT=$(( 54000 + RANDOM % 1000 ))
  as_pg "$PGBIN/initdb" -D "$PGTMP/data" --auth=trust -E UTF8 --locale=C.UTF-8 -U postgres \
    >"$PGTMP/initdb.log" 2>&1 || { tail -5 "$PGTMP/initdb.log" >&2; return 1; }
  as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" -w start -o "-c listen_addresses=127.0.0.1 -p $PGPORT \
    -c unix_socket_directories=$PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c max_connections=200" >/dev/null 2>&1 || { tail -5 "$PGTMP/log" >&2 2>/dev/null; return 1; }
  as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres quito || return 1
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/quito"
}

if [ -n "${USE_SQLITE:-}" ] && required; then
  no_postgres "USE_SQLITE is set"
fi
if [ -z "${DATABASE_URL:-}" ] && [ -z "${USE_SQLITE:-}" ]; then
  PGBIN=$(find_pg_bindir)
  if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    no_postgres "no PostgreSQL server binaries (initdb) found${PGBIN:+ in $PGBIN}"
  elif [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    no_postgres "running as root and there is no 'postgres' user to run initdb"
  elif ! start_cluster; then
    cleanup
    unset PGTMP
    no_postgres "the throwaway cluster did not start ($PGBIN/initdb, pg_ctl or createdb failed)"
  fi
fi
if [ -n "${DATABASE_URL:-}" ] && [[ "$DATABASE_URL" != postgres* ]] && required; then
  no_postgres "DATABASE_URL is not a PostgreSQL URL"
fi

if [ -n "${DATABASE_URL:-}" ]; then
  echo "Database: ${DATABASE_URL%%://*} at ${DATABASE_URL##*@}"
else
  echo "Database: SQLite (no DATABASE_URL and no PostgreSQL server; PostgreSQL-only tests are skipped)"
fi
"$@"
