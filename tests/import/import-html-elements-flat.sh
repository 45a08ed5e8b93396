#!/usr/bin/env bash
# plan import on a saved page of 150,000 sibling elements (under 2 MB, never
# deeper than 3): refused at the 100,001st [import-html-elements], exit 1,
# nothing written, in well under a second; and a page of 90,000 is read.
set -uo pipefail
plan_bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
page() {  # name, count
  { printf '<!DOCTYPE html>\n<html><body>\n<h2>Recommendation 1</h2>\n<p>By 27 March 2025, act.</p>\n'
    head -c $(( 8 * $2 )) < <(yes '<i></i> ' | tr -d '\n')
    printf '\n</body></html>\n'; } > "$work/$1.html"
}
page many 150000
start=$(date +%s%N)
(cd "$work" && "$plan_bin" import many.html -o out > many.out 2> many.err)
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[[ $rc -eq 1 ]] || { echo "exit code: expected 1, got $rc"; fail=1; }
grep -q "^many.html:5:[0-9]*: error: the page holds more than 100000 HTML elements.*\[import-html-elements\]" \
  "$work/many.err" || { echo "no located import-html-elements message"; cat "$work/many.err"; fail=1; }
[[ ! -e "$work/out" ]] || { echo "something was written"; fail=1; }
(( ms < 3000 )) || { echo "took ${ms} ms"; fail=1; }
echo "150,000 elements refused in ${ms} ms"
page fewer 90000
(cd "$work" && "$plan_bin" import fewer.html -o out2 > fewer.out 2> fewer.err)
grep -q "import-html-elements" "$work/fewer.err" && { echo "90,000 elements refused"; fail=1; }
exit $fail
