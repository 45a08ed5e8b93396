# Temporary files left by a plan command killed mid-write (kill -9): plan
# validate warns about each (temp-file-left), and the next command that
# writes the same file removes them. A temporary file of a writer that still
# runs is left alone.
source "$(dirname "$0")/lib.sh"
make_plan
dead=4194303  # above any pid in use here (checked below)
kill -0 "$dead" 2> /dev/null && { echo "SKIP: pid $dead is in use"; exit 77; }
cp plan/recommendations/7.yaml "plan/recommendations/.7.yaml.tmp-$dead-Ab12Cd"
cp plan/plan.yaml "plan/.plan.yaml.tmp-$dead-Zz99Yy"
cp plan/recommendations/7.yaml plan/recommendations/.7.yaml.tmp-Qw3rTy  # an older plan's name
touch -d '1 hour ago' plan/recommendations/.7.yaml.tmp-Qw3rTy
sleep 300 & live=$!
cp plan/recommendations/7.yaml "plan/recommendations/.7.yaml.tmp-$live-Lv1ng0"
run -- validate --as-of 2025-01-01
expect_rc 0
expect_in out "plan/recommendations/.7.yaml.tmp-$dead-Ab12Cd: warning: this is a temporary file left by a plan command that was stopped while writing '7.yaml'"
expect_in out "plan/.plan.yaml.tmp-$dead-Zz99Yy: warning:"
expect_in out "plan/recommendations/.7.yaml.tmp-Qw3rTy: warning:"
grep -q "Lv1ng0" out && { echo "FAIL: a live writer's temporary file was reported"; failures=1; }
run -- update 7 --status "In Progress" --date 2024-10-01 --note "Started."
expect_rc 0
[[ -e "plan/recommendations/.7.yaml.tmp-$dead-Ab12Cd" ]] && { echo "FAIL: a leftover was not removed"; failures=1; }
[[ -e plan/recommendations/.7.yaml.tmp-Qw3rTy ]] && { echo "FAIL: an older leftover was not removed"; failures=1; }
[[ -e "plan/recommendations/.7.yaml.tmp-$live-Lv1ng0" ]] || { echo "FAIL: a live writer's file was removed"; failures=1; }
[[ -e "plan/.plan.yaml.tmp-$dead-Zz99Yy" ]] || { echo "FAIL: another file's leftover was removed"; failures=1; }
kill "$live" 2> /dev/null
rm -f "plan/recommendations/.7.yaml.tmp-$live-Lv1ng0" "plan/.plan.yaml.tmp-$dead-Zz99Yy"
finish
