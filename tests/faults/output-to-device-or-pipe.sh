#!/usr/bin/env bash
# -o onto a named pipe (as onto /dev/null or /dev/stdout) writes into it and
# leaves it a pipe: the atomic writer must never rename a plain file over a
# device or a pipe (a run as root once replaced /dev/null this way).
source "$(dirname "$0")/lib.sh"
make_plan
for cmd in "export --format json" "export --format csv" "render --as-of 2025-01-01"; do
  rm -f out.pipe got && mkfifo out.pipe
  timeout 20 cat out.pipe > got &
  reader=$!
  # shellcheck disable=SC2086
  timeout 20 "$plan_bin" -C plan $cmd -o out.pipe > /dev/null 2> err || true
  wait "$reader"
  [[ -p out.pipe ]] || { echo "FAIL: '$cmd -o out.pipe' replaced the pipe with a file"; failures=1; }
  [[ -s got ]] || { echo "FAIL: '$cmd -o out.pipe' wrote nothing into the pipe"; cat err; failures=1; }
done
rm -f out.pipe
# A folder given as the output is refused, and stays a folder.
mkdir outdir
rc=0; "$plan_bin" -C plan export --format json -o outdir > /dev/null 2> err || rc=$?
[[ $rc == 2 && -d outdir ]] || { echo "FAIL: -o FOLDER: exit $rc"; cat err; failures=1; }
exit $failures
