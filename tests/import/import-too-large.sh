#!/usr/bin/env bash
# plan import on a 10 MB text file: a clear message, exit 1, nothing written,
# and quickly (the file is made here so the repository stays small).
set -uo pipefail
plan_bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
yes 'By 27 March 2025, a line of an action plan that goes on and on.' | head -c 10485760 \
  > "$work/big.txt"
start=$(date +%s%N)
(cd "$work" && "$plan_bin" import big.txt > out.txt 2> err.txt)
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
fail=0
[[ $rc -eq 1 ]] || { echo "exit code: expected 1, got $rc"; fail=1; }
grep -q "big.txt: error: the file is over 2 MB" "$work/err.txt" || { echo "no size message"; fail=1; }
[[ ! -e "$work/plan" ]] || { echo "something was written"; fail=1; }
(( ms < 5000 )) || { echo "took ${ms} ms"; fail=1; }
[[ $fail -eq 0 ]] || { echo "stderr was:"; cat "$work/err.txt"; }
echo "refused a 10 MB file in ${ms} ms"
exit $fail
