#!/usr/bin/env bash
# Events at volume through the outbox: Intake's AanmeldingAfgehandeld to two receiving modules (Monitoring, the sociale
# kaart) with their real handlers and inboxes, through the host's own dispatcher. Prints events/s from the first commit
# to the last inbox row and the lag (commit -> handled) at p50/p95/p99, at full speed (100,000 events) and at a steady
# 500 events/s (15,000 events, 30 s), beside a bare loop calling the same handlers without the dispatcher (20,000 events,
# run before and after the full-speed part; the ratio is against their mean).
# Goals: >= 2,000 events/s; lag p99 < 1 s at 500/s.
# Usage: build/bench/gebeurtenissen.sh [full-speed events] [steady events] [bare-loop events]   (0 skips a part)
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
export NSD_BENCH_GEBEURTENISSEN="${1:-100000}" NSD_BENCH_GEBEURTENISSEN_GESTAAG="${2:-15000}" NSD_BENCH_GEBEURTENISSEN_KAAL="${3:-20000}"
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- gebeurtenissen 2>&1 | grep --line-buffered -v '^{"EventId"'
