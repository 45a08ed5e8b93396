#!/usr/bin/env bash
# Makes two other forces' plans the way a force would: 'plan init --report'
# and then 'plan update' for each piece of progress, with their own status
# words. Essex does not answer recommendation 27, has an internal update and
# one after 2025-05-01; Kent has not updated since September 2024, so it is
# stale at 2025-05-01. The national view tests aggregate these with the
# bundled plan (tests/scripts/aggregate_national.sh, tests/browser/render_pages.sh).
# Usage: tests/aggregate/make_forces.sh PLAN_BINARY OUT_DIR   (writes OUT_DIR/essex, OUT_DIR/kent)
set -euo pipefail
plan_bin=$1 out=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
report=$src/reports/police-response-to-stalking.yaml
mkdir -p "$out"

# new_force DIR ORGANISATION STATUSES...: a plan made by init, named and with its own words,
# each saying what it means (the first not started, the last complete, the others in progress).
new_force() {
  local dir=$1 org=$2
  shift 2
  "$plan_bin" init "$dir" --report "$report" --addressee "Chief constables" > /dev/null
  local words="" i=0 means
  for word in "$@"; do
    i=$((i + 1))
    means=in-progress
    [[ $i == 1 ]] && means=not-started
    [[ $i == $# ]] && means=complete
    words+="{name: $word, means: $means}, "
  done
  sed -i "s/^organisation: .*/organisation: $org/; s/^statuses: .*/statuses: [${words%, }]/" \
    "$dir/plan/plan.yaml"
}
# update DIR ID DATE STATUS [PERCENT]
update() {
  local args=(-C "$1" update "$2" --date "$3" --status "$4" --note "Progress as reported on $3.")
  [[ -n "${5:-}" ]] && args+=(--percent "$5")
  "$plan_bin" "${args[@]}" > /dev/null
}
# complete DIR ID DATE STATUS: each evidence requirement first, as the evidence gate asks.
complete() {
  local evidence
  for evidence in $(sed -n 's/^  - id: "\([0-9]*\.[0-9]*\)"$/\1/p' "$1/plan/recommendations/$2.yaml"); do
    update "$1" "$evidence" "$3" "$4"
  done
  update "$1" "$2" "$3" "$4"
}

essex=$out/essex
new_force "$essex" "Essex Police" "Not yet begun" "Under way" "Done"
echo "url: https://www.essex.police.uk/stalking-action-plan" >> "$essex/plan/plan.yaml"
rm "$essex/plan/recommendations/27.yaml"
update "$essex" 7 2025-01-10 "Under way" 30
complete "$essex" 7 2025-04-01 Done
update "$essex" 10 2025-02-01 "Under way" 50
complete "$essex" 11 2025-03-01 Done
update "$essex" 13 2025-04-20 "Not yet begun"
update "$essex" 14 2025-03-01 "Under way" 60
complete "$essex" 14 2025-06-01 Done
complete "$essex" 16 2025-03-15 Done
# An internal note, written by hand: it is not on the public page nor in the national view.
cat >> "$essex/plan/recommendations/16.yaml" << 'YAML'
  - date: 2025-04-28
    status: Under way
    internal: true
    note: Progress as reported on 2025-04-28.
YAML
for id in 17 18 20 23 25; do complete "$essex" $id 2025-04-25 Done; done
update "$essex" 22 2025-04-25 "Under way" 20

kent=$out/kent
new_force "$kent" "Kent Police" Planned Active Delivered
complete "$kent" 7 2024-09-30 Delivered
update "$kent" 10 2024-09-30 Active 10
update "$kent" 27 2024-09-30 Planned
