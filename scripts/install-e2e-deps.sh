#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium, Node.js, LibreOffice Calc without its
# windows (the dashboard's test opens the XLSX it downloads with `soffice --headless`), and from
# npm playwright-core (which drives that Chromium; no browser is ever downloaded) and
# @axe-core/playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Again whenever the lockfile changed since the last install (npm keeps its copy in node_modules).
lock=tests/e2e/package-lock.json installed=tests/e2e/node_modules/.package-lock.json
if [ ! -f "$installed" ] || [ "$lock" -nt "$installed" ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --prefer-offline)
fi
