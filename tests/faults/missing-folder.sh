# -C names a folder that does not exist, or a file: exit 2, naming it.
source "$(dirname "$0")/lib.sh"
make_plan
run -- -C no-such-folder validate
expect_rc 2
expect_in err "plan: error: no such folder 'no-such-folder' (from -C)"
run -- -C plan/plan.yaml validate
expect_rc 2
expect_in err "plan: error: 'plan/plan.yaml' (from -C) is not a folder"
finish
