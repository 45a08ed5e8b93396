# A recommendation file that is a symlink loop: an error with the system's
# reason, exit 1, no hang, nothing changed.
source "$(dirname "$0")/lib.sh"
make_plan
rm plan/recommendations/7.yaml
ln -s 7.yaml plan/recommendations/7.yaml
ln -s 9b.yaml plan/recommendations/9.yaml
ln -s 9.yaml plan/recommendations/9b.yaml
snapshot
run -- validate --as-of 2025-01-01
expect_rc 1
expect_in out "plan/recommendations/7.yaml: error: cannot read 'plan/recommendations/7.yaml': Too many levels of symbolic links [read-error]"
expect_in out "plan/recommendations/9.yaml: error: cannot read 'plan/recommendations/9.yaml': Too many levels of symbolic links [read-error]"
expect_unchanged
finish
