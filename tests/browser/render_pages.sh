#!/usr/bin/env bash
# Renders the pages the browser and validator tests look at into OUT_DIR:
# the bundled plan, a small plan, the hostile plan, the bundled plan's
# fragment inside a bare page as a CMS would show it, and the national view
# (plan aggregate) of these plans with a refused input.
# Usage: tests/browser/render_pages.sh PLAN_BINARY OUT_DIR
set -euo pipefail
plan_bin=$1
out=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
render() { "$plan_bin" -C "$1" render --as-of 2025-01-01 -o - "${@:3}" > "$out/$2"; }
render "$src" bundled.html
render "$src/tests/render/hostile" hostile.html
render "$src/tests/cases/render-md-small" small.html
"$plan_bin" aggregate "$src/plan" "$src/tests/aggregate/essex" "$src/tests/aggregate/kent" \
  "$src/tests/render/hostile" "$src/tests/aggregate/broken" --as-of 2025-05-01 -o - \
  > "$out/aggregate.html" 2> /dev/null || [[ $? == 1 ]]
{
  printf '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
  printf '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
  printf '<title>A page of a force website</title>\n</head>\n<body>\n<main>\n'
  "$plan_bin" -C "$src" render --as-of 2025-01-01 --fragment -o -
  printf '</main>\n</body>\n</html>\n'
} > "$out/fragment.html"
