#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset "fuzz": clang, ASan + UBSan,
# folder build-fuzz) and runs them for a given time:
#   scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-OPTIONS…]   e.g. scripts/fuzz.sh recommendation 600
#   scripts/fuzz.sh all SECONDS                           every target in turn, SECONDS each
#   scripts/fuzz.sh list                                  the targets (fuzz/<name>.cpp)
# Seeds come from the bundled plan, the test fixtures and fuzz/seeds/<target>/;
# what the fuzzer learns is kept in build-fuzz/corpus/<target>/ for the next run.
# A finding is saved as build-fuzz/artifacts/<target>/crash-… (or leak-, timeout-,
# oom-); reproduce it with: build-fuzz/fuzz/fuzz_<target> FILE
# Exit status: 0 when every target ran its time without a finding.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

targets() { for f in fuzz/*.cpp; do basename "$f" .cpp; done; }

if [[ $# -lt 1 || "$1" == -h || "$1" == --help ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
if [[ "$1" == list ]]; then targets; exit 0; fi
if [[ $# -lt 2 || ! "$2" =~ ^[0-9]+$ ]]; then
  echo "fuzz.sh: give a target and a number of seconds, e.g. scripts/fuzz.sh recommendation 600" >&2
  exit 2
fi
which=$1 seconds=$2
shift 2
if [[ "$which" == all ]]; then
  mapfile -t run < <(targets)
elif [[ -f "fuzz/$which.cpp" ]]; then
  run=("$which")
else
  echo "fuzz.sh: no target '$which'; the targets are: $(targets | tr '\n' ' ')" >&2
  exit 2
fi

bash scripts/setup.sh --fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${run[@]/#/fuzz_}"

# The files each target starts from (its input format decides which fit).
seed_files() {
  case "$1" in
    recommendation | yaml_write | update)
      ls plan/recommendations/*.yaml tests/cases/*/plan/recommendations/*.yaml \
        tests/bad-input/*.yaml 2>/dev/null ;;
    plan_file) ls plan/plan.yaml tests/case-default-plan.yaml tests/cases/*/plan/plan.yaml 2>/dev/null ;;
    import) ls tests/import/*.txt tests/cases/import-*/*.txt tests/cases/import-*/*.html \
      tests/cases/rule-import-*/*.html 2>/dev/null ;;
    aggregate_export) ls tests/aggregate/*.json tests/cases/*/*.json 2>/dev/null ;;
    render) ls plan/recommendations/*.yaml tests/cases/*/plan/recommendations/*.yaml \
      tests/bad-input/*.yaml tests/render/hostile/plan/recommendations/*.yaml 2>/dev/null ;;
  esac
  [[ -d "fuzz/seeds/$1" ]] && find "fuzz/seeds/$1" -type f
  return 0
}

status=0
for t in "${run[@]}"; do
  out=build-fuzz
  mkdir -p "$out/corpus/$t" "$out/seeds/$t" "$out/artifacts/$t" "$out/logs"
  rm -f "$out/seeds/$t"/*
  while IFS= read -r f; do
    cp "$f" "$out/seeds/$t/$(sha1sum < "$f" | cut -c1-16)"
  done < <(seed_files "$t")
  dict=fuzz/$t.dict
  [[ -f "$dict" ]] || dict=fuzz/yaml.dict
  echo "fuzz.sh: running fuzz_$t for ${seconds}s ($(ls "$out/seeds/$t" | wc -l) seeds, dictionary $dict)"
  set +e
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    "$out/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="$dict" -artifact_prefix="$root/$out/artifacts/$t/" -print_final_stats=1 "$@" \
    "$out/corpus/$t" "$out/seeds/$t" > "$out/logs/$t.log" 2>&1
  rc=$?
  set -e
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+.*DONE' "$out/logs/$t.log" || true
  if [[ $rc -ne 0 ]]; then
    echo "fuzz.sh: fuzz_$t FOUND A PROBLEM (exit $rc); see $out/logs/$t.log and $out/artifacts/$t/"
    grep -E 'ERROR|fuzz property broken|SUMMARY' "$out/logs/$t.log" | head -5
    status=1
  else
    echo "fuzz.sh: fuzz_$t ran ${seconds}s without a finding (log: $out/logs/$t.log)"
  fi
done
exit $status
