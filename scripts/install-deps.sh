#!/usr/bin/env bash
# Installs the Debian packages motcua needs to build, run and test; skips what is present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config git curl jq python3 sqlite3
  libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev libsodium-dev libssl-dev libicu-dev
  libcairo2-dev libpango1.0-dev libqrencode-dev libxlsxwriter-dev libcsv-dev libcli11-dev libspdlog-dev libpq-dev
  libpng-dev libjpeg-dev libgtest-dev libbenchmark-dev fonts-noto-core poppler-utils iproute2 clang-format
  postgresql postgresql-client clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# The build bundles the web front end with esbuild from npm (cmake/web.cmake). Node.js may come
# from elsewhere than Debian (it bundles npm then), so the commands are what counts.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
