# A recommendation file whose name holds a line break, a terminal escape and a
# byte that is not UTF-8 (possible in a git repository): every message stays
# one line, with the name shown escaped, in text and GitHub formats.
source "$(dirname "$0")/lib.sh"
make_plan
rm plan/recommendations/8.yaml
mv plan/recommendations/7.yaml "plan/recommendations/$(printf '7\n\033[31m\377')x.yaml"
for format in text github; do
  run -- validate --as-of 2025-01-01 --format "$format"
  expect_rc 1
  expect_in out '7\n\x1B[31m\xFFx.yaml'
  if LC_ALL=C grep -q "$(printf '[\033\377]')" out; then
    echo "FAIL: raw control or non-UTF-8 bytes reached the $format output"; failures=1
  fi
  lines=$(wc -l < out)
  [[ $lines -eq 2 ]] || { echo "FAIL: $format output has $lines lines, expected 2"; failures=1; }
done
finish
