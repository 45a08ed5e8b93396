#!/usr/bin/env bash
# The same mistake gets the same exit code from every command
# (docs/reference/exit-codes.md): each mistake below is made against every command that can meet
# it, and each run must exit with the code its class says, print one
# "plan: error:" line (or a compiler-style message) on standard error and
# nothing that reads as success, and leave every plan file unchanged.
#   2  the command line itself is wrong, or a file cannot be read or written
#   1  the plan, or what the input says, is refused
# Usage: exit_codes.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
set +e
src=$source_dir
cp -a "$src/plan" "$work/plan" && cp -a "$src/reports" "$work/reports"
cp "$src/tests/import/seed.txt" "$work/seed.txt"
mkdir "$work/a-folder"
printf 'ok' > "$work/note.txt"
(cd "$work" && git init -q . && git -c user.name=t -c user.email=t@example.org add -A &&
  git -c user.name=t -c user.email=t@example.org commit -qm init) > /dev/null
(cd "$work" && find plan -type f -print0 | sort -z | xargs -0 sha256sum) > "$work.sums"

failures=0
# expect CODE ARGS...: runs plan ARGS in the plan's folder.
expect() {
  local want=$1
  shift
  local err rc
  err=$(cd "$work" && env -u PLAN_DIR TZ=UTC SOURCE_DATE_EPOCH=1735689600 "$plan_bin" "$@" \
    2>&1 > "$work.out" < /dev/null)
  rc=$?
  if [[ $rc -ne $want ]]; then
    echo "FAIL: plan $* exited $rc, expected $want"
    echo "  stderr: ${err//$'\n'/$'\n  stderr: '}"
    failures=$((failures + 1))
  elif [[ -z $err ]]; then
    echo "FAIL: plan $* exited $rc but said nothing on standard error"
    failures=$((failures + 1))
  fi
  rm -rf "$work/imported"
}

# A malformed id.
for id in 7x 0 -3 7.x 23.1.1 ""; do
  expect 2 show "$id"
done
for id in 7-x 0 -3 7.x 23.1.1 ""; do  # (7x is an action's id: update says the plan has none)
  expect 2 update "$id" --status "In Progress"
done
expect 1 update 7x --status "In Progress"
for id in 7x 0 7.1; do
  expect 2 new "$id" --deadline 2025-06-30 --dry-run
done
# A well-formed id that is not in the plan: the plan says no.
expect 1 show 99
expect 1 update 99 --status "In Progress"
expect 1 show 7.9
expect 1 update 7.9 --status "In Progress"
expect 1 new 7 --deadline 2025-06-30 --dry-run
# A status the plan has not got.
expect 1 list --status Finished
expect 1 update 7 --status Finished --dry-run

# A date that is not a real YYYY-MM-DD date, or is outside 1900-2200.
for date in 2024-13-01 2024-02-30 20240101 yesterday 1800-01-01 2201-01-01; do
  expect 2 validate --as-of "$date"
  expect 2 list --as-of "$date"
  expect 2 show 7 --as-of "$date"
  expect 2 export --format json --as-of "$date"
  expect 2 render -o - --as-of "$date"
  expect 2 aggregate . --as-of "$date"
  expect 2 update 7 --status "In Progress" --date "$date" --dry-run
  expect 2 new 30 --deadline "$date" --dry-run
  expect 2 import seed.txt -o imported --published "$date"
done
# A real date the plan refuses: in the future, or before the plan was published.
expect 1 update 7 --status "In Progress" --date 2199-01-01 --dry-run
expect 1 update 7 --status "In Progress" --date 2000-01-01 --dry-run

# A number out of its range, or not a number.
for n in -1 abc 99999999999; do
  expect 2 list --width "$n"
  expect 2 show 7 --width "$n"
  expect 2 aggregate . --stale-after "$n"
done
for n in x 1.5; do
  expect 2 validate -j "$n"
  expect 2 render -o - --heading-level "$n" --fragment
done
for p in 150 -1 abc 4.5; do
  expect 2 update 7 --status "In Progress" --percent "$p" --dry-run
done

# A value not among those an option offers.
for f in xml JSON ""; do
  expect 2 validate --format "$f"
  expect 2 list --format "$f"
  expect 2 export --format "$f"
  expect 2 render -o - --format "$f"
  expect 2 diff --format "$f"
  expect 2 aggregate . --format "$f"
done
expect 2 list --sort owner
expect 2 export --format csv --rows evidence
expect 2 list --category done
expect 2 validate --rule no-such-rule

# An input file that is not there, or is a folder.
for f in missing.txt a-folder; do
  expect 2 import "$f" -o imported
  expect 2 import seed.txt -o imported --report "$f"
  expect 2 update 7 --status "In Progress" --note-file "$f" --dry-run
  expect 2 new 30 --deadline 2025-06-30 --text-file "$f" --dry-run
  expect 2 render -o - --template "$f"
  expect 2 merge-file "$f" note.txt note.txt
  [[ $f == missing.txt ]] && expect 2 aggregate "$f"
done

# No plan where one is looked for.
for cmd in validate list "show 7" "export --format json" "render -o -" \
  "update 7 --status Complete" "new 30 --deadline 2025-06-30" diff git-setup; do
  # shellcheck disable=SC2086
  expect 2 -C no-such-folder $cmd
done

# An option with no value, an unknown option, an option of another command.
expect 2 list --as-of
expect 2 update 7 --status
expect 2 show 7 --overdue
expect 2 validate --dry-run
expect 2 lst

if ! (cd "$work" && sha256sum --quiet -c "$work.sums"); then
  echo "FAIL: a plan file changed"
  failures=$((failures + 1))
fi
rm -f "$work.sums" "$work.out"
[[ $failures -eq 0 ]] && echo "every mistake got its exit code"
finish
