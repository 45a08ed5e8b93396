#!/usr/bin/env bash
# plan and git under hostile conditions (issue 21, items 3, 11, 14, 15, 17):
# git-setup never writes .gitattributes back shorter than it was (a 1.45 MB
# file was cut at 1,114,152 bytes), refuses one too large to read whole, and
# writes a line git really applies for a plan folder whose name holds a space,
# a quote or a glob character (checked with git check-attr); validate warns
# when .gitattributes names the driver with a line git does not apply; plan
# diff refuses a committed file name holding a line break instead of printing
# "No changes"; git missing from PATH and "dubious ownership" are reported in
# git's words with what to do; the feed's links percent-encode a space.
# Usage: git_hardening.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
set -uo pipefail
plan=$(realpath "$1") source_dir=$(realpath "$2")
command -v git > /dev/null || exit 77
git_bin=$(command -v git)
work=$(mktemp -d)
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
: > "$work/gitconfig"
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Analyst GIT_AUTHOR_EMAIL=analyst@example.org
export GIT_COMMITTER_NAME=Analyst GIT_COMMITTER_EMAIL=analyst@example.org
unset PLAN_DIR
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
small_plan() {  # small_plan DIR: a valid plan with plan.yaml directly in DIR
  mkdir -p "$1/recommendations"
  printf 'title: Test Plan\norganisation: Test Force\npublished: 2024-09-27\n' > "$1/plan.yaml"
  printf 'id: 7\ndeadline: 2025-03-27\ntext: Forces should act.\n' > "$1/recommendations/7.yaml"
}

# 3. A 1.45 MB .gitattributes comes back whole, with the line added at its end.
git init -q -b main "$work/big" && small_plan "$work/big/plan"
/usr/bin/python3 -c '
import sys
with open(sys.argv[1], "w") as f:
    i = 0
    while f.tell() < 1450000:
        f.write("docs/generated/file-%07d.bin binary\n" % i); i += 1
' "$work/big/.gitattributes"
cp "$work/big/.gitattributes" "$work/big.orig"
(cd "$work/big" && "$plan" git-setup > "$work/out" 2>&1) || fail "git-setup on a 1.45 MB .gitattributes: $(cat "$work/out")"
size=$(stat -c %s "$work/big.orig")
cmp -s -n "$size" "$work/big.orig" "$work/big/.gitattributes" || fail ".gitattributes lost bytes"
[[ $(tail -n 1 "$work/big/.gitattributes") == 'plan/recommendations/*.yaml merge=plan' ]] ||
  fail "the line was not added at the end: $(tail -c 100 "$work/big/.gitattributes")"
# Too large to read whole (over 16 MiB): refused, the file untouched.
head -c 17000000 /dev/zero | tr '\0' 'a' > "$work/big/.gitattributes"
cp "$work/big/.gitattributes" "$work/big.orig"
(cd "$work/big" && git config --unset merge.plan.driver; "$plan" git-setup > "$work/out" 2>&1)
rc=$?
[[ $rc -eq 2 ]] || fail "git-setup on a 17 MB .gitattributes: exit $rc"
grep -q "the most plan reads whole before changing a file; nothing was written" "$work/out" ||
  fail "no refusal for a 17 MB .gitattributes: $(cat "$work/out")"
cmp -s "$work/big.orig" "$work/big/.gitattributes" || fail "a refused .gitattributes changed"

# 14. Plan folders whose names gitattributes would misread.
n=0
for name in "my plan" "it's plan" "plan [draft]" "#plan" "plan*" "plán"; do
  repo="$work/names/r$((++n))"
  git init -q -b main "$repo" && small_plan "$repo/$name"
  (cd "$repo" && "$plan" -C "$name" git-setup > "$work/out" 2>&1) ||
    { fail "git-setup in '$name': $(cat "$work/out")"; continue; }
  got=$(cd "$repo" && git check-attr merge -- "$name/recommendations/7.yaml" | sed 's/.*: merge: //')
  [[ $got == plan ]] || fail "'$name': git check-attr says merge is '$got'; line: $(cat "$repo/.gitattributes")"
  other=$(cd "$repo" && git check-attr merge -- "elsewhere/recommendations/7.yaml" | sed 's/.*: merge: //')
  [[ $other == unspecified ]] || fail "'$name': the line also matches elsewhere/: '$other'"
  (cd "$repo" && "$plan" -C "$name" validate --as-of 2025-01-01 > "$work/out" 2>&1) ||
    fail "validate after git-setup in '$name': $(cat "$work/out")"
