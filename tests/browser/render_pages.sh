#!/usr/bin/env bash
# Renders the pages the browser and validator tests look at into OUT_DIR:
# the bundled plan, a small plan, the force plan example, the hostile plan, the bundled plan's
# fragment inside a force website's page as a CMS would show it, and the
# national view (plan aggregate, through a manifest with groupings) of these
# plans, the fictional Northshire (responses, RAG, actions) and a refused input.
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
# The force's own plan (response, actions, revised targets, RAG, month dates),
# as of a date when one action is overdue.
"$plan_bin" -C "$src/tests/cases/render-force-plan-md" render --as-of 2025-07-01 -o - > "$out/force.html"
forces=$(mktemp -d)
trap 'rm -rf "$forces"' EXIT
bash "$src/tests/aggregate/make_forces.sh" "$plan_bin" "$forces"
# Through a manifest, so the page has its groupings' subtotals and contacts.
cat > "$forces/forces.yaml" << YAML
title: Progress against the stalking super-complaint
forces:
  - name: Cambridgeshire Constabulary
    groups: {region: Eastern, size: medium}
    contact: plans@cambs.example
    source: $src/plan
  - name: Essex Police
    groups: {region: Eastern, size: large}
    source: $forces/essex
  - name: Kent Police
    groups: {region: South East, size: large}
    contact: plans@kent.example
    source: $forces/kent
  - name: Northshire Police (fictional)
    groups: {region: North}
    source: $src/examples/northshire
  - name: "\"><img src=x onerror=alert('org')> Force & Co"
    source: $src/tests/render/hostile
  - name: Broken Police
    groups: {region: North, size: small}
    source: $src/tests/aggregate/broken
YAML
"$plan_bin" aggregate --manifest "$forces/forces.yaml" --as-of 2025-05-01 -o - \
  > "$out/aggregate.html" 2> /dev/null || [[ $? == 1 ]]
grep -q 'group-caption-1' "$out/aggregate.html" || { echo "the national page has no groupings"; exit 1; }
# The fragment inside a page of a force website with an aggressive
# stylesheet of its own (host-site.css): once with its styles inline, once
# with --css (linked in the head after the site's, as README says) and its
# headings one level down, under the host page's own h2.
host_page() {  # host_page FILE HEAD_EXTRA BEFORE_FRAGMENT FRAGMENT_ARGS...
  local file=$1 head=$2 before=$3
  shift 3
  {
    printf '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
    printf '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    printf '<title>Our stalking action plan – a force website</title>\n'
    printf '<style>\n%s\n</style>\n%b</head>\n<body>\n' "$(cat "$src/tests/browser/host-site.css")" "$head"
    printf '<header class="site-header"><a href="#">Force home</a></header>\n'
    printf '<main class="content">\n<h1>Our stalking action plan</h1>\n%b' "$before"
    "$plan_bin" -C "$src" render --as-of 2025-01-01 --fragment -o - "$@"
    printf '</main>\n</body>\n</html>\n'
  } > "$out/$file"
}
host_page fragment.html "" ""
host_page fragment-css.html '<link rel="stylesheet" href="fragment-plan.css">\n' \
  '<h2>Progress so far</h2>\n' --heading-level 3 --css "$out/fragment-plan.css" 2> /dev/null
