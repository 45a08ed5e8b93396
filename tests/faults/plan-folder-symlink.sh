# A plan/ folder (or recommendations/, or reports/) that is a symbolic link is
# refused by every command that reads or writes through it, and nothing
# outside the repository is read or touched. The folder named with -C may
# itself be a link.
source "$(dirname "$0")/lib.sh"
mkdir -p elsewhere repo
(cd elsewhere && make_plan)
ln -s ../elsewhere/plan repo/plan
tree_state elsewhere > before.state
cd repo || exit 1
for args in "validate --as-of 2025-01-01" "list" "show 7" "render -o page.html" \
  "export --format json" "update 7 --status Complete --date 2024-10-01 --note Done." \
  "new 9 --deadline 2025-03-27 --text Act." "git-setup"; do
  # shellcheck disable=SC2086
  run -- $args
  expect_rc 1
  expect_in err "the folder 'plan' is a symbolic link"
  # shellcheck disable=SC2086
  run -- -C . $args
  expect_rc 1
  expect_in err "is a symbolic link"
done
cd .. || exit 1
expect_tree_unchanged elsewhere before.state
# plan init and plan import do not write through a linked plan/ either.
mkdir -p target outside
ln -s ../outside target/plan
tree_state outside > before.state
run -- init target --as-of 2025-01-01
expect_rc 1
expect_in err "is a symbolic link"
expect_tree_unchanged outside before.state
# A linked recommendations/ inside a real plan/ folder is refused as before.
mkdir -p repo2/plan outside2/recommendations
(cd repo2 && make_plan && rm -r plan/recommendations)
ln -s ../../outside2/recommendations repo2/plan/recommendations
run -- -C repo2 validate --as-of 2025-01-01
expect_rc 1
expect_in out "[symlink]"
# The folder given with -C may be a link: the user named it.
ln -s elsewhere via-link
run -- -C via-link validate --as-of 2025-01-01
expect_rc 0
finish
