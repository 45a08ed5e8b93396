#!/usr/bin/env bash
# plan update in a git repository holding a copy of the bundled plan: the
# diff has added lines only for every recommendation, the plan still
# validates, and --commit commits just that file with the user's git (hooks run).
# Usage: tests/scripts/update_git.sh PLAN_BINARY
source "$(dirname "$0")/../lib/script.sh" "$@"
plan=$plan_bin
here=$(cd "$(dirname "$0")" && pwd)
export HOME=$work GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=Analyst GIT_AUTHOR_EMAIL=analyst@example.org
export GIT_COMMITTER_NAME=Analyst GIT_COMMITTER_EMAIL=analyst@example.org
cd "$work"
git init -q repo
cp -r "$here/../../plan" repo/plan && cp -r "$here/../../reports" repo/reports
cd repo
git add -A && git commit -qm "The plan"
fail() { echo "$*"; exit 1; }

# The issue's example, then one update on every recommendation: only added lines.
"$plan" update 23 --status "In Progress" --percent 40 --date 2025-01-15 \
  --note "Screening tool live in two districts." > /dev/null
for f in plan/recommendations/*.yaml; do
  id=$(basename "$f" .yaml)
  "$plan" update "$id" --status "In Progress" --date 2025-01-16 --note "Checked: on track." \
    > /dev/null || fail "update $id failed"
  for ev in $(sed -n 's/^  - id: "\([0-9.]*\)"$/\1/p' "$f"); do
    "$plan" update "$ev" --status "In Progress" --percent 10 --date 2025-01-16 \
      --note $'Evidence gathered:\n- first item' > /dev/null || fail "update $ev failed"
  done
done
deleted=$(git diff --numstat | awk '{d += $2} END {print d + 0}')
added=$(git diff --numstat | awk '{a += $1} END {print a + 0}')
[[ $deleted -eq 0 ]] || { git diff; fail "git diff shows $deleted removed lines"; }
"$plan" validate > validate.out || { cat validate.out; fail "plan does not validate"; }
evidence=$(grep -c '^  - id: "' plan/recommendations/*.yaml | awk -F: '{n += $2} END {print n}')
echo "updates on $(ls plan/recommendations | wc -l) recommendations and $evidence evidence requirements:" \
  "$added lines added, 0 removed; validates"
git checkout -q -- .

# --commit: just that file, subject and note as the message; other staged work stays staged.
echo "draft" > notes.txt && git add notes.txt
"$plan" update 23 --status "In Progress" --percent 40 --date 2025-01-15 \
  --note "Screening tool live in two districts." --commit > commit.out
[[ $(git log -1 --format=%s) == "Recommendation 23: In Progress 40% (2025-01-15)" ]] ||
  fail "subject: $(git log -1 --format=%s)"
[[ $(git log -1 --format=%b) == "Screening tool live in two districts." ]] || fail "body"
[[ $(git show --name-only --format= HEAD) == "plan/recommendations/23.yaml" ]] || fail "files"
[[ $(git diff --cached --name-only) == "notes.txt" ]] || fail "notes.txt is no longer staged"
git diff --quiet HEAD -- plan || fail "the plan has uncommitted changes"

# A hook that refuses: the update stays written, exit 1, git's reason shown.
printf '#!/bin/sh\necho "hook: no commits today" >&2\nexit 1\n' > .git/hooks/pre-commit
chmod +x .git/hooks/pre-commit
rc=0
"$plan" update 23 --status "In Progress" --percent 50 --date 2025-01-20 --commit \
  > hook.out 2> hook.err || rc=$?
[[ $rc -eq 1 ]] || fail "a refused commit should exit 1, got $rc"
grep -q "hook: no commits today" hook.err || fail "git's reason is not shown"
grep -q "written but not committed" hook.err || fail "the message does not say the file is written"
grep -q "percent: 50" plan/recommendations/23.yaml || fail "the update was not kept"
echo "--commit commits one file with the user's git; a refusing hook leaves the update written"
