#!/usr/bin/env bash
# Runs one end-to-end case: tests/run_case.sh PLAN_BINARY CASE_DIR
#
# A case folder holds:
#   args          the arguments, one per line (no shell quoting needed)
#   stdin         optional: fed to standard input
#   env           optional: VAR=value lines added to the environment
#   plan/ …       the input files; the command runs in a copy of the folder.
#                 Without plan/plan.yaml, a case with plan/ gets the default,
#                 tests/case-default-plan.yaml (title Test Plan, organisation
#                 Test Force, published 2024-09-27), unless it is bundled
#   no-default-plan  optional: if present, plan/plan.yaml is not filled in
#   bundled       optional: if present, the repository's own plan/ is copied in first
#   cwd           optional: a sub-folder (of the copy) to run the command in
#   setup         optional: a bash script run in the copy first (to make a git repository, say)
#   expected.out  expected standard output
#   expected.err  expected standard error (an empty file: standard error must be empty)
#   expected.rc   expected exit code
#   after/        optional: files that must exist afterwards with exactly these bytes
#   unchanged     optional: if present, every input file must be byte-for-byte unchanged
# Set UPDATE_EXPECTED=1 to rewrite expected.out/.err/.rc from the actual run (review the diff!).
set -uo pipefail
plan_bin=$1
case_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

repo=$(cd "$(dirname "$0")/.." && pwd)
[[ -f "$case_dir/bundled" ]] && cp -a "$repo/plan" "$work/plan" && cp -a "$repo/reports" "$work/reports"
cp -a "$case_dir/." "$work/"
rm -rf "$work/after" "$work"/expected.* "$work/args" "$work/env" "$work/unchanged" \
  "$work/bundled" "$work/cwd" "$work/setup" "$work/no-default-plan"
if [[ -d "$case_dir/plan" && ! -e "$case_dir/plan/plan.yaml" && ! -f "$case_dir/bundled" &&
      ! -f "$case_dir/no-default-plan" ]]; then
  cp "$repo/tests/case-default-plan.yaml" "$work/plan/plan.yaml"
fi
[[ -f "$case_dir/setup" ]] && (cd "$work" && env -u PLAN_DIR GIT_CONFIG_GLOBAL=/nonexistent/gitconfig \
  GIT_CONFIG_NOSYSTEM=1 bash "$case_dir/setup" > /dev/null)
run_dir=$work
[[ -f "$case_dir/cwd" ]] && run_dir="$work/$(cat "$case_dir/cwd")" && mkdir -p "$run_dir"
(cd "$work" && find . -type f -print0 | sort -z | xargs -0 sha256sum) > "$work.sums" 2>/dev/null

mapfile -t args < "$case_dir/args"
envs=()
[[ -f "$case_dir/env" ]] && mapfile -t envs < "$case_dir/env"
stdin=/dev/null
[[ -f "$case_dir/stdin" ]] && stdin="$case_dir/stdin"

(cd "$run_dir" && env -u PLAN_DIR -u NO_COLOR -u GITHUB_ACTIONS -u GITLAB_CI -u TF_BUILD TZ=UTC "${envs[@]}" "$plan_bin" "${args[@]}" \
   < "$stdin" > "$work.out" 2> "$work.err")
rc=$?

if [[ -n "${UPDATE_EXPECTED:-}" ]]; then
  cp "$work.out" "$case_dir/expected.out"
  echo "$rc" > "$case_dir/expected.rc"
  cp "$work.err" "$case_dir/expected.err"
fi

fail=0
expected_rc=$(cat "$case_dir/expected.rc")
if [[ "$rc" != "$expected_rc" ]]; then
  echo "exit code: expected $expected_rc, got $rc"; fail=1
fi
if ! diff -u "$case_dir/expected.out" "$work.out"; then echo "(stdout differs)"; fail=1; fi
if [[ ! -f "$case_dir/expected.err" ]]; then
  echo "missing $case_dir/expected.err (create it empty when standard error must be empty)"; fail=1
elif ! diff -u "$case_dir/expected.err" "$work.err"; then
  echo "(stderr differs)"; fail=1
fi
if [[ -d "$case_dir/after" ]]; then
  while IFS= read -r -d '' f; do
    rel=${f#"$case_dir/after/"}
    # UPDATE_EXPECTED refreshes the files after/ already holds (add new ones by hand).
    [[ -n "${UPDATE_EXPECTED:-}" && -f "$work/$rel" ]] && cp "$work/$rel" "$f"
    if ! cmp -s "$f" "$work/$rel"; then
      echo "file $rel differs from after/$rel:"; diff -u "$f" "$work/$rel" | head -40; fail=1
    fi
  done < <(find "$case_dir/after" -type f -print0)
fi
if [[ -f "$case_dir/unchanged" ]]; then
  if ! (cd "$work" && sha256sum --quiet -c "$work.sums"); then
    echo "input files changed, but the case says they must not"; fail=1
  fi
fi
if [[ $fail -ne 0 ]]; then echo "stderr was:"; cat "$work.err"; fi
rm -f "$work.out" "$work.err" "$work.sums"
exit $fail
