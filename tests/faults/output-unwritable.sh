# Standard output cannot be written (a full disk, /dev/full; or closed): plan
# must say so and exit 2, not report success having printed nothing.
source "$(dirname "$0")/lib.sh"
make_plan
if [[ ! -w /dev/full ]]; then echo "SKIP: no /dev/full here"; exit 77; fi
env -u PLAN_DIR timeout 10 "$plan_bin" validate --as-of 2025-01-01 > /dev/full 2> err
rc=$?
expect_rc 2
expect_in err "plan: error: cannot write the output: No space left on device"
env -u PLAN_DIR timeout 10 "$plan_bin" validate --as-of 2025-01-01 >&- 2> err
rc=$?
expect_rc 2
expect_in err "plan: error: cannot write the output: Bad file descriptor"
finish
