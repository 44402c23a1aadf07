#!/usr/bin/env bash
# The local development database: a PostgreSQL cluster under .local/pg in the repo (ignored by git),
# on port 5433 so it never meets a system PostgreSQL. Usage: build/db.sh start|stop|status|psql
set -euo pipefail
cd "$(dirname "$0")/.."
. build/pg.sh

PORT=${NSD_DB_PORT:-5433}
ROOT="$PWD/.local/pg"
DATA="$ROOT/data"
export NSD_DB_PASSWORD=${NSD_DB_PASSWORD:-lokaal-ontwikkelen}

start() {
  if [ ! -f "$DATA/PG_VERSION" ]; then
    pg_dir "$ROOT"
    printf '%s\n' "$NSD_DB_PASSWORD" > "$ROOT/.pw"
    pg_dir "$ROOT"
    as_pg "$PG_BIN/initdb" -D "$DATA" -U nsd_admin --pwfile="$ROOT/.pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$ROOT/.pw"
  fi
  if ! as_pg "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$ROOT/server.log" -w \
      -o "-p $PORT -k $ROOT -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  PGPASSWORD="$NSD_DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U nsd_admin -d postgres -tAc \
    "select 1 from pg_database where datname = 'sociaaldomein'" | grep -q 1 ||
    PGPASSWORD="$NSD_DB_PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U nsd_admin sociaaldomein
  echo "PostgreSQL on 127.0.0.1:$PORT, database sociaaldomein"
}

case "${1:-start}" in
  start) start ;;
  stop) as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop ;;
  status) as_pg "$PG_BIN/pg_ctl" -D "$DATA" status ;;
  psql) shift; PGPASSWORD="$NSD_DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U nsd_admin -d sociaaldomein "$@" ;;
  *) echo "usage: build/db.sh start|stop|status|psql" >&2; exit 2 ;;
esac
