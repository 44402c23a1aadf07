#!/usr/bin/env bash
# Runs every test: slices against a real PostgreSQL, the API through the real host (including the ADR lint of
# the served OpenAPI document and a client generated from it), the web front end in headless Chromium, and the
# architecture rules.
# The test database: NSD_TEST_DATABASE, else a postgres:15 container where Docker answers, else a throwaway cluster
# per test process (docs/adr/0003); the choice is printed once.
# Ends with the totals of all test projects on one line: "N passed, N failed" (", N skipped" when any).
set -uo pipefail
cd "$(dirname "$0")/.."
build/prerequisites.sh || exit 1

results="$PWD/.local/test-results"
rm -rf "$results"
dotnet build Nijkerk.SociaalDomein.sln --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 0 failed"; exit 1; }
mkdir -p "$results"
# The typed-client test generates a TypeScript client from the served document and compiles it: its pinned npm tools,
# from npm's cache when they are there. Not in the build, so node runs only for the tests. If this fails, that test
# tries once more and fails with npm's message; the other tests still run.
(cd tests/Nijkerk.SociaalDomein.Api.Tests/TypedClient && npm ci --prefer-offline --no-audit --no-fund --loglevel=error) \
  || echo "npm ci voor de getypeerde client is mislukt"
export NSD_TEST_REPORT="$results/testdatabase.txt"
dotnet test Nijkerk.SociaalDomein.sln --no-build --nologo --logger trx --results-directory "$results"
status=$?
sort -u "$NSD_TEST_REPORT" 2>/dev/null
# Browser pages that did not load at once (tests/…Browser.Tests/Navigatie.cs): written down to find the cause.
cat "$results/laadgebeurtenissen.txt" 2>/dev/null

# Each test process stops its throwaway cluster and removes its directory when it ends, however it ends (a watchdog
# outlives a killed process by a second or two). Say so if any is left.
for _ in $(seq 1 20); do
  left=$(find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'nsd-test-*' -type d 2>/dev/null)
  [ -z "$left" ] && break
  sleep 1
done
[ -n "$left" ] && echo "Achtergebleven testclusters: $left"

totals=$(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
  END { printf "%d %d %d", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["total"] - c["passed"] - c["failed"] - c["error"] - c["timeout"] - c["aborted"] }')
read -r passed failed skipped <<<"${totals:-0 0 0}"
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
