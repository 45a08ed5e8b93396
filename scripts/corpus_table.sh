#!/usr/bin/env bash
# Rewrites the table of the import corpus in docs/reference/import-layouts.md
# from each layout's README (tests/import/corpus/<layout>/README): one row a
# layout, its README's words cut at about 200 characters. Run it after adding
# a layout; tests/import/corpus.sh fails for a layout with no row.
#   scripts/corpus_table.sh   (tags split by text, as "<p>…</p>", come out a little apart; tidy by hand)
set -euo pipefail
cd "$(dirname "$0")/.."
doc=docs/reference/import-layouts.md
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
for dir in tests/import/corpus/*/; do
  layout=$(basename "$dir")
  words=$(head -n1 "$dir/README")
  if ((${#words} > 220)); then words="${words:0:200}"; words="${words% *} …"; fi
  # Bars are the table's; HTML tags are code, not markup.
  words=$(sed -E 's/\|/\\|/g; s/(<\/?[a-z0-9]+>)+/`&`/g' <<<"$words")
  printf '| [`%s`](../../tests/import/corpus/%s/) | %s |\n' "$layout" "$layout" "$words" >>"$rows"
done
awk -v rows="$rows" '
  /^\| Layout \| What it is \|$/ { print; getline; print; while ((getline line < rows) > 0) print line; skip = 1; next }
  skip && /^\|/ { next }
  { skip = 0; print }
' "$doc" >"$doc.new"
mv "$doc.new" "$doc"
