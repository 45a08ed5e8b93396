#!/usr/bin/env bash
# Writes docs/reference/rules.md from `plan validate --list-rules`, the rule
# table's own words, with a link to each rule's example case. Run it after
# adding a rule: bash scripts/rules_doc.sh build/plan > docs/reference/rules.md
# (tests/scripts/man_and_help.sh fails while the page is out of date).
set -euo pipefail
export LC_ALL=C
plan_bin=$1
tests=$(cd "$(dirname "$0")/../tests" && pwd)

# The example, found where tests/unit/rule_table_test.cpp looks for it.
example() {
  local id=$1 dir e
  for dir in cases bad-input limits faults import; do
    for e in "$tests/$dir/$id" "$tests/$dir/$id"[-.]*; do
      [[ -e "$e" ]] && { echo "tests/$dir/$(basename "$e")"; return; }
    done
  done
  [[ -e "$tests/cases/rule-$id" ]] && { echo "tests/cases/rule-$id"; return; }
  grep -l "TEST_CASE(\"rule-$id:" "$tests"/unit/*.cpp | head -1 | sed "s|^$tests|tests|"
}
cat <<'HEAD'
# The rules `plan validate` checks

Written by `scripts/rules_doc.sh` from `plan validate --list-rules`; do not
edit by hand. Each rule's id is the one in brackets at the end of its
message; its example case (the plan that breaks it and the message it gets)
is `tests/cases/rule-<id>/`, or for the rules about raw bytes and limits
a file in `tests/bad-input/` or `tests/limits/` named after the rule. An error makes `plan validate` exit 1; a
warning does so only with `--strict`. `--rule ID` and `--skip-rule ID`
select rules by these ids.

| rule | severity | what it checks | checked in |
|---|---|---|---|
HEAD
"$plan_bin" validate --list-rules | while IFS=$'\t' read -r id severity what where; do
  printf '| [`%s`](../../%s) | %s | %s | `src/%s` |\n' \
    "$id" "$(example "$id")" "$severity" "${what//|/\\|}" "$where"
done
