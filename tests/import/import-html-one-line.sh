#!/usr/bin/env bash
# plan import on a saved page whose whole body is one line of 1.8 MB (as a
# CMS that minifies its markup saves it): each message still names the line
# and column of its element, and placing 22,000 blocks on the one line does
# not count the line from its start each time (which took 30 s, not 3 s, here).
set -uo pipefail
plan_bin=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
{ printf '<!DOCTYPE html><html><body><main>'
  for i in $(seq 1 22000); do printf '<p>Paragraph %05d of the introduction, long enough to be a real one.</p>' "$i"; done
  printf '<h2>Recommendation 1</h2><p>By 27 March 2025, act.</p><p>Owner: DCI Lee</p>'
  printf '<p>A stray paragraph with no place.</p></main></body></html>\n'; } > "$work/page.html"
start=$(date +%s%N)
(cd "$work" && timeout 300 "$plan_bin" import page.html -o out > out.txt 2> err.txt)
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ $rc -eq 1 ]] || { echo "exit code: expected 1, got $rc"; fail=1; }
# The stray paragraph's <p> is on line 1, past column 1,500,000.
col=$(sed -n 's/^page\.html:1:\([0-9]*\): warning: not imported: a paragraph after.*/\1/p' "$work/err.txt")
[[ -n $col ]] && (( col > 1500000 )) ||
  { echo "the stray paragraph is not placed on line 1 past column 1,500,000"; head -3 "$work/err.txt"; fail=1; }
(( ms < 20000 )) || { echo "took ${ms} ms"; fail=1; }
echo "one-line page of 22,000 blocks read in ${ms} ms (message at column ${col:-none})"
exit $fail
