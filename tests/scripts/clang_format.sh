#!/usr/bin/env bash
# C++ files follow the root .clang-format. Checks the files changed on this
# branch (since it left main, plus uncommitted and new files), so a change
# cannot bring unformatted code in; PLAN_FORMAT_ALL=1 checks every file
# (PLAN_FORMAT_BASE=REF compares with another branch). Each file that
# differs is named with the command that fixes it.
# Usage: clang_format.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
command -v clang-format > /dev/null || skip "no clang-format (scripts/setup.sh --test installs it)"
git -C "$source_dir" rev-parse HEAD > /dev/null 2>&1 || skip "$source_dir is not a git clone"
cd "$source_dir"
patterns=('src/*.cpp' 'src/*.h' 'tests/unit/*.cpp' 'tests/unit/*.h' 'bench/*.cpp' 'fuzz/*.cpp')

if [[ -n "${PLAN_FORMAT_ALL:-}" ]]; then
  mapfile -t files < <(git ls-files -- "${patterns[@]}")
  what="every C++ file"
else
  base_ref=${PLAN_FORMAT_BASE:-main}
  git rev-parse --verify -q "$base_ref" > /dev/null || base_ref=origin/main
  git rev-parse --verify -q "$base_ref" > /dev/null ||
    skip "no branch main or origin/main to compare with; set PLAN_FORMAT_BASE=REF or PLAN_FORMAT_ALL=1"
  base=$(git merge-base HEAD "$base_ref")
  mapfile -t files < <({
    git diff --name-only --diff-filter=d "$base" -- "${patterns[@]}"
    git ls-files --others --exclude-standard -- "${patterns[@]}"
  } | sort -u)
  what="the C++ files changed since $base_ref"
fi

checked=0
for f in "${files[@]}"; do
  [[ -f "$f" ]] || continue
  checked=$((checked + 1))
  clang-format --dry-run -Werror "$f" > /dev/null 2>&1 ||
    fail "$f is not formatted as .clang-format says; run: clang-format -i $f"
done
echo "checked $checked of $what"
finish
