#!/usr/bin/env bash
# Many plan update runs at once on one plan: each one either lands or is
# refused (exit 1, file untouched by it); none is lost; the file validates
# and holds every landed entry exactly once, after the original bytes.
# Usage: tests/scripts/update_concurrent.sh PLAN_BINARY
source "$(dirname "$0")/../lib/script.sh" "$@"
plan=$plan_bin
here=$(cd "$(dirname "$0")" && pwd)
trap 'wait; rm -rf "$work"' EXIT
cp -r "$here/../../plan" "$work/plan" && cp -r "$here/../../reports" "$work/reports"
cd "$work"
file=plan/recommendations/23.yaml
cp "$file" original.yaml

runs=24
for i in $(seq 1 $runs); do
  # Half on the recommendation, half on its evidence requirement.
  id=23; [[ $((i % 2)) -eq 0 ]] && id=23.1
  "$plan" update "$id" --status "In Progress" --date 2025-01-15 --note "run $i" \
    > "out.$i" 2> "err.$i" &
  echo $! > "pid.$i"
done
landed=0 refused=0
for i in $(seq 1 $runs); do
  rc=0; wait "$(cat "pid.$i")" || rc=$?
  if [[ $rc -eq 0 ]]; then
    landed=$((landed + 1))
    count=$(grep -c "note: run $i\$" "$file" || true)
    [[ $count -eq 1 ]] || { echo "run $i landed but its note appears $count times"; exit 1; }
  elif [[ $rc -eq 1 ]] && grep -q "another plan update" "err.$i"; then
    refused=$((refused + 1))
    ! grep -q "note: run $i\$" "$file" || { echo "run $i was refused but its note is there"; exit 1; }
  else
    echo "run $i: unexpected exit $rc"; cat "err.$i"; exit 1
  fi
done
entries=$(grep -c "note: run " "$file")
[[ $entries -eq $landed ]] || { echo "$landed runs landed but the file has $entries entries"; exit 1; }
# Nothing of the original was changed or lost: only lines were added.
removed=$(diff original.yaml "$file" | grep -c '^<' || true)
[[ $removed -eq 0 ]] || { echo "lines of the original changed"; diff original.yaml "$file"; exit 1; }
"$plan" validate > validate.out || { cat validate.out; exit 1; }
echo "$runs runs at once: $landed landed, $refused refused; the file validates"
