#!/usr/bin/env bash
# Installs what the tests drive besides .NET: headless Chromium for the HTML report, Azurite
# (the Azure Storage emulator) for the cluster tests, Prometheus for the scrape test, and the
# npm tools beside the tests that use them. Idempotent: quick when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(chromium prometheus)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for tools in tests/Reports.Tests/browser tests/EndToEnd.Tests/tools deploy/validate; do
  if [ ! -d "$tools/node_modules" ]; then
    npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
  fi
done
