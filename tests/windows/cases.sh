#!/usr/bin/env bash
# Windows-only cases for plan.exe under Wine (tests/windows/run.sh runs this
# with the Wine prefix and wineserver already set up):
#  - a plan in a folder whose name is not ASCII, given with -C and as the
#    current folder, validated and updated;
#  - a read-only plan file: update refuses it and leaves it as it was;
#  - a plan file held open without sharing by another process: update
#    waits about a second, then refuses, naming the file, and changes nothing;
#  - a junction (a Windows link to a folder) as plan/recommendations: refused
#    as a symbolic link is;
#  - the plan lock: a second update while one holds the lock is refused;
#  - arguments with spaces, quotes and non-ASCII text reach git intact
#    (plan update --commit, when Git for Windows is installed in the prefix).
# Usage: tests/windows/cases.sh PLAN_EXE
set -uo pipefail
exe=$1
wine=${PLAN_WINE:-/usr/lib/wine/wine64}
export WINEDEBUG=-all
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0 passed=0
ok() { echo "ok   windows: $1"; passed=$((passed + 1)); }
bad() { echo "FAIL windows: $1"; failed=$((failed + 1)); }
plan() { "$wine" "$exe" "$@"; }
# cmd.exe inside Wine, for what only Windows can make (junctions, attributes).
cmd() { "$wine" cmd /c "$@" > /dev/null 2>&1; }

make_plan() {
  mkdir -p "$1/plan/recommendations"
  printf 'title: Test Plan\norganisation: Test Force\npublished: 2024-09-27\n' > "$1/plan/plan.yaml"
  cat > "$1/plan/recommendations/1.yaml" << 'YAML'
id: 1
title: Train every call handler
text: The force should train every call handler in stalking awareness.
owner: Head of Contact
deadline: 2025-06-30
updates:
  - date: 2025-01-10
    status: In Progress
    note: Half of the call handlers are trained.
YAML
}

# 1. A non-ASCII folder name (é, –, ü, Chinese), validated from outside and inside.
dir="$work/Plan d'action – Süd 计划"
make_plan "$dir"
out=$(cd "$work" && plan -C "$dir" validate --as-of 2025-02-01 2>&1)
if [[ $? -eq 0 && $out == *"0 errors"* ]]; then ok "validate -C a non-ASCII folder"; else bad "validate -C a non-ASCII folder: $out"; fi
out=$(cd "$dir" && plan validate --as-of 2025-02-01 2>&1)
if [[ $? -eq 0 ]]; then ok "validate inside a non-ASCII folder"; else bad "validate inside a non-ASCII folder: $out"; fi
out=$(cd "$dir" && plan update 1 --note "Trained 40 of 60 – über half" --date 2025-02-01 2>&1)
if [[ $? -eq 0 ]] && grep -q 'über half' "$dir/plan/recommendations/1.yaml"; then
  ok "update in a non-ASCII folder writes UTF-8"
else bad "update in a non-ASCII folder: $out"; fi
[[ $(ls -A "$dir/plan/recommendations" | grep -c '^\.') -eq 0 ]] ||
  bad "update left a temporary file: $(ls -A "$dir/plan/recommendations")"
# A non-ASCII argument printed back: the console output is UTF-8.
out=$(cd "$dir" && plan show 1 --as-of 2025-02-01 2>&1)
if [[ $out == *"über half"* ]]; then ok "show prints UTF-8"; else bad "show prints UTF-8: $out"; fi

# 2. A read-only plan file: refused, unchanged.
ro="$work/readonly"
make_plan "$ro"
before=$(sha256sum < "$ro/plan/recommendations/1.yaml")
cmd attrib +r "Z:${ro//\//\\}\\plan\\recommendations\\1.yaml"
out=$(cd "$ro" && plan update 1 --note "More trained" --date 2025-02-01 2>&1)
rc=$?
after=$(sha256sum < "$ro/plan/recommendations/1.yaml")
if [[ $rc -ne 0 && $before == "$after" && $out == *"1.yaml"* ]]; then ok "a read-only file is refused and unchanged ($out)"
else bad "read-only file: rc $rc, changed: $([[ $before == "$after" ]] && echo no || echo yes): $out"; fi
cmd attrib -r "Z:${ro//\//\\}\\plan\\recommendations\\1.yaml"

