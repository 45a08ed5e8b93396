#!/usr/bin/env bash
# Builds plan and the benchmark tools, generates the corpora (once) and runs
# the timing driver. Usage: bench/run.sh [--stress] [--runs N]
#   real:     15 recommendations, 4 evidence items and 4 updates each (as national, fewer)
#   national: 1,300 recommendations, 4 evidence items and 4 updates each (5.2 MB)
#   stress:   20,000 recommendations, 5 evidence items and 20 updates each (about 300 MB; --stress)
set -euo pipefail
cd "$(dirname "$0")/.."
stress=0
runs=7
while [[ $# -gt 0 ]]; do
  case $1 in
    --stress) stress=1 ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: bench/run.sh [--stress] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
bash scripts/setup.sh
bash scripts/build.sh -DPLAN_BENCH=ON >/dev/null
data=build/bench-data
gen=build/bench/plan-generate
[[ -d $data/real ]] || $gen --recs 15 --evidence 4 --updates 4 --seed 1 -o $data/real
[[ -d $data/national ]] || $gen --recs 1300 --evidence 4 --updates 4 --seed 2 -o $data/national
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
build/bench/plan-bench --corpus $data/national --small $data/real --runs "$runs"
if [[ $stress -eq 1 ]]; then
  [[ -d $data/stress ]] || $gen --recs 20000 --evidence 5 --updates 20 --seed 3 -o $data/stress
  build/bench/plan-bench --corpus $data/stress --memory-only
fi
