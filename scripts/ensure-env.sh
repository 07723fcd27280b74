#!/usr/bin/env bash
# Makes a fresh machine ready: node modules, Debian's Chromium, and (for tests) LibreOffice
# and Firefox ESR.
# Usage: scripts/ensure-env.sh [demo|test]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-test}"

[ -d node_modules/vite ] || npm ci --no-audit --no-fund

packages=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || packages+=(chromium)
if [ "$mode" = test ] && ! command -v soffice >/dev/null 2>&1; then packages+=(libreoffice-calc-nogui); fi
if [ "$mode" = test ] && [ ! -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; then packages+=(firefox-esr); fi
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian's packages: ${packages[*]} (about a minute)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "Missing: ${packages[*]}. On Debian/Ubuntu run as root: apt-get install -y ${packages[*]}" >&2
  echo "(or set CHROMIUM_PATH to a Chromium or Chrome binary)" >&2
  [[ " ${packages[*]} " == *" chromium "* ]] && exit 1
fi
exit 0
