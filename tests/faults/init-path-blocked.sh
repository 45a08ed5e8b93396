# plan init (and init --report) when one of its paths is blocked: a file
# where a folder must go (.github/workflows), a folder where a file must go,
# the plan's own folder a file. Refused before anything is written (exit 1),
# every problem named, the folder byte for byte as it was, and the rerun
# succeeds once the obstacle is moved away (no leftovers of its own to trip on).
report="$(cd "$(dirname "$0")/../.." && pwd)/reports/police-response-to-stalking.yaml"
source "$(dirname "$0")/lib.sh"

for variant in plain report; do
  extra=()
  [[ $variant == report ]] && extra=(--report "$report")
  rm -rf repo && mkdir -p repo/.github repo/.vscode/settings.json
  echo "our own workflows are elsewhere" > repo/.github/workflows
  echo "keep me" > repo/README.md
  tree_state repo > before
  run -- init repo --as-of 2025-01-01 "${extra[@]}"
  expect_rc 1
  expect_in err "nothing was written: 'repo/.github/workflows' is a file, not a folder, so 'repo/.github/workflows/plan.yml' cannot be created; move it away"
  expect_in err "nothing was written: 'repo/.vscode/settings.json' is a folder, where a file must go; move it away"
  [[ -s out ]] && { echo "FAIL ($variant): something printed on standard output"; failures=1; }
  expect_tree_unchanged repo before
  # Moved away: the same command now writes the plan, leaving what was there.
  rm repo/.github/workflows && rmdir repo/.vscode/settings.json
  run -- init repo --as-of 2025-01-01 "${extra[@]}"
  expect_rc 0
  [[ -f repo/.github/workflows/plan.yml && -f repo/plan/plan.yaml ]] ||
    { echo "FAIL ($variant): the rerun did not write the plan"; failures=1; }
  [[ $(cat repo/README.md) == "keep me" ]] || { echo "FAIL: README.md changed"; failures=1; }
done

# The new plan's own folder is a file: refused, the file left alone.
echo "not a folder" > afile
run -- init afile --as-of 2025-01-01
expect_rc 2
expect_in err "'afile' exists and is not a folder"
[[ $(cat afile) == "not a folder" ]] || { echo "FAIL: afile changed"; failures=1; }

# A folder on the way is a file, deeper down: new/plan is a file.
mkdir new && echo x > new/plan
tree_state new > before
run -- init new --as-of 2025-01-01
expect_rc 1
expect_in err "'new/plan' is a file, not a folder"
expect_tree_unchanged new before
finish