done
# A hand-written line git reads as two patterns: validate says so, though the config is set.
repo="$work/names/r1"
printf 'my plan/recommendations/*.yaml merge=plan\n' > "$repo/.gitattributes"
(cd "$repo" && "$plan" -C "my plan" validate --as-of 2025-01-01 > "$work/out" 2>&1)
grep -q "git does not apply it to the recommendation files.*\[merge-driver\]" "$work/out" ||
  fail "validate believes a line git ignores: $(cat "$work/out")"

# 11. A committed file name holding a line break: refused, never "No changes".
git init -q -b main "$work/diff" && small_plan "$work/diff/plan"
cd "$work/diff" || exit 1
git add -A && git commit -qm one
printf 'updates:\n  - date: 2024-10-01\n    status: In Progress\n' >> plan/recommendations/7.yaml
odd="plan/recommendations/7.yaml
8.yaml"
cp plan/recommendations/7.yaml "$odd"
git add -A && git commit -qm two
"$plan" diff HEAD~1 HEAD > "$work/out" 2>&1
rc=$?
[[ $rc -ne 0 ]] || fail "plan diff with a line break in a file name exited 0: $(cat "$work/out")"
grep -q "No changes" "$work/out" && fail "plan diff hid the change: $(cat "$work/out")"
grep -qF '7.yaml\n8.yaml' "$work/out" || fail "the name is not shown escaped: $(cat "$work/out")"
git rm -q "$odd" && git commit -qm three
"$plan" diff HEAD~2 HEAD > "$work/out" 2>&1 || fail "plan diff after the rename: $(cat "$work/out")"
grep -q "update added" "$work/out" || fail "the added update is not shown: $(cat "$work/out")"

# 15. git missing from PATH: said so, with what to do.
mkdir -p "$work/nogit"
ln -s "$(command -v env)" "$work/nogit/env"
PATH="$work/nogit" "$plan" diff HEAD~1 > "$work/out" 2>&1
grep -q "git is not installed, or not on PATH" "$work/out" || fail "diff without git: $(cat "$work/out")"
PATH="$work/nogit" "$plan" git-setup > "$work/out" 2>&1
grep -q "git is not installed, or not on PATH" "$work/out" || fail "git-setup without git: $(cat "$work/out")"
# Dubious ownership (a repository owned by someone else, as in CI containers).
if [[ $(id -u) -eq 0 ]] && id nobody > /dev/null 2>&1; then
  cp -a "$work/diff" "$work/owned" && chown -R nobody "$work/owned"
  (cd "$work/owned" && env -u SUDO_UID "$plan" diff HEAD~1 > "$work/out" 2>&1)
  grep -q "dubious ownership" "$work/out" && grep -q "safe.directory" "$work/out" ||
    fail "dubious ownership is not reported as git said it: $(cat "$work/out")"
  grep -q "is not a revision" "$work/out" && fail "dubious ownership reported as a bad revision"
fi

# 17. The feed's links percent-encode a page name with a space.
cd "$work/diff" || exit 1
"$plan" render --as-of 2025-01-01 -o "my page.html" > "$work/out" 2>&1 || fail "render: $(cat "$work/out")"
feed=$(ls ./*.xml 2> /dev/null | head -n 1)
if [[ -n $feed ]]; then
  grep -q 'href="my%20page.html' "$feed" || fail "feed href not encoded: $(grep href "$feed")"
  grep -q 'href="my page' "$feed" && fail "feed href holds a raw space"
fi
# 17. Hints quote the folder they name, so they can be pasted.
cd "$work" || exit 1
"$plan" init "new plan" --as-of 2025-01-01 > "$work/out" 2>&1 || fail "init: $(cat "$work/out")"
grep -qF "plan -C 'new plan' validate" "$work/out" || fail "init's hint is not quoted: $(cat "$work/out")"
exit $((failures > 0))
