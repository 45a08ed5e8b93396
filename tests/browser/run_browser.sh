#!/usr/bin/env bash
# Loads the rendered pages in headless Chromium and checks them with
# check_page.mjs (console, scripts, widths, skip link, axe-core), saving
# screenshots to OUT_DIR/screenshots; checks the CMS fragment inside a host
# page with an aggressive stylesheet (check_fragment.mjs). Then runs the same checks on a
# deliberately broken page, which must fail on each kind of check, so the
# checks cannot pass by checking nothing.
# Usage: tests/browser/run_browser.sh PLAN_BINARY OUT_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$2
[[ -d "$here/../../node_modules/playwright-core" ]] ||
  { echo "node_modules missing: run tests/browser/install.sh (scripts/test.sh does)"; exit 1; }
[[ -x /usr/bin/chromium ]] || { echo "/usr/bin/chromium missing: run scripts/setup.sh --test"; exit 1; }
bash "$here/render_pages.sh" "$1" "$out" || exit 1

node "$here/check_page.mjs" "$out/screenshots" \
  "bundled=$out/bundled.html" "hostile=$out/hostile.html" "small=$out/small.html" \
  "force=$out/force.html" \
  "aggregate=$out/aggregate.html" \
  "fragment=$out/fragment.html" "fragment-css=$out/fragment-css.html"
status=$?
node "$here/check_fragment.mjs" "fragment=$out/fragment.html=2" "fragment-css=$out/fragment-css.html=3" || status=1
# The same fragment with its stylesheet left out must fail: the checks see the host's styles.
grep -v 'fragment-plan.css' "$out/fragment-css.html" > "$out/fragment-unstyled.html"
if node "$here/check_fragment.mjs" "unstyled=$out/fragment-unstyled.html=3" > "$out/unstyled.log" 2>&1 ||
   ! grep -q '^FAIL unstyled: headings not in capitals' "$out/unstyled.log" ||
   ! grep -q '^FAIL unstyled: no ::before bullets' "$out/unstyled.log"; then
  echo "FAIL the fragment without its stylesheet passed the host-style checks; see $out/unstyled.log"
  status=1
else
  echo "ok   the fragment without its stylesheet fails the host-style checks"
fi

log="$out/broken.log"
node "$here/check_page.mjs" "$out/screenshots" "broken=$here/broken.html" > "$log" 2>&1
for expected in "console errors" "dialogs opened" "no script, handler" "horizontal scrolling" \
                "skip link" "axe-core finds no violations"; do
  if grep -q "^FAIL broken at 375px: .*$expected" "$log"; then
    echo "ok   a broken page fails '$expected'"
  else
    echo "FAIL a broken page passed '$expected'; see $log"
    status=1
  fi
done
exit $status
