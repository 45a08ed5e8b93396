# plan update --commit in a bare repository, or in a plan inside .git: git
# says "false" to --is-inside-work-tree and exits 0 there, so the check must
# not pass. As the README promises: exit 2, nothing written.
source "$(dirname "$0")/lib.sh"
command -v git > /dev/null || { echo "SKIP: no git"; exit 77; }
for where in bare inside-dot-git; do
  rm -rf repo plan
  if [[ $where == bare ]]; then
    git init -q --bare repo
    (cd repo && make_plan)
  else
    git init -q repo
    (cd repo/.git && make_plan)
  fi
  dir=repo; [[ $where == inside-dot-git ]] && dir=repo/.git
  (cd "$dir" && find plan -type f -print0 | sort -z | xargs -0 sha256sum) > "$work.sums"
  run -- -C "$dir" update 7 --status "In Progress" --date 2025-01-15 --commit
  expect_rc 2
  expect_in err "is not in a git working tree (it is a bare repository or inside .git)"
  (cd "$dir" && sha256sum --quiet -c "$work.sums") || { echo "FAIL ($where): a plan file changed"; failures=1; }
done
finish
