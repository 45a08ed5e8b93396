#!/usr/bin/env bash
# plan aggregate --manifest, a national scenario (docs/national-view.md):
# 42 forces made with the tool's own commands (plan init --report, plan
# update, plan import of a small text page for the forces that date their
# updates to the month, plan export), varying by their index: complete, in
# progress, not started, notes with no status, updates after the as-of date,
# recommendations declared not_applicable (with a reason) or never answered
# (their file removed), their own status words with `means:` (one meaning
# not-applicable), stale forces, a force that published nothing, one whose
# plan gets an error (refused: a "no return" row), one that returns for the
# first time, and a second manifest entry for a force counted from another
# (the duplicate). They are served three ways: local git repositories (by
# path and by file:// URL, at a branch), export files on disk, and exports
# over http from a server on 127.0.0.1 this test starts and stops.
#
# Checked: every count in the JSON against a count by hand worked out from
# the scenario's parameters (spec.json, the same list the forces were made
# from), never from the tool's output; the CSV and Markdown against the same
# count; the manifest in reverse order, read --offline from the cache, gives
# the same bytes in every format; no output names a path inside the cache;
# --compare with the report of three months earlier names what moved.
# Usage: aggregate_scenario.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
[[ -x /usr/bin/python3 ]] || skip "/usr/bin/python3 missing"
command -v git > /dev/null || skip "git missing"
isolate_git
cd "$work"
started=$SECONDS
report=$source_dir/reports/police-response-to-stalking.yaml
mkdir -p spec forces exports served out national log ok

# The scenario's parameters: which force does what, by its index. Written to
# spec.json (read again by the count by hand at the end) and, one file a
# force, to spec/NN (read by make_force below).
/usr/bin/python3 - << 'PY'
import json
N = 42
RECS = [7, 10, 11, 12, 13, 14, 16, 17, 18, 20, 22, 23, 25, 27, 28]
BROKEN, RETURNER, DUPLICATED, EMPTY, OLD_MONTHS = 12, 20, 9, 0, 34
head = ["North", "South", "East", "West", "Mid", "High", "Low"]
tail = ["shire", "dale", "moor", "field", "wick", "ford"]
# A touched recommendation's state (0-5) gives its updates: (date, meaning, percent);
# meaning None is a note with no status.
DAYS = {0: [("2025-01-20", "complete", None)],
        1: [("2025-01-15", "in-progress", None)],            # percent set below
        2: [("2024-12-10", "in-progress", 50), ("2025-04-10", "complete", None)],
        3: [("2025-03-05", "not-started", None)],
        4: [("2025-04-20", "in-progress", 30)],
        5: [("2025-01-15", None, None)]}
MONTHS = {0: ("2024-11", "complete"), 1: ("2025-02", "in-progress"), 2: ("2025-05", "complete"),
          3: ("2025-02", "not-started"), 4: ("2025-05", "in-progress"), 5: ("2025-02", None)}
