#!/usr/bin/env bash
# p50/p95 of the vraagverheldering werkvoorraad (with filters) and one vraagverheldering with earlier scores, through
# the API, on 200,000 generated vraagverhelderingen. Usage: build/bench/vraagverheldering.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- vraagverheldering 2>&1 | grep -v '^{"EventId"'
