#!/usr/bin/env bash
# The man page and --help stay complete: docs/plan.1 is clean roff (groff
# prints no warning), has a section for every subcommand `plan --help` lists
# and mentions each of its long options; `plan --help` and every subcommand's
# help show an example; `plan --version` prints the version.
# Usage: man_and_help.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
set -euo pipefail
plan_bin=$1 source_dir=$2
man_page="$source_dir/docs/plan.1"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

warnings=$(groff -man -ww -z "$man_page" 2>&1) || true
[[ -z "$warnings" ]] || fail "groff warns about docs/plan.1: $warnings"

"$plan_bin" --version | grep -Eq '^plan [0-9]+\.[0-9]+\.[0-9]+$' || fail "plan --version"
"$plan_bin" --help | grep -q '^Examples:' || fail "plan --help shows no example"

commands=$("$plan_bin" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF && !/^Subcommands:/{print $1}')
[[ -n "$commands" ]] || fail "no subcommands found in plan --help"
for cmd in $commands; do
  help=$("$plan_bin" "$cmd" --help)
  grep -Eq '^Examples?:' <<< "$help" || fail "plan $cmd --help shows no example"
  grep -q "^\.SS \"plan ${cmd//-/\\\\-}\b" "$man_page" || fail "docs/plan.1 has no section for plan $cmd"
  for opt in $(grep -Eo -- '--[a-z][a-z-]+' <<< "$help" | sort -u); do
    [[ "$opt" == --help ]] && continue
    roff=${opt//-/\\-}
    grep -qF -- "$roff" "$man_page" || fail "docs/plan.1 does not mention 'plan $cmd $opt'"
  done
done
echo "checked $(wc -w <<< "$commands") subcommands: $(tr '\n' ' ' <<< "$commands")"
exit $((failures > 0))
