#!/usr/bin/env bash
# The Windows zip: dist/plan-<version>-windows-x86_64.zip holding one folder,
# plan-<version>/, with plan.exe (static: no DLLs, no installer, no
# administrator rights), the reports that `plan init --report ID` finds
# beside it (reports/, without development notes), the schemas, the page
# templates, the manual as text (plan.txt) and docs/install.md.
# Run by scripts/build-windows.sh --zip after it has built plan.exe.
#   scripts/package-windows.sh build-windows/plan.exe
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-build-windows/plan.exe}
build=$(dirname "$exe")
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
override=$(sed -n 's/^PLAN_VERSION_OVERRIDE:STRING=v\{0,1\}//p' "$build/CMakeCache.txt")
[[ -n "$override" ]] && version=$override
name=plan-$version
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dir=$stage/$name
mkdir -p "$dir/reports" "$dir/schemas" "$dir/templates" dist
cp "$exe" "$dir/plan.exe"
cmake --build "$build" --target bundled_reports > /dev/null
cp "$build"/reports/*.yaml "$dir/reports/"
cp schemas/*.json "$dir/schemas/"
cp templates/README.md templates/page.html.mustache templates/page.md.mustache templates/national.html.mustache templates/page.css \
  "$dir/templates/"
cp docs/install.md "$dir/INSTALL.md"
# The manual as plain text, for a machine without man.
groff -man -Tutf8 -P -cbou docs/plan.1 2> /dev/null > "$dir/plan.txt"
[[ -s "$dir/plan.txt" ]] || { echo "package-windows: groff could not format docs/plan.1" >&2; exit 1; }
# Windows' own tools read these: CRLF line ends for the text a person opens.
for f in "$dir/INSTALL.md" "$dir/plan.txt"; do sed -i 's/$/\r/' "$f"; done
zip_path=$PWD/dist/$name-windows-x86_64.zip
rm -f "$zip_path"
# Sorted names and a fixed date, so the same build gives the same zip.
find "$stage" -exec touch -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}" {} +
(cd "$stage" && find "$name" -print | LC_ALL=C sort | zip -q -X -D "$zip_path" -@)
echo "package-windows: $zip_path"
unzip -l "$zip_path" | tail -n +4 | head -n -2 | awk '{print "  " $4}'
