# The plan folder is a symlink loop: exit 2 with the system's reason.
source "$(dirname "$0")/lib.sh"
ln -s loop-b loop-a
ln -s loop-a loop-b
run -- -C loop-a validate
expect_rc 2
expect_in err "plan: error: cannot open folder 'loop-a' (from -C): Too many levels of symbolic links"
finish
