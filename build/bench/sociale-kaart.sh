#!/usr/bin/env bash
# p50/p95 of a sociale kaart search (a word and two filters) on 50,000 generated voorzieningen,
# through the mediator (handler and database) and through the API. Usage: build/bench/sociale-kaart.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build/prerequisites.sh
dotnet run -c Release --project build/bench/Nijkerk.SociaalDomein.Bench -- sociale-kaart 2>&1 | grep -v '^{"EventId"'
