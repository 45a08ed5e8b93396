#!/usr/bin/env bash
# The import corpus as the specification: tests/import/corpus/<layout>/ holds
# one page layout as a saved web page (page.html) and as a browser's copied
# text (page.txt), a README line saying what the layout is, the options
# (options: one line, such as --published 2025-01-31; a report.yaml beside
# the page for --report report.yaml) and the plan it must give
# (expected/plan/…). Both forms must import (exit 0) to exactly the
# expected plan files: the same page, the same plan.
#   tests/import/corpus.sh PLAN_BINARY [LAYOUT…]
# UPDATE_EXPECTED=1 rewrites expected/ from the HTML form (read it before committing).
set -uo pipefail
plan_bin=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
layouts=("$@")
[[ ${#layouts[@]} -gt 0 ]] || mapfile -t layouts < <(ls "$here/corpus")
fail=0
for layout in "${layouts[@]}"; do
  dir=$here/corpus/$layout
  [[ -f $dir/README ]] || { echo "$layout: no README saying what the layout is"; fail=1; }
  grep -q "tests/import/corpus/$layout/" "$here/../../docs/reference/import-layouts.md" || {
    echo "$layout: no row in docs/reference/import-layouts.md's table of the corpus"; fail=1; }
  read -r -a options < <(cat "$dir/options" 2>/dev/null || echo)
  for form in html txt; do
    mkdir -p "$work/$layout"
    cp "$dir/page.$form" "$work/$layout/"
    # A layout imported with --report report.yaml holds that report beside the page.
    [[ -f $dir/report.yaml ]] && cp "$dir/report.yaml" "$work/$layout/"
    (cd "$work/$layout" && env -u PLAN_DIR TZ=UTC "$plan_bin" import "page.$form" -o "out-$form" \
      "${options[@]}" > "$form.out" 2> "$form.err")
    rc=$?
    # A layout may expect exit 1 (file rc): the plan is written, and validate
    # then names what the page did not say (a moved target with no reason).
    want=$(cat "$dir/rc" 2>/dev/null || echo 0)
    if [[ $rc -ne $want ]]; then
      echo "$layout: page.$form: exit $rc, expected $want"; cat "$work/$layout/$form.err"; fail=1
    fi
  done
  if [[ -n "${UPDATE_EXPECTED:-}" && -d "$work/$layout/out-html/plan" ]]; then
    rm -rf "$dir/expected" && mkdir -p "$dir/expected" && cp -a "$work/$layout/out-html/plan" "$dir/expected/"
  fi
  for form in html txt; do
    if ! diff -ru "$dir/expected/plan" "$work/$layout/out-$form/plan"; then
      echo "$layout: page.$form does not give the expected plan (diff above)"; fail=1
    fi
  done
  [[ $fail -eq 0 ]] && echo "$layout: page.html and page.txt give the expected plan"
done
exit $fail
