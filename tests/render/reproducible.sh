#!/usr/bin/env bash
# The same plan files and date give the same bytes: renders each format of
# the bundled, hostile and force-plan (response, actions, RAG) plans twice, from different folders, time zones
# and locales, to a file and to standard output, and with the date from
# --as-of and from SOURCE_DATE_EPOCH, and compares them all.
# Usage: tests/render/reproducible.sh PLAN_BINARY
set -uo pipefail
plan_bin=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
same() {
  if cmp -s "$2" "$3"; then passed=$((passed + 1)); echo "ok   $1";
  else failed=$((failed + 1)); echo "FAIL $1"; diff "$2" "$3" | head -10; fi
}
for name in bundled hostile force-plan; do
  plan="$src"
  [[ $name == hostile ]] && plan="$src/tests/render/hostile"
  as_of=2025-01-01 epoch=1735732800  # 2025-01-01 12:00 UTC
  # The force plan's updates run to April 2025.
  [[ $name == force-plan ]] && plan="$src/tests/cases/render-force-plan-md" &&
    as_of=2025-07-01 epoch=1751371200  # 2025-07-01 12:00 UTC
  for format in html md; do
    a="$work/$name-a.$format" b="$work/$name-b.$format" c="$work/$name-c.$format"
    mkdir -p "$work/one" "$work/two"
    (cd "$work/one" && TZ=UTC LC_ALL=C "$plan_bin" -C "$plan" render --format $format \
       --as-of $as_of -o "$a" >/dev/null)
    (cd "$work/two" && TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 "$plan_bin" -C "$plan" render \
       --format $format --as-of $as_of -o - > "$b")
    (cd "$work/two" && SOURCE_DATE_EPOCH=$epoch "$plan_bin" -C "$plan" render \
       --format $format -o - > "$c")
    same "$name $format: two runs, two folders, two time zones" "$a" "$b"
    same "$name $format: SOURCE_DATE_EPOCH gives the same date as --as-of" "$a" "$c"
    if [[ $format == html ]]; then  # the Atom feed written beside the page
      mkdir -p "$work/three"
      (cd "$work/three" && TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 "$plan_bin" -C "$plan" render \
         --as-of $as_of -o "$work/three/$(basename "$a")" >/dev/null)
      same "$name feed.xml: two runs, two folders, two time zones" "$work/feed.xml" "$work/three/feed.xml"
    fi
  done
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
