#!/usr/bin/env bash
# plan init --report: one recommendation file per recommendation of the
# bundled report addressed to chief constables (15), filled in from the
# report, plan.yaml naming the report, the report copied in, and the new repo
# validating with 0 errors. An addressee with no recommendations, a broken
# report and an existing plan are refused with nothing written.
# Usage: init_report.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
report="$source_dir/reports/police-response-to-stalking.yaml"
cd "$work"
cp "$report" report.yaml

"$plan_bin" init repo --report report.yaml --addressee "Chief constables" --as-of 2025-01-15 > out
[[ $(ls repo/plan/recommendations | wc -l) == 15 ]]
[[ ! -e repo/plan/recommendations/1.yaml ]]
for id in 7 10 11 12 13 14 16 17 18 20 22 23 25 27 28; do
  [[ -f repo/plan/recommendations/$id.yaml ]]
done
cmp report.yaml repo/reports/report.yaml
[[ -f repo/schemas/report.schema.json ]]
grep -qx "  path: reports/report.yaml" repo/plan/plan.yaml
grep -qx "  id: police-response-to-stalking-2024" repo/plan/plan.yaml
grep -qx "addressee: Chief constables" repo/plan/plan.yaml
grep -qx "published: 2024-09-27" repo/plan/plan.yaml
# Text, deadline, note, milestones and evidence come from the report.
grep -qx "deadline: 2024-11-22" repo/plan/recommendations/28.yaml
grep -qx "deadline_note: 56 days from publication" repo/plan/recommendations/28.yaml
grep -qx "  - deadline: 2025-03-27" repo/plan/recommendations/28.yaml
grep -q "publish on their force website an action plan" repo/plan/recommendations/28.yaml
grep -qx '  - id: "7.2"' repo/plan/recommendations/7.yaml
# Requirements the report gives by number only stay without text.
for id in 16.1 22.1 27.1 28.1; do
  grep -A1 -x "  - id: \"$id\"" repo/plan/recommendations/${id%.1}.yaml | grep -qx '    text: ""'
done
"$plan_bin" -C repo validate > validate.out 2>&1
tail -1 validate.out | grep -q "^0 errors, 4 warnings in 17 files$"
[[ $(grep -c "\[evidence-empty\]" validate.out) == 4 ]]
# The addressee matches regardless of case; the default is chief constables.
"$plan_bin" init repo2 --report report.yaml > /dev/null
diff -r repo/plan/recommendations repo2/plan/recommendations

# An addressee with no recommendations: refused, naming the bodies there are.
set +e
"$plan_bin" init repo3 --report report.yaml --addressee "Home Office" > out 2> err
rc=$?
set -e
[[ $rc == 1 && ! -e repo3 && ! -s out ]]
grep -q "no recommendation of report.yaml is addressed to 'Home Office'; it has recommendations for: Chief constables" err

# A report with errors: refused, nothing written.
sed 's/^id: police-response-to-stalking-2024/id: [broken/' report.yaml > bad.yaml
set +e
"$plan_bin" init repo4 --report bad.yaml > out 2> err
rc=$?
set -e
[[ $rc == 1 && ! -e repo4 ]]
grep -q "nothing was written, because the report file has" err

# A missing report file: a usage error (2), nothing written.
set +e
"$plan_bin" init repo5 --report nosuch.yaml > out 2> err
rc=$?
set -e
[[ $rc == 2 && ! -e repo5 ]]

# Into an existing plan: refused, every file unchanged.
before=$(cd repo && find . -type f -print0 | sort -z | xargs -0 sha256sum)
set +e
"$plan_bin" init repo --report report.yaml > out 2> err
rc=$?
set -e
[[ $rc == 1 ]]
grep -q "nothing was written, because these files already exist" err
[[ "$(cd repo && find . -type f -print0 | sort -z | xargs -0 sha256sum)" == "$before" ]]
# In a folder that already holds the same report (the repo it lives in), the
# report is kept as it is and the plan written beside it.
mkdir -p here/reports && cp report.yaml here/reports/report.yaml
(cd here && "$plan_bin" init --report reports/report.yaml > ../out)
cmp report.yaml here/reports/report.yaml
if grep -q "reports/report.yaml" out; then echo "FAIL: the report was listed as written"; exit 1; fi
"$plan_bin" -C here validate > /dev/null
# A different file at that path is a clash: refused, nothing written.
mkdir -p there/reports && echo "other: 1" > there/reports/report.yaml
set +e
"$plan_bin" init there --report report.yaml > out 2> err
rc=$?
set -e
[[ $rc == 1 && ! -e there/plan ]]
grep -q "there/reports/report.yaml" err
echo ok
