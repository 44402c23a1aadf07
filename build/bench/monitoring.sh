#!/usr/bin/env bash
# p50/p95/p99 of the kerncijfers of a year (GET /api/v1/monitoring/kerncijfers) through the API, on the per-day cube of
# 2,000,000 aanmeldingen in that year: unfiltered, per kern, kern and levensfase, kanaal, leefgebied. Target p95 < 200 ms.
# Usage: build/bench/monitoring.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- monitoring 2>&1 | grep --line-buffered -v '^{"EventId"'
