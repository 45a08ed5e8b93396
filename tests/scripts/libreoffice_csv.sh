#!/usr/bin/env bash
# The CSV exports open in LibreOffice with the right rows, columns and cells:
# LibreOffice Calc (headless, character set left for it to detect, as when a
# person opens the file) converts each export to .xlsx, then the .xlsx back to
# CSV, and every cell must equal what Python's csv module reads from the
# export: accents and symbols, multi-line notes, quotes, commas, and the
# formula guard. Exits 77 (skipped) when LibreOffice is not installed.
# Usage: libreoffice_csv.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
command -v soffice > /dev/null || { echo "skipped: no LibreOffice (soffice)"; exit 77; }
cd "$work"
export HOME="$work/home"  # a fresh LibreOffice profile, not the user's

cp -a "$source_dir/plan" bundled && cp -a "$source_dir/reports" reports
"$plan_bin" -C bundled export --format csv --as-of 2025-04-01 -o recs.csv
"$plan_bin" -C bundled export --format csv --rows updates --as-of 2025-04-01 -o updates.csv
mkdir -p other/plan/recommendations
cat > other/plan/plan.yaml <<'YAML'
title: Plan d'action
organisation: "Gendarmerie, Île-de-France – “test” …"
YAML
cat > other/plan/recommendations/1.yaml <<'YAML'
id: 1
deadline: 2025-03-27
text: "Publier le plan; \"vite\", s'il vous plaît."
updates:
  - date: 2025-01-05
    status: In Progress
    percent: 50
    by: Équipe web
    note: |-
      - first point, with a comma
      =SUM(A1:A2) must stay text
  - date: 2025-02-01
    status: In Progress
    note: internal
    internal: true
YAML
"$plan_bin" -C other export --format csv --rows updates --include-internal --as-of 2025-04-01 \
  -o unicode.csv

run_office() { timeout 180 soffice --headless --norestore "$@" > office.log 2>&1 || { cat office.log; exit 1; }; }
run_office --infilter="Text - txt - csv (StarCalc):44,34,,1" --convert-to xlsx --outdir xlsx \
  recs.csv updates.csv unicode.csv
run_office --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1" \
  --outdir back xlsx/recs.xlsx xlsx/updates.xlsx xlsx/unicode.xlsx

python3 - <<'PY'
import csv, glob, io, sys
bad = 0
for name in ("recs", "updates", "unicode"):
    ours = list(csv.reader(io.StringIO(open(f"{name}.csv", encoding="utf-8-sig", newline="").read())))
    theirs = list(csv.reader(io.StringIO(open(glob.glob(f"back/{name}*.csv")[0], encoding="utf-8", newline="").read())))
    if ours != theirs:
        bad += 1
        print(f"FAIL: {name}.csv reads differently in LibreOffice")
        for i, (a, b) in enumerate(zip(ours, theirs)):
            if a != b:
                print(f"  row {i}: ours {a!r}\n         LibreOffice {b!r}")
                break
        if len(ours) != len(theirs):
            print(f"  {len(ours)} rows, LibreOffice {len(theirs)}")
    else:
        print(f"{name}.csv: {len(ours)} rows x {len(ours[0])} columns, every cell the same in LibreOffice")
sys.exit(1 if bad else 0)
PY
