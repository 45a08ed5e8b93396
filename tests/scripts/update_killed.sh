#!/usr/bin/env bash
# SIGKILL at random times: plan update is started and killed after a random
# 0-20 ms, many times over. Every time the file must be exactly the old one or
# exactly the new one (never a part), and the plan must still validate.
# Usage: tests/scripts/update_killed.sh PLAN_BINARY [ROUNDS]
source "$(dirname "$0")/../lib/script.sh" "$@"
plan=$plan_bin
rounds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
cp -r "$here/../../plan" "$work/plan" && cp -r "$here/../../reports" "$work/reports"
cd "$work"
file=plan/recommendations/23.yaml
args=(update 23 --status "In Progress" --percent 40 --date 2025-01-15
      --note "Screening tool live in two districts.")
cp "$file" old.yaml
"$plan" "${args[@]}" > /dev/null
cp "$file" new.yaml
cmp -s old.yaml new.yaml && { echo "the update changed nothing"; exit 1; }

old=0 new=0
for round in $(seq 1 "$rounds"); do
  cp old.yaml "$file"
  "$plan" "${args[@]}" > /dev/null 2>&1 &
  pid=$!
  sleep "0.$(printf '%03d' $((RANDOM % 21)))"
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  if cmp -s "$file" old.yaml; then old=$((old + 1))
  elif cmp -s "$file" new.yaml; then new=$((new + 1))
  else echo "round $round: the file is neither the old nor the new one"; diff old.yaml "$file"; exit 1
  fi
  "$plan" validate > validate.out || { echo "round $round: plan does not validate"; cat validate.out; exit 1; }
done
left=$(find plan -name '.*.tmp-*' | wc -l)
echo "$rounds kills: old file $old times, new file $new times, never a part; $left temporary files left by kills (ignored by plan)"
