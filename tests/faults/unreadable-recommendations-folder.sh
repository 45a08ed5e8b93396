# The recommendations folder cannot be listed: exit 2, the path and the reason.
source "$(dirname "$0")/lib.sh"
make_plan
snapshot
chmod 000 plan/recommendations
unprivileged
require_unreadable plan/recommendations
run "${priv[@]}" -- validate --as-of 2025-01-01
expect_rc 2
expect_in out "plan/recommendations: error: cannot open folder 'plan/recommendations': Permission denied [read-error]"
chmod 755 plan/recommendations
expect_unchanged
finish
