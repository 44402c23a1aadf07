#!/usr/bin/env bash
# The crisis banner on 0, 50 and 500 open screens (server-sent-event streams of one signed-in session, the host on
# Kestrel): database round trips and transactions per second, idle and while crises come in, and the time from a crisis
# POST to the banner on every screen (p50/p95/p99); then 50 screens polling twice a second as before, for comparison.
# Usage: build/bench/crisisbalk.sh   (NSD_BENCH_STIL=60 for an idle minute; NSD_BENCH_CRISES=10)
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- crisisbalk 2>&1 | grep --line-buffered -v '^{"EventId"'
