#!/usr/bin/env bash
# Renders the public page into a folder (default site/) for publishing:
# index.html and its Markdown twin action-plan.md. The date on the page is
# the date of the commit being released (SOURCE_DATE_EPOCH from git), so
# running it again later gives the same bytes.
#   bash ci/render.sh [FOLDER]
set -euo pipefail
out=${1:-site}
if [[ -z "${SOURCE_DATE_EPOCH:-}" ]]; then
  # safe.directory: CI containers check the repository out as another user.
  SOURCE_DATE_EPOCH=$(git -c safe.directory="$PWD" log -1 --format=%ct)
fi
export SOURCE_DATE_EPOCH
echo "plan: rendering as of the release commit's date, $(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d) (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
plan render --format html -o "$out/index.html"
plan render --format md -o "$out/action-plan.md"
