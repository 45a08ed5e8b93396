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

if ! check_tree "$src_dir"; then
  echo "layers: forbidden includes found; move the code to the layer it belongs to, or redraw docs/architecture.md and this table together" >&2
  exit 1
fi
echo "layers: every include in src/ goes down the layers"
