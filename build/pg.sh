#!/usr/bin/env bash
# Shared by the scripts that run a PostgreSQL cluster of the project's own: where the binaries are,
# and how to run them (initdb refuses to run as root, so as root they run as the postgres user).
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# Makes DIR and hands it to the user that runs the server.
pg_dir() {
  mkdir -p "$1"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$1"; fi
}
