#!/usr/bin/env bash
# Runs one limits case: tests/limits/run.sh PLAN_BINARY CASE.case
#
# A case is a bash file that builds a hostile plan too large to keep in the
# repository, and says how `plan validate` must refuse it:
#   make_input      a function that writes files under "$plan" (plan.yaml and a
#                   minimal recommendations/ folder are already there)
#   expect_rule     the rule id the refusal carries, e.g. too-deep
#   expect_where    a regex the refusal's location must match, e.g.
#                   'plan/recommendations/7\.yaml:[0-9]+:[0-9]+'
#   expect_rc       optional: the exit code (default 1)
#   plan_args       optional: the command to run (default: validate --as-of 2025-01-01)
#   expect_stream   optional: out (default) or err, where the refusal is printed;
#                   the other stream must then be empty
#   expect_absent   optional: paths (relative to the case's folder) that must
#                   not exist afterwards: nothing was written
# The run must take at most max_seconds of CPU time (1, or 20 under sanitizers,
# which set PLAN_SANITIZED=1; CPU time, not wall-clock time, so a busy machine
# does not fail the test), finish within 60 s of wall-clock time (a hang
# guard), stay within max_memory_mb of address space (256; not checked under
# sanitizers, whose shadow memory needs terabytes of address space), run with
# a 1 MiB stack, and print nothing on standard error.
set -uo pipefail
plan_bin=$1
case_file=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

plan=$work/plan
mkdir -p "$plan/recommendations"
printf 'title: Test Plan\norganisation: Test Force\npublished: 2024-09-27\n' > "$plan/plan.yaml"
expect_rc=1
plan_args=(validate --as-of 2025-01-01)
expect_stream=out
expect_absent=()
max_seconds=1
max_memory_mb=256
# shellcheck source=/dev/null
source "$case_file"
[[ -n "${PLAN_SANITIZED:-}" ]] && max_seconds=20
make_input

limits=(prlimit --stack=1048576)
[[ -z "${PLAN_SANITIZED:-}" ]] && limits+=(--as=$((max_memory_mb * 1024 * 1024)))
TIMEFORMAT='%R %U %S'
{ time (cd "$work" && env -u PLAN_DIR TZ=UTC timeout 60 "${limits[@]}" "$plan_bin" "${plan_args[@]}" \
   > "$work/out" 2> "$work/err" < /dev/null); } 2> "$work/time"
rc=$?
read -r real_s user_s sys_s < "$work/time"
cpu_ms=$(awk -v u="$user_s" -v s="$sys_s" 'BEGIN { printf "%d", (u + s) * 1000 }')

fail=0
pattern="^${expect_where}: error: .* \\[${expect_rule}\\]\$"
if [[ $rc -ne $expect_rc ]]; then echo "exit code: expected $expect_rc, got $rc"; fail=1; fi
refusal=$work/out quiet=$work/err
[[ $expect_stream == err ]] && refusal=$work/err quiet=$work/out
if ! grep -Eq "$pattern" "$refusal"; then
  echo "no line matching: $pattern"; fail=1
fi
if ((cpu_ms > max_seconds * 1000)); then
  echo "took ${cpu_ms} ms of CPU time, over the bound of ${max_seconds} s"; fail=1
fi
if [[ $rc -eq 124 ]]; then echo "still running after 60 s: killed"; fi
if [[ -s "$quiet" ]]; then
  echo "unexpected output on standard $([[ $quiet == "$work/err" ]] && echo error || echo output):"
  head -c 2000 "$quiet"; fail=1
fi
for path in "${expect_absent[@]}"; do
  if [[ -e "$work/$path" ]]; then echo "$path was written"; fail=1; fi
done
echo "$(basename "$case_file" .case): exit $rc, ${cpu_ms} ms CPU (${real_s} s wall-clock)"
if [[ $fail -ne 0 ]]; then echo "output was:"; head -c 3000 "$refusal"; fi
exit $fail
