# Paths plan prints (on standard output and standard error) never carry raw
# control characters to the terminal, and a hint that names a folder quotes
# it so that the command works when pasted (issue 21, items 13 and 17).
source "$(dirname "$0")/../lib/script.sh" "$@"
set +e

esc=$'\e'
# A plan folder whose name holds a space and an ESC sequence.
dir="$work/our plan${esc}[31m"
mkdir -p "$dir"
cp -a "$source_dir/plan" "$dir/plan" && cp -a "$source_dir/reports" "$dir/reports"

out=$("$plan_bin" -C "$dir" update 23 --status "In Progress" --percent 25 --note "Checked." \
  --date 2025-01-15 2>&1)
[[ $? == 0 ]] || fail "update in a folder with a space and ESC: exit not 0: $out"
[[ $out == *"$esc"* ]] && fail "update printed a raw ESC: $out"
[[ $out == *'\x1B[31m'* ]] || fail "update did not show the ESC as an escape: $out"

# A refused update (an unknown status word) names the file, escaped.
out=$("$plan_bin" -C "$dir" update 23 --status "Nonsense" --date 2025-01-16 2>&1)
[[ $? == 1 ]] || fail "refused update: exit not 1"
[[ $out == *"$esc"* ]] && fail "refused update printed a raw ESC: $out"

# aggregate: a plan with errors is refused, with a hint that quotes the folder.
broken="$work/force with errors"
cp -a "$source_dir/plan" "$broken"
printf 'id: [\n' > "$broken/recommendations/23.yaml"
out=$("$plan_bin" aggregate "$broken" --as-of 2025-01-15 --format csv 2>&1 > /dev/null)
[[ $out == *"'plan -C '\''$broken'\'' validate'"* || $out == *"plan -C '$broken' validate"* ]] ||
  fail "aggregate's hint does not quote the folder: $out"

finish
