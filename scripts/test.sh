#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
bash scripts/build.sh -DBUILD_TESTING=ON
bash tests/browser/install.sh   # npm ci for the browser tests, when node_modules is missing or stale
ctest --test-dir build --output-on-failure -j2 "$@"
