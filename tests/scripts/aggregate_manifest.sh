#!/usr/bin/env bash
# plan aggregate --manifest (issue 25 item 6; docs/national-view.md): forces
# collected from a local folder, an export file, two git repositories (a
# file:// URL at a branch, and a local path) and an export served over http
# by a server on 127.0.0.1 this test starts and stops; a broken git source,
# a 404, a redirect to file:///etc/passwd and a redirect loop are each a
# refused input and a "no return" row under the manifest's name, the rest is
# aggregated (exit 1). The commit fetched is named on standard error, the
# chase list carries the manifest's contacts, a rerun with --offline gives
# the same bytes from the cache, and nothing is written outside the cache.
source "$(dirname "$0")/../lib/script.sh" "$@"
[[ -x /usr/bin/python3 ]] || skip "/usr/bin/python3 missing"
command -v git > /dev/null || skip "git missing"
"$plan_bin" aggregate --help | grep -q -- '--manifest' || fail "--manifest is not in --help"
isolate_git
cd "$work"
report=$source_dir/reports/police-response-to-stalking.yaml

# force DIR ORGANISATION: a plan made by init and updated, committed on main.
force() {
  "$plan_bin" init "$1" --report "$report" --addressee "Chief constables" > /dev/null
  sed -i "s/^organisation: .*/organisation: $2/" "$1/plan/plan.yaml"
  "$plan_bin" -C "$1" update 7 --date 2025-01-10 --status "In Progress" --percent 40 \
    --note "Progress as reported on 2025-01-10." > /dev/null
  git -C "$1" init -q -b main
  git -C "$1" add -A
  git -C "$1" commit -q -m "$2's plan"
}
force forces/alpha "Alpha Police"
force repos/beta "Beta Police"
force repos/gamma "Gamma Police"
force made/delta "Delta Police"
force made/epsilon "Epsilon Police"
mkdir -p exports served out
"$plan_bin" -C made/delta export --format json --as-of 2025-03-01 -o "$work/exports/delta.json"
"$plan_bin" -C made/epsilon export --format json --as-of 2025-03-01 -o "$work/served/epsilon.json"
beta_commit=$(git -C repos/beta rev-parse --short=7 HEAD)

# The web server: files from served/ (epsilon.json with an ETag, and 304 when
# asked with it), a redirect to file:, a redirect loop.
cat > server.py << 'PY'
import http.server, os, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/to-file":
            self.send_response(302); self.send_header("Location", "file:///etc/passwd")
            self.end_headers(); return
        if self.path == "/loop":
            self.send_response(302); self.send_header("Location", "/loop")
            self.end_headers(); return
        if self.path == "/epsilon.json" and self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304); self.end_headers(); return
        return super().do_GET()
    def end_headers(self):
        if self.path == "/epsilon.json": self.send_header("ETag", '"v1"')
        super().end_headers()
os.chdir(sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2] + ".tmp", "w") as f: f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
PY
start_web_server server.py "$work/served"

