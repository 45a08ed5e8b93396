#!/usr/bin/env bash
# plan import on a page with more recommendations than a plan can hold
# (the limit is 5,000): refused with a clear message [import-too-many], exit
# 1, nothing written. The page is made here so the repository stays small.
set -uo pipefail
plan_bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((i = 1; i <= 5001; i++)); do
  printf 'Recommendation %d\nBy 27 March 2025, act on finding %d.\n' "$i" "$i"
done > "$work/page.txt"
(cd "$work" && "$plan_bin" import page.txt -o out --published 2024-09-27 > out.txt 2> err.txt)
rc=$?
fail=0
[[ $rc -eq 1 ]] || { echo "exit code: expected 1, got $rc"; fail=1; }
grep -q "page.txt: error: found 5001 recommendations, more than the 5000 a plan can hold.*\[import-too-many\]" \
  "$work/err.txt" || { echo "no import-too-many message"; fail=1; }
[[ ! -e "$work/out" ]] || { echo "something was written"; fail=1; }
[[ $fail -eq 0 ]] || { echo "stderr was:"; cat "$work/err.txt"; }
exit $fail
