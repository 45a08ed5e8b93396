# At the process limit (a busy CI container) no thread can be started: plan
# validate then checks the plan on one thread, with the same output, instead
# of aborting with std::system_error. Root is exempt from RLIMIT_NPROC, so
# the run uses the "nobody" user; skipped where that is not possible.
source "$(dirname "$0")/lib.sh"
make_plan
for i in $(seq 10 40); do
  printf 'id: %s\ndeadline: 2025-03-27\ntext: Forces should act.\n' "$i" > plan/recommendations/$i.yaml
done
printf 'id: 41\ndeadline: 2025-03-27\ntext: Forces should act.\nbogus: 1\n' > plan/recommendations/41.yaml
run -- validate --as-of 2025-01-01
cp out expected
chmod -R a+rX "$work"
if [[ $(id -u) -eq 0 ]]; then
  command -v setpriv > /dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null ||
    { echo "SKIP: cannot run as nobody"; exit 77; }
  limit=(setpriv --reuid=65534 --regid=65534 --clear-groups prlimit --nproc=1)
else
  limit=(prlimit --nproc=1)
fi
# LeakSanitizer starts a thread of its own at exit, which the limit forbids:
# in the sanitizer build this run checks memory errors but not leaks.
[[ "${PLAN_SANITIZED:-}" == 1 ]] && export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
run "${limit[@]}" -- validate --as-of 2025-01-01
expect_rc 1
if ! cmp -s out expected; then echo "FAIL: output differs from the run with threads"; diff expected out; failures=1; fi
if [[ -s err ]]; then echo "FAIL: standard error not empty:"; cat err; failures=1; fi
finish