mkdir national
cat > national/forces.yaml << YAML
title: Progress against the stalking super-complaint
report: $report
forces:
  - name: Alpha Police
    groups: {region: North, size: small}
    contact: plans@alpha.example
    source: ../forces/alpha
  - name: Beta Police
    groups: {region: North}
    contact: plans@beta.example
    source: {git: file://$work/repos/beta, ref: main}
  - name: Gamma Police
    groups: {region: South}
    source: {git: ../repos/gamma}
  - name: Delta Police
    source: ../exports/delta.json
  - name: Epsilon Police
    source: {url: $base/epsilon.json}
  - name: Zeta Police
    groups: {region: South}
    contact: plans@zeta.example
    source: {git: file://$work/repos/no-such-repository, ref: main}
  - name: Eta Police
    source: {url: $base/to-file}
  - name: Theta Police
    source: {url: $base/missing.json}
  - name: Iota Police
    source: {url: $base/loop}
  - name: Kappa Police
    source: {url: $base/kappa.txt}
YAML
# Kappa publishes only its page: read by plan import's pipeline against the report.
cp "$source_dir/tests/import/seed.txt" served/kappa.txt

touch out/marker
sleep 1  # so anything written after the marker is newer than it
run() {  # run NAME [OPTIONS…]: every format, standard error of the JSON run kept
  local name=$1 format
  shift
  for format in json csv md html; do
    rc=0
    "$plan_bin" aggregate --manifest national/forces.yaml --as-of 2025-05-01 --format $format \
      -o out/$name.$format "$@" 2> out/$name.$format.err || rc=$?
    [[ $rc == 1 ]] || { fail "$name $format: exit $rc, expected 1"; cat out/$name.$format.err; }
  done
}
run first
err=out/first.json.err
grep -qx 'plan aggregate: 6 inputs read, 4 refused' $err || { fail "counts"; cat $err; }
grep -q '"read": 6,' out/first.json || fail "the JSON does not count 6 inputs read"
grep -q "^Kappa Police: page fetched from $base/kappa.txt (200, [0-9]* KB), fetched " $err ||
  { fail "the page fetched over http is not named"; cat $err; }
grep -q "^Kappa Police,[^,]*,23,[^,]*,In Progress," out/first.csv ||
  { fail "Kappa's page is not read into the national view (recommendation 23 in progress)"; grep "^Kappa" out/first.csv | head -3; }
grep -q "^Beta Police: git commit $beta_commit of file://$work/repos/beta at main, fetched " $err ||
  { fail "the commit fetched is not named"; cat $err; }
grep -q "^Gamma Police: git commit [0-9a-f]\{7\} of ../repos/gamma, fetched " $err ||
  fail "the local repository is not fetched"
grep -q "^Epsilon Police: export fetched from $base/epsilon.json (200, [0-9]* KB), fetched " $err ||
  { fail "the export fetched over http is not named"; cat $err; }
grep -q "^Eta Police: could not fetch $base/to-file: redirected to an address that is not http or https (refused)" $err ||
  { fail "the redirect to file: is not refused"; cat $err; }
grep -q "^Iota Police: could not fetch $base/loop: more than 5 redirects" $err || fail "the redirect loop"
grep -q "^Theta Police: could not fetch $base/missing.json: the server answered 404" $err || fail "the 404"
grep -q "^Zeta Police: could not fetch file://$work/repos/no-such-repository at main: " $err || fail "the broken git source"
grep -q 'root:' out/*.json out/*.err && fail "/etc/passwd was read"
for who in Zeta Eta Theta Iota; do
  grep -q "^$who Police,.*,No return,.*,source could not be fetched" out/first.csv ||
    fail "$who Police is not a no-return row in the CSV"
  grep -q "$who Police: source could not be fetched" out/first.md || fail "$who Police: no return in Markdown"
  grep -q "<li>$who Police: source could not be fetched</li>" out/first.html || fail "$who Police: no return in HTML"
done
# Subtotals by each grouping, a force with no return counted as expected in its group.
for row in 'North | 2 of 2' 'South | 1 of 2' 'not given | 3 of 6'; do
  grep -q "^| $row |" out/first.md || fail "By region: no row '$row' in Markdown"
done
grep -q '^| small | 1 of 1 |' out/first.md || fail "By size: no row for small"
# The forces that give no region come after the named regions.
[[ $(grep -n '^| South | 1 of 2 |' out/first.md | cut -d: -f1) -lt \
   $(grep -n '^| not given | 3 of 6 |' out/first.md | cut -d: -f1) ]] ||
  fail "By region: 'not given' is not after the named regions"
grep -q '<th scope="row">South</th><td class="num">1 of 2</td>' out/first.html ||
  fail "By region: no South row on the page"
grep -q 'Region: North; Size: small' out/first.html || fail "Alpha's section does not name its groups"
# The same subtotals in the JSON, and a column per grouping in the CSV.
python3 - out/first.json << 'PY' || fail "the JSON's groupings are not the page's subtotals"
import json, sys
doc = json.load(open(sys.argv[1]))
region = next(g for g in doc["groupings"] if g["key"] == "region")
rows = {r["value"]: (r["returned"], r["expected"]) for r in region["rows"]}
assert rows == {"North": (2, 2), "South": (1, 2), None: (3, 6)}, rows
alpha = next(p for p in doc["plans"] if p["organisation"] == "Alpha Police")
assert alpha["groups"] == {"region": "North", "size": "small"}, alpha["groups"]
PY
head -1 out/first.csv | grep -q ',Actions overdue,Region,Size'$'\r''$' || fail "the CSV has no Region and Size columns"
grep -q '^Alpha Police,.*,North,small'$'\r''$' out/first.csv || fail "Alpha's CSV rows do not give its groups"
grep -q '^Zeta Police,.*,No return,.*,South,'$'\r''$' out/first.csv || fail "Zeta's no-return row does not give its region"
for who in Alpha Beta Gamma Delta Epsilon Kappa; do
  grep -q "^$who Police," out/first.csv || fail "$who Police is not aggregated"
done
grep -q '"source": "https\?://\|"source": "file://'"$work"'/repos/beta at main"' out/first.json ||
  fail "a fetched force is not shown by its source"
grep -q '\.plan-cache' out/first.json out/first.html out/first.md out/first.csv &&
  fail "a path inside the cache reaches an output"
grep -q '"contact": "plans@zeta.example"' out/first.json || fail "the contact is not on the chase list"
grep -q 'Zeta Police (plans@zeta.example): no return: source could not be fetched' out/first.md ||
  fail "the contact is not on the Markdown chase list"
[[ -d national/.plan-cache ]] || fail "no cache beside the manifest"

# A second run fetches again (git fetch, not clone) and gives the same bytes;
# --offline reads the cache alone and gives the same page, CSV and Markdown.
run second
grep -q "^Beta Police: git commit $beta_commit" out/second.json.err || fail "the rerun's git fetch"
grep -q "^Epsilon Police: from the cache (export from $base/epsilon.json), fetched .*; not changed since (304)" out/second.json.err ||
  { fail "the rerun downloads an export that has not changed"; cat out/second.json.err; }
kill "$server_pid"
wait "$server_pid" 2> /dev/null || true
run offline --offline
for format in json csv md html; do
  cmp -s out/first.$format out/second.$format || fail "a rerun changes the $format output"
done
for format in csv md html; do
  cmp -s out/first.$format out/offline.$format ||
    { fail "--offline changes the $format output"; diff out/first.$format out/offline.$format | head; }
done
grep -q "^Epsilon Police: from the cache (export from $base/epsilon.json), fetched " out/offline.json.err ||
  { fail "--offline does not say it reads the cache"; cat out/offline.json.err; }
grep -q "^Zeta Police: not fetched: offline, and no copy in the cache" out/offline.json.err ||
  fail "a source never fetched is not refused offline"

# Nothing written outside the cache (and out/, where -o writes).
written=$(find . -newer out/marker -not -path './out*' -not -path './national/.plan-cache*' \
  -not -path . -not -path ./national)
[[ -z $written ]] || fail "written outside the cache: $written"

# A manifest that cannot be used: every problem, located, exit 2.
cat > national/bad.yaml << YAML
forces:
  - name: Kent Police
    sorce: ../kent
  - name: Essex Police
    source: {git: --upload-pack=touch $work/out/pwned}
YAML
rc=0; "$plan_bin" aggregate --manifest national/bad.yaml 2> out/bad.err > /dev/null || rc=$?
[[ $rc == 2 ]] || fail "an unusable manifest: exit $rc, expected 2"
grep -q "^national/bad.yaml:3:5: error: unknown key 'sorce'; did you mean 'source'? \[unknown-key\]" out/bad.err ||
  { fail "the unknown key is not located"; cat out/bad.err; }
grep -q "^national/bad.yaml:5:19: error: the repository '--upload-pack=touch $work/out/pwned' starts with '-'" out/bad.err ||
  { fail "an option-like repository is not refused"; cat out/bad.err; }
[[ ! -e out/pwned ]] || fail "git ran an option from the manifest"
finish
