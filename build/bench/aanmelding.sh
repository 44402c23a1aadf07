#!/usr/bin/env bash
# p50/p95 of registering an aanmelding through the API (POST /api/v1/aanmeldingen with an Idempotency-Key, so the
# key's row is part of each measurement) on a table of 100,000 existing aanmeldingen. Usage: build/bench/aanmelding.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- aanmelding 2>&1 | grep -v '^{"EventId"'
