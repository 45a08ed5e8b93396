# plan init, plan init --report and plan import into a new folder when the
# disk fills up midway (a 256 KiB tmpfs with a few KiB left): exit 2 with the
# system's reason, and the disk byte for byte as it was: every file and folder
# made so far removed (for import, its plan files too when plan init's
# other files do not fit after them), nothing that was there before touched. Once there is
# room, the same command succeeds (no leftovers of its own to trip over).
# Needs root to mount the tmpfs in a private mount namespace; skipped otherwise.
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
source "$(dirname "$0")/lib.sh"
if [[ $(id -u) -ne 0 ]] || ! unshare -m true 2> /dev/null; then
  echo "SKIP: mounting a small tmpfs needs root and unshare"; exit 77
fi
mkdir disk
cat > inside.sh <<'INNER'
set -u
mount -t tmpfs -o size=1024k tmpfs disk || exit 77
cd disk
source ../steps.sh
INNER
{
  echo "plan_bin='$plan_bin'"
  echo "report='$source_dir/reports/police-response-to-stalking.yaml'"
  echo "page='$source_dir/tests/cases/import-key-value/kv.txt'"
  declare -f tree_state
} > steps.sh
cat >> steps.sh <<'STEPS'
mkdir -p repo/.github && echo "ours" > repo/.github/CODEOWNERS
# attempt NAME FREE-KIB COMMAND…: with FREE-KIB left on the disk, run it,
# record the tree before and after, then with room run it again.
attempt() {
  local name=$1 free=$2; shift 2
  head -c 4M /dev/zero > filler 2> /dev/null  # fails when the disk is full
  truncate -s "-${free}K" filler
  tree_state . > "../$name.before"
  timeout 10 "$@" > "../$name.out" 2> "../$name.err"
  echo $? > "../$name.rc"
  tree_state . > "../$name.after"
  rm -f filler
  timeout 10 "$@" > "../$name.out2" 2> "../$name.err2"
  echo $? > "../$name.rc2"
}
attempt init 24 "$plan_bin" init repo --as-of 2025-01-01
rm -rf repo/plan repo/schemas repo/.vscode repo/ci repo/.github/workflows repo/.g* repo/.pre* repo/azure-pipelines.yml
mkdir -p repo/.github && echo "ours" > repo/.github/CODEOWNERS
attempt report 24 "$plan_bin" init repo --as-of 2025-01-01 --report "$report"
attempt import 4 "$plan_bin" import "$page" -o fresh
# Room for the plan files but not for plan init's schemas and CI files after them.
attempt import-setup 40 "$plan_bin" import "$page" -o fresh2
cd ..
umount disk
STEPS
unshare -m bash inside.sh
inner=$?
if [[ $inner -eq 77 ]]; then echo "SKIP: cannot mount a tmpfs here"; exit 77; fi

for name in init report import import-setup; do
  rc=$(cat $name.rc); expect_rc 2
  expect_in $name.err "No space left on device"
  if ! diff -u $name.before $name.after > $name.diff; then
    echo "FAIL ($name): the disk changed:"; cat $name.diff; failures=1
  fi
  rc=$(cat $name.rc2); expect_rc 0
  [[ $rc -eq 0 ]] || cat $name.err2
done
expect_in init.err "nothing was written (the files and folders made so far were removed again)"
cp init.err err; cp init.out out
finish
