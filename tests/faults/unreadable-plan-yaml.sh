# plan.yaml cannot be read: exit 2 (an I/O problem), the path and the reason.
source "$(dirname "$0")/lib.sh"
make_plan
chmod 000 plan/plan.yaml
snapshot
unprivileged
require_unreadable plan/plan.yaml
run "${priv[@]}" -- validate --as-of 2025-01-01
expect_rc 2
expect_in out "plan/plan.yaml: error: cannot read 'plan/plan.yaml': Permission denied [read-error]"
expect_unchanged
finish
