#!/usr/bin/env bash
# Installs what this project needs and a fresh Debian machine with the .NET SDK lacks:
# PostgreSQL 15 (server binaries), Node.js with npm (front-end CSS, the OpenAPI linter,
# the typed client generated from the OpenAPI document) and Chromium (browser tests).
# Safe to run again: it installs only what is missing.
set -euo pipefail

need=()
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || need+=(postgresql postgresql-contrib)
command -v node >/dev/null && command -v npm >/dev/null || need+=(nodejs npm)
[ -x /usr/bin/chromium ] || need+=(chromium)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # The Debian package starts a cluster of its own on port 5432; this project runs its own clusters.
  $sudo service postgresql stop >/dev/null 2>&1 || true
  # Chromium's first start builds the font cache, which can outlast a browser test's timeout: start it once here.
  if [[ " ${need[*]} " == *" chromium "* ]]; then
    timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --dump-dom about:blank >/dev/null 2>&1 || true
  fi
fi
