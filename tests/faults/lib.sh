# Shared by the file-system fault tests (tests/faults/*.sh, each run by CTest
# as: bash tests/faults/NAME.sh PLAN_BINARY). A test builds a plan in a fresh
# folder, breaks something, runs plan and checks the exit code, the message
# and that no plan file changed. Exit 77 means "skipped" (CTest shows it so).
set -uo pipefail
plan_bin=$1
work=$(mktemp -d)
cleanup() { chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cd "$work" || exit 1
failures=0

# A small valid plan in ./plan.
make_plan() {
  mkdir -p plan/recommendations
  printf 'title: Test Plan\norganisation: Test Force\npublished: 2024-09-27\n' > plan/plan.yaml
  printf 'id: 7\ndeadline: 2025-03-27\ntext: Forces should act.\n' > plan/recommendations/7.yaml
  printf 'id: 8\ndeadline: 2025-03-27\ntext: Forces should act again.\n' > plan/recommendations/8.yaml
}

# Checksums of every file under plan/, to prove later that nothing changed.
snapshot() { find plan -type f -print0 2>/dev/null | sort -z | xargs -0 sha256sum > "$work.sums"; }
expect_unchanged() {
  if ! sha256sum --quiet -c "$work.sums"; then echo "FAIL: a plan file changed"; failures=1; fi
  local now
  now=$(find plan -type f | sort | md5sum)
  [[ "$now" == "$(cut -d' ' -f3- "$work.sums" | sort | md5sum)" ]] ||
    { echo "FAIL: files were added or removed under plan/"; failures=1; }
}

# No temporary file of an interrupted write is left in the plan.
expect_no_temp_files() {
  local left
  left=$(find plan -name '.*.tmp-*' 2>/dev/null)
  if [[ -n "$left" ]]; then echo "FAIL: temporary files left behind: $left"; failures=1; fi
}

# Runs plan with a 10 s hang guard: run [PREFIX-COMMAND…] -- ARGS…
# Sets rc, and out/err files.
run() {
  local prefix=()
  while [[ $# -gt 0 && "$1" != -- ]]; do prefix+=("$1"); shift; done
  shift
  env -u PLAN_DIR TZ=UTC timeout 10 "${prefix[@]}" "$plan_bin" "$@" > out 2> err < /dev/null
  rc=$?
  if [[ $rc -eq 124 ]]; then echo "FAIL: plan hung (killed after 10 s)"; failures=1; fi
}

expect_rc() {
  if [[ $rc -ne $1 ]]; then echo "FAIL: exit code $rc, expected $1"; failures=1; fi
}

# expect_in FILE TEXT: the literal text must appear in out or err.
expect_in() {
  if ! grep -qF -- "$2" "$1"; then
    echo "FAIL: $1 lacks: $2"; echo "--- $1 was:"; cat "$1"; failures=1
  fi
}

# Sets the array `priv` to a prefix command under which permission bits are
# obeyed. Tests often run as root, which reads any file whatever its mode;
# then drop the capabilities that let root do so (setpriv, from util-linux).
# Skips the test (exit 77) when there is no way.
unprivileged() {
  priv=()
  [[ $(id -u) -ne 0 ]] && return 0
  if ! command -v setpriv > /dev/null ||
    ! setpriv --bounding-set=-dac_override,-dac_read_search true 2> /dev/null; then
    echo "SKIP: running as root and cannot drop the capability to read any file"
    exit 77
  fi
  priv=(setpriv --bounding-set=-dac_override,-dac_read_search)
}

# Skips the test (exit 77) unless `priv` cannot read PATH.
require_unreadable() {
  local path=$1
  if [[ -d "$path" ]]; then
    "${priv[@]}" ls "$path" > /dev/null 2>&1 || return 0
  else
    "${priv[@]}" cat "$path" > /dev/null 2>&1 || return 0
  fi
  echo "SKIP: '$path' stays readable here despite its mode"
  exit 77
}

finish() {
  if [[ $failures -ne 0 ]]; then
    echo "--- stdout:"; cat out 2>/dev/null; echo "--- stderr:"; cat err 2>/dev/null
  fi
  exit $failures
}

# Every path under a folder with its type and mode, and every file's
# checksum: tree_state DIR > FILE, to prove later that nothing at all changed
# (nothing added, removed or rewritten).
tree_state() {
  (cd "$1" && find . -printf '%p %y %m\n' | LC_ALL=C sort &&
    find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}
expect_tree_unchanged() {  # expect_tree_unchanged DIR BEFORE-FILE
  if ! diff -u "$2" <(tree_state "$1") > tree.diff; then
    echo "FAIL: '$1' changed:"; cat tree.diff; failures=1
  fi
}
