#!/usr/bin/env bash
# Measures how long a doorgezette aanmelding takes to appear in the vraagverheldering werkvoorraad: from the
# 201 of POST /aanmeldingen/{id}/doorzetting until the row exists (outbox -> NOTIFY -> dispatcher -> inbox).
# Needs the system running (build/run.sh). Usage: build/bench/doorzetting.sh [count]   (default 20)
# Each poll starts a psql, so the numbers are an upper bound: the real latency is lower.
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${NSD_URL:-http://localhost:5080}/api/v1
count=${1:-20}
for _ in $(seq 1 "$count"); do
  id=$(curl -sf -X POST "$base/aanmeldingen" -H 'Content-Type: application/json' \
    -d '{"kanaal":"telefoon","bron":"netwerk","vraag":"Meting doorzetting","urgentie":"normaal"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
  curl -sf -o /dev/null -X POST "$base/aanmeldingen/$id/doorzetting"
  start=$(date +%s%N)
  until build/db.sh psql -tAc "select 1 from vraagverheldering.vraagverheldering where aanmelding_id = '$id'" | grep -q 1; do :; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
done | sort -n | awk '{ v[NR] = $1 } END { printf "doorzetting zichtbaar in de werkvoorraad: n=%d min=%d p50=%d p95=%d max=%d ms\n", NR, v[1], v[int(NR*0.5)+1], v[int(NR*0.95)+(NR*0.95>int(NR*0.95))], v[NR] }'
