# plan update and plan new on a full disk (a 256 KiB tmpfs, filled up), and on
# a read-only file system: exit 2 with the path and the system's reason, the
# plan unchanged, no temporary file left. Needs root to mount the tmpfs in a
# private mount namespace; skipped otherwise.
source "$(dirname "$0")/lib.sh"
if [[ $(id -u) -ne 0 ]] || ! unshare -m true 2> /dev/null; then
  echo "SKIP: mounting a small tmpfs needs root and unshare"; exit 77
fi
mkdir disk
cat > inside.sh <<'INNER'
set -u
mount -t tmpfs -o size=256k tmpfs disk || exit 77
cd disk
source ../steps.sh
INNER
cat > steps.sh <<STEPS
plan_bin='$plan_bin'
STEPS
cat >> steps.sh <<'STEPS'
mkdir -p plan/recommendations
printf 'title: Test Plan\norganisation: Test Force\npublished: 2024-09-27\n' > plan/plan.yaml
printf 'id: 7\ndeadline: 2025-03-27\ntext: Forces should act.\n' > plan/recommendations/7.yaml
find plan -type f -print0 | sort -z | xargs -0 sha256sum > ../sums
head -c 1M /dev/zero > filler 2> /dev/null  # fills the disk; fails when it is full
timeout 10 "$plan_bin" update 7 --status "In Progress" --note "Started." --date 2025-01-10 > ../out1 2> ../err1
echo $? > ../rc1
timeout 10 "$plan_bin" new 9 --deadline 2025-06-30 --text "do more." > ../out2 2> ../err2
echo $? > ../rc2
find plan -name '.*.tmp-*' > ../temps
sha256sum --quiet -c ../sums > ../changed 2>&1; echo $? >> ../changed
ls plan/recommendations > ../files
rm -f filler
mount -o remount,ro . 2> /dev/null || mount -o remount,ro "$PWD"
timeout 10 "$plan_bin" update 7 --status "In Progress" --note "Started." --date 2025-01-10 > ../out3 2> ../err3
echo $? > ../rc3
cd ..
umount disk
STEPS
unshare -m bash inside.sh
inner=$?
if [[ $inner -eq 77 ]]; then echo "SKIP: cannot mount a tmpfs here"; exit 77; fi

rc=$(cat rc1); expect_rc 2
expect_in err1 "cannot write 'plan/recommendations/7.yaml': No space left on device"
rc=$(cat rc2); expect_rc 2
expect_in err2 "plan/recommendations/9.yaml"
expect_in err2 "No space left on device"
[[ -s temps ]] && { echo "FAIL: temporary files left behind: $(cat temps)"; failures=1; }
[[ "$(tail -1 changed)" == 0 ]] || { echo "FAIL: a plan file changed"; failures=1; }
[[ "$(cat files)" == "7.yaml" ]] || { echo "FAIL: files were added: $(cat files)"; failures=1; }
rc=$(cat rc3); expect_rc 2
expect_in err3 "Read-only file system"
cp err1 err; cp out1 out
finish
