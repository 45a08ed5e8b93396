#!/usr/bin/env bash
# The main job on the bundled plan: install what is missing, build,
# validate plan/, then write the public page site/index.html (and its
# Markdown twin site/action-plan.md) for the release to publish.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh -- plan   # only the binary: no tests, no benches
./build/plan validate
./build/plan render --format html
./build/plan render --format md
