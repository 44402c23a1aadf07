#!/usr/bin/env bash
# Start-up of the host to /health/ready with its migrations already applied (issue 15, point 6: under 5 s), in Release
# and Production as build/bench/vergelijk.sh starts it, for several builds and runtime settings side by side. The
# variants take turns round by round, so a changing machine load hits each alike. Per variant the median and the best
# over the rounds of three moments after the process starts: the `migrate` step alone ends (runtime start, host
# build, the applied migrations checked), /health/live answers (the host serves) and /health/ready answers.
#
# Variants: build (dotnet build output, as vergelijk.sh runs it), publish (dotnet publish, JIT), r2r (published with
# PublishReadyToRun: our assemblies and packages precompiled by Crossgen2), and each of those with -pgo (TieredPGO off:
# no instrumented tier), -tc0 (TieredCompilation off: everything fully optimised at first call) or -mig0
# (Database:MigrateOnStart=false, as docker/Dockerfile deploys it: the `migrate` step brings the schema up to date
# before the host starts, and /health/ready still answers 503 while a module has a migration pending).
#
# Usage: build/bench/opstart.sh [rounds]          (default 5)
#   OPSTART_VARIANTEN="build r2r"                  a subset, in this order
set -euo pipefail
cd "$(dirname "$0")/../.."
. build/pg.sh
. build/bench/certificaat.sh
RONDEN=${1:-5}
VARIANTEN=${OPSTART_VARIANTEN:-"build publish r2r build-pgo r2r-pgo r2r-tc0"}
build/prerequisites.sh

vrije_poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
WERK=$(mktemp -d /tmp/nsd-opstart.XXXXXX)
bench_certificaat "$WERK"
chmod 755 "$WERK"
DATA=$WERK/pg
PG_POORT=$(vrije_poort)
WACHTWOORD=opstart-$RANDOM$RANDOM
HOST_PID=""
opruimen() {
  [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WERK"
}
trap opruimen EXIT

echo "Bouwen en publiceren (Release) ..." >&2
HOST=src/Nijkerk.SociaalDomein.Host
dotnet build "$HOST" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
declare -A MAP=([build]=$PWD/$HOST/bin/Release/net10.0 [publish]=$WERK/publish [r2r]=$WERK/r2r)
declare -A WERKMAP=([build]=$PWD/$HOST [publish]=$WERK/publish [r2r]=$WERK/r2r)
case " $VARIANTEN " in *" publish"*)
  dotnet publish "$HOST" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=false -o "$WERK/publish" --nologo -v quiet -clp:ErrorsOnly >&2 ;;
esac
case " $VARIANTEN " in *" r2r"*)
  dotnet publish "$HOST" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WERK/r2r" --nologo -v quiet -clp:ErrorsOnly >&2 ;;
esac

pg_dir "$DATA"
printf '%s\n' "$WACHTWOORD" > "$WERK/pw"; chmod 644 "$WERK/pw"
as_pg "$PG_BIN/initdb" -D "$DATA" -U nsd_admin --pwfile="$WERK/pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
rm -f "$WERK/pw"
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start -o "-p $PG_POORT -k $DATA -c listen_addresses=127.0.0.1 \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
PGPASSWORD=$WACHTWOORD "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_POORT" -U nsd_admin sociaaldomein
export ConnectionStrings__SociaalDomein="Host=127.0.0.1;Port=$PG_POORT;Database=sociaaldomein;Username=nsd_admin;Password=$WACHTWOORD"
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Proxy__BekendeProxies=127.0.0.1 \
  Monitoring__Pseudoniemsleutel=dmVyZ2VsaWprLWFsbGVlbi1vcC1kZXplLW1hY2hpbmUtMzItYnl0ZXM=
(cd "${WERKMAP[build]}" && dotnet "${MAP[build]}/Nijkerk.SociaalDomein.Host.dll" migrate) > "$WERK/migreren.log" 2>&1 \
  || { tail -20 "$WERK/migreren.log" >&2; exit 1; }

ms_sinds() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

meet() { # variant -> "migrate live ready" in ms
  local variant=$1 soort=${1%%-*} instelling=""
  case $variant in
    *-pgo) instelling="DOTNET_TieredPGO=0" ;;
    *-tc0) instelling="DOTNET_TieredCompilation=0" ;;
    *-mig0) instelling="Database__MigrateOnStart=false" ;;
  esac
  local dll="${MAP[$soort]}/Nijkerk.SociaalDomein.Host.dll" map="${WERKMAP[$soort]}"
  local begin migreren live="" ready="" poort url
  begin=$(date +%s%N)
  (cd "$map" && env $instelling dotnet "$dll" migrate) > "$WERK/migreren.log" 2>&1 || { tail -20 "$WERK/migreren.log" >&2; return 1; }
  migreren=$(ms_sinds "$begin")
  poort=$(vrije_poort); url=http://127.0.0.1:$poort
  begin=$(date +%s%N)
  (cd "$map" && exec env $instelling ASPNETCORE_URLS=$url dotnet "$dll") > "$WERK/host.log" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 3000); do
    kill -0 "$HOST_PID" 2>/dev/null || { tail -30 "$WERK/host.log" >&2; return 1; }
    if [ -z "$live" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/live")" = 200 ]; then live=$(ms_sinds "$begin"); fi
    if [ -n "$live" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ]; then ready=$(ms_sinds "$begin"); break; fi
    sleep 0.01
  done
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; HOST_PID=""
  [ -n "$ready" ] || { echo "nooit klaar" >&2; return 1; }
  echo "$migreren $live $ready"
}

declare -A UITKOMST
for ronde in $(seq 1 "$RONDEN"); do
  for v in $VARIANTEN; do
    echo "Ronde $ronde: $v ..." >&2
    UITKOMST[$v]+="$(meet "$v")"$'\n'
  done
done

echo
echo "Opstarten van de host (Release, Production, migraties al toegepast), $RONDEN rondes, $(nproc) cores, belasting $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| variant         | migrate-stap ms (mediaan / beste) | /health/live ms (mediaan / beste) | /health/ready ms (mediaan / beste) |"
echo "| ---             | ---:                              | ---:                              | ---:                               |"
for v in $VARIANTEN; do
  printf '%s' "${UITKOMST[$v]}" | awk -v naam="$v" '
    NF == 3 { n++; m[n] = $1; l[n] = $2; r[n] = $3 }
    function mediaan(a,   i, j, t, b) { for (i = 1; i <= n; i++) b[i] = a[i]
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
      return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2 }
    function beste(a,   i, b) { b = a[1]; for (i = 2; i <= n; i++) if (a[i] < b) b = a[i]; return b }
    END { printf "| %-15s | %15.0f / %-15.0f | %15.0f / %-15.0f | %16.0f / %-15.0f |\n", naam, mediaan(m), beste(m), mediaan(l), beste(l), mediaan(r), beste(r) }'
done
