#!/usr/bin/env bash
# Every C++ file follows the root .clang-format, so a change cannot bring
# unformatted code in. Each file that differs is named with the command
# that fixes it. (One clang-format run over all files: a second or two.)
# Usage: clang_format.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
command -v clang-format > /dev/null || skip "no clang-format (scripts/setup.sh --test installs it)"
git -C "$source_dir" rev-parse HEAD > /dev/null 2>&1 || skip "$source_dir is not a git clone"
cd "$source_dir"
patterns=('src/*.cpp' 'src/*.h' 'tests/unit/*.cpp' 'tests/unit/*.h' 'bench/*.cpp' 'fuzz/*.cpp')

# Tracked files and new ones not yet added.
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- "${patterns[@]}")
[[ ${#files[@]} -gt 0 ]] || fail "no C++ files found under $source_dir"
# clang-format names each file that differs as "FILE:LINE:COL: error: …".
said=$(clang-format --dry-run -Werror "${files[@]}" 2>&1) && ran=0 || ran=$?
mapfile -t differing < <(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/\1/p' <<< "$said" | sort -u)
[[ $ran -eq 0 || ${#differing[@]} -gt 0 ]] || fail "clang-format failed (exit $ran): $said"
for f in "${differing[@]}"; do
  fail "$f is not formatted as .clang-format says; run: clang-format -i $f"
done
echo "checked ${#files[@]} C++ files"
finish