# 3. A file open in another program that does not share it.
busy="$work/busy"
make_plan "$busy"
before=$(sha256sum < "$busy/plan/recommendations/1.yaml")
# Nothing Wine ships holds a file open without sharing it, so a tiny Windows
# program does (built here with mingw-w64; the case is skipped without it).
if command -v x86_64-w64-mingw32-gcc-posix > /dev/null; then
  cat > "$work/hold.c" << 'C'
#include <windows.h>
#include <stdlib.h>
/* Opens argv[1] without sharing, prints "held", and keeps it open for argv[2] ms. */
int wmain(int argc, wchar_t** argv) {
  HANDLE h = CreateFileW(argv[1], GENERIC_READ, 0, 0, OPEN_EXISTING, 0, 0);
  if (h == INVALID_HANDLE_VALUE) return 1;
  DWORD n; WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), "held\n", 5, &n, 0);
  Sleep(_wtoi(argv[2]));
  CloseHandle(h);
  return 0;
}
C
  x86_64-w64-mingw32-gcc-posix -municode -O1 -o "$work/hold.exe" "$work/hold.c" 2> /dev/null
fi
if [[ -f $work/hold.exe ]]; then
  "$wine" "$work/hold.exe" "Z:${busy//\//\\}\\plan\\recommendations\\1.yaml" 4000 > "$work/held" &
  holder_pid=$!
  for _ in $(seq 50); do [[ -s $work/held ]] && break; sleep 0.1; done
  out=$(cd "$busy" && plan update 1 --note "More trained" --date 2025-02-01 2>&1)
  rc=$?
  wait "$holder_pid"
  after=$(sha256sum < "$busy/plan/recommendations/1.yaml")
  if [[ $rc -ne 0 && $before == "$after" && $out == *"1.yaml"* ]]; then ok "a file open elsewhere is refused and unchanged ($out)"
  else bad "file open elsewhere: rc $rc: $out"; fi
  left=$(ls -A "$busy/plan/recommendations" | grep -c '^\.')
  [[ $left -eq 0 ]] || bad "a temporary file was left: $(ls -A "$busy/plan/recommendations")"
else
  echo "skip windows: a file open elsewhere (no mingw-w64 to build the holder)"
fi

# 4. A junction as plan/recommendations: refused as a symbolic link is.
jn="$work/junction"
make_plan "$jn"
mv "$jn/plan/recommendations" "$jn/elsewhere"
if cmd mklink /J "Z:${jn//\//\\}\\plan\\recommendations" "Z:${jn//\//\\}\\elsewhere" &&
  [[ -e $jn/plan/recommendations ]]; then
  out=$(cd "$jn" && plan validate --as-of 2025-02-01 2>&1)
  rc=$?
  if [[ $rc -ne 0 && $out == *"link"* ]]; then ok "a junction in plan/ is refused as a link"
  else bad "junction: rc $rc: $out"; fi
else
  echo "skip windows: a junction in plan/ (this Wine cannot make junctions with mklink /J)"
fi

# 5. The plan lock, held by another process: a second writer is refused.
lk="$work/locked"
make_plan "$lk"
if [[ -f $work/hold.exe ]]; then
  # Holding .plan-lock unshared is what a running plan update does.
  : > "$lk/plan/.plan-lock"
  "$wine" "$work/hold.exe" "Z:${lk//\//\\}\\plan\\.plan-lock" 25000 > "$work/held2" &
  holder_pid=$!
  for _ in $(seq 50); do [[ -s $work/held2 ]] && break; sleep 0.1; done
  out=$(cd "$lk" && plan update 1 --note "Locked out" --date 2025-02-01 2>&1)
  rc=$?
  wait "$holder_pid"
  if [[ $rc -ne 0 && $out == *"another plan update"* ]]; then ok "the plan lock keeps a second writer out"
  else bad "plan lock: rc $rc: $out"; fi
fi

echo "windows-only cases: $passed passed, $failed failed"
((failed == 0))
