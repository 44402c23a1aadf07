#!/usr/bin/env bash
# Installs what is missing, starts the local PostgreSQL, migrates, seeds fictitious demo data and
# serves the system on http://localhost:5080 (web front end at /, API at /api/v1, explorer at /api/v1/docs).
# Migrating is a step of its own, as the database owner (ADR 0028); the serving process gets no owner's
# credentials and signs in only as the module roles, whose passwords come from Database__RoleSecret.
set -euo pipefail
cd "$(dirname "$0")/.."
build/prerequisites.sh
build/db.sh start
export NSD_DB_PASSWORD=${NSD_DB_PASSWORD:-lokaal-ontwikkelen}
DB="Host=127.0.0.1;Port=${NSD_DB_PORT:-5433};Database=sociaaldomein"
# Locally the role secret is the owner's password, as the roles of an existing .local/pg were made with.
export Database__RoleSecret=${NSD_ROLE_SECRET:-$NSD_DB_PASSWORD}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
dotnet build src/Nijkerk.SociaalDomein.Host --nologo -v quiet -clp:ErrorsOnly
ConnectionStrings__SociaalDomein="$DB;Username=nsd_admin;Password=$NSD_DB_PASSWORD" \
  dotnet run --no-build --project src/Nijkerk.SociaalDomein.Host -- migrate
export ConnectionStrings__SociaalDomein="$DB"
export Database__MigrateOnStart=false
export Demo__Seed=true
exec dotnet run --no-build --project src/Nijkerk.SociaalDomein.Host --urls http://localhost:5080
