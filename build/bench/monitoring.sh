#!/usr/bin/env bash
# p50/p95/p99 of the kerncijfers of a year (GET /api/v1/monitoring/kerncijfers) through the API, on the per-day cube of
# 2,000,000 aanmeldingen in that year: unfiltered, per kern, kern and levensfase, kanaal, kanaal and bron, leefgebied.
# Target p95 < 200 ms.
# The cube of a city is about 800 MB; the tests' throwaway cluster has shared_buffers=64MB (many run at once), which
# would measure the disk, not the design. So this bench starts its own throwaway cluster sized as a production server
# is (shared_buffers a quarter of this machine's 24 GB would be 6 GB; 2 GB holds the cube) and names it in
# NSD_TEST_DATABASE. Usage: build/bench/monitoring.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WERK=$(mktemp -d /tmp/nsd-bench-monitoring.XXXXXX)
chmod 755 "$WERK"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$WERK"
stop() { as_pg "$PG_BIN/pg_ctl" -D "$WERK/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$WERK"; }
trap stop EXIT
echo bench-wachtwoord > "$WERK/pw"
as_pg "$PG_BIN/initdb" -D "$WERK/data" -U nsd_admin --pwfile="$WERK/pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
POORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg "$PG_BIN/pg_ctl" -D "$WERK/data" -l "$WERK/data/server.log" -w -t 60 start -o "-p $POORT -k $WERK/data -c listen_addresses=127.0.0.1 \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=2GB -c work_mem=16MB" >/dev/null
export NSD_TEST_DATABASE="Host=127.0.0.1;Port=$POORT;Username=nsd_admin;Password=bench-wachtwoord;Database=postgres"
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- monitoring 2>&1 | grep --line-buffered -v '^{"EventId"'
