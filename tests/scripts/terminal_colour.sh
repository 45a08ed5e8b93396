#!/usr/bin/env bash
# plan list on a real terminal (a pseudo-terminal from `script`): colour
# there, none with NO_COLOR set or when piped, and the table fits the
# terminal's width with no character split.
# Usage: terminal_colour.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
cp -a "$source_dir/plan" "$work/plan" && cp -a "$source_dir/reports" "$work/reports"
cd "$work"
unset PLAN_DIR NO_COLOR
fail() { echo "FAIL: $*"; exit 1; }
on_terminal() {  # runs a command on a 60-column pseudo-terminal, prints what it showed
  script -qec "stty cols 60; $1" /dev/null | tr -d '\r'
}
list="'$plan_bin' list --as-of 2025-04-01"

coloured=$(on_terminal "$list")
grep -q $'\x1b\[31moverdue\x1b\[0m' <<< "$coloured" || fail "no red 'overdue' on a terminal"
grep -q $'\x1b\[1mID\x1b\[0m' <<< "$coloured" || fail "no bold header on a terminal"
plain=$(on_terminal "NO_COLOR=1 $list")
grep -q $'\x1b' <<< "$plain" && fail "colour despite NO_COLOR"
"$plan_bin" list --as-of 2025-04-01 | grep -q $'\x1b' && fail "colour when piped"

# Widths are counted in characters (the table holds "…"), after removing colour.
widest=$(sed 's/\x1b\[[0-9;]*m//g' <<< "$coloured" | python3 -c '
import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))')
((widest <= 60)) || fail "a line is $widest columns on a 60-column terminal"
grep -q '…' <<< "$plain" || fail "nothing was shortened to fit 60 columns"
echo "colour on a terminal only; widest line $widest of 60 columns"
