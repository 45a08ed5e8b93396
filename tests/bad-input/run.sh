#!/usr/bin/env bash
# Runs one bad-input case: tests/bad-input/run.sh PLAN_BINARY CASE.yaml
#
# The bad-input suite: each CASE.yaml is placed as recommendations/7.yaml in a
# minimal plan (plan.yaml below) and `plan validate --as-of 2025-01-01` runs on
# it; its standard output, then "[exit N]", must equal CASE.expected, standard
# error must be empty, and it must finish within 10 seconds. To add a case,
# write NAME.yaml (use `id: 7`), run with UPDATE_EXPECTED=1 to write
# NAME.expected, and read the message as its reader would before committing.
set -uo pipefail
plan_bin=$1
case_file=$2
expected=${case_file%.yaml}.expected
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/plan/recommendations"
printf 'title: Test Plan\norganisation: Test Force\npublished: 2024-09-27\n' > "$work/plan/plan.yaml"
cp "$case_file" "$work/plan/recommendations/7.yaml"

(cd "$work" && env -u PLAN_DIR TZ=UTC timeout 10 "$plan_bin" validate --as-of 2025-01-01 \
   > "$work/out" 2> "$work/err" < /dev/null)
rc=$?
echo "[exit $rc]" >> "$work/out"

if [[ -n "${UPDATE_EXPECTED:-}" ]]; then cp "$work/out" "$expected"; fi
fail=0
if [[ ! -f "$expected" ]]; then
  echo "no $expected; run with UPDATE_EXPECTED=1 to write it"; fail=1
elif ! diff -u --text "$expected" "$work/out"; then
  echo "(output differs from $(basename "$expected"))"; fail=1
fi
if [[ $rc -eq 124 ]]; then echo "timed out after 10 seconds"; fail=1; fi
if [[ -s "$work/err" ]]; then echo "unexpected standard error:"; cat "$work/err"; fail=1; fi
exit $fail
