#!/usr/bin/env bash
# The main job on the bundled plan: install what is missing, build, then
# validate plan/ (the release script would then publish the page).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
./build/plan validate
