# A recommendation file that cannot be read: an error naming the path and the
# system's reason, exit 1, the other files still checked, nothing changed.
source "$(dirname "$0")/lib.sh"
make_plan
chmod 000 plan/recommendations/7.yaml
snapshot
unprivileged
require_unreadable plan/recommendations/7.yaml
run "${priv[@]}" -- validate --as-of 2025-01-01
expect_rc 1
expect_in out "plan/recommendations/7.yaml: error: cannot read 'plan/recommendations/7.yaml': Permission denied [read-error]"
expect_in out "1 error, 0 warnings in 3 files"
expect_unchanged
finish