STALE_DAY = "2024-09-30"
forces = []
for i in range(N):
    name = head[i % 7] + tail[i // 7] + (" Police" if i % 2 else " Constabulary")
    f = {"i": i, "name": name, "slug": name.split()[0].lower(), "kind": ["git", "export", "http"][i % 3],
         "region": ["North", "South", "East", "West"][i % 4], "size": ["small", "medium", "large"][(i // 3) % 3],
         "contact": f"plans@{name.split()[0].lower()}.example" if i % 2 == 0 else None,
         "imported": i % 9 == 7, "stale_days": i % 6 == 5, "empty": i == EMPTY,
         "broken": i == BROKEN, "returner": i == RETURNER, "duplicated": i == DUPLICATED,
         "not_applicable": {}, "removed": [], "words": None, "gate": False, "updates": []}
    if i % 5 == 2:
        f["not_applicable"]["16"] = f"{name} leaves commissioning to its PCC."
        if i % 10 == 2: f["not_applicable"]["25"] = "Partnership work is led regionally."
    # Not answered (the file removed): git forces only, as plan export refuses a
    # plan lacking a recommendation of its report (report-missing is an error).
    if f["kind"] == "git" and i % 7 == 3: f["removed"].append(27)   # deadline passed: overdue
    if f["kind"] == "git" and i % 7 == 6: f["removed"].append(22)   # deadline 2025-09-27: not overdue
    if not f["imported"]:
        f["gate"] = i % 4 == 0                  # evidence requirements first, as the gate asks
        if i % 4 == 1:
            f["words"] = {"complete": "Signed off", "not-started": "Planned", "in-progress": "Under way"}
            if i % 8 == 1: f["words"]["not-applicable"] = "Not for us"
    words = f["words"] or {"complete": "Complete", "not-started": "Not Started", "in-progress": "In Progress"}
    skip = set(f["removed"]) | {int(k) for k in f["not_applicable"]}
    if not f["empty"]:
        for j in range(4):
            rec = RECS[(i + 4 * j) % 15]
            if rec in skip: continue
            state = (i + 5 * j) % 6   # four states a force, all six over each recommendation
            if f["imported"]:
                month, meaning = MONTHS[state]
                if i == OLD_MONTHS: month = "2024-10"
                steps = [(month, meaning, 40 if state == 1 else None)]
            elif f["stale_days"]:
                steps = [(STALE_DAY, m, p) for (_, m, p) in DAYS[state][-1:]]
            else:
                steps = [(d, m, (10 + 10 * ((i + j) % 8)) if state == 1 else p) for (d, m, p) in DAYS[state]]
            for d, m, p in steps:
                if m == "not-started" and "not-applicable" in words: m = "not-applicable"
                f["updates"].append({"rec": rec, "date": d, "meaning": m, "status": words.get(m) if m else None,
                                     "percent": p})
        # An update after the as-of date (git forces: plan export --as-of refuses it as in the future).
        if i % 8 == 3 and f["kind"] == "git":
            f["updates"].append({"rec": RECS[i % 15], "date": "2025-06-01", "meaning": "complete",
                                 "status": words["complete"], "percent": None})
    f["updates"].sort(key=lambda u: u["date"])   # stable: a recommendation's own order is kept
    forces.append(f)
json.dump({"recs": RECS, "forces": forces}, open("spec.json", "w"), indent=1)

# spec/NN: lines of fields separated by '|', read by make_force.
MON = {"01": "Jan", "02": "Feb", "03": "Mar", "04": "Apr", "05": "May", "06": "Jun", "07": "Jul",
       "08": "Aug", "09": "Sep", "10": "Oct", "11": "Nov", "12": "Dec"}
for f in forces:
    lines = [f"org|{f['name']}", f"kind|{f['kind']}"]
    if f["words"]:
        lines.append("statuses|[" + ", ".join(f"{{name: {w}, means: {m}}}" for m, w in f["words"].items()) + "]")
    if not f["gate"] and not f["imported"]: lines.append("gate|off")
    for u in f["updates"]:
        if f["imported"]:
            y, m = u["date"].split("-")
            status = (u["status"] + (f" {u['percent']}%" if u["percent"] else "")) if u["status"] else ""
            lines.append(f"page|{u['rec']}|{MON[m]}-{y[2:]}|{status}")
        else:
            ev = "ev" if f["gate"] and u["meaning"] == "complete" else ""
            lines.append(f"upd|{u['rec']}|{u['date']}|{u['status'] or ''}|{u['percent'] or ''}|{ev}")
    # Last: a plan that lacks a recommendation has an error, and no update can be recorded then.
    lines += [f"na|{k}|{v}" for k, v in f["not_applicable"].items()]
    lines += [f"rm|{r}" for r in f["removed"]]
    open(f"spec/{f['i']:02d}", "w").write("\n".join(lines) + "\n")
PY

# import_page DIR NN PAGE: the force's published page (updates dated to the
# month) imported into its plan. plan import -C refuses to rewrite the
# recommendation files plan init writes (their commented "force's own plan"
# block is "not as plan writes it"), so the comments are taken out first.
import_page() {
  local f
  for f in "$1"/plan/recommendations/*.yaml; do
    sed -i '2,${/^#/d}' "$f"
    sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$f"
  done
  printf 'Stalking action plan\n%s' "$3" > "$1.page.txt"
  "$plan_bin" -C "$1" import "$1.page.txt" > "log/f$2.import" 2>&1
  grep -q '^Checked: 0 errors' "log/f$2.import"
}

# make_force NN: the force's plan made as a force makes it, from spec/NN; then
# published: a git repository (committed on main), an export on disk or an
# export the web server serves.
make_force() {
  local n=$1 dir org kind key a b c d e page=""
  dir=forces/f$n
  "$plan_bin" init "$dir" --report "$report" --addressee "Chief constables" > /dev/null
  while IFS='|' read -r key a b c d e; do
    if [[ $key != page && -n $page ]]; then import_page "$dir" "$n" "$page"; page=""; fi
    case $key in
      org) org=$a; sed -i "s/^organisation: .*/organisation: $a/" "$dir/plan/plan.yaml" ;;
      kind) kind=$a ;;
      statuses) sed -i "s/^statuses: .*/statuses: $a/" "$dir/plan/plan.yaml" ;;
      gate) echo "evidence_gates_completion: false" >> "$dir/plan/plan.yaml" ;;
      na)
        grep -q '^not_applicable:' "$dir/plan/plan.yaml" || echo "not_applicable:" >> "$dir/plan/plan.yaml"
        echo "  - {id: $a, reason: $b}" >> "$dir/plan/plan.yaml"
        rm "$dir/plan/recommendations/$a.yaml" ;;
      rm) rm "$dir/plan/recommendations/$a.yaml" ;;
      page)
        page+="Recommendation $a"$'\n'"Recommendation Owner: Head of Public Protection"$'\n'
        page+="Force Update: Progress as reported in $b."$'\n'"Date: $b"$'\n'
        [[ -n $c ]] && page+="Status: $c"$'\n' ;;
      upd)
        local args=(-C "$dir" update "$a" --date "$b" --note "Progress as reported on $b.") ev
        [[ -n $c ]] && args+=(--status "$c")
        [[ -n $d ]] && args+=(--percent "$d")
        if [[ $e == ev ]]; then  # each evidence requirement first
          for ev in $(sed -n 's/^  - id: "\([0-9]*\.[0-9]*\)"$/\1/p' "$dir/plan/recommendations/$a.yaml"); do
            "$plan_bin" -C "$dir" update "$ev" --date "$b" --status "$c" --note "Evidence for $b." > /dev/null
          done
        fi
        "$plan_bin" "${args[@]}" > /dev/null ;;
    esac
  done < "spec/$n"
  if [[ -n $page ]]; then import_page "$dir" "$n" "$page"; fi
  case $kind in
    git) git -C "$dir" init -q -b main && git -C "$dir" add -A && git -C "$dir" commit -q -m "$org's plan" ;;
    export) "$plan_bin" -C "$dir" export --format json --as-of 2025-05-01 -o "$work/exports/f$n.json" ;;
    http) "$plan_bin" -C "$dir" export --format json --as-of 2025-05-01 -o "$work/served/f$n.json" ;;
  esac
  touch "ok/f$n"
}
for n in $(seq -w 0 41); do
  (( $(jobs -rp | wc -l) >= 4 )) && wait -n || true
  ( make_force "$n" > "log/f$n.log" 2>&1 ) &
