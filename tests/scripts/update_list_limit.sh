#!/usr/bin/env bash
# plan update on a list at the loader's limit of 10000 items (load/limits.h):
# the update that would be the 10001st is refused with a message naming the
# limit, and the file is unchanged; the 10000th is still recorded, and the
# plan then validates. For a recommendation's updates and an evidence
# requirement's.
# Usage: update_list_limit.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
set +e
mkdir -p "$work/plan/recommendations"
printf 'title: T\norganisation: O\npublished: 2024-09-27\n' > "$work/plan/plan.yaml"
fail=0

# make ID N: 7.yaml with N updates on ID (7, or its evidence requirement 7.1).
make() {
  local indent=""
  { printf 'id: 7\ndeadline: 2025-03-27\ntext: x\nevidence:\n  - id: "7.1"\n    text: y\n'
    if [[ $1 == 7.1 ]]; then printf '    updates:\n'; indent="    "; else printf 'updates:\n'; fi
    yes "$indent  - date: 2024-10-01
$indent    status: In Progress" | head -n $((2 * $2))
  } > "$work/plan/recommendations/7.yaml"
}

for id in 7 7.1; do
  make "$id" 10000
  before=$(sha256sum < "$work/plan/recommendations/7.yaml")
  err=$(cd "$work" && env -u PLAN_DIR TZ=UTC "$plan_bin" update "$id" --status "In Progress" \
    --date 2024-12-01 2>&1 > /dev/null)
  rc=$?
  if [[ $rc -ne 1 ]]; then echo "FAIL: update $id at the limit exited $rc, expected 1"; fail=1; fi
  if ! grep -q "already hold 10000 entries, the most one list in a plan file may hold (the limit)" <<< "$err"; then
    echo "FAIL: update $id at the limit did not name the limit:"; echo "$err"; fail=1
  fi
  if [[ $(sha256sum < "$work/plan/recommendations/7.yaml") != "$before" ]]; then
    echo "FAIL: update $id at the limit changed the file"; fail=1
  fi
  make "$id" 9999
  if ! (cd "$work" && env -u PLAN_DIR TZ=UTC "$plan_bin" update "$id" --status "In Progress" \
    --date 2024-12-01 > /dev/null); then
    echo "FAIL: update $id one under the limit was refused"; fail=1
  fi
  if ! (cd "$work" && "$plan_bin" validate --as-of 2025-01-01 > /dev/null); then
    echo "FAIL: the plan with 10000 updates does not validate"; fail=1
  fi
done

# Updates with notes reach the limit of 100000 values in a file first: named too.
{ printf 'id: 7\ndeadline: 2025-03-27\ntext: x\nupdates:\n'
  yes '  - date: 2024-10-01
    status: In Progress
    percent: 10
    by: Analyst
    note: x' | head -n $((5 * 9090))
} > "$work/plan/recommendations/7.yaml"
err=$(cd "$work" && env -u PLAN_DIR TZ=UTC "$plan_bin" update 7 --status "In Progress" \
  --percent 20 --by Analyst --note y --date 2024-12-01 2>&1 > /dev/null)
if ! grep -q "would be over a limit: the file holds more than 100000 values (the limit)" <<< "$err"; then
  echo "FAIL: an update past the values limit did not name the limit:"; echo "$err"; fail=1
fi
[[ $fail -eq 0 ]] && echo "the list limit is named, and nothing changes"
exit $fail
