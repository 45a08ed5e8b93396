# The folder given with -C cannot be opened: exit 2, the path and the reason.
source "$(dirname "$0")/lib.sh"
make_plan
snapshot
chmod 000 plan
unprivileged
require_unreadable plan
run "${priv[@]}" -- -C plan validate --as-of 2025-01-01
expect_rc 2
expect_in err "plan: error: cannot open folder 'plan' (from -C): Permission denied"
chmod 755 plan
expect_unchanged
finish
