#!/usr/bin/env bash
# The merge driver with real git: two branches each record an update on
# recommendation 23 and on its evidence requirement 23.1; git merge, git
# rebase and git cherry-pick all succeed and the plan validates with both
# updates. A real clash (both edit the same note) stops with markers; CRLF
# files stay CRLF; a file deleted on one side is git's own modify/delete
# conflict. Also: plan git-setup is idempotent and plan validate warns
# without it.
# Usage: merge_git.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
command -v git >/dev/null || exit 77
# The driver's command is "plan merge-file …": the plan under test must be the one on PATH.
mkdir "$work/bin" && ln -s "$plan_bin" "$work/bin/plan"
: > "$work/gitconfig"  # not /dev/null: a test elsewhere may have replaced it
export PATH="$work/bin:$PATH" GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Analyst GIT_AUTHOR_EMAIL=analyst@example.org
export GIT_COMMITTER_NAME=Analyst GIT_COMMITTER_EMAIL=analyst@example.org
unset PLAN_DIR
rec=plan/recommendations/23.yaml

# A repository holding the bundled plan, on branch main, set up as an analyst would.
git init -q -b main "$work/origin"
cd "$work/origin"
cp -a "$source_dir/plan" plan && cp -a "$source_dir/reports" reports
printf 'plan/recommendations/*.yaml merge=plan\n' > .gitattributes
git add -A && git commit -qm "The plan"
# An analyst's fresh clone: .gitattributes comes with it, the driver's config does not.
git clone -q "$work/origin" "$work/clone"
cd "$work/clone"
plan validate > "$work/v.out" 2>&1 || true
grep -q '^\.gitattributes:1:1: warning: .*plan git-setup.*\[merge-driver\]' "$work/v.out" ||
  fail "validate does not warn about the missing driver: $(cat "$work/v.out")"
plan git-setup > "$work/setup1.out" || fail "plan git-setup failed"
[[ $(git config merge.plan.driver) == "plan merge-file %O %A %B --path %P" ]] ||
  fail "git-setup did not set merge.plan.driver"
cp .git/config "$work/config1"
plan git-setup > "$work/setup2.out" || fail "plan git-setup failed the second time"
cmp -s .git/config "$work/config1" || fail "a second git-setup changed .git/config"
grep -q '^Nothing to change' "$work/setup2.out" || fail "second git-setup: $(cat "$work/setup2.out")"
[[ $(cat .gitattributes) == 'plan/recommendations/*.yaml merge=plan' ]] ||
  fail ".gitattributes changed: $(cat .gitattributes)"
plan validate > "$work/v.out" 2>&1 || true
grep -q 'merge-driver' "$work/v.out" && fail "validate still warns after git-setup"

record() {  # record BRANCH DATE WORD: updates to 23 and 23.1 on a new branch from main
  git checkout -q -b "$1" main
  plan update 23 --status "In Progress" --percent "$4" --date "$2" --note "Recorded on $1: $3." > /dev/null
  plan update 23.1 --status "In Progress" --date "$2" --note "Evidence on $1: $3." > /dev/null
  git commit -qam "Recommendation 23 on $1"
}
both_kept() {  # both_kept WHAT: both branches' updates are in 23.yaml, in date order, and it validates
  plan validate > "$work/v.out" 2>&1 || fail "$1: plan validate fails: $(cat "$work/v.out")"
  [[ $(grep -c '^      - date: ' $rec) == 2 ]] || fail "$1: 23.1 does not have both updates"
  [[ $(grep -c '^  - date: ' $rec) == 3 ]] || fail "$1: 23 does not have all three updates"
  [[ $(grep -o 'Recorded on [a-z0-9-]*' $rec | tr '\n' ' ') == "Recorded on $2 Recorded on $3 " ]] ||
    fail "$1: updates not in date order: $(grep -o 'Recorded on [a-z0-9-]*' $rec | tr '\n' ' ')"
  grep -q '<<<<<<<\|>>>>>>>' $rec && fail "$1: conflict markers left"
  git diff --quiet HEAD || fail "$1: work tree differs from the commit"
}

