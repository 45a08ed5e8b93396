#!/usr/bin/env bash
# plan update --commit does not hold the plan's lock while the user's git
# hooks run: with a pre-commit hook that waits, another plan update on the
# plan lands at once (before, it waited for the lock until the hook ended);
# one with --commit meanwhile writes its file and, git being busy, says
# plainly that it is written, not committed, and the command that commits it,
# which then works. A failing commit-msg hook leaves the update written, and
# the commit command it prints commits it once the hook allows. A commit that
# fails although the file is committed as written says so and exits 0.
# Usage: tests/scripts/update_commit_hooks.sh PLAN_BINARY
source "$(dirname "$0")/../lib/script.sh" "$@"
plan=$plan_bin
here=$(cd "$(dirname "$0")" && pwd)
trap 'touch "$work/release"; wait; rm -rf "$work"' EXIT
export HOME=$work GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=Analyst GIT_AUTHOR_EMAIL=analyst@example.org
export GIT_COMMITTER_NAME=Analyst GIT_COMMITTER_EMAIL=analyst@example.org
cd "$work"
git init -q repo
cp -r "$here/../../plan" repo/plan && cp -r "$here/../../reports" repo/reports
cd repo
git add -A && git commit -qm "The plan"
fail() { echo "FAIL: $*"; exit 1; }

# A pre-commit hook that says it has started, then waits (up to 20 s) to be released.
cat > .git/hooks/pre-commit <<HOOK
#!/bin/sh
touch "$work/hook-started"
i=0
while [ ! -e "$work/release" ] && [ \$i -lt 200 ]; do sleep 0.1; i=\$((i + 1)); done
exit 0
HOOK
chmod +x .git/hooks/pre-commit

"$plan" update 23 --status "In Progress" --percent 40 --date 2025-01-15 \
  --note "Screening tool live in two districts." --commit > a.out 2> a.err &
a=$!
for _ in $(seq 1 100); do [[ -e "$work/hook-started" ]] && break; sleep 0.1; done
[[ -e "$work/hook-started" ]] || fail "the pre-commit hook never started"

# While the hook runs: an update of another recommendation lands at once.
start=$(date +%s%N)
rc=0
timeout 8 "$plan" update 10 --status "In Progress" --date 2025-01-16 --note "Meanwhile." \
  > b.out 2> b.err || rc=$?
took_ms=$((($(date +%s%N) - start) / 1000000))
[[ $rc -eq 0 ]] || { cat b.err; fail "an update while the hook ran exited $rc after ${took_ms} ms"; }
((took_ms < 5000)) || fail "the update waited ${took_ms} ms for the lock"
grep -q "note: Meanwhile." plan/recommendations/10.yaml || fail "the second update is not in 10.yaml"

# One with --commit while git is busy: written, not committed, told how.
rc=0
timeout 8 "$plan" update 12 --status "In Progress" --date 2025-01-16 --note "Also meanwhile." \
  --commit > c.out 2> c.err || rc=$?
[[ $rc -eq 1 ]] || { cat c.err; fail "a commit while git is busy should exit 1, got $rc"; }
grep -q "plan/recommendations/12.yaml is written but not committed" c.err ||
  { cat c.err; fail "the message does not say the file is written and not committed"; }
grep -q "note: Also meanwhile." plan/recommendations/12.yaml || fail "12.yaml lacks its update"
hint=$(grep -A1 "commit it yourself" c.err | tail -1 | sed 's/^  //')
[[ $hint == "git commit -m 'Recommendation 12: In Progress (2025-01-16)' -- 'plan/recommendations/12.yaml'" ]] ||
  fail "the commit command is: $hint"

touch "$work/release"
rc=0; wait $a || rc=$?
[[ $rc -eq 0 ]] || { cat a.err; fail "the update whose hook ran exited $rc"; }
[[ $(git log -1 --format=%s) == "Recommendation 23: In Progress 40% (2025-01-15)" ]] ||
  fail "last commit: $(git log -1 --format=%s)"
[[ $(git show --name-only --format= HEAD) == "plan/recommendations/23.yaml" ]] ||
  fail "the commit holds other files: $(git show --name-only --format= HEAD)"
git diff --quiet HEAD -- plan/recommendations/10.yaml && fail "10.yaml was committed with 23"

# The printed command commits 12.yaml by hand.
eval "$hint" > /dev/null
[[ $(git log -1 --format=%s) == "Recommendation 12: In Progress (2025-01-16)" ]] ||
  fail "the printed command did not commit: $(git log -1 --format=%s)"
git diff --quiet HEAD -- plan/recommendations/12.yaml || fail "12.yaml is not committed as written"

# A commit-msg hook that refuses: the update stays written, exit 1, the reason shown.
rm .git/hooks/pre-commit
printf '#!/bin/sh\necho "commit-msg: needs a ticket number" >&2\nexit 1\n' > .git/hooks/commit-msg
chmod +x .git/hooks/commit-msg
head=$(git rev-parse HEAD)
rc=0
"$plan" update 23 --status "In Progress" --percent 50 --date 2025-01-20 --commit \
  > d.out 2> d.err || rc=$?
[[ $rc -eq 1 ]] || fail "a refused commit should exit 1, got $rc"
grep -q "commit-msg: needs a ticket number" d.err || fail "the hook's reason is not shown"
grep -q "is written but not committed" d.err || fail "the message does not say it is written"
grep -q "percent: 50" plan/recommendations/23.yaml || fail "the update was not kept"
[[ $(git rev-parse HEAD) == "$head" ]] || fail "a commit was made"
# The lock is free again: the next update runs.
"$plan" update 28 --status "In Progress" --date 2025-01-20 --note "Next." > /dev/null ||
  fail "the lock was kept after the failed commit"
rm .git/hooks/commit-msg
eval "$(grep -A1 "commit it yourself" d.err | tail -1 | sed 's/^  //')" > /dev/null
[[ $(git log -1 --format=%s) == "Recommendation 23: In Progress 50% (2025-01-20)" ]] ||
  fail "the printed command did not commit 23"
# A commit that fails after the file was committed all the same (as when
# another run's commit picked it up): said so, exit 0. A git on PATH that
# commits, then reports failure, stands in for that race.
mkdir -p "$work/bin"
real_git=$(command -v git)
cat > "$work/bin/git" <<WRAP
#!/bin/sh
for a in "\$@"; do [ "\$a" = commit ] && { "$real_git" "\$@" > /dev/null; exit 1; }; done
exec "$real_git" "\$@"
WRAP
chmod +x "$work/bin/git"
rc=0
PATH="$work/bin:$PATH" "$plan" update 23 --status "In Progress" --percent 60 --date 2025-01-21 \
  --commit > e.out 2> e.err || rc=$?
[[ $rc -eq 0 ]] || { cat e.err; fail "a file committed all the same should exit 0, got $rc"; }
grep -q "is already committed as written" e.err || { cat e.err; fail "not said it is committed"; }
[[ $(git log -1 --format=%s) == "Recommendation 23: In Progress 60% (2025-01-21)" ]] ||
  fail "the commit is not there"
echo "--commit: the lock is free while hooks run; a failed commit says how to finish it"
