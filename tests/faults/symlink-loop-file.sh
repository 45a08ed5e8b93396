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
expect_in out "plan/recommendations/7.yaml: error: this file is not read: it is a symbolic link; plan never follows links inside a plan (one could point outside the repository), so put the file itself here [symlink]"
expect_in out "plan/recommendations/9.yaml: error: this file is not read: it is a symbolic link; plan never follows links inside a plan (one could point outside the repository), so put the file itself here [symlink]"
expect_unchanged
finish
