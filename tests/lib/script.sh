# The common start of every tests/scripts/*.sh (it lives outside that folder
# so CTest does not take it for a test). A script begins:
#
#   source "$(dirname "$0")/../lib/script.sh" "$@"
#
# CTest runs each script as `bash SCRIPT PLAN_BINARY SOURCE_DIR BUILD_DIR`.
# This sets plan_bin, source_dir and build_dir (absolute paths), stops on
# the first failing command (set -euo pipefail; a script that checks exit
# codes itself says `set +e` after this line), makes a scratch folder $work
# that is removed on exit, and keeps the user's git and plan settings out.
# Helpers: fail MESSAGE (counts; `finish` exits 1 if any), skip REASON (exit
# 77, which CTest reports as skipped), copy_bundled_plan (plan/ and reports/
# into $work), and isolate_git (a git identity and config of the test's own).
set -euo pipefail
plan_bin=$(realpath "${1:?usage: SCRIPT PLAN_BINARY [SOURCE_DIR [BUILD_DIR]]}")
source_dir=${2:+$(realpath "$2")}
build_dir=${3:+$(realpath "$3")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset PLAN_DIR

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
finish() { exit $((failures > 0)); }
skip() { echo "skipped: $*"; exit 77; }

copy_bundled_plan() {
  cp -a "$source_dir/plan" "$work/plan" && cp -a "$source_dir/reports" "$work/reports"
}

isolate_git() {
  : > "$work/gitconfig"  # not /dev/null: a test elsewhere may have replaced it
  export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1 TZ=UTC
  export GIT_AUTHOR_NAME=Analyst GIT_AUTHOR_EMAIL=analyst@example.org
  export GIT_COMMITTER_NAME=Analyst GIT_COMMITTER_EMAIL=analyst@example.org
}

# start_web_server SERVER_PY FOLDER: runs the test's own web server (python,
# on 127.0.0.1; it writes the port it got to the file named by its second
# argument) over FOLDER, stops it when the script ends, and sets $base to
# its address and $server_pid. Its port and log go in $work/out/.
start_web_server() {
  mkdir -p "$work/out"
  /usr/bin/python3 "$1" "$2" "$work/out/port" 2> "$work/out/server.log" &
  server_pid=$!
  trap 'kill "$server_pid" 2> /dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 100); do [[ -s "$work/out/port" ]] && break; sleep 0.1; done
  [[ -s "$work/out/port" ]] || { fail "the web server did not start"; cat "$work/out/server.log"; finish; }
  base=http://127.0.0.1:$(cat "$work/out/port")
}
