#!/usr/bin/env bash
# plan aggregate, end to end as the national coordinator runs it: a folder
# holding the bundled plan, two other forces' plans made as forces make them,
# with 'plan init --report' and 'plan update' and their own status words
# (tests/aggregate/make_forces.sh: Essex does not answer recommendation 27 and
# has an internal update and one after the as-of date; Kent, given as a
# 'plan export' file, is stale), a plan with an error and an export from a
# future format_version. The four formats must agree with each other and with
# the count done by hand below, and the two bad inputs must be refused by path
# while the rest is read. The plans name the report, so recommendations are
# matched by its numbers; a mix of reports is refused, and --report refuses a
# plan answering another.
# Usage: aggregate_national.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
src=$source_dir
[[ -x /usr/bin/python3 ]] || { echo "skipped: /usr/bin/python3 missing"; exit 77; }
mkdir -p "$work/forces/cambridgeshire"
cp -a "$src/plan" "$work/forces/cambridgeshire/plan" && cp -a "$src/reports" "$work/forces/cambridgeshire/reports"
bash "$src/tests/aggregate/make_forces.sh" "$plan_bin" "$work/made"
mv "$work/made/essex" "$work/forces/essex"
cp -a "$src/tests/aggregate/broken" "$work/forces/"
cp "$src/tests/aggregate/future.json" "$work/forces/future.json"
"$plan_bin" -C "$work/made/kent" export --format json --as-of 2024-10-01 \
  -o "$work/forces/kent.json"

cd "$work"
for format in json csv md html; do
  rc=0
  "$plan_bin" aggregate forces --as-of 2025-05-01 --format $format -o out.$format \
    2> err.$format || rc=$?
  [[ $rc == 1 ]] || { echo "FAIL --format $format: exit $rc, expected 1"; cat err.$format; exit 1; }
  grep -q '^forces/broken/plan: error: input refused: .*percent-range' err.$format ||
    { echo "FAIL the broken plan is not refused by path"; cat err.$format; exit 1; }
  grep -q '^forces/future.json: error: input refused: is export format_version 99, newer' \
    err.$format || { echo "FAIL the future export is not refused by path"; exit 1; }
  grep -qx 'plan aggregate: 3 inputs read, 2 refused' err.$format ||
    { echo "FAIL summary line"; cat err.$format; exit 1; }
done
# Same inputs and as-of date, same bytes.
"$plan_bin" aggregate forces --as-of 2025-05-01 -o again.html 2>/dev/null || true
cmp out.html again.html || { echo "FAIL two runs give different pages"; exit 1; }
# The same plan read from its folder or from its export gives the same cells.
"$plan_bin" aggregate made/kent --as-of 2025-05-01 --format csv -o kent-folder.csv
"$plan_bin" aggregate forces/kent.json --as-of 2025-05-01 --format csv -o kent-export.csv
# (but for the Exported column, column 15, which says when the export was made)
cmp <(cut -d, -f1-14,16- kent-folder.csv) <(cut -d, -f1-14,16- kent-export.csv) ||
  { echo "FAIL folder and export of Kent differ"; exit 1; }
grep -q '^Kent Police,.*,2024-10-01,yes,,' kent-export.csv || { echo "FAIL the export's date is not in the CSV"; exit 1; }

# Without any report, numbers are matched and the output says so.
mkdir -p noreport && cp -a "$src/plan" noreport/plan && sed -i '/^report:/d' noreport/plan/plan.yaml
"$plan_bin" aggregate noreport forces/kent.json --as-of 2025-05-01 --format md \
  2>/dev/null | grep -q 'No report was given or named by the plans, so recommendations are matched by number' ||
  { echo "FAIL without a report the output does not say it matched by number"; exit 1; }
# A plan answering another report: with --report it alone is refused; without, the mix is refused.
mkdir -p other/plan other/reports
cp -a forces/essex/plan/recommendations other/plan/
sed 's/^id: police-response-to-stalking-2024/id: another-report-2023/' \
  "$src/reports/police-response-to-stalking.yaml" > other/reports/police-response-to-stalking.yaml
sed 's/^organisation: Essex Police/organisation: Other Police/; s/^  id: police-response-to-stalking-2024/  id: another-report-2023/' \
  forces/essex/plan/plan.yaml > other/plan/plan.yaml
