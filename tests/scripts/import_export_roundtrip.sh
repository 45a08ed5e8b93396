#!/usr/bin/env bash
# plan export --format csv, imported back with plan import, gives the same
# plan as far as the CSV carries it: exporting the imported plan gives the
# same CSV, byte for byte. Run on the bundled plan with two updates added
# (one with a percent), so status, category, percent, date and note travel too.
# Usage: import_export_roundtrip.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
cp -a "$source_dir/plan" "$work/plan" && cp -a "$source_dir/reports" "$work/reports"
cd "$work"
"$plan_bin" update 7 --status "In Progress" --percent 40 --date 2025-01-15 \
  --note "Crime recording system change requested." > /dev/null
"$plan_bin" update 23 --status "In Progress" --date 2025-02-03 \
  --note "Screening tool live in two districts." > /dev/null
"$plan_bin" export --format csv --as-of 2025-04-01 -o first.csv
organisation=$(sed -n 's/^organisation: //p' plan/plan.yaml)
mkdir back
(cd back && "$plan_bin" import ../first.csv --organisation "$organisation" > out 2> err) || {
  echo "FAIL: the export did not import back"; cat back/err; exit 1
}
grep -q '^Lines: .* 0 not understood' back/out || { echo "FAIL: lines not understood"; cat back/out; exit 1; }
(cd back && "$plan_bin" export --format csv --as-of 2025-04-01 -o ../second.csv)
if ! diff first.csv second.csv; then
  echo "FAIL: the imported plan exports differently (diff above)"; exit 1
fi
# The plan files themselves: each recommendation's id, deadline and text as in the original.
for f in plan/recommendations/*.yaml; do
  for key in id deadline; do
    a=$(grep "^$key:" "$f") b=$(grep "^$key:" "back/$f")
    [[ "$a" == "$b" ]] || { echo "FAIL: $f $key: '$a' became '$b'"; exit 1; }
  done
done
