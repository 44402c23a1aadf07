#!/usr/bin/env bash
# Installs what is missing, starts the local PostgreSQL, migrates, seeds fictitious demo data and
# serves the system on http://localhost:5080 (web front end at /, API at /api/v1, explorer at /api/v1/docs).
set -euo pipefail
cd "$(dirname "$0")/.."
build/prerequisites.sh
build/db.sh start
export NSD_DB_PASSWORD=${NSD_DB_PASSWORD:-lokaal-ontwikkelen}
export ConnectionStrings__SociaalDomein="Host=127.0.0.1;Port=${NSD_DB_PORT:-5433};Database=sociaaldomein;Username=nsd_admin;Password=$NSD_DB_PASSWORD"
export Demo__Seed=true
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --project src/Nijkerk.SociaalDomein.Host --urls http://localhost:5080