record north 2025-01-10 "screening live" 30
record south 2025-01-14 "training done" 40
git checkout -q -b merged north
git merge -q --no-edit south > "$work/git.out" 2>&1 || fail "git merge: $(cat "$work/git.out")"
both_kept "git merge" north south

git checkout -q -b south-rebased south
git rebase -q north > "$work/git.out" 2>&1 || fail "git rebase: $(cat "$work/git.out")"
both_kept "git rebase" north south
# Rebased the other way, ours (north, the commit replayed) is still ordered by date.
git checkout -q -b north-rebased north
git rebase -q south > "$work/git.out" 2>&1 || fail "git rebase (other way): $(cat "$work/git.out")"
both_kept "git rebase (other way)" north south

git checkout -q -b picked north
git cherry-pick south > "$work/git.out" 2>&1 || fail "git cherry-pick: $(cat "$work/git.out")"
both_kept "git cherry-pick" north south

# Same date on both sides: ours first.
record west 2025-01-10 "same day" 35
git checkout -q -b same-date north
git merge -q --no-edit west > "$work/git.out" 2>&1 || fail "same-date merge: $(cat "$work/git.out")"
both_kept "same-date merge" north west

# A real clash: both edit the same note. git stops, with markers in the file.
for side in left right; do
  git checkout -q -b "$side" main
  sed -i "s/We will build upon these processes/On the $side we will build upon these processes/" $rec
  git commit -qam "Edit the note on $side"
done
git checkout -q left
if git merge -q --no-edit right > "$work/git.out" 2>&1; then fail "a clash merged cleanly"; fi
grep -q '^<<<<<<< ours' $rec && grep -q '^>>>>>>> theirs' $rec || fail "no conflict markers in $rec"
git ls-files -u -- $rec | grep -q . || fail "git does not list $rec as unmerged"
grep -q "1 conflict (line" "$work/git.out" || fail "the driver did not say where: $(cat "$work/git.out")"
git merge --abort

# CRLF files: both updates kept and every line still ends CRLF.
git checkout -q -b crlf main
sed -i 's/$/\r/' plan/recommendations/*.yaml
git commit -qam "Windows line endings"
git checkout -q -b crlf-one crlf
plan update 23 --status "In Progress" --percent 30 --date 2025-01-10 --note "Recorded on crlf-one: a." > /dev/null
plan update 23.1 --status "In Progress" --date 2025-01-10 --note "Evidence one." > /dev/null
git commit -qam "one"
git checkout -q -b crlf-two crlf
plan update 23 --status "In Progress" --percent 40 --date 2025-01-14 --note "Recorded on crlf-two: b." > /dev/null
plan update 23.1 --status "In Progress" --date 2025-01-14 --note "Evidence two." > /dev/null
git commit -qam "two"
git merge -q --no-edit crlf-one > "$work/git.out" 2>&1 || fail "CRLF merge: $(cat "$work/git.out")"
both_kept "CRLF merge" crlf-one crlf-two
[[ $(grep -c $'\r$' $rec) == $(wc -l < $rec) ]] || fail "CRLF merge left lines without CR"

# Deleted on one side, updated on the other: git's own modify/delete conflict.
git checkout -q -b removed main
git rm -q $rec && git commit -qm "Remove 23"
git checkout -q north
if git merge -q --no-edit removed > "$work/git.out" 2>&1; then fail "modify/delete merged cleanly"; fi
grep -q 'CONFLICT (modify/delete)' "$work/git.out" || fail "no modify/delete conflict: $(cat "$work/git.out")"
[[ -f $rec ]] || fail "the updated file was lost"
git merge --abort

echo "merge driver: git merge, rebase, cherry-pick, clash, CRLF and delete checked"
finish
