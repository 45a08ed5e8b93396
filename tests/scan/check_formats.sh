#!/usr/bin/env bash
# plan validate --format sarif and --format codequality on real plans: the
# bundled plan (warnings only), a plan with errors and warnings in several
# files, and a clean one. Each output must pass the SARIF 2.1.0 schema (or
# GitLab's Code Quality shape) and hold one result per diagnostic that the
# JSON format reports; the exit code is the same as for the text format.
# Usage: tests/scan/check_formats.sh PLAN_BINARY
set -euo pipefail
plan_bin=$1
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -d "$src/node_modules/ajv" ]] || { echo "node_modules missing: run tests/browser/install.sh"; exit 1; }

"$plan_bin" init "$work/clean" > /dev/null
# The bundled plan broken in three files: a percent out of range, an unknown
# status, and a file name with a space (so its URI must be percent-encoded).
mkdir -p "$work/broken"
cp -a "$src/plan" "$work/broken/plan"
sed -i 's/percent: 25/percent: 125/' "$work/broken/plan/recommendations/28.yaml"
sed -i 's/status: In Progress/status: Underway/' "$work/broken/plan/recommendations/23.yaml"
cp "$work/broken/plan/recommendations/7.yaml" "$work/broken/plan/recommendations/my copy.yaml"

status=0
for dir in "$src" "$work/broken" "$work/clean"; do
  name=$(basename "$dir")
  set +e
  cd "$dir"  # as CI runs it: from the repository root, so paths are relative
  "$plan_bin" validate --format json > "$work/$name.json"
  want_rc=$?
  "$plan_bin" validate --format sarif > "$work/$name.sarif"
  sarif_rc=$?
  "$plan_bin" validate --format codequality > "$work/$name.codequality.json"
  cq_rc=$?
  set -e
  count=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).diagnostics.length)' "$work/$name.json")
  echo "$name: $count diagnostics, exit $want_rc"
  [[ $sarif_rc == "$want_rc" && $cq_rc == "$want_rc" ]] ||
    { echo "FAIL $name: exit codes sarif $sarif_rc, codequality $cq_rc, json $want_rc"; status=1; }
  node "$here/check_formats.mjs" sarif "$work/$name.sarif" "$count" || status=1
  node "$here/check_formats.mjs" codequality "$work/$name.codequality.json" "$count" || status=1
done
grep -q '"level": "error"' "$work/broken.sarif" || { echo "FAIL: no error-level result for the broken plan"; status=1; }
grep -q '"uri": "plan/recommendations/my%20copy.yaml"' "$work/broken.sarif" ||
  { echo "FAIL: the file name with a space is not percent-encoded in the SARIF"; status=1; }
# The checks must be able to fail: a log that breaks the schema is caught.
sed 's/"version": "2.1.0"/"version": "2.0"/; s/"level": "error"/"level": "fatal"/' "$work/broken.sarif" > "$work/bad.sarif"
if node "$here/check_formats.mjs" sarif "$work/bad.sarif" > "$work/bad.log"; then
  echo "FAIL: a SARIF log with version 2.0 and level 'fatal' passed the schema check"; status=1
else
  echo "ok   a log that breaks the SARIF schema fails the check"
fi
exit $status
