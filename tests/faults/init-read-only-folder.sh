# plan init where a folder it must write into is read-only (an existing
# .vscode/, or the target folder itself): exit 2 naming the folder and the
# system's reason, found before anything is written, so the folder is byte
# for byte as it was and nothing of the new plan is left behind.
source "$(dirname "$0")/lib.sh"
unprivileged
mkdir -p repo/.vscode
echo '{}' > repo/.vscode/other.json
chmod 555 repo/.vscode
if "${priv[@]}" touch repo/.vscode/probe 2> /dev/null; then
  rm -f repo/.vscode/probe
  echo "SKIP: the folder stays writable here despite its mode"; exit 77
fi
tree_state repo > before
run "${priv[@]}" -- init repo --as-of 2025-01-01
expect_rc 2
expect_in err "plan: error: nothing was written: cannot create 'repo/.vscode/settings.json' in 'repo/.vscode': Permission denied"
expect_tree_unchanged repo before

# The target folder itself read-only: one line for it, not one per file.
chmod 755 repo/.vscode
chmod 555 repo
tree_state repo > before
run "${priv[@]}" -- init repo --as-of 2025-01-01
expect_rc 2
expect_in err "cannot create 'repo/plan/plan.yaml' in 'repo': Permission denied"
[[ $(grep -c "in 'repo':" err) -eq 1 ]] || { echo "FAIL: the folder is named more than once"; failures=1; }
expect_tree_unchanged repo before
chmod 755 repo
run -- init repo --as-of 2025-01-01
expect_rc 0
finish
