#!/usr/bin/env bash
# The test suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (CMake preset "asan", build folder build-asan). Browser tests are left out:
# they test the page, not memory safety, and the page is the same.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
source scripts/compiler-cache.sh
cmake --preset asan "${cache_options[@]}" >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
