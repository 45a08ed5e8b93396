#!/usr/bin/env bash
# plan diff on a real git repository: an update recorded and committed shows
# in `plan diff HEAD~1` (text, Markdown, JSON) with the status change; an
# internal update is marked; an uncommitted edit shows against HEAD; a new
# recommendation file not yet added shows as added; a bad revision exits 2.
# Usage: diff_git.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
plan=$plan_bin
command -v git >/dev/null || exit 77
isolate_git
git init -q -b main "$work/repo"
cd "$work/repo"
cp -a "$source_dir/plan" plan && cp -a "$source_dir/reports" reports
git add -A
git commit -qm "The plan"
"$plan" update 23 --status "In Progress" --percent 40 --date 2025-01-15 \
  --note $'Screening tool live in two districts.\nSecond line.' > /dev/null
git commit -qam "Recommendation 23: In Progress 40%"

"$plan" diff HEAD~1 > text.out
cat > text.expected <<'X'
Changes to the plan from HEAD~1 to the working tree: 1 recommendation changed

Recommendation 23 (plan/recommendations/23.yaml)
  status: In Progress → In Progress 40%
  update added: 2025-01-15 In Progress 40%: Screening tool live in two districts.
X
diff -u text.expected text.out || fail "text output"
"$plan" diff HEAD~1 HEAD --format md > md.out
grep -qF '**Recommendation 23**' md.out || fail "md: no heading"
grep -qF -- '- status: In Progress → In Progress 40%' md.out || fail "md: no status change"
grep -qF 'update added: **2025\-01-15** In Progress 40%: Screening tool live in two districts.' md.out ||
  fail "md: no update: $(cat md.out)"
"$plan" diff HEAD~1 HEAD --format json > json.out
/usr/bin/python3 - json.out <<'X' || fail "json"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format_version"] == 1 and d["before"] == "HEAD~1" and d["after"] == "HEAD", d
[r] = d["recommendations"]
assert r["id"] == 23 and r["change"] == "changed", r
assert r["status"] == {"before": "In Progress", "after": "In Progress 40%"}, r["status"]
[u] = r["updates_added"]
assert (u["date"], u["status"], u["percent"], u["note_first_line"], u["internal"]) == \
    ("2025-01-15", "In Progress", 40, "Screening tool live in two districts.", False), u
X
# The pull-request job plan init's GitHub workflow has: its summary step, run here.
"$plan" init "$work/scaffold" > /dev/null
/usr/bin/python3 - "$work/scaffold/.github/workflows/plan.yml" > summary_step.sh <<'X'
import sys, yaml
jobs = yaml.safe_load(open(sys.argv[1]))["jobs"]
[step] = [s for s in jobs["changes"]["steps"] if s.get("name") == "Summarise the changes"]
print(step["run"])
X
git update-ref refs/remotes/origin/main HEAD~1
mkdir -p "$work/bin" && ln -sf "$plan" "$work/bin/plan"
: > summary.md
(PATH="$work/bin:$PATH" BASE_REF=main GITHUB_WORKSPACE="$PWD" GITHUB_STEP_SUMMARY="$PWD/summary.md" \
  bash -e summary_step.sh) || fail "the workflow's summary step failed"
grep -qF -- '- status: In Progress → In Progress 40%' summary.md || fail "job summary: $(cat summary.md)"
"$plan" diff > none.out
grep -qx 'No changes to the plan from HEAD to the working tree.' none.out || fail "no changes: $(cat none.out)"

# Uncommitted: an internal update, a deadline moved, a word changed, a new file.
cat >> plan/recommendations/23.yaml <<'X'
  - date: 2025-01-20
    status: In Progress
    percent: 45
    note: Staffing discussed.
    internal: true
X
sed -i 's/^deadline: 2025-03-27/deadline: 2025-06-30/; s/implement a mechanism for early/implement a tool for early/' plan/recommendations/23.yaml
"$plan" new 29 --deadline 2025-06-30 --text "review the stalking screening tool." > /dev/null
"$plan" diff > wt.out
grep -qF '  update added: 2025-01-20 In Progress 45%: Staffing discussed. (internal: not published)' wt.out ||
  fail "internal update not marked: $(cat wt.out)"
grep -qF '  deadline: 2025-03-27 → 2025-06-30' wt.out || fail "deadline change"
grep -qF '  text: implement a [-mechanism-] {+tool+} for early' wt.out || fail "word diff: $(cat wt.out)"
grep -qF 'Recommendation 29 added (plan/recommendations/29.yaml)' wt.out || fail "new recommendation"
grep -qF '  status: In Progress 40% → In Progress 45%' wt.out || fail "status change"

set +e
"$plan" diff no-such-rev > bad.out 2> bad.err
rc=$?
set -e
[[ $rc == 2 ]] || fail "bad revision exits $rc"
grep -q "'no-such-rev' is not a revision" bad.err || fail "bad revision message: $(cat bad.err)"
echo "plan diff: text, Markdown, JSON, working tree and bad revision checked"
finish
