#!/usr/bin/env bash
# Validates the plan for CI, in the form the CI system shows best:
#   bash ci/validate.sh github   annotations on the changed lines, and plan.sarif
#                                for GitHub code scanning
#   bash ci/validate.sh gitlab   gl-code-quality-report.json for GitLab's Code
#                                Quality widget, and the usual text in the log
#   bash ci/validate.sh          the usual text
# Exit status: plan validate's (0 no errors, 1 errors, 2 usage or I/O problem).
set -uo pipefail
case "${1:-text}" in
  github)
    plan validate --format sarif > plan.sarif
    plan validate --format github ;;
  gitlab)
    plan validate --format codequality > gl-code-quality-report.json
    plan validate ;;
  *) plan validate ;;
esac
