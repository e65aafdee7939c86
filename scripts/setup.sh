#!/usr/bin/env bash
# scripts/setup.sh — install what sitrep needs on Debian 12, then build it
# and its gazetteer.  Safe to run again: it installs only what is missing.
#   Debian packages: build tools, json-c, utf8proc, cmocka, Node.js/npm (for
#   the pinned gazetteer data packages and the web page's map packages),
#   python3 (tests and scorecard), libmicrohttpd (sitrep serve), chromium
#   (the browser test, driven by the pinned playwright-core), wrk (the load
#   test in bench/serve.sh), libpq (the PostgreSQL store backend),
#   PostgreSQL 15 and PostGIS 3 (the server tests/pg.sh starts for the
#   PostgreSQL tests).
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(build-essential pkg-config libjson-c-dev libutf8proc-dev libsqlite3-dev libcmocka-dev python3 sqlite3
      libmicrohttpd-dev chromium wrk libpq-dev postgresql-15 postgresql-15-postgis-3)
command -v npm >/dev/null 2>&1 || pkgs+=(nodejs npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# gazetteer sources, the map packages of the web page and playwright-core
# (browser test), pinned by package-lock.json; no install scripts run
# (again whenever package-lock.json differs from the one last installed)
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.sitrep-lock.sha256 ] || [ "$(cat node_modules/.sitrep-lock.sha256)" != "$lock_sum" ]; then
  echo "setup: fetching pinned npm packages (npm ci)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_sum" >node_modules/.sitrep-lock.sha256
fi

make -s -j"$(nproc)" all
make -s gazetteer
