#!/usr/bin/env bash
# Runs plan.exe under Wine as if it were the Linux plan: the end-to-end
# runners (tests/run_case.sh, bad-input/run.sh, limits/run.sh) take this
# script as their PLAN_BINARY. tests/windows/run.sh sets PLAN_EXE and the
# Wine prefix, and keeps one wineserver running for the whole suite.
exec "${PLAN_WINE:-/usr/lib/wine/wine64}" "$PLAN_EXE" "$@"
