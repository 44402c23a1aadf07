#!/usr/bin/env bash
# p50/p95/p99 of the regisseur's werkvoorraad (GET /api/v1/plannen?regisseur=ik, signed in as a regisseur with ~40 plans)
# and of one plan (GET /api/v1/plannen/{id}, skipped with a line when it answers 404), through the API, on 100,000
# generated plans with households, members and acties, a share of them overdue. Target p95 < 25 ms.
# Usage: build/bench/regie.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- regie 2>&1 | grep -v '^{"EventId"'
