#!/usr/bin/env bash
# plan import on hostile saved pages (issue 21.4): 30,000 nested <q> (once a
# stack overflow), 380,000 nested <div> under the 2 MB limit (once over 11
# minutes inside the HTML parser), 300,000 "<div/>" (HTML ignores the slash,
# so they nest too) and 30,000 <b> inside an SVG's <title> (read as HTML, so
# counted). Each is refused at the place the nesting passes 512 [import-html-depth],
# (in a release build in well under a second; the bound here leaves room for
# debug and sanitizer builds on a busy machine)
# exit 1, nothing written, each in well under a second. The pages are made
# here so the repository stays small.
set -uo pipefail
plan_bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
page() {  # name, opening, repeat count, closing
  { printf '<!DOCTYPE html>\n<html><body>\n<h2>Recommendation 1</h2>\n'
    head -c $(( ${#2} * $3 )) < <(yes "$2" | tr -d '\n')
    printf '\n%s</body></html>\n' "$4"; } > "$work/$1.html"
}
page q '<q>' 30000 ''
page div '<div>' 380000 ''
page slash '<div/>' 300000 ''
page svg-title '<b>' 30000 ''
sed -i 's|<h2>Recommendation 1</h2>|<h2>Recommendation 1</h2><svg><title>|' "$work/svg-title.html"
for name in q div slash svg-title; do
  start=$(date +%s%N)
  (cd "$work" && "$plan_bin" import "$name.html" -o "out-$name" > "$name.out" 2> "$name.err")
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [[ $rc -eq 1 ]] || { echo "$name: exit code: expected 1, got $rc"; fail=1; }
  grep -q "^$name.html:4:[0-9]*: error: the page's elements are nested more than 512 deep here.*\[import-html-depth\]" \
    "$work/$name.err" || { echo "$name: no located import-html-depth message"; cat "$work/$name.err"; fail=1; }
  [[ ! -e "$work/out-$name" ]] || { echo "$name: something was written"; fail=1; }
  (( ms < 3000 )) || { echo "$name: took ${ms} ms"; fail=1; }
  echo "$name: refused in ${ms} ms"
done
exit $fail
