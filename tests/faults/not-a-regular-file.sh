# A named pipe, a symlink to a device and a dangling symlink where recommendation files
# should be: each refused with its reason, without blocking on the pipe or
# reading the device forever.
source "$(dirname "$0")/lib.sh"
make_plan
rm plan/recommendations/7.yaml
mkfifo plan/recommendations/7.yaml
ln -s /dev/zero plan/recommendations/9.yaml
ln -s missing.txt plan/recommendations/10.yaml
run -- validate --as-of 2025-01-01
expect_rc 1
expect_in out "plan/recommendations/7.yaml: error: cannot read 'plan/recommendations/7.yaml': it is not a regular file (a pipe, device or socket) [read-error]"
# Links (to a device, dangling) are refused as links, never opened.
expect_in out "plan/recommendations/9.yaml: error: this file is not read: it is a symbolic link; plan never follows links inside a plan (one could point outside the repository), so put the file itself here [symlink]"
expect_in out "plan/recommendations/10.yaml: error: this file is not read: it is a symbolic link; plan never follows links inside a plan (one could point outside the repository), so put the file itself here [symlink]"
rm plan/recommendations/7.yaml
mkfifo plan/plan.yaml.fifo
mv plan/plan.yaml plan/plan.yaml.real
mv plan/plan.yaml.fifo plan/plan.yaml
run -- -C plan validate --as-of 2025-01-01
expect_rc 2
expect_in out "plan/plan.yaml: error: cannot read 'plan/plan.yaml': it is not a regular file (a pipe, device or socket) [read-error]"
finish
