#!/usr/bin/env bash
# How long a clean build of the plan binary takes, for each source tree given
# (a checkout or `git worktree add` of the commits to compare), one after the
# other in one run, so the figures can be compared (docs/dev/benchmarks.md).
# ccache is off; -j2. Run it on a machine doing nothing else.
# Usage: bench/build_time.sh TREE...      (prints: TREE wall, user, system, steps)
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for tree in "$@"; do
  dir=$out/build
  rm -rf "$dir"
  cmake -S "$tree" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
    -DCMAKE_COMPILE_WARNING_AS_ERROR=ON > /dev/null
  CCACHE_DISABLE=1 /usr/bin/time -f "$tree: wall %e s, user %U s, system %S s" -o "$out/time" \
    cmake --build "$dir" -j2 --target plan > "$out/log" 2>&1 ||
    { echo "$tree: the build failed; see below" >&2; tail -20 "$out/log" >&2; exit 1; }
  echo "$(cat "$out/time"), $(grep -c '^\[' "$out/log") steps"
done
