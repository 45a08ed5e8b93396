#!/usr/bin/env bash
# Checks the rendered pages with the Nu Html Checker (vnu-jar from npm, on
# the machine's Java): they must be valid HTML5. A deliberately broken page
# must fail, so a checker that finds nothing cannot pass by accident.
# (The fragment is left out: a style element inside body is for pasting
# into a CMS and is not valid HTML on its own.)
# Usage: tests/browser/run_vnu.sh PLAN_BINARY OUT_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vnu="$here/../../node_modules/vnu-jar/build/dist/vnu.jar"
[[ -f $vnu ]] || { echo "vnu.jar missing: run tests/browser/install.sh (scripts/test.sh does)"; exit 1; }
command -v java >/dev/null || { echo "java missing: run scripts/setup.sh --test"; exit 1; }
out=$2
bash "$here/render_pages.sh" "$1" "$out" || exit 1

pages=("$out/bundled.html" "$out/hostile.html" "$out/small.html" "$out/force.html" "$out/aggregate.html")
if java -jar "$vnu" --errors-only "${pages[@]}"; then
  echo "ok   valid HTML: ${pages[*]##*/}"
  passed=1; failed=0
else
  echo "FAIL the Nu Html Checker reports errors (above)"
  passed=0; failed=1
fi
if java -jar "$vnu" --errors-only "$here/broken.html" >/dev/null 2>&1; then
  echo "FAIL the checker passed a broken page: it is not checking"
  failed=$((failed + 1))
else
  echo "ok   the checker rejects a broken page"
  passed=$((passed + 1))
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
