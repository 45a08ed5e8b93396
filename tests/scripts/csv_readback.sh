#!/usr/bin/env bash
# Reads the CSV exports of the bundled plan back with Python's csv module (an
# independent RFC 4180 reader) and checks rows and columns against the plan
# files themselves, and that `plan list --overdue` names exactly the
# recommendations past their deadline and not done.
# Usage: csv_readback.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
cp -a "$source_dir/plan" "$work/plan" && cp -a "$source_dir/reports" "$work/reports"
cd "$work"
"$plan_bin" export --format csv --as-of 2025-04-01 -o recs.csv
"$plan_bin" export --format csv --rows updates --as-of 2025-04-01 -o updates.csv
"$plan_bin" list --overdue --as-of 2025-04-01 --format csv > overdue.csv

python3 - <<'PY'
import csv, glob, io, os, re, sys
import yaml

AS_OF = "2025-04-01"
problems = []

def read(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}: no UTF-8 byte-order mark")
    body = raw[3:]
    # Every row ends in CRLF; a bare LF may only appear inside a quoted field.
    if not body.endswith(b"\r\n"):
        problems.append(f"{path}: does not end in CRLF")
    text = body.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), strict=True))

plan = yaml.safe_load(open("plan/plan.yaml", encoding="utf-8"))
recs = {}
for path in glob.glob("plan/recommendations/*.yaml"):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    recs[doc["id"]] = doc
done = plan.get("statuses", ["Not Started", "In Progress", "Complete"])[-1]

def latest_status(doc):
    ups = [u for u in doc.get("updates", []) if not u.get("internal")]
    return ups[-1]["status"] if ups else None

rows = read("recs.csv")
header, body = rows[0], rows[1:]
expected_header = ["Organisation", "ID", "Title", "Owner", "Deadline", "Status", "Category", "Percent",
                   "Last update", "Overdue", "Latest note", "Text"]
if header != expected_header:
    problems.append(f"recs.csv header {header}")
if [int(r[1]) for r in body] != sorted(recs):
    problems.append(f"recs.csv ids {[r[1] for r in body]} != files {sorted(recs)}")
for r in body:
    if len(r) != len(header):
        problems.append(f"recs.csv row {r[1]} has {len(r)} fields")
        continue
    doc = recs[int(r[1])]
    fields = dict(zip(header, r))
    if fields["Organisation"] != plan["organisation"]:
        problems.append(f"row {r[1]}: organisation {fields['Organisation']!r}")
    if fields["Deadline"] != str(doc["deadline"]):
        problems.append(f"row {r[1]}: deadline {fields['Deadline']} != {doc['deadline']}")
    if fields["Text"] != doc["text"]:
        problems.append(f"row {r[1]}: text differs")
    status = latest_status(doc)
    if status and fields["Status"] != status:
        problems.append(f"row {r[1]}: status {fields['Status']} != {status}")
    ups = [u for u in doc.get("updates", []) if not u.get("internal")]
    if ups and fields["Latest note"] != ups[-1].get("note", ""):
        problems.append(f"row {r[1]}: latest note differs")
    overdue = str(doc["deadline"]) < AS_OF and status != done
    if fields["Overdue"] != ("yes" if overdue else "no"):
        problems.append(f"row {r[1]}: overdue {fields['Overdue']}, expected {overdue}")

updates = read("updates.csv")
expected = []
for rid in sorted(recs):
    doc = recs[rid]
    for u in doc.get("updates", []):
        expected.append([str(rid), "", str(u["date"]), u["status"], u.get("note", "")])
    for ev in doc.get("evidence", []):
        for u in ev.get("updates", []):
            expected.append([str(rid), ev["id"], str(u["date"]), u["status"], u.get("note", "")])
col = {name: i for i, name in enumerate(updates[0])}
got = [[r[col["ID"]], r[col["Evidence"]], r[col["Date"]], r[col["Status"]], r[col["Note"]]]
       for r in updates[1:]]
if updates[0] != ["Organisation", "ID", "Evidence", "Action", "Date", "Status", "Percent", "RAG",
                  "By", "Internal", "Note"]:
    problems.append(f"updates.csv header {updates[0]}")
if got != expected:
    problems.append(f"updates.csv rows {got!r} != {expected!r}")

listed = [int(r[0]) for r in read("overdue.csv")[1:]]
want = sorted(rid for rid, doc in recs.items()
              if str(doc["deadline"]) < AS_OF and latest_status(doc) != done)
if listed != want:
    problems.append(f"list --overdue gave {listed}, expected {want}")

for p in problems:
    print("FAIL:", p)
print(f"{len(body)} recommendation rows, {len(got)} update rows, {len(listed)} overdue checked")
sys.exit(1 if problems else 0)
PY
