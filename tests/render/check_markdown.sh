#!/usr/bin/env bash
# Reads the Markdown pages the way GitHub and GitLab do (cmark-gfm with the
# table, strikethrough, autolink and tagfilter extensions, raw HTML let
# through so that any would show) and checks what a reader would get:
# the bundled plan has its two tables and one heading per recommendation;
# the hostile plan yields no tag, link or table that its text tried to make.
# Usage: tests/render/check_markdown.sh PLAN_BINARY
set -uo pipefail
plan_bin=$(realpath "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
command -v cmark-gfm >/dev/null || { echo "cmark-gfm missing: run scripts/setup.sh --test"; exit 1; }
gfm() { cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tagfilter; }
passed=0 failed=0
check() {
  if [[ "$2" == "$3" ]]; then passed=$((passed + 1)); echo "ok   $1";
  else failed=$((failed + 1)); echo "FAIL $1: expected $3, got $2"; fi
}
count() { grep -o -- "$1" <<< "$2" | wc -l | tr -d ' '; }

bundled=$("$plan_bin" -C "$src" render --format md --as-of 2025-01-01 -o - | gfm)
check "bundled: two tables (at a glance, contents)" "$(count '<table>' "$bundled")" 2
check "bundled: one h2 per recommendation, plus three" "$(count '<h2>' "$bundled")" 18
check "bundled: a contents link per recommendation, and one per latest update" "$(count '<a href="#recommendation-' "$bundled")" 17
check "bundled: latest updates listed" "$(count '<li>11 November 2024: <a href="#recommendation-' "$bundled")" 2
check "bundled: an anchor per recommendation" "$(count '<a id="recommendation-' "$bundled")" 15
check "bundled: rec 28 status" "$(count '<strong>Status:</strong> In Progress 25% (last updated 11 November 2024)' "$bundled")" 1
check "bundled: rec 27 overdue" "$(count 'No update published · <strong>Overdue</strong>' "$bundled")" 2

hostile=$("$plan_bin" -C "$src/tests/render/hostile" render --format md --as-of 2025-01-01 -o - | gfm)
tags=$(grep -oE '<[a-zA-Z][a-zA-Z0-9]*' <<< "$hostile" | sort -u | tr '\n' ' ')
check "hostile: only the page's own tags" "$tags" \
  "<a <h1 <h2 <h3 <h4 <hr <li <p <strong <table <tbody <td <th <thead <tr <ul "
check "hostile: two tables, none from the text" "$(count '<table>' "$hostile")" 2
check "hostile: no struck-out text" "$(count '<del>' "$hostile")" 0
check "hostile: links only to the page and the web" \
  "$(grep -oE 'href="[^"#]*' <<< "$hostile" | grep -vE 'href="(https?://|$)' | wc -l | tr -d ' ')" 0
check "hostile: no internal text" "$(count 'SECRET' "$hostile")" 0

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
