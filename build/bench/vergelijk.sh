#!/usr/bin/env bash
# The host against a bare baseline doing the same work (build/bench/Nijkerk.SociaalDomein.Baseline: a minimal API with
# Npgsql and hand-written SQL), side by side in one run, on one throwaway PostgreSQL cluster and one database (the
# host's migrations, 10,000 inwoners, 10,000 open aanmeldingen, 50,000 voorzieningen). Both in Release, the host in
# Production behind "a proxy" (X-Forwarded-Proto: https from 127.0.0.1), rate limit raised. Load by wrk: 16
# connections, loopback only. Both with the host's garbage collector (workstation, no background GC: the host's from
# its project file, the baseline's from the environment). Prints one table (req/s, p50/p95/p99, the ratios), the
# row-only comparison, the events the host's dispatcher delivered during the create, the host's RSS after the load and
# its start-up to ready (migrations already applied). Per scenario also the CPU time per request
# answered (user + system, from /proc, over the measured seconds) of the serving process and of the PostgreSQL
# backends: on a shared 2-core machine noise moves it much less than req/s, and when the box is saturated req/s
# follows it.
#
# Usage: build/bench/vergelijk.sh
#   VERGELIJK_DUUR=15        seconds per measured scenario (default 15)
#   VERGELIJK_OPWARMEN=60    seconds of warm-up per scenario and side (default 60: a server runs tiered-up, and the host
#                            is a large program; perf found the JIT's background tier-up still at 12% of the host's
#                            CPU after 44 s of the create, and gone after 60 s)
#   VERGELIJK_SCENARIOS="inwoner aanmeldingen sociale-kaart werkvoorraad aanmelding"   a subset, in this order
#   VERGELIJK_STATEMENTS=1   also print the statements per request of the host (pg_stat_statements) for each scenario
#   VERGELIJK_BEWAAR=1       keep the work directory (cluster, logs) under /tmp
#   VERGELIJK_SPOOR=dir      sample host and baseline with dotnet-trace during each measured run (see spoor below)
#   VERGELIJK_ALLEEN_HOST=1  measure the host only (no baseline runs; for profiling and CPU per request of one side)
set -euo pipefail
cd "$(dirname "$0")/../.."
. build/pg.sh
. build/bench/certificaat.sh

DUUR=${VERGELIJK_DUUR:-15}
OPWARMEN=${VERGELIJK_OPWARMEN:-60}
VERBINDINGEN=16
SCENARIOS=${VERGELIJK_SCENARIOS:-"inwoner aanmeldingen sociale-kaart werkvoorraad aanmelding"}

build/prerequisites.sh
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

echo "Bouwen (Release): host, baseline, bench ..." >&2
for project in src/Nijkerk.SociaalDomein.Host build/bench/Nijkerk.SociaalDomein.Baseline build/bench/Nijkerk.SociaalDomein.Bench; do
  dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly >&2
done
HOST_DLL=$PWD/src/Nijkerk.SociaalDomein.Host/bin/Release/net10.0/Nijkerk.SociaalDomein.Host.dll
BASELINE_DLL=$PWD/build/bench/Nijkerk.SociaalDomein.Baseline/bin/Release/net10.0/Nijkerk.SociaalDomein.Baseline.dll
BENCH_DLL=$PWD/build/bench/Nijkerk.SociaalDomein.Bench/bin/Release/net10.0/Nijkerk.SociaalDomein.Bench.dll

vrije_poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

