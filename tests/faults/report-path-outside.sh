# A report path in plan.yaml that leads outside the repository (an absolute
# path, '..', a hidden folder such as .git, a linked folder or file) is
# refused with report-path before anything is read, and nothing of the file
# it names appears in any output: validate's formats, list, aggregate.
small_report=$(cd "$(dirname "$0")/../cases/rule-report-file/reports" && pwd)/small.yaml
source "$(dirname "$0")/lib.sh"
secret=ghp_SECRETTOKEN0123456789
mkdir -p outside repo/.git repo/reports
printf '[http]\n\textraheader = AUTHORIZATION: bearer %s\n' "$secret" > repo/.git/config
printf 'id: %s\ntitle: %s\n' "$secret" "$secret" > outside/secret.yaml
printf 'id: %s\n' "$secret" > repo/reports/.hidden.yaml
ln -s ../../outside/secret.yaml repo/reports/linked.yaml
ln -s ../outside repo/linked-folder
cd repo || exit 1
make_plan
cp plan/plan.yaml plan.yaml.orig
for path in "../outside/secret.yaml" "$work/outside/secret.yaml" ".git/config" "./.git/config" \
  "reports/../.git/config" "reports/../../outside/secret.yaml" "reports/.hidden.yaml" \
  "reports/linked.yaml" "linked-folder/secret.yaml"; do
  { cat plan.yaml.orig; printf 'report: {path: "%s", id: x}\n' "$path"; } > plan/plan.yaml
  snapshot
  for format in text json github sarif; do
    run -- validate --format "$format" --as-of 2025-01-01
    expect_rc 1
    expect_in out "report-path"
    if grep -q "$secret" out err; then
      echo "FAIL: validate --format $format quoted the refused file for '$path'"; failures=1
    fi
  done
  run -- validate --as-of 2025-01-01
  expect_in out "the report path '$path' is refused"
  run -- aggregate --format md --as-of 2025-01-01 .
  if grep -q "$secret" out err; then
    echo "FAIL: aggregate quoted the refused file for '$path'"; failures=1
  fi
  expect_unchanged
done
# The neighbours that stay inside are still read: a plain path from the top
# folder, and one written with './'.
cp "$small_report" reports/small.yaml
for path in "reports/small.yaml" "./reports/small.yaml"; do
  { cat plan.yaml.orig; printf 'report: {path: "%s", id: small-report-2024}\n' "$path"; } > plan/plan.yaml
  run -- validate --as-of 2025-01-01
  if grep -q "report-path" out; then echo "FAIL: '$path' was refused"; failures=1; fi
done
finish
