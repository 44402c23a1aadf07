#!/usr/bin/env bash
# p50/p95 of finding an inwoner among 1,000,000 generated ones through the API (POST /api/v1/inwoners/_zoek):
# by BSN and by achternaam + geboortedatum. Usage: build/bench/inwoners.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- inwoners 2>&1 | grep -v '^{"EventId"'
