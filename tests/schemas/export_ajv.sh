#!/usr/bin/env bash
# plan export --format json, for the bundled plan, the fictional example that
# uses every field of the force's plan, and the plans of the end-to-end cases,
# checked against schemas/export.schema.json with ajv. A file that breaks the
# schema must fail the check, so the check is shown to have teeth.
# Usage: tests/schemas/export_ajv.sh PLAN_BINARY
set -euo pipefail
plan_bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ -d "$src/node_modules/ajv" ]] || { echo "node_modules missing: run tests/browser/install.sh"; exit 1; }

exports=()
export_plan() {  # NAME FOLDER
  # A case plan with errors exports nothing (exit 1); only plans that export are checked.
  if (cd "$2" && "$plan_bin" export --format json --as-of 2025-06-30 > "$work/$1.json" 2> /dev/null); then
    exports+=("$work/$1.json")
  fi
}
export_plan bundled "$src"
export_plan northshire "$src/examples/northshire"
for dir in "$src"/tests/cases/*/; do
  [[ -f "$dir/plan/plan.yaml" ]] && export_plan "case-$(basename "$dir")" "$dir"
done
((${#exports[@]} >= 10)) || { echo "FAIL: only ${#exports[@]} plans exported"; exit 1; }
grep -q '"actions"' "$work/northshire.json" || { echo "FAIL: the example's export holds no actions"; exit 1; }

status=0
node "$here/check_export.mjs" "$src/schemas/export.schema.json" "${exports[@]}" || status=1

# Teeth: a RAG word the schema does not know, and a format_version of 1.
sed 's/"rag": "amber"/"rag": "purple"/' "$work/northshire.json" > "$work/bad-rag.json"
sed 's/"format_version": [0-9]*/"format_version": 1/' "$work/bundled.json" > "$work/bad-version.json"
for bad in bad-rag bad-version; do
  if cmp -s "$work/$bad.json" "$work/northshire.json" || cmp -s "$work/$bad.json" "$work/bundled.json"; then
    echo "FAIL: $bad: the edit did not apply"; status=1
  elif node "$here/check_export.mjs" "$src/schemas/export.schema.json" "$work/$bad.json" > /dev/null; then
    echo "FAIL: $bad.json passed the schema"; status=1
  else
    echo "ok   $bad.json fails the schema, as it must"
  fi
done
exit $status
