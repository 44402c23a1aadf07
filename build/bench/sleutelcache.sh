#!/usr/bin/env bash
# The API key memory side by side (Toegang:GeheugenSeconden): a throwaway PostgreSQL with pg_stat_statements, two
# Release hosts in Production on it, "uit" with the memory off (0) and "aan" with it on (30), and wrk with 16
# connections on GET /api/v1/teams and GET /api/v1/aanmeldingen with one API key, against each host in turn (twice,
# alternating). Prints requests/s, p50/p99 and statements per request (pg_stat_statements calls / wrk requests).
# Usage: build/bench/sleutelcache.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
. build/pg.sh
. build/bench/certificaat.sh
DUUR=${1:-10}
PORT=${NSD_BENCH_DB_PORT:-5491}
UIT=${NSD_BENCH_PORT_UIT:-5181}
AAN=${NSD_BENCH_PORT_AAN:-5182}
ROOT=$(mktemp -d /tmp/nsd-sleutelcache.XXXXXX)
bench_certificaat "$ROOT"
PW=bench-sleutelcache
SLEUTEL=nsd_bench-sleutelcache-0123456789abcdefghijklmnopqrstuvw
PIDS=()

opruimen() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  as_pg "$PG_BIN/pg_ctl" -D "$ROOT/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$ROOT"
}
trap opruimen EXIT

pg_dir "$ROOT"
printf '%s\n' "$PW" > "$ROOT/.pw"
pg_dir "$ROOT"
as_pg "$PG_BIN/initdb" -D "$ROOT/data" -U nsd_admin --pwfile="$ROOT/.pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/server.log" -w \
  -o "-p $PORT -k $ROOT -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements -c max_connections=300" start >/dev/null
psql_() { PGPASSWORD="$PW" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U nsd_admin -d "${DB:-bench}" -qtAX "$@"; }
DB=postgres psql_ -c "create database bench"
psql_ -c "create extension pg_stat_statements"

dotnet build src/Nijkerk.SociaalDomein.Host -c Release --nologo -v quiet -clp:ErrorsOnly
HOST_DLL="$PWD/src/Nijkerk.SociaalDomein.Host/bin/Release/net10.0/Nijkerk.SociaalDomein.Host.dll"

start_host() { # name port seconds
  (cd src/Nijkerk.SociaalDomein.Host &&
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__SociaalDomein="Host=127.0.0.1;Port=$PORT;Database=bench;Username=nsd_admin;Password=$PW" \
    Toegang__GeheugenSeconden="$3" RateLimits__ApiPerMinuut=100000000 Demo__Seed=false \
    Monitoring__Pseudoniemsleutel=YmVuY2gtc2xldXRlbGNhY2hlLXBzZXVkb25pZW0tc2xldXRlbA== \
    Logging__LogLevel__Default=Warning \
    exec dotnet "$HOST_DLL" --urls "http://127.0.0.1:$2" >"$ROOT/$1.log" 2>&1) &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "host $1 did not start:" >&2; tail -20 "$ROOT/$1.log" >&2; exit 1
}

start_host uit "$UIT" 0
start_host aan "$AAN" 30
psql_ -c "insert into toegang.api_client (id, naam, sleutel_hash, sleutel_begin, scopes, organisatie, aangemaakt_op)
          values (gen_random_uuid(), 'bench', sha256(convert_to('$SLEUTEL', 'UTF8')), left('$SLEUTEL', 8), array['aanmeldingen:lezen'], null, now())"

meet() { # label port path
  wrk -t2 -c16 -d3s -H "X-Api-Key: $SLEUTEL" "http://127.0.0.1:$2$3" >/dev/null # warm up
  psql_ -c "select pg_stat_statements_reset()" >/dev/null
  local uit; uit=$(wrk -t2 -c16 -d"${DUUR}s" --latency -H "X-Api-Key: $SLEUTEL" "http://127.0.0.1:$2$3")
  local calls; calls=$(psql_ -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = 'bench' and s.query not like '%pg_stat_statements%'")
  local n; n=$(grep -oE '^ *[0-9]+ requests in' <<<"$uit" | grep -oE '[0-9]+')
  local rps; rps=$(grep -oE 'Requests/sec: *[0-9.]+' <<<"$uit" | grep -oE '[0-9.]+$')
  local p50; p50=$(awk '$1=="50%"{print $2}' <<<"$uit")
  local p99; p99=$(awk '$1=="99%"{print $2}' <<<"$uit")
  local non2xx; non2xx=$(grep -oE 'Non-2xx or 3xx responses: *[0-9]+' <<<"$uit" | grep -oE '[0-9]+$' || echo 0)
  printf '%-28s %-8s %10s %10s %10s %12s %8s\n' "$3" "$1" "$rps" "$p50" "$p99" \
    "$(awk -v c="$calls" -v n="$n" 'BEGIN{printf "%.2f", c/n}')" "$non2xx"
  echo "$3 $1 $rps" >>"$ROOT/rps"
}

printf '%-28s %-8s %10s %10s %10s %12s %8s\n' path geheugen req/s p50 p99 stmts/req non-2xx
for ronde in 1 2; do
  for pad in /api/v1/teams "/api/v1/aanmeldingen"; do
    meet uit "$UIT" "$pad"
    meet aan "$AAN" "$pad"
  done
done
echo
echo "statements per request, serial (100 requests with curl; the hosts' background work counts too), and what teams runs most:"
for pad in /api/v1/teams /api/v1/aanmeldingen; do
  for host in "uit $UIT" "aan $AAN"; do
    set -- $host
    psql_ -c "select pg_stat_statements_reset()" >/dev/null
    for _ in $(seq 1 100); do curl -fs -o /dev/null -H "X-Api-Key: $SLEUTEL" "http://127.0.0.1:$2$pad"; done
    printf '  %-28s %-4s %s\n' "$pad" "$1" "$(psql_ -c "select round(coalesce(sum(calls), 0) / 100.0, 2) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = 'bench' and s.query not like '%pg_stat_statements%'")"
    if [ "$pad" = /api/v1/teams ]; then
      psql_ -F ' | ' -c "select calls, left(regexp_replace(query, '\s+', ' ', 'g'), 110) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = 'bench' and s.query not like '%pg_stat_statements%' order by calls desc limit 8" | sed 's/^/      /'
    fi
  done
done
echo
echo "ratio aan/uit (req/s, mean of the rounds):"
for pad in /api/v1/teams /api/v1/aanmeldingen; do
  awk -v p="$pad" '$1==p {s[$2]+=$3} END {printf "  %-28s %.2fx\n", p, s["aan"]/s["uit"]}' "$ROOT/rps"
done
