#!/usr/bin/env bash
# The end-to-end suite against plan.exe under Wine: every case of
# tests/cases, tests/bad-input and tests/limits, run by the same runners as
# on Linux with plan.exe in place of plan, must give the same output, exit
# code and files, except the cases listed in tests/windows/differences.txt
# (each with the reason: what Wine or Windows does differently). Then the
# Windows-only cases in tests/windows/cases.sh.
#   tests/windows/run.sh [PLAN_EXE]     (default build-windows/plan.exe)
# One `wineserver -p` is kept running for the suite (each run then takes a
# fraction of a second, not seconds) and stopped at the end. The Wine prefix
# lives in $PLAN_WINE_PREFIX (default ~/.cache/plan-windows/wine), made once.
# Exit 0 when every case passes, 1 otherwise, 77 when Wine is missing.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
exe=$(realpath "${1:-$repo/build-windows/plan.exe}")
wine=${PLAN_WINE:-/usr/lib/wine/wine64}
[[ -x $wine ]] || { echo "skipped: no $wine (scripts/setup.sh --windows)"; exit 77; }
[[ -f $exe ]] || { echo "no $exe: build it with scripts/build-windows.sh"; exit 2; }

export WINEPREFIX=${PLAN_WINE_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/plan-windows/wine}
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" PLAN_EXE=$exe PLAN_WINE=$wine
# limits/run.sh: Wine itself needs more address space and CPU time to start
# than the Linux limits allow; the sanitizer allowances fit it.
export PLAN_SANITIZED=1
wineserver=$(dirname "$wine")/wineserver
mkdir -p "$WINEPREFIX"
"$wineserver" -p
trap '"$wineserver" -k 2> /dev/null' EXIT
[[ -f "$WINEPREFIX/system.reg" ]] || "$wine" wineboot -i > /dev/null 2>&1
"$wine" "$exe" --version > /dev/null 2>&1 ||
  { echo "plan.exe does not run under Wine:"; "$wine" "$exe" --version; exit 1; }

results=$(mktemp -d)
trap '"$wineserver" -k 2> /dev/null; rm -rf "$results"' EXIT
jobs=${PLAN_WINDOWS_TEST_JOBS:-2}

# Every case as "runner<TAB>case path".
{
  for d in "$repo"/tests/cases/*/; do printf 'case\t%s\n' "${d%/}"; done
  for f in "$repo"/tests/bad-input/*.yaml; do printf 'bad-input\t%s\n' "$f"; done
  for f in "$repo"/tests/limits/*.case; do printf 'limits\t%s\n' "$f"; done
} > "$results/all"

run_one() {
  local kind=$1 path=$2 name
  name=$kind/$(basename "$path")
  name=${name%.yaml}
  name=${name%.case}
  local log=$results/${name//\//_}.log
  case $kind in
    case) bash "$repo/tests/run_case.sh" "$here/plan-wine.sh" "$path" ;;
    bad-input) bash "$repo/tests/bad-input/run.sh" "$here/plan-wine.sh" "$path" ;;
    limits) bash "$repo/tests/limits/run.sh" "$here/plan-wine.sh" "$path" ;;
  esac > "$log" 2>&1
  local rc=$?
  if [[ $rc -eq 0 ]]; then echo "pass $name"; elif [[ $rc -eq 77 ]]; then echo "skip $name"; else echo "FAIL $name"; fi
}
export -f run_one
export repo here results

start=$SECONDS
tr '\t' '\n' < "$results/all" | xargs -d '\n' -n 2 -P "$jobs" bash -c 'run_one "$@"' _ \
  > "$results/summary"

# Known differences: "kind/name  reason" lines; a listed case that passes is reported too.
known() { grep -v '^#' "$here/differences.txt" | awk '{print $1}' | grep -qxF "$1"; }
# A plan.exe built --without-html-import refuses saved web pages: the cases
# importing one are then counted apart, not as failures.
probe=$(mktemp -d)
printf '<!doctype html><p>x</p>\n' > "$probe/page.html"
no_html=0
# (Its exit status is 2, so its output is caught first: under pipefail a
# pipe into grep would fail whatever grep found.)
probe_out=$(cd "$probe" && "$wine" "$exe" import page.html -o out 2>&1)
[[ $probe_out == *"cannot read web pages"* ]] && no_html=1
rm -rf "$probe"
imports_html() {
  [[ $1 == case/* ]] && grep -qiE '\.html?$' "$repo/tests/cases/${1#case/}/args" 2> /dev/null
}
without_html=0
failed=0 differ=0 unexpected_pass=0
while read -r verdict name; do
  if [[ $verdict == FAIL ]]; then
    if ((no_html)) && imports_html "$name"; then
      without_html=$((without_html + 1))
    elif known "$name"; then
      differ=$((differ + 1))
    else
      failed=$((failed + 1))
      echo "FAIL $name"
      sed 's/^/    /' "$results/${name//\//_}.log" | head -40
    fi
  elif [[ $verdict == pass ]] && known "$name"; then
    unexpected_pass=$((unexpected_pass + 1))
    echo "note: $name passes under Wine now; remove it from tests/windows/differences.txt"
  fi
done < "$results/summary"
total=$(wc -l < "$results/summary")
passed=$(grep -c '^pass' "$results/summary")
echo "windows: $passed of $total cases the same as on Linux, $differ known differences" \
  "(tests/windows/differences.txt), $failed failed, in $((SECONDS - start)) s"
((without_html)) && echo "windows: $without_html cases import a saved web page, which this plan.exe" \
  "(built --without-html-import) refuses"

bash "$here/cases.sh" "$exe" || failed=$((failed + 1))
((failed == 0))