rc=0; "$plan_bin" aggregate forces/essex other --as-of 2025-05-01 --format json > mix.json 2> mix.err || rc=$?
[[ $rc == 1 && ! -s mix.json ]] && grep -q "the plans answer different reports, as many for each: 'another-report-2023' (other/plan), 'police-response-to-stalking-2024' (forces/essex/plan)" mix.err ||
  { echo "FAIL a mix of reports is not refused (exit $rc)"; cat mix.err; exit 1; }
rc=0; "$plan_bin" aggregate forces/essex other --report "$src/reports/police-response-to-stalking.yaml" \
  --as-of 2025-05-01 --format json > given.json 2> given.err || rc=$?
[[ $rc == 1 ]] && grep -q "^other/plan: error: input refused: the plan answers the report 'another-report-2023'" given.err &&
  grep -q '"matched_by": "report"' given.json ||
  { echo "FAIL --report does not refuse the plan answering another report (exit $rc)"; cat given.err; exit 1; }

/usr/bin/python3 - <<'PY'
import csv, io, json, re, sys
from html.parser import HTMLParser

cats = ["complete", "in-progress", "not-started", "no-update", "no-status", "not-answered", "not-applicable"]
# The count by hand, at 2025-05-01. Per recommendation: Cambridgeshire, Essex, Kent
# (C complete, P in progress, S not started, U no update, A not answered).
by_hand = {
    7: "UCC", 10: "UPP", 11: "UCU", 12: "UUU", 13: "USU", 14: "UPU", 16: "UCU", 17: "UCU",
    18: "UCU", 20: "UCU", 22: "UPU", 23: "PCU", 25: "UCU", 27: "UAS", 28: "PUU",
}
letter = {"C": "complete", "P": "in-progress", "S": "not-started", "U": "no-update", "A": "not-answered"}
# Essex does not answer 27, whose deadline (2024-11-22) has passed: overdue too.
overdue_by_hand = {7: 1, 10: 3, 11: 2, 12: 3, 13: 3, 14: 3, 16: 2, 17: 2, 18: 2, 20: 2, 22: 0,
                   23: 2, 25: 2, 27: 3, 28: 2}
expected = {rid: [sum(letter[x] == c for x in s) for c in cats] for rid, s in by_hand.items()}
# Per force: latest update, days since, complete, overdue, stale.
forces_by_hand = {
    "Cambridgeshire Constabulary": ("2024-11-11", 171, 0, 13, False),
    "Essex Police": ("2025-04-25", 6, 8, 6, False),
    "Kent Police": ("2024-09-30", 213, 1, 13, True),
}
fails = []
def check(what, got, want):
    if got != want: fails.append(f"{what}: got {got!r}, expected {want!r}")

doc = json.load(open("out.json"))
check("json inputs", (doc["inputs"]["read"], doc["inputs"]["refused"]), (3, 2))
check("json matched by", (doc["matched_by"], doc["report"]["id"]), ("report", "police-response-to-stalking-2024"))
check("json Essex url", doc["plans"][1]["url"], "https://www.essex.police.uk/stalking-action-plan")
check("json forces", [p["organisation"] for p in doc["plans"]], list(forces_by_hand))
for p in doc["plans"]:
    check("json force " + p["organisation"],
          (p["last_update"], p["days_since_update"], p["complete"], p["overdue"], p["stale"]),
          forces_by_hand[p["organisation"]])
check("json ids", [r["id"] for r in doc["recommendations"]], sorted(by_hand))
for r in doc["recommendations"]:
    check(f"json counts {r['id']}", [r["counts"][c] for c in cats], expected[r["id"]])
    check(f"json overdue {r['id']}", r["overdue"], overdue_by_hand[r["id"]])
    check(f"json cells {r['id']}", "".join({v: k for k, v in letter.items()}[c["category"]]
                                           for c in r["cells"]), by_hand[r["id"]])

raw = open("out.csv", "rb").read()
check("csv BOM", raw[:3], b"\xef\xbb\xbf")
rows = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
check("csv rows", len([r for r in rows if r["Returned"] == "yes"]), 3 * len(by_hand))
for rid in by_hand:
    mine = [r for r in rows if r["ID"] == str(rid)]
    check(f"csv counts {rid}", [sum(r["Category"] == c for r in mine) for c in cats], expected[rid])
    check(f"csv overdue {rid}", sum(r["Overdue"] == "yes" for r in mine), overdue_by_hand[rid])
