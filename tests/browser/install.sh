#!/usr/bin/env bash
# Installs the browser tests' npm packages (playwright-core, axe-core,
# vnu-jar) with `npm ci` from the committed package-lock.json, only when
# node_modules is missing or was installed from another lock file.
# --ignore-scripts: vnu-jar's install script would download a Java runtime;
# the tests use the machine's Java (Debian default-jre-headless) instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v npm >/dev/null || { echo "install.sh: npm is missing; run scripts/setup.sh --test" >&2; exit 1; }
exec 9<package-lock.json
flock 9  # two test runs at once install once
want=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.installed-from-lock
if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
  echo "npm packages up to date"
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund
echo "$want" > "$stamp"
