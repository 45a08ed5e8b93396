#!/usr/bin/env bash
# plan aggregate's inputs, each accounted for and each number right
# (issue 21 items 5-10 and 13, issue 25 items 1-5; docs/national-view.md):
# the same inputs in any order give the same bytes; one force is one force
# (repository, plan/ folder and export of one force count once); every entry
# of a folder of inputs is read or named; export ids do not wrap; month dates
# are updates; export values follow the plan value rules; an export's stated
# categories are used; declared not-applicable shows its reason; an
# unanswered recommendation is overdue after the report's deadline; a force
# answering another report is refused and the rest aggregated; refused forces
# are "no return" rows in every format; an over-large export is refused.
# Usage: aggregate_inputs.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
set -euo pipefail
plan_bin=$1 src=$2
[[ -x /usr/bin/python3 ]] || { echo "skipped: /usr/bin/python3 missing"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fails=0
fail() { echo "FAIL $*"; fails=1; }
bash "$src/tests/aggregate/make_forces.sh" "$plan_bin" made
"$plan_bin" -C made/kent export --format json --as-of 2024-10-01 -o kent.json

# --- Same inputs in any order give the same bytes (and a refused one in the mix).
mkdir -p mix/other/plan
cp -a made/essex/plan/recommendations mix/other/plan/
sed 's/^organisation: Essex Police/organisation: Other Police/; s/^  id: police-response-to-stalking-2024/  id: another-report-2023/' \
  made/essex/plan/plan.yaml > mix/other/plan/plan.yaml
cp -a made/essex/reports mix/other/
for format in json csv md html; do
  "$plan_bin" aggregate made/essex made/kent mix/other --as-of 2025-05-01 --format $format -o one.$format 2> one.err || true
  "$plan_bin" aggregate mix/other made/kent made/essex --as-of 2025-05-01 --format $format -o two.$format 2> two.err || true
  "$plan_bin" aggregate made/kent mix/other made/essex --as-of 2025-05-01 --format $format -o three.$format 2> three.err || true
  cmp -s one.$format two.$format && cmp -s one.$format three.$format || fail "order changes the $format output"
  cmp -s one.err two.err || fail "order changes standard error"
done
# A force answering another report is refused, the rest aggregated, exit 1.
rc=0; "$plan_bin" aggregate made/essex made/kent mix/other --as-of 2025-05-01 --format csv -o mix.csv 2> mix.err || rc=$?
[[ $rc == 1 ]] || fail "a force answering another report: exit $rc, expected 1"
grep -q "^mix/other/plan: error: input refused: the plan answers the report 'another-report-2023', not 'police-response-to-stalking-2024' that 2 of the 3 plans naming a report answer" mix.err ||
  { fail "the force answering another report is not refused by name"; cat mix.err; }
grep -q '^Other Police,.*,No return,.*,no,answers a different report' mix.csv || { fail "no 'no return' row in the CSV"; cat mix.csv | tail -3; }
grep -q '^Essex Police,' mix.csv && grep -q '^Kent Police,' mix.csv || fail "the rest is not aggregated"
grep -q 'Other Police: answers a different report' one.md || fail "no 'no return' line in Markdown"
grep -q '<li>Other Police: answers a different report</li>' one.html || fail "no 'no return' line in HTML"
grep -q '"name": "Other Police"' one.json || fail "no no_return entry in JSON"

# --- One force is one force: repository, its plan/ folder and its export.
rc=0; "$plan_bin" aggregate made/kent made/kent/plan kent.json --as-of 2025-05-01 --format json -o same.json 2> same.err || rc=$?
[[ $rc == 1 ]] || fail "the same force thrice: exit $rc, expected 1"
grep -q '"read": 1,' same.json || { fail "the same force is counted more than once"; cat same.err; }
grep -q "^made/kent/plan: error: input refused: the same plan as 'made/kent/plan', given already" same.err ||
  { fail "a second path to one folder is not refused"; cat same.err; }
grep -q "^kent.json: error: input refused: the same force ('Kent Police') as the plan folder 'made/kent/plan', which is counted instead" same.err ||
  { fail "the export of a force given as a folder too is not refused"; cat same.err; }
grep -q '"no_return": \[\]' same.json || fail "a duplicate shows as a force with no return"

# --- Every entry of a folder of inputs is read or named.
mkdir -p folder/empty folder/withyml
cp kent.json folder/c.JSON
cp kent.json folder/d.json.bak
touch folder/withyml/plan.yml folder/notes.txt
rc=0; "$plan_bin" aggregate folder --as-of 2025-05-01 --format json -o folder.json 2> folder.err || rc=$?
[[ $rc == 0 ]] || fail "folder of inputs: exit $rc"
grep -q '"organisation": "Kent Police"' folder.json || fail "c.JSON is not read"
for entry in d.json.bak empty withyml notes.txt; do
  grep -q "^folder/$entry: note: not read: " folder.err || fail "folder/$entry is passed over without a word"
done
grep -qx 'plan aggregate: 1 input read, 0 refused, 4 not read' folder.err || { fail "summary line"; cat folder.err; }

# --- Export values held to the plan rules, ids that do not wrap, month dates.
/usr/bin/python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
base = json.load(open(os.path.join(work, "kent.json")))
def variant(name, change):
    d = json.loads(json.dumps(base)); change(d)
    os.makedirs(os.path.join(work, "bad"), exist_ok=True)
    json.dump(d, open(os.path.join(work, "bad", name), "w"))
def set_id(n):
    def f(d): d["recommendations"][-1]["id"] = n
    return f
variant("id-wraps.json", set_id(4294967326))
variant("id-huge.json", set_id(18446744073709551615))
def esc(d): d["plan"]["organisation"] = "Kent \u001b[31mPolice"
variant("esc.json", esc)
def year1(d): d["recommendations"][0]["updates"][0]["date"] = "0001-01-01"
variant("year1.json", year1)
# Month dates are updates: the only update of 27 is dated to the month.
def month(d):
    d["plan"]["organisation"] = "Month Police"
    r = [r for r in d["recommendations"] if r["id"] == 27][0]
    r["updates"][0]["date"] = "2024-11"; r["last_update"] = "2024-11"
variant("month.json", month)
# Categories are what the export states: 'Withdrawn' placed last means not applicable.
def withdrawn(d):
    d["plan"]["organisation"] = "Withdrawn Police"
    d["plan"]["statuses"] = ["Planned", "Active", "Delivered", "Withdrawn"]
    if "status_meanings" in d["plan"]:  # format 3 says each word's meaning in the plan too
        d["plan"]["status_meanings"].append({"name": "Withdrawn", "category": "not-applicable"})
    r = [r for r in d["recommendations"] if r["id"] == 10][0]
    r["updates"].append({"date": "2024-10-01", "status": "Withdrawn", "category": "not-applicable",
                         "percent": None, "by": None, "note": None, "internal": False})
    r["status"] = "Withdrawn"; r["category"] = "not-applicable"; r["last_update"] = "2024-10-01"
variant("withdrawn.json", withdrawn)
PY
for f in id-wraps id-huge esc year1; do
  rc=0; "$plan_bin" aggregate bad/$f.json made/essex --as-of 2025-05-01 --format csv -o $f.csv 2> $f.err || rc=$?
  [[ $rc == 1 ]] || fail "bad/$f.json: exit $rc, expected 1"
  grep -q '^Essex Police,' $f.csv || fail "bad/$f.json stops the rest being aggregated"
done
grep -q 'the number 4294967326 is too large (the largest whole number an export may hold is 2147483647)' id-wraps.err || { fail "id 4294967326"; cat id-wraps.err; }
grep -q 'the number 18446744073709551615 is too large' id-huge.err || { fail "id 2^64-1"; cat id-huge.err; }
grep -q 'the control character U+001B' esc.err || { fail "ESC in an export"; cat esc.err; }
grep -q $'\x1b' esc.err esc.csv && fail "an ESC reached the terminal or the CSV"
grep -q 'the date 0001-01-01 is outside the years 1900 to 2200' year1.err || { fail "0001-01-01"; cat year1.err; }
"$plan_bin" aggregate bad/month.json bad/withdrawn.json --as-of 2025-05-01 --format csv -o cats.csv 2> cats.err || { fail "month/withdrawn: refused"; cat cats.err; }
grep -q '^Month Police,,27,.*,Planned,not-started,,2024-11,' cats.csv || { fail "a month-dated update is not counted as an update"; grep '^Month Police,,27,' cats.csv; }
grep -q '^Withdrawn Police,,10,.*,Withdrawn,not-applicable,' cats.csv || { fail "the stated category of Withdrawn is not used"; grep '^Withdrawn Police,,10,' cats.csv; }

# --- Declared not applicable shows its reason; unanswered is overdue after the deadline.
cp -a made/essex na && cat >> na/plan/plan.yaml <<'YAML'
not_applicable:
  - id: 28
    reason: The force has no public website of its own; the PCC publishes for it.
YAML
rm na/plan/recommendations/28.yaml
sed -i 's/^organisation: Essex Police/organisation: Declaring Police/' na/plan/plan.yaml
"$plan_bin" -C na validate --as-of 2025-05-01 > /dev/null 2>&1 || { echo "note: the not_applicable plan has validate problems:"; "$plan_bin" -C na validate --as-of 2025-05-01 || true; }
"$plan_bin" aggregate na --as-of 2025-05-01 --format csv -o na.csv 2> na.err || { fail "not_applicable plan refused"; cat na.err; }
grep -q '^Declaring Police,.*,28,.*,not-applicable,,,no,The force has no public website of its own; the PCC publishes for it\.,' na.csv ||
  { fail "a declared not-applicable is not shown with its reason"; grep ',28,' na.csv; }
grep -q '^Declaring Police,.*,27,.*,not-answered,,,yes,' na.csv || { fail "an unanswered recommendation past its deadline is not overdue"; grep ',27,' na.csv; }

# --- An export too large to hold is refused, the rest aggregated.
/usr/bin/python3 -c "
import json; d = json.load(open('kent.json')); d['recommendations'][0]['text'] = 'x' * (33 << 20)
json.dump(d, open('big.json', 'w'))"
rc=0; "$plan_bin" aggregate big.json made/essex --as-of 2025-05-01 --format csv -o big.csv 2> big.err || rc=$?
[[ $rc == 1 ]] && grep -q '^big.json: error: input refused: is larger than 32 MB' big.err && grep -q '^Essex Police,' big.csv ||
  { fail "a 33 MB export is not refused with the rest aggregated (exit $rc)"; cat big.err; }
grep -q '^big,.*,No return,.*,the file sent is too large to be a plan export' big.csv || fail "the too-large export has no 'no return' row"

# --- An export's age is visible.
"$plan_bin" aggregate kent.json --as-of 2025-05-01 --format md 2>/dev/null | grep -q '| exported 1 October 2024 |' || fail "the export's date is not shown"

# --- --compare: what moved since the previous run's JSON, in every format.
"$plan_bin" aggregate made/essex made/kent --as-of 2025-01-01 --format json -o previous.json 2>/dev/null
for format in md csv html json; do
  "$plan_bin" aggregate made/essex made/kent --as-of 2025-05-01 --compare previous.json --format $format -o moved.$format 2> moved.err ||
    { fail "--compare --format $format"; cat moved.err; }
done
grep -q '^## Since the last report (as of 2025-01-01)' moved.md || fail "no 'since the last report' section"
grep -q '^- Newly stale: Kent Police\.$' moved.md || { fail "Kent is not newly stale"; cat moved.md | head -30; }
grep -q '^- Essex Police: .*recommendation 7: no update published to complete' moved.md || { fail "Essex's 7 did not move"; grep Essex moved.md | head; }
grep -q '^Essex Police,.*,7,.*,no update published to complete' moved.csv || { fail "the CSV lacks the move of Essex's 7"; grep '^Essex Police,.*,7,' moved.csv; }
grep -q 'Since the last report (as of 2025-01-01)</h2>' moved.html || fail "the page lacks the summary"
grep -q '"previous_as_of": "2025-01-01"' moved.json || fail "the JSON lacks since_last"
rc=0; "$plan_bin" aggregate made/essex --compare kent.json --format md > /dev/null 2> notagg.err || rc=$?
[[ $rc == 2 ]] && grep -q "is not the JSON of plan aggregate" notagg.err || fail "--compare with an export is not refused (exit $rc)"

[[ $fails == 0 ]] && echo "ok: every input accounted for, same bytes in any order"
exit $fails
