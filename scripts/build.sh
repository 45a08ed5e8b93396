#!/usr/bin/env bash
# Configures and builds plan into build/ (Ninja, C++20). Used by main.sh,
# test.sh and bench/run.sh. Usage: scripts/build.sh [CMAKE OPTION...] [-- TARGET...]
#   scripts/build.sh -- plan                        # only the plan binary (main.sh)
#   scripts/build.sh -DBUILD_TESTING=ON             # plan and the tests (test.sh)
# A plain configure leaves tests and benches out; options given here are kept
# in build/CMakeCache.txt for later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
options=() targets=()
while [[ $# -gt 0 ]]; do
  if [[ $1 == -- ]]; then shift; targets=("$@"); break; fi
  options+=("$1"); shift
done
# A compiler cache, when the machine has one, makes a rebuild in a fresh clone
# quick (scripts/compiler-cache.sh); without it the build is the same, only slower.
source scripts/compiler-cache.sh
if [[ ! -f build/build.ninja || ${#options[@]} -gt 0 ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${cache_options[@]}" \
    "${options[@]}" >/dev/null
fi
if [[ ${#targets[@]} -gt 0 ]]; then
  cmake --build build --target "${targets[@]}"
else
  cmake --build build
fi
