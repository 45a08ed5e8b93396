#!/usr/bin/env bash
# The layers of docs/architecture.md, enforced: every `#include "folder/…"`
# in src/ must go to a folder on a lower level than its own (or its own),
# or be one of the few named exceptions below. Prints each forbidden include
# as path:line: and fails. Usage: layers.sh [PLAN_BINARY] [SOURCE_DIR]
set -euo pipefail
src_dir="${2:-$(cd "$(dirname "$0")/../.." && pwd)}/src"

# Level of each folder, highest first. A folder may include folders of a
# higher number only (stages on one level never include each other).
declare -A level=(
  [cli]=1
  [aggregate]=2 [diff]=2 [edit]=2 [import]=2 [init]=2 [merge]=2 [render]=2 [query]=2
  [git]=3 [template]=3
  [check]=4
  [text]=5
  [load]=6
  [model]=7
  [diag]=8
  [util]=9
)
# Edges across one level, each with its reason.
declare -A allowed=(
  [aggregate:query]="plan aggregate reads the files plan export writes: the export's format version"
)

# check_tree SRC: prints each forbidden include under SRC; fails if there is one.
check_tree() {
local src_dir=$1 bad=0 hit file rest line target rel from
while IFS= read -r hit; do
  file=${hit%%:*}; rest=${hit#*:}; line=${rest%%:*}
  target=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$rest")
  rel=${file#"$src_dir"/}
  from=${rel%%/*}
  [[ $rel == main.cpp ]] && from=cli
  [[ $from == "$target" ]] && continue
  if [[ -z ${level[$from]:-} ]]; then
    echo "src/$rel:$line: folder '$from' has no level: add it to tests/scripts/layers.sh and docs/architecture.md"
    bad=1; continue
  fi
  if [[ -z ${level[$target]:-} ]]; then
    echo "src/$rel:$line: includes from '$target', a folder with no level: add it to tests/scripts/layers.sh and docs/architecture.md"
    bad=1; continue
  fi
  if ((level[$target] <= level[$from])) && [[ -z ${allowed[$from:$target]:-} ]]; then
    echo "src/$rel:$line: '$from/' may not include '$target/' (docs/architecture.md: a folder includes only the layers beneath it)"
    bad=1
  fi
done < <(grep -rnE '^#include "[a-z_]+/' "$src_dir" --include='*.cpp' --include='*.h')
return $bad
}

# Inside import/, the stages of its pipeline (docs/import.md), in the same
# way: the page's vocabulary, the readers, the assembler, matching to the
# report, writing; import_page.* at the top runs them in turn.
declare -A import_level=(
  [top]=1 [write]=2 [match]=3 [assemble]=4 [read]=5 [fields]=6
)

# check_import_stages SRC: prints each include in SRC/import that goes up the stages.
check_import_stages() {
local src_dir=$1 bad=0 hit file rest line target rel from
while IFS= read -r hit; do
  file=${hit%%:*}; rest=${hit#*:}; line=${rest%%:*}
  target=$(sed -E 's/.*#include "import\/([a-z_]+)\/.*/\1/; t; s/.*/top/' <<<"$rest")
  rel=${file#"$src_dir"/import/}
  from=${rel%%/*}
  [[ $rel == */* ]] || from=top
  [[ $from == "$target" ]] && continue
  if [[ -z ${import_level[$from]:-} || -z ${import_level[$target]:-} ]]; then
    echo "src/import/$rel:$line: an import stage with no level ('$from' or '$target'): add it to tests/scripts/layers.sh and docs/import.md"
    bad=1; continue
  fi
  if ((import_level[$target] <= import_level[$from])); then
    echo "src/import/$rel:$line: 'import/$from/' may not include 'import/$target/' (docs/import.md: a stage includes only the stages before it)"
    bad=1
  fi
done < <(grep -rnE '^#include "import/' "$src_dir/import" --include='*.cpp' --include='*.h')
return $bad
}

# The check must catch what it is for: a copy of src/ with model/ reaching up
# into cli/ has to fail.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$src_dir" "$scratch/src"
echo '#include "cli/app.h"' >>"$scratch/src/model/date.h"
if check_tree "$scratch/src" >"$scratch/out"; then
  echo "layers: the check passed a tree where model/ includes cli/" >&2
  exit 1
fi
grep -q "src/model/date.h:[0-9]*: 'model/' may not include 'cli/'" "$scratch/out" || {
  echo "layers: the check did not name the forbidden include:" >&2
  cat "$scratch/out" >&2
  exit 1
}

# And a reader reaching into the assembler has to fail too.
echo '#include "import/assemble/row_record.h"' >>"$scratch/src/import/read/block.h"
if check_import_stages "$scratch/src" >"$scratch/out"; then
  echo "layers: the check passed a tree where import/read/ includes import/assemble/" >&2
  exit 1
fi
grep -q "src/import/read/block.h:[0-9]*: 'import/read/' may not include 'import/assemble/'" \
  "$scratch/out" || {
  echo "layers: the check did not name the forbidden include:" >&2
  cat "$scratch/out" >&2
  exit 1
}

if ! check_tree "$src_dir" || ! check_import_stages "$src_dir"; then
  echo "layers: forbidden includes found; move the code to the layer it belongs to, or redraw docs/architecture.md and this table together" >&2
  exit 1
fi
echo "layers: every include in src/ goes down the layers"
