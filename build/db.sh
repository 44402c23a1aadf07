#!/usr/bin/env bash
# The local development database: a PostgreSQL cluster under .local/pg in the repo (ignored by git),
# on port 5433 so it never meets a system PostgreSQL. Usage: build/db.sh start|stop|status|psql|backup [file]|restore file
#
# backup and restore work on any PostgreSQL (ADR 0028): set NSD_DB_HOST (then the local cluster is left alone),
# NSD_DB_PORT, NSD_DB_NAME (sociaaldomein), NSD_DB_USER (nsd_admin, the database owner) and NSD_DB_PASSWORD.
#   backup [file]  pg_dump in custom format (-Fc) to file (default $NSD_BACKUP_DIR, else backups/, sociaaldomein-<UTC time>.dump)
#   restore file   into an empty or new database NSD_DB_NAME: first the module roles the dump names (roles belong to
#                  the cluster, not to the dump), without login; then pg_restore keeps every owner and grant, so each
#                  module still owns its own schema. Run the migrate step next (build/run.sh and the compose file do):
#                  it gives the roles their passwords from Database:RoleSecret and verifies the migration journal.
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

# Connection of backup and restore: the local cluster unless NSD_DB_HOST says otherwise.
db_env() {
  if [ -z "${NSD_DB_HOST:-}" ]; then start >/dev/null; fi
  export PGHOST=${NSD_DB_HOST:-127.0.0.1} PGPORT=${NSD_DB_PORT:-$PORT} PGUSER=${NSD_DB_USER:-nsd_admin} PGPASSWORD="$NSD_DB_PASSWORD"
  DB=${NSD_DB_NAME:-sociaaldomein}
}

backup() {
  db_env
  local file=${1:-${NSD_BACKUP_DIR:-backups}/sociaaldomein-$(date -u +%Y%m%dT%H%M%SZ).dump}
  mkdir -p "$(dirname "$file")"
  # Custom format: compressed, and pg_restore can pick from it; written beside the target and renamed when complete.
  "$PG_BIN/pg_dump" -Fc --no-password -d "$DB" -f "$file.part"
  mv "$file.part" "$file"
  chmod 600 "$file"
  echo "$file"
}

restore() {
  local file=${1:?usage: build/db.sh restore file}
  [ -f "$file" ] || { echo "no such file: $file" >&2; exit 2; }
  db_env
  if ! "$PG_BIN/psql" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    "$PG_BIN/createdb" "$DB"
  fi
  local tables
  tables=$("$PG_BIN/psql" -d "$DB" -tAc "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
  if [ "$tables" != "0" ]; then
    echo "database $DB has $tables tables: restore only into an empty or new database" >&2
    exit 1
  fi
  # The roles the dump hands objects to or grants to, made where missing: nologin until the migrate step sets a password.
  local role
  for role in $("$PG_BIN/pg_restore" -s -f - "$file" | grep -oE '(OWNER TO|TO|FROM|ROLE|AUTHORIZATION) "?nsd_[a-z0-9_]+' | grep -oE 'nsd_[a-z0-9_]+' | sort -u); do
    "$PG_BIN/psql" -v ON_ERROR_STOP=1 -q -d postgres -v role="$role" <<'SQL'
select format('create role %I nologin', :'role') where not exists (select 1 from pg_roles where rolname = :'role')
\gexec
SQL
  done
  "$PG_BIN/pg_restore" --no-password --exit-on-error --single-transaction -d "$DB" "$file"
  echo "restored $file into $DB; run the migrate step next (build/run.sh does)"
}

case "${1:-start}" in
  start) start ;;
  stop) as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast stop ;;
  status) as_pg "$PG_BIN/pg_ctl" -D "$DATA" status ;;
  backup) shift; backup "$@" ;;
  restore) shift; restore "$@" ;;
  psql) shift; PGPASSWORD="$NSD_DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U nsd_admin -d sociaaldomein "$@" ;;
  *) echo "usage: build/db.sh start|stop|status|psql|backup [file]|restore file" >&2; exit 2 ;;
esac