WERK=$(mktemp -d /tmp/nsd-vergelijk.XXXXXX)
bench_certificaat "$WERK"
chmod 755 "$WERK"
DATA=$WERK/pg
PG_POORT=$(vrije_poort)
WACHTWOORD=vergelijk-$RANDOM$RANDOM
HOST_PID=""; BASELINE_PID=""
opruimen() {
  [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null || true
  [ -n "$BASELINE_PID" ] && kill "$BASELINE_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  if [ -z "${VERGELIJK_BEWAAR:-}" ]; then rm -rf "$WERK"; else echo "Werkmap bewaard: $WERK" >&2; fi
}
trap opruimen EXIT

# A throwaway cluster as the tests make one (docs/adr/0003): durability off, for measuring the code, not the disk.
pg_dir "$DATA"
printf '%s\n' "$WACHTWOORD" > "$WERK/pw"; chmod 644 "$WERK/pw"
as_pg "$PG_BIN/initdb" -D "$DATA" -U nsd_admin --pwfile="$WERK/pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
rm -f "$WERK/pw"
extra=""
[ -n "${VERGELIJK_STATEMENTS:-}" ] && extra="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c pg_stat_statements.track_planning=on"
as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start -o "-p $PG_POORT -k $DATA -c listen_addresses=127.0.0.1 \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB $extra" >/dev/null
PGPASSWORD=$WACHTWOORD "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_POORT" -U nsd_admin sociaaldomein
VERBINDING="Host=127.0.0.1;Port=$PG_POORT;Database=sociaaldomein;Username=nsd_admin;Password=$WACHTWOORD"
psql_admin() { PGPASSWORD=$WACHTWOORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_POORT" -U nsd_admin -d sociaaldomein -qtAX "$@"; }
[ -n "${VERGELIJK_STATEMENTS:-}" ] && psql_admin -c "create extension pg_stat_statements"

echo "Database vullen (migraties, 10.000 inwoners, 10.000 aanmeldingen, 50.000 voorzieningen) ..." >&2
(cd "$(dirname "$BENCH_DLL")" && dotnet "$BENCH_DLL" vergelijk-voorbereiden "$VERBINDING" "$WERK") 2>&1 | grep -v '^{"EventId"' > "$WERK/voorbereid.txt"
SLEUTEL=$(sed -n 's/^SLEUTEL=//p' "$WERK/voorbereid.txt")
GEBRUIKER=$(sed -n 's/^GEBRUIKER=//p' "$WERK/voorbereid.txt")
GEBRUIKER_WW=$(sed -n 's/^WACHTWOORD=//p' "$WERK/voorbereid.txt")
[ -n "$SLEUTEL" ] || { cat "$WERK/voorbereid.txt" >&2; echo "Voorbereiden mislukt." >&2; exit 1; }

HOST_POORT=$(vrije_poort)
BASELINE_POORT=$(vrije_poort)
HOST_URL=http://127.0.0.1:$HOST_POORT
BASELINE_URL=http://127.0.0.1:$BASELINE_POORT

wacht_tot_klaar() { # url pid -> milliseconds until /health/ready answers 200
  local begin=$1 url=$2 pid=$3
  for _ in $(seq 1 1200); do
    kill -0 "$pid" 2>/dev/null || { echo "gestopt" ; return 1; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ]; then
      echo $(( ($(date +%s%N) - begin) / 1000000 )); return 0
    fi
    sleep 0.02
  done
  echo "nooit klaar"; return 1
}

# The host in Production, behind a proxy on 127.0.0.1 that terminates TLS (as deployed; cookies are Secure there), and as
# docker/Dockerfile starts it: without the migration pass at start (the preparation above applied the migrations, as
# the deployment's `migrate` step does; /health/ready still answers 503 while a module has one pending).
begin=$(date +%s%N)
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$HOST_URL Database__MigrateOnStart=false \
  ConnectionStrings__SociaalDomein="$VERBINDING" \
  RateLimits__ApiPerMinuut=100000000 RateLimits__InloggenPerMinuut=100000 \
  Proxy__BekendeProxies=127.0.0.1 \
  Monitoring__Pseudoniemsleutel=dmVyZ2VsaWprLWFsbGVlbi1vcC1kZXplLW1hY2hpbmUtMzItYnl0ZXM= \
  Logging__LogLevel__Default=Warning \
  bash -c 'cd src/Nijkerk.SociaalDomein.Host && exec dotnet "$0"' "$HOST_DLL" > "$WERK/host.log" 2>&1 &
HOST_PID=$!
OPSTART_MS=$(wacht_tot_klaar "$begin" "$HOST_URL" "$HOST_PID") || { tail -30 "$WERK/host.log" >&2; exit 1; }
echo "Host klaar in $OPSTART_MS ms" >&2

# Sign in through the sign-in page, as a browser does (over the proxy's https).
PROTO=(-H 'X-Forwarded-Proto: https')
curl -s "${PROTO[@]}" -D "$WERK/h1" -o "$WERK/inloggen.html" "$HOST_URL/inloggen"
TOKEN=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$WERK/inloggen.html" | sed 's/.*value="//; s/"$//')
koekjes() { grep -i '^set-cookie:' "$1" | sed 's/^[Ss]et-[Cc]ookie: *//; s/;.*//' | tr -d '\r' | paste -sd ';' | sed 's/;/; /g'; }
ANTI=$(koekjes "$WERK/h1")
curl -s "${PROTO[@]}" -H "Cookie: $ANTI" -D "$WERK/h2" -o /dev/null \
  --data-urlencode "Gebruikersnaam=$GEBRUIKER" --data-urlencode "Wachtwoord=$GEBRUIKER_WW" --data-urlencode "__RequestVerificationToken=$TOKEN" \
  "$HOST_URL/inloggen"
COOKIE="$ANTI; $(koekjes "$WERK/h2")"

BASELINE_SLEUTEL=$SLEUTEL BASELINE_COOKIE=$COOKIE ASPNETCORE_URLS=$BASELINE_URL ConnectionStrings__SociaalDomein="$VERBINDING" \
  DOTNET_gcServer=0 DOTNET_gcConcurrent=0 dotnet "$BASELINE_DLL" > "$WERK/baseline.log" 2>&1 &
BASELINE_PID=$!
wacht_tot_klaar "$(date +%s%N)" "$BASELINE_URL" "$BASELINE_PID" >/dev/null || { tail -30 "$WERK/baseline.log" >&2; exit 1; }

# wrk scripts: the request of each scenario, and a summary line: req/s p50 p95 p99 (ms) and the failures.
cat > "$WERK/gemeen.lua" <<EOF
wrk.headers["X-Api-Key"] = "$SLEUTEL"
wrk.headers["X-Forwarded-Proto"] = "https"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("UITKOMST %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
EOF
cat > "$WERK/aanmelding.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"kanaal":"telefoon","bron":"inwoner-zelf","vraag":"Ik kan mijn rekeningen niet meer betalen.","urgentie":"normaal","onderwerpen":["financien"],"transparantieGegeven":true}'
EOF
{ echo "local ids = {}"; echo "for regel in io.lines(\"$WERK/inwoners.txt\") do ids[#ids + 1] = regel end"
  echo 'local n = 0'
  echo 'request = function() n = n + 1; return wrk.format(nil, wrk.path .. ids[(n % #ids) + 1]) end'; } > "$WERK/inwoner.lua"
cat > "$WERK/zoek.lua" <<'EOF'
local woorden = {"schuld", "taal", "mantelzorg", "formulier", "vervoer", "opvoed", "maatjes", "voedsel", "inloop", "buurthuis"}
local leefgebieden = {"financien", "sociaal-netwerk", "huisvesting", "tijdsbesteding", "instrumentele-adl"}
local kernen = {"Nijkerk", "Nijkerkerveen", "Hoevelaken"}
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, string.format("%s?zoek=%s&leefgebied=%s&kern=%s", wrk.path, woorden[n % #woorden + 1],
    leefgebieden[n % #leefgebieden + 1], kernen[n % #kernen + 1]))
end
EOF
echo "" > "$WERK/leeg.lua"
for script in aanmelding inwoner zoek leeg; do cat "$WERK/gemeen.lua" >> "$WERK/$script.lua"; done
cat > "$WERK/pagina.lua" <<EOF
wrk.headers["Cookie"] = "$COOKIE"
EOF
cat "$WERK/gemeen.lua" >> "$WERK/pagina.lua"

EERSTE_INWONER=$(head -n 1 "$WERK/inwoners.txt")
declare -A PAD=(
  [aanmelding]=/api/v1/aanmeldingen [inwoner]=/api/v1/inwoners/ [aanmeldingen]="/api/v1/aanmeldingen?pagina=1&paginaGrootte=20"
  [sociale-kaart]=/api/v1/sociale-kaart/voorzieningen [werkvoorraad]=/werkvoorraad)
declare -A SCRIPT=([aanmelding]=aanmelding [inwoner]=inwoner [aanmeldingen]=leeg [sociale-kaart]=zoek [werkvoorraad]=pagina)
declare -A NAAM=([aanmelding]="POST /aanmeldingen" [inwoner]="GET /inwoners/{id}" [aanmeldingen]="GET /aanmeldingen"
  [sociale-kaart]="sociale kaart zoeken" [werkvoorraad]="pagina /werkvoorraad")

controleer() { # base path script -> fails unless one request answers 2xx
  local pad=$2
  [ "$3" = inwoner ] && pad="$pad$EERSTE_INWONER"
  [ "$3" = zoek ] && pad="$pad?zoek=schuld&leefgebied=financien&kern=Nijkerk"
  local args=(-s -o "$WERK/controle.txt" -w '%{http_code}' -H "X-Api-Key: $SLEUTEL" -H 'X-Forwarded-Proto: https')
  [ "$3" = pagina ] && args+=(-H "Cookie: $COOKIE")
  [ "$3" = aanmelding ] && args+=(-X POST -H 'Content-Type: application/json' \
    -d '{"kanaal":"telefoon","bron":"inwoner-zelf","vraag":"Controle","urgentie":"normaal","onderwerpen":["financien"],"transparantieGegeven":true}')
  local status; status=$(curl "${args[@]}" "$1$pad")
  if [[ $status != 2* ]]; then echo "$1$pad antwoordde $status:" >&2; head -c 600 "$WERK/controle.txt" >&2; echo >&2; return 1; fi
}

# CPU time (user + system, clock ticks) of one process, and of the PostgreSQL backends of the cluster (the children of
# its postmaster), per backend, so a backend that ends during a run takes only its own ticks out (the bench's pooled
# connections live through a run, so little is lost) and one that starts counts from zero.
TICK_MS=$(awk -v t="$(getconf CLK_TCK)" 'BEGIN { print 1000 / t }')
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
pg_ticks() { # -> "pid ticks" per backend
  local postmaster; postmaster=$(head -n 1 "$DATA/postmaster.pid")
  for p in $(cat "/proc/$postmaster/task/$postmaster/children"); do
    awk -v p="$p" '{ sub(/^.*\) /, ""); print p, $12 + $13 }' "/proc/$p/stat" 2>/dev/null || true
  done
}
pg_verschil() { # before after -> ticks spent by the backends alive at the end
  awk 'NR == FNR { voor[$1] = $2; next } { s += $2 - voor[$1] } END { print s + 0 }' "$1" "$2"
}

# With VERGELIJK_SPOOR=dir, dotnet-trace samples the serving process during each measured run into dir/<side><path>.nettrace
# (dotnet tool install -g dotnet-trace); build/bench/spoor.py sums a trace per frame.
spoor() { # pid scenario seconds
  mkdir -p "$VERGELIJK_SPOOR"
  "${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}" collect -p "$1" --profile dotnet-sampled-thread-time --format Speedscope --duration "00:00:00:$3" \
    -o "$VERGELIJK_SPOOR/$2.nettrace" > "$WERK/spoor-$2.log" 2>&1 &
}

meet() { # base path script pid [after-warm-up command] -> "req/s p50 p95 p99 failures cpu-ms/req db-cpu-ms/req"
  wrk -t2 -c$VERBINDINGEN -d"${OPWARMEN}s" -s "$WERK/$3.lua" "$1$2" >/dev/null
  [ -z "${5:-}" ] || $5
  local cpu0 uitkomst cpu1 sporing=""
  cpu0=$(cpu_ticks "$4"); pg_ticks > "$WERK/pg0"
  if [ -n "${VERGELIJK_SPOOR:-}" ]; then
    local kant=baseline; [ "$4" = "${HOST_PID:-}" ] && kant=host
    spoor "$4" "$kant$(printf '%s' "$2" | tr -c 'a-z0-9-' '_')" "$DUUR"; sporing=$!
  fi
  uitkomst=$(wrk -t2 -c$VERBINDINGEN -d"${DUUR}s" --timeout 10s -s "$WERK/$3.lua" "$1$2" | sed -n 's/^UITKOMST //p')
  cpu1=$(cpu_ticks "$4"); pg_ticks > "$WERK/pg1"
  [ -z "$sporing" ] || wait "$sporing" || true
  awk -v u="$uitkomst" -v c=$((cpu1 - cpu0)) -v p="$(pg_verschil "$WERK/pg0" "$WERK/pg1")" -v t="$TICK_MS" -v d="$DUUR" 'BEGIN {
    split(u, x, " "); n = x[1] * d; printf "%s %.3f %.3f\n", u, (n > 0 ? c * t / n : 0), (n > 0 ? p * t / n : 0) }'
}

statements_nul() { psql_admin -c "select pg_stat_statements_reset()" >/dev/null; }

# The host's dispatcher delivers each aanmelding's event to Monitoring beside the requests (the baseline writes the
# outbox row only): how many deliveries it made in the measured seconds, and what still waited at their end, say how
# much of that work fell inside the measurement; on a 2-core box its share moves the create's ratio.
AFGELEVERD="select count(*) from intake.aflevering where status = 'afgeleverd'"
na_opwarmen_host() { # after the warm-up of a host run: the deliveries so far (the create), then the statements' reset
  [ "$s" != aanmelding ] || psql_admin -c "$AFGELEVERD" > "$WERK/afgeleverd0"
  [ -z "${VERGELIJK_STATEMENTS:-}" ] || statements_nul
}

toon_statements() { # side result
    # Every statement the module roles ran during the measured seconds (the host dispatcher's work for these requests
    # included), per request answered; the reset chain Npgsql sends with a pooled connection's first command counts too.
    verzoeken=$(awk -v r="${2%% *}" -v d="$DUUR" 'BEGIN { print r * d }')
    echo "  $1, ${NAAM[$s]}: $(psql_admin -c "select round(sum(calls) / $verzoeken::numeric, 1) from pg_stat_statements s
      join pg_roles r on r.oid = s.userid where r.rolname like 'nsd%'") statements per verzoek; de drukste (per verzoek: aantal | ms uitvoeren | ms plannen | plannen per aanroep | rol | statement):" >&2
    # Planned at (nearly) every call: a prepared statement whose generic plan PostgreSQL keeps refusing (ADR 0024).
    psql_admin -F ' | ' -c "select round(calls / $verzoeken::numeric, 2), round(total_exec_time::numeric / $verzoeken, 3),
      round(total_plan_time::numeric / $verzoeken, 3), round(plans::numeric / greatest(calls, 1), 2),
      r.rolname, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
      from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname like 'nsd%'
      order by calls desc limit 30" | sed 's/^/    /' >&2
}

declare -A H B R
for s in $SCENARIOS; do
  pad=${PAD[$s]}; script=${SCRIPT[$s]}
  echo "Meten: ${NAAM[$s]} ..." >&2
  controleer "$HOST_URL" "$pad" "$script"; controleer "$BASELINE_URL" "$pad" "$script"
  H[$s]=$(meet "$HOST_URL" "$pad" "$script" "$HOST_PID" na_opwarmen_host)
  if [ "$s" = aanmelding ]; then
    AFLEVERING=$(psql_admin -F ' ' -c "select ($AFGELEVERD) - $(cat "$WERK/afgeleverd0"),
      (select count(*) from intake.outbox where status = 'wachtend') + (select count(*) from intake.aflevering where status = 'wachtend')")
  fi
  [ -z "${VERGELIJK_STATEMENTS:-}" ] || toon_statements host "${H[$s]}"
  if [ "$s" = aanmelding ]; then
    # The host's RSS after all its load; then the host stops, so its dispatcher does not work during the baseline's run.
    RSS_KB=$(awk '/^VmRSS/ { print $2 }' "/proc/$HOST_PID/status")
    HWM_KB=$(awk '/^VmHWM/ { print $2 }' "/proc/$HOST_PID/status")
    kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; HOST_PID=""
  fi
  [ -z "${VERGELIJK_ALLEEN_HOST:-}" ] || { B[$s]="0 0 0 0 0 0 0"; continue; }
  B[$s]=$(meet "$BASELINE_URL" "$pad" "$script" "$BASELINE_PID" ${VERGELIJK_STATEMENTS:+statements_nul})
  [ -z "${VERGELIJK_STATEMENTS:-}" ] || toon_statements baseline "${B[$s]}"
  case $s in
    aanmelding) controleer "$BASELINE_URL" /alleen-rij/aanmeldingen aanmelding; R[$s]=$(meet "$BASELINE_URL" /alleen-rij/aanmeldingen aanmelding "$BASELINE_PID") ;;
    inwoner) controleer "$BASELINE_URL" /alleen-rij/inwoners/ inwoner; R[$s]=$(meet "$BASELINE_URL" /alleen-rij/inwoners/ inwoner "$BASELINE_PID") ;;
  esac
done
if [ -n "$HOST_PID" ]; then
  RSS_KB=$(awk '/^VmRSS/ { print $2 }' "/proc/$HOST_PID/status"); HWM_KB=$(awk '/^VmHWM/ { print $2 }' "/proc/$HOST_PID/status")
fi

regel() { # naam host baseline
  awk -v naam="$1" -v h="$2" -v b="$3" 'BEGIN {
    split(h, x, " "); split(b, y, " ");
    printf "| %-24s | %8.0f | %8.0f | %5.2f× | %5.1f / %5.1f / %5.1f | %5.1f / %5.1f / %5.1f | %5.2f× | %5.3f / %5.3f | %5.3f / %5.3f | %s / %s |\n",
      naam, x[1], y[1], (y[1] > 0 ? x[1] / y[1] : 0), x[2], x[3], x[4], y[2], y[3], y[4], (y[3] > 0 ? x[3] / y[3] : 0),
      x[6], y[6], x[7], y[7], x[5], y[5] }'
}
echo
echo "Host tegen baseline: $VERBINDINGEN verbindingen, ${DUUR} s per scenario (na ${OPWARMEN} s opwarmen), wrk, loopback; $(nproc) cores"
echo
echo "| scenario                 | host r/s | base r/s | ratio  | host p50/p95/p99 ms   | base p50/p95/p99 ms   | p95 ×  | CPU ms/req h / b | db CPU ms/req h / b | fouten h / b |"
echo "| ---                      | ---:     | ---:     | ---:   | ---                   | ---                   | ---:   | ---:             | ---:                | ---          |"
for s in $SCENARIOS; do regel "${NAAM[$s]}" "${H[$s]}" "${B[$s]}"; done
echo
echo "Tegen alleen de rij (baseline zonder audit- en outboxrij):"
echo
echo "| scenario                 | host r/s | rij r/s  | ratio  | host p50/p95/p99 ms   | rij p50/p95/p99 ms    | p95 ×  | CPU ms/req h / b | db CPU ms/req h / b | fouten h / b |"
echo "| ---                      | ---:     | ---:     | ---:   | ---                   | ---                   | ---:   | ---:             | ---:                | ---          |"
for s in $SCENARIOS; do [ -n "${R[$s]:-}" ] && regel "${NAAM[$s]} (rij)" "${H[$s]}" "${R[$s]}"; done
for s in $SCENARIOS; do [ -n "${R[$s]:-}" ] && regel "${NAAM[$s]}: base/rij" "${B[$s]}" "${R[$s]}"; done
if [ -n "${AFLEVERING:-}" ]; then
  awk -v a="$AFLEVERING" -v h="${H[aanmelding]}" -v d="$DUUR" 'BEGIN { split(a, x, " "); split(h, y, " ");
    printf "\nHost, POST /aanmeldingen: %d gebeurtenissen afgeleverd in de gemeten %d s (%.2f per verzoek); daarna wachtten er nog %d\n",
      x[1], d, (y[1] > 0 ? x[1] / (y[1] * d) : 0), x[2] }'
fi
echo
echo "Host: RSS na de belasting $((RSS_KB / 1024)) MB (piek $((HWM_KB / 1024)) MB); opstarten tot /health/ready $OPSTART_MS ms (migraties al toegepast)"
