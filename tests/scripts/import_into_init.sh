#!/usr/bin/env bash
# plan init then plan import: the import replaces init's example
# recommendation without --force and keeps init's other files byte for byte;
# a folder holding a real plan is still refused without --force; an import
# into an empty folder adds the files init writes (schemas, CI examples).
# Usage: import_into_init.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
page="$source_dir/tests/cases/import-key-value/kv.txt"

"$plan_bin" init "$work/repo" --as-of 2025-01-01 > /dev/null
sum_before=$(cd "$work/repo" && sha256sum .gitlab-ci.yml schemas/plan.schema.json)
"$plan_bin" import "$page" -o "$work/repo" > "$work/out" 2> "$work/err"
grep -q "Removed .*1.yaml (plan init's example)" "$work/out"
[[ -f "$work/repo/plan/recommendations/10.yaml" && ! -e "$work/repo/plan/recommendations/1.yaml" ]]
[[ "$(cd "$work/repo" && sha256sum .gitlab-ci.yml schemas/plan.schema.json)" == "$sum_before" ]]
"$plan_bin" -C "$work/repo" validate > /dev/null

# Now it holds an imported plan: a second import needs --force.
if "$plan_bin" import "$page" -o "$work/repo" > /dev/null 2>&1; then
  echo "FAIL: replaced a real plan without --force"; exit 1
fi

"$plan_bin" import "$page" -o "$work/fresh" > /dev/null 2>&1
for f in schemas/plan.schema.json schemas/recommendation.schema.json .github/workflows/plan.yml \
  .gitlab-ci.yml .pre-commit-config.yaml .vscode/settings.json; do
  [[ -f "$work/fresh/$f" ]] || { echo "FAIL: import did not add $f"; exit 1; }
done
# With -C into init's repo the example is left (an import into a plan
# changes only what the page gives), and the output says to delete it.
"$plan_bin" init "$work/repo2" --as-of 2025-01-01 > /dev/null
"$plan_bin" -C "$work/repo2" import "$page" > "$work/out2" 2> "$work/err2"
grep -q "Recommendation 1 is plan init's example, not the force's: delete .*1.yaml" "$work/out2" ||
  { echo "FAIL: -C into init's repo did not name the example"; cat "$work/out2"; exit 1; }
[[ -f "$work/repo2/plan/recommendations/10.yaml" ]]
echo "import into init's repo: ok"