done
wait
for n in $(seq -w 0 41); do
  [[ -e ok/f$n ]] || { fail "force f$n could not be made"; cat "log/f$n.log" "log/f$n.import" 2> /dev/null; }
done
((failures == 0)) || finish
# The duplicate: force 09's plan (read from its git repository) exported too.
"$plan_bin" -C forces/f09 export --format json --as-of 2025-05-01 -o "$work/exports/f09-copy.json"
made=$((SECONDS - started))

# The web server: the exports in served/.
cat > server.py << 'PY'
import http.server, os, sys
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass
os.chdir(sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
with open(sys.argv[2] + ".tmp", "w") as f: f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
PY
start_web_server server.py "$work/served"

# The manifests: forces.yaml (every force, and the duplicate last), previous.yaml
# (three months earlier: without the force returning for the first time),
# reversed.yaml (forces.yaml upside down). Sources by kind; git ones
# alternately by relative path and by file:// URL.
/usr/bin/python3 - "$work" "$base" << 'PY'
import json, sys
work, base = sys.argv[1:]
spec = json.load(open("spec.json"))
def entry(name, f, source=None):
    n = f"{f['i']:02d}"
    if source is None:
        source = {"git": f"{{git: ../forces/f{n}, ref: main}}" if f["i"] % 2 == 0 else
                         f"{{git: 'file://{work}/forces/f{n}', ref: main}}",
                  "export": f"../exports/f{n}.json", "http": f"{{url: '{base}/f{n}.json'}}"}[f["kind"]]
    lines = [f"  - name: {name}", f"    groups: {{region: {f['region']}, size: {f['size']}}}"]
    if f["contact"]: lines.append(f"    contact: {f['contact']}")
    return lines + [f"    source: {source}"]
entries = []
for f in spec["forces"]:
    entries.append((f, entry(f["name"], f)))
    if f["duplicated"]:
        entries.append((f, entry(f["name"] + " (export)", f, f"../exports/f{f['i']:02d}-copy.json")))
head = ["title: Progress against the stalking super-complaint", "forces:"]
def write(path, chosen):
    open(path, "w").write("\n".join(head + [l for _, e in chosen for l in e]) + "\n")
write("national/forces.yaml", entries)
write("national/reversed.yaml", entries[::-1])
write("national/previous.yaml", [(f, e) for f, e in entries if not f["returner"]])
PY

# aggregate NAME MANIFEST AS_OF FORMAT [OPTIONS…]: exit 1 expected (a refused input).
aggregate() {
  local name=$1 manifest=$2 as_of=$3 format=$4 rc=0
  shift 4
  "$plan_bin" aggregate --manifest "national/$manifest" --cache "$work/cache" --as-of "$as_of" \
    --format "$format" -o "out/$name.$format" "$@" 2> "out/$name.$format.err" || rc=$?
  [[ $rc == 1 ]] || { fail "$name --format $format: exit $rc, expected 1"; head -5 "out/$name.$format.err"; }
}

# The report of three months earlier, before force 12's plan got its error.
aggregate previous previous.yaml 2025-02-01 json
# Force 12 then records an update, and a hand edit gives it an error.
"$plan_bin" -C forces/f12 update 22 --date 2025-04-15 --status "In Progress" --percent 15 \
  --note "Progress as reported on 2025-04-15." > /dev/null
sed -i 's/^    percent: 15$/    percent: 150/' forces/f12/plan/recommendations/22.yaml
git -C forces/f12 commit -q -am "Force 12's update"
# Now: fetched (the JSON), then the web server stops and the rest is read from
# the cache alone: the other formats, --compare, and the manifest upside down.
aggregate now forces.yaml 2025-05-01 json
kill "$server_pid"
wait "$server_pid" 2> /dev/null || true
for format in csv md html; do aggregate now forces.yaml 2025-05-01 $format --offline; done
for format in json md; do aggregate compared forces.yaml 2025-05-01 $format --offline --compare out/previous.json; done
for format in json csv md html; do aggregate reversed reversed.yaml 2025-05-01 $format --offline; done

err=out/now.json.err
name_of() { sed -n 's/^org|//p' "spec/$1"; }
grep -qx 'plan aggregate: 41 inputs read, 2 refused' $err || { fail "the closing line of standard error"; tail -3 $err; }
grep -qx 'plan aggregate: 41 inputs read, 1 refused' out/previous.json.err ||
  { fail "the previous run's closing line (the duplicate alone refused)"; tail -3 out/previous.json.err; }
grep -q "^$(name_of 09): git commit [0-9a-f]\{7\} of file://$work/forces/f09 at main, fetched " $err ||
  fail "the commit fetched for $(name_of 09) (force 09, by file:// URL) is not named"
grep -q "^$(name_of 12): git commit [0-9a-f]\{7\} of ../forces/f12 at main, fetched " $err ||
  fail "the commit fetched for $(name_of 12) (force 12, by path) is not named"
grep -q "^$(name_of 11): export fetched from $base/f11.json (200, [0-9]* KB), fetched " $err ||
  fail "the export fetched over http for $(name_of 11) (force 11) is not named"
grep -q "percent-range" $err || fail "force 12's error is not on standard error"
grep -q "f09-copy.json.*$(name_of 09)" $err ||
  { fail "standard error does not name the duplicate of $(name_of 09)"; grep "$(name_of 09)" $err; }

# ORDER: the manifest upside down gives the same bytes in every format (the JSON
# read from the cache as the one fetched).
for format in json csv md html; do
  cmp -s out/now.$format out/reversed.$format ||
    { fail "the reversed manifest changes the $format output"; diff out/now.$format out/reversed.$format | head -5; }
done
grep -q "^$(name_of 11): from the cache (export from $base/f11.json), fetched " out/reversed.json.err ||
  fail "--offline does not say it reads $(name_of 11) from the cache"

# The count by hand, and every output checked against it.
/usr/bin/python3 - > out/check.txt << 'PY' || fail "the count by hand failed (above)"
import calendar, csv, datetime as dt, io, json, os, re

spec = json.load(open("spec.json"))
RECS = spec["recs"]
# The report's deadlines (reports/police-response-to-stalking.yaml), and whom they bind.
DEADLINE = {r: "2025-03-27" for r in RECS} | {22: "2025-09-27", 27: "2024-11-22", 28: "2024-11-22"}
CATS = ["complete", "in-progress", "not-started", "no-update", "no-status", "not-answered", "not-applicable"]
STALE_AFTER = 183
fails = []
def check(what, got, want):
    if got != want: fails.append(f"{what}: got {got!r}, expected {want!r}")

def day(s): return dt.date.fromisoformat(s)
def first_day(d):  # a month-dated update counts from the month's first day
    return day(d) if len(d) == 10 else day(d + "-01")
def stands_for(d, as_of):  # ... and stands for its last day, never later than as_of
    if len(d) == 10: return day(d)
    y, m = map(int, d.split("-"))
    return min(dt.date(y, m, calendar.monthrange(y, m)[1]), as_of)

def by_hand(as_of_text, counted):
    """docs/national-view.md, 'How each number is worked out', from the scenario alone."""
    as_of = day(as_of_text)
    plans = []
    for f in sorted(counted, key=lambda f: f["name"]):
        published = [u for u in f["updates"] if first_day(u["date"]) <= as_of]
        cells = {}
        for r in RECS:
            c = {"status": None, "percent": None, "last_update": None, "overdue": False, "reason": None}
            mine = [u for u in published if u["rec"] == r]
            if r in f["removed"]:
                c["category"] = "not-answered"
                c["overdue"] = day(DEADLINE[r]) < as_of
            elif str(r) in f["not_applicable"]:
                c["category"], c["reason"] = "not-applicable", f["not_applicable"][str(r)]
            elif not mine:
                c["category"] = "no-update"
                c["overdue"] = day(DEADLINE[r]) < as_of
            else:
                c["last_update"] = max((u["date"] for u in mine), key=first_day)
                with_status = [u for u in mine if u["meaning"]]
                if not with_status:
                    c["category"] = "no-status"
                else:
                    u = with_status[-1]
                    c["category"], c["status"], c["percent"] = u["meaning"], u["status"], u["percent"]
                c["overdue"] = day(DEADLINE[r]) < as_of and c["category"] not in ("complete", "not-applicable")
            cells[r] = c
        last = max((u["date"] for u in published), key=first_day) if published else None
        days = (as_of - stands_for(last, as_of)).days if last else None
        plans.append({"f": f, "organisation": f["name"], "cells": cells, "last_update": last,
                      "days_since_update": days, "stale": days is None or days > STALE_AFTER,
                      # declaring one not applicable answers it: the plan lacks only those not answered
                      "answered": len(RECS) - len(f["removed"]),
                      "complete": sum(c["category"] == "complete" for c in cells.values()),
                      "overdue": sum(c["overdue"] for c in cells.values()),
                      "not_answered": sum(c["category"] == "not-answered" for c in cells.values()),
                      "not_applicable": sum(c["category"] == "not-applicable" for c in cells.values())})
    recs = {}
    for r in RECS:
        dates = [p["cells"][r]["last_update"] for p in plans if p["cells"][r]["last_update"]]
        recs[r] = {"counts": {k: sum(p["cells"][r]["category"] == k for p in plans) for k in CATS},
                   "overdue": sum(p["cells"][r]["overdue"] for p in plans),
                   "latest_update_from": min(dates, key=first_day) if dates else None,
                   "latest_update_to": max(dates, key=first_day) if dates else None}
    return plans, recs

forces = spec["forces"]
broken = next(f for f in forces if f["broken"])
returner = next(f for f in forces if f["returner"])
dup = next(f for f in forces if f["duplicated"])
plans, recs = by_hand("2025-05-01", [f for f in forces if not f["broken"]])
plans_then, recs_then = by_hand("2025-02-01", [f for f in forces if not f["returner"]])
print(f"INFO by hand at 2025-05-01: {len(plans)} forces counted, "
      f"{sum(p['complete'] for p in plans)} complete, {sum(p['overdue'] for p in plans)} overdue, "
      f"{sum(p['stale'] for p in plans)} stale")

# --- JSON -----------------------------------------------------------------
doc = json.load(open("out/now.json"))
check("json as_of", doc["as_of"], "2025-05-01")
check("json inputs read, refused", (doc["inputs"]["read"], doc["inputs"]["refused"]), (len(plans), 2))
check("json forces, in order", [p["organisation"] for p in doc["plans"]], [p["organisation"] for p in plans])
check("json recommendations", [r["id"] for r in doc["recommendations"]], RECS)
index = {p["organisation"]: k for k, p in enumerate(doc["plans"])}
for want in plans:
    org = want["organisation"]
    if org not in index: continue
    got = doc["plans"][index[org]]
    for key in ("last_update", "days_since_update", "stale", "answered", "complete", "overdue",
                "not_answered", "not_applicable"):
        check(f"json force {org} (force {want['f']['i']}) {key}", got[key], want[key])
    check(f"json force {org} exported", got["exported"], None if want["f"]["kind"] == "git" else "2025-05-01")
for r in doc["recommendations"]:
    want = recs.get(r["id"])
    if not want: continue
    for k in CATS:
        check(f"json recommendation {r['id']} count {k}", r["counts"][k], want["counts"][k])
    for key in ("overdue", "latest_update_from", "latest_update_to"):
        check(f"json recommendation {r['id']} {key}", r[key], want[key])
    for cell in r["cells"]:
        org = doc["plans"][cell["plan"]]["organisation"]
        mine = next((p for p in plans if p["organisation"] == org), None)
        if not mine: continue
        c = mine["cells"][r["id"]]
        got = (cell["category"], cell["overdue"], cell["last_update"], cell["not_applicable_reason"])
        check(f"json cell {org} (force {mine['f']['i']}) recommendation {r['id']} (category, overdue, last update, reason)",
              got, (c["category"], c["overdue"], c["last_update"], c["reason"]))
        if c["category"] in ("complete", "in-progress", "not-started") or c["status"]:
            check(f"json cell {org} recommendation {r['id']} (status, percent)",
                  (cell["status"], cell["percent"]), (c["status"], c["percent"]))
# The refused: force 12 is a "no return" row under the manifest's name; the duplicate is not.
check("json no_return", [(n["name"], n["reason"]) for n in doc["no_return"]], [(broken["name"], "the plan has errors")])
dups = [x for x in doc["inputs"]["refused_inputs"] if x["duplicate"]]
check("json duplicates", [(x["path"], x["organisation"]) for x in dups],
      [(f"../exports/f{dup['i']:02d}-copy.json", dup["name"])])
if dups and dup["name"] not in dups[0]["reason"]:
    fails.append(f"json duplicate: the reason does not say which is counted: {dups[0]['reason']!r}")
check("json refused", sorted(x["duplicate"] for x in doc["inputs"]["refused_inputs"]), [False, True])
# The chase list: no return, stale (days since, or nothing published), not answered; contacts.
def recs_text(ids):
    return ("recommendation " if len(ids) == 1 else "recommendations ") + \
        (str(ids[0]) if len(ids) == 1 else ", ".join(map(str, ids[:-1])) + f" and {ids[-1]}")
chase = {broken["name"]: ["no return: the plan has errors"]}
for p in plans:
    why = []
    if p["stale"]:
        why.append(f"stale: {p['days_since_update']} days since its last update" if p["last_update"]
                   else "stale: nothing published yet")
    missing = [r for r in RECS if p["cells"][r]["category"] == "not-answered"]
    if missing: why.append("not answered: " + recs_text(missing))
    if why: chase[p["organisation"]] = why
contacts = {f["name"]: f["contact"] for f in forces}
check("json chase names", [c["name"] for c in doc["chase"]], sorted(chase))
for c in doc["chase"]:
    check(f"json chase {c['name']} reasons", c["reasons"], chase.get(c["name"]))
    check(f"json chase {c['name']} contact", c.get("contact"), contacts.get(c["name"]))
# The sources, named as the manifest names them.
for p in doc["plans"]:
    f = next((x for x in forces if x["name"] == p["organisation"]), None)
    if not f: continue
    n = f"{f['i']:02d}"
    want = {"export": f"../exports/f{n}.json", "http": f"/f{n}.json"}.get(f["kind"], f"forces/f{n}")
    if want not in p["source"] or ".plan-cache" in p["source"] or "/cache/" in p["source"]:
        fails.append(f"json force {p['organisation']} source {p['source']!r}, expected one naming {want}")

# --- CSV: one row per force and recommendation, and the no-return row ------
raw = open("out/now.csv", "rb").read()
check("csv BOM", raw[:3], b"\xef\xbb\xbf")
rows = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
returned = [row for row in rows if row["Returned"] == "yes"]
check("csv rows returned", len(returned), len(plans) * len(RECS))
for r in RECS:
    mine = [row for row in returned if row["ID"] == str(r)]
    check(f"csv recommendation {r} counts", {k: sum(row["Category"] == k for row in mine) for k in CATS}, recs[r]["counts"])
    check(f"csv recommendation {r} overdue", sum(row["Overdue"] == "yes" for row in mine), recs[r]["overdue"])
for p in plans:
    mine = [row for row in returned if row["Organisation"] == p["organisation"]]
    days = "" if p["days_since_update"] is None else str(p["days_since_update"])
    check(f"csv force {p['organisation']} (last update, days since, stale, answered, exported)",
          {(row["Plan last update"], row["Days since last update"], row["Plan stale"], row["Answered"], row["Exported"])
           for row in mine},
          {(p["last_update"] or "", days, "yes" if p["stale"] else "no", str(p["answered"]),
            "" if p["f"]["kind"] == "git" else "2025-05-01")})
    check(f"csv force {p['organisation']} complete", sum(row["Category"] == "complete" for row in mine), p["complete"])
    check(f"csv force {p['organisation']} overdue", sum(row["Overdue"] == "yes" for row in mine), p["overdue"])
    check(f"csv force {p['organisation']} not applicable reasons",
          {row["ID"]: row["Not applicable reason"] for row in mine if row["Not applicable reason"]},
          {str(r): c["reason"] for r, c in p["cells"].items() if c["reason"]})
check("csv no return", [(row["Organisation"], row["Why no return"]) for row in rows if row["Returned"] == "no"],
      [(broken["name"], "the plan has errors")])

# --- Markdown: the summary by recommendation, the forces, the chase list ----
md = open("out/now.md", encoding="utf-8").read()
for r in RECS:
    m = re.search(rf"^\| {r}(?: [^|]*)? \|((?: \d+ \|){{8}})", md, re.M)
    if not m: fails.append(f"md: no summary row for recommendation {r}"); continue
    nums = [int(x) for x in m.group(1).split("|") if x.strip()]
    check(f"md recommendation {r} counts", dict(zip(CATS, nums[:7])), recs[r]["counts"])
    check(f"md recommendation {r} overdue", nums[7], recs[r]["overdue"])
for p in plans:
    row = next((l for l in md.splitlines() if l.startswith(f"| {p['organisation']} |")), None)
    if not row: fails.append(f"md: no row for force {p['organisation']}"); continue
    cells = [x.strip() for x in row.strip("|").split("|")]
    check(f"md force {p['organisation']} (last update, days, complete, overdue, not answered, not applicable, stale)",
          cells[1:8], [p["last_update"] or "none",
                       "none" if p["days_since_update"] is None else str(p["days_since_update"]),
                       f"{p['complete']} of {len(RECS)}", str(p["overdue"]), str(p["not_answered"]),
                       str(p["not_applicable"]), "**stale**" if p["stale"] else "no"])
check("md inputs", f"Inputs: {len(plans)} read, 2 refused." in md, True)
check("md no return row", f"| {broken['name']} | no return: the plan has errors |" in md, True)
for name, why in chase.items():
    who = f"{name} ({contacts[name]})" if contacts.get(name) else name
    line = f"- {who}: " + "; ".join(why)
    if line not in md: fails.append(f"md chase list lacks: {line}")

# --- HTML: the no-return row and a contact on the chase list ----------------
page = open("out/now.html", encoding="utf-8").read()
check("html no return", broken["name"] in page and "the plan has errors" in page, True)
check("html inputs", f"Inputs: {len(plans)} read, 2 refused." in page, True)
check("html contact", contacts[broken["name"]] in page, True)

# --- COMPARE: what moved since the report of 2025-02-01 ---------------------
LABEL = {"not-started": "not started", "in-progress": "in progress", "complete": "complete",
         "not-applicable": "not applicable", "no-update": "no update published",
         "not-answered": "not answered", "no-status": "no status published"}
since = json.load(open("out/compared.json"))["since_last"] or {}
check("compare previous_as_of", since.get("previous_as_of"), "2025-02-01")
then = {p["organisation"]: p for p in plans_then}
c_now, c_then = sum(p["complete"] for p in plans), sum(p["complete"] for p in plans_then)
o_now, o_then = sum(p["overdue"] for p in plans), sum(p["overdue"] for p in plans_then)
def moved(a, b): return "no change" if a == b else f"{a - b:+d}"
def and_list(names): return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
newly_stale = [p["organisation"] for p in plans if p["organisation"] in then and p["stale"] and not then[p["organisation"]]["stale"]]
summary = [f"Recommendations complete across forces: {c_now} (was {c_then}, {moved(c_now, c_then)}).",
           f"Overdue across forces: {o_now} (was {o_then}, {moved(o_now, o_then)}).",
           f"Returned this time: {returner['name']}.", f"No return this time: {broken['name']}."]
if newly_stale: summary.append(f"Newly stale: {and_list(newly_stale)}.")
check("compare summary", since.get("summary"), summary)
want_recs = []
for r in RECS:
    d_c = recs[r]["counts"]["complete"] - recs_then[r]["counts"]["complete"]
    d_o = recs[r]["overdue"] - recs_then[r]["overdue"]
    moves = "; ".join(x for x in [d_c and f"complete {d_c:+d}", d_o and f"overdue {d_o:+d}"] if x)
    if moves: want_recs.append({"id": r, "moves": moves})
check("compare recommendations", since.get("recommendations"), want_recs)
want_forces = {returner["name"]: "returned (not in the last report)",
               broken["name"]: "stopped returning (counted in the last report, not in this one)"}
for p in plans:
    b = then.get(p["organisation"])
    if not b: continue
    parts = []
    if p["complete"] != b["complete"]: parts.append(f"complete {p['complete'] - b['complete']:+d}")
    if p["overdue"] != b["overdue"]: parts.append(f"overdue {p['overdue'] - b['overdue']:+d}")
    if p["stale"] and not b["stale"]: parts.append("newly stale")
    if b["stale"] and not p["stale"]: parts.append("no longer stale")
    for r in RECS:
        c, was = p["cells"][r], b["cells"][r]
        move = [f"{LABEL[was['category']]} to {LABEL[c['category']]}"] if c["category"] != was["category"] else []
        if c["overdue"] and not was["overdue"]: move.append("newly overdue")
        if move: parts.append(f"recommendation {r}: " + "; ".join(move))
    if parts: want_forces[p["organisation"]] = "; ".join(parts)
got_forces = {x["name"]: x["moves"] for x in since.get("forces", [])}
for name in sorted(set(want_forces) | set(got_forces)):
    check(f"compare force {name}", got_forces.get(name), want_forces.get(name))
md_c = open("out/compared.md", encoding="utf-8").read()
for line in summary:
    if line not in md_c: fails.append(f"compare: the Markdown lacks {line!r}")

# --- Outputs name sources as the manifest does, never a path inside the cache --
def strings(v, where):
    if isinstance(v, dict):
        for k, x in v.items(): yield from strings(x, f"{where}.{k}")
    elif isinstance(v, list):
        for k, x in enumerate(v): yield from strings(x, f"{where}[{k}]")
    elif isinstance(v, str): yield where, v
cache = os.path.join(os.getcwd(), "cache")
inside = [where for where, v in strings(doc, "") if cache in v]
if inside: fails.append(f"json: a path inside the cache ({cache}/…) in {', '.join(inside)}")
for fmt in ("csv", "md", "html"):
    if cache in open(f"out/now.{fmt}", encoding="utf-8-sig").read():
        fails.append(f"{fmt}: a path inside the cache ({cache}/…)")

for f in fails: print("FAIL", f)
PY
grep '^INFO ' out/check.txt | sed 's/^INFO //'
while read -r line; do fail "${line#FAIL }"; done < <(grep '^FAIL ' out/check.txt)

# Two entries of one force's name (ignoring case and spaces) make the manifest unusable.
printf 'forces:\n  - name: Kent Police\n    source: ../exports/f01.json\n  - name: " kent police"\n    source: ../exports/f04.json\n' \
  > national/twice.yaml
rc=0; "$plan_bin" aggregate --manifest national/twice.yaml --cache "$work/cache" 2> out/twice.err > /dev/null || rc=$?
[[ $rc == 2 ]] && grep -q '^national/twice.yaml:4:.*\[manifest-duplicate\]' out/twice.err ||
  { fail "a name given twice: exit $rc, expected 2 with [manifest-duplicate]"; cat out/twice.err; }

echo "aggregate scenario: 42 forces (made in ${made}s), 4 formats, reversed order, compare: $failures failures in $((SECONDS - started))s"
finish
