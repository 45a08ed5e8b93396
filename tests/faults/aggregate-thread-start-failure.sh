# At the process limit no thread can be started: plan aggregate then reads
# its inputs on one thread, with the same output, instead of aborting
# ("terminate called without an active exception", issue 21 item 5). Root
# is exempt from RLIMIT_NPROC, so the run uses the "nobody" user.
source "$(dirname "$0")/lib.sh"
for force in a b c d e f; do
  mkdir -p forces/$force/plan/recommendations
  printf 'title: Plan\norganisation: %s Police\npublished: 2024-09-27\n' "$force" > forces/$force/plan/plan.yaml
  for i in 7 8 9; do
    printf 'id: %s\ndeadline: 2025-03-27\ntext: Forces should act.\nupdates:\n  - date: 2024-12-01\n    status: In Progress\n' "$i" > forces/$force/plan/recommendations/$i.yaml
  done
done
run -- aggregate forces --as-of 2025-01-01 --format csv -j 4
expect_rc 0
cp out expected
chmod -R a+rX "$work"
if [[ $(id -u) -eq 0 ]]; then
  command -v setpriv > /dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null ||
    { echo "SKIP: cannot run as nobody"; exit 77; }
  limit=(setpriv --reuid=65534 --regid=65534 --clear-groups prlimit --nproc=1)
else
  limit=(prlimit --nproc=1)
fi
[[ "${PLAN_SANITIZED:-}" == 1 ]] && export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
run "${limit[@]}" -- aggregate forces --as-of 2025-01-01 --format csv -j 4
expect_rc 0
if ! cmp -s out expected; then echo "FAIL: output differs from the run with threads"; diff expected out; failures=1; fi
expect_in err "plan aggregate: 6 inputs read, 0 refused"
finish