for org, (last, days, _, _, stale) in forces_by_hand.items():
    mine = {(r["Plan last update"], r["Days since last update"], r["Plan stale"]) for r in rows if r["Organisation"] == org}
    check(f"csv force {org}", mine, {(last, str(days), "yes" if stale else "no")})
# The two refused inputs are "no return" rows, with a short reason.
check("csv no return", sorted((r["Organisation"], r["Why no return"]) for r in rows if r["Returned"] == "no"),
      [("Broken Constabulary", "the plan has errors"), ("Future Constabulary", "exported by a newer version of plan")])

md = open("out.md", encoding="utf-8").read()
check("md inputs", "Inputs: 3 read, 2 refused." in md, True)
check("md no return", "- Future Constabulary: exported by a newer version of plan" in md, True)
# The chase list: no return, stale with the days since, recommendations not answered.
for line in ["- Broken Constabulary: no return: the plan has errors",
             "- Essex Police: not answered: recommendation 27",
             "- Future Constabulary: no return: exported by a newer version of plan",
             "- Kent Police: stale: 213 days since its last update"]:
    check(f"md chase {line}", line in md, True)
check("json chase", [c["name"] for c in doc["chase"]],
      ["Broken Constabulary", "Essex Police", "Future Constabulary", "Kent Police"])
check("md report", "matched by the numbers of the report 'The police response to stalking'" in md, True)
check("md Essex link", "[Essex Police](<https://www.essex.police.uk/stalking-action-plan>)" in md, True)
for rid in by_hand:
    m = re.search(rf"^\| {rid}(?: [^|]*)? \|((?: \d+ \|){{8}})", md, re.M)
    if not m: fails.append(f"md: no summary row for {rid}"); continue
    nums = [int(x) for x in m.group(1).split("|") if x.strip()]
    check(f"md counts {rid}", nums[:7], expected[rid])
    check(f"md overdue {rid}", nums[7], overdue_by_hand[rid])
not_answered_by_hand = {"Cambridgeshire Constabulary": 0, "Essex Police": 1, "Kent Police": 0}
for org, (last, days, done, overdue, stale) in forces_by_hand.items():
    name = "[Essex Police](<https://www.essex.police.uk/stalking-action-plan>)" if org == "Essex Police" else org
    want = f"| {name} | {last} | {days} | {done} of 15 | {overdue} | {not_answered_by_hand[org]} | 0 | {'**stale**' if stale else 'no'} |"
    check(f"md force {org}", want in md, True)

class Tables(HTMLParser):
    def __init__(self):
        super().__init__(); self.tables = []; self.cell = None
    def handle_starttag(self, tag, attrs):
        if tag == "table": self.tables.append([])
        elif tag == "tr" and self.tables: self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables: self.cell = ""
    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(self.cell.strip()); self.cell = None
    def handle_data(self, data):
        if self.cell is not None: self.cell += data
t = Tables(); t.feed(open("out.html", encoding="utf-8").read())
counts, forces, matrix = t.tables
for row in counts[1:]:
    rid = int(row[0].split()[0])
    check(f"html counts {rid}", [int(x) for x in row[1:8]], expected[rid])
    check(f"html overdue {rid}", int(row[8]), overdue_by_hand[rid])
for row in forces[1:]:
    if row[0] not in forces_by_hand:
        check(f"html no return {row[0]}", row[1].startswith("No return: "), True); continue
    last, days, done, overdue, stale = forces_by_hand[row[0]]
    check(f"html force {row[0]}", (row[2], row[3], row[4], row[5], row[7]),
          (str(days), f"{done} of 15", str(overdue), str(not_answered_by_hand[row[0]]), "Stale" if stale else "No"))
check("html Essex link", '<a href="https://www.essex.police.uk/stalking-action-plan">Essex Police</a>' in open("out.html", encoding="utf-8").read(), True)
check("html matrix rows", [r[0] for r in matrix[1:]], list(forces_by_hand))
check("html matrix Essex 27", matrix[2][1 + sorted(by_hand).index(27)], "Not answeredOverdue")  # past the report's deadline
check("html matrix Essex 14", matrix[2][1 + sorted(by_hand).index(14)].startswith("Under way 60%"), True)

for f in fails: print("FAIL", f)
print(f"{'ok' if not fails else 'FAIL'}: JSON, CSV, Markdown and HTML agree with the count by hand")
sys.exit(1 if fails else 0)
PY
