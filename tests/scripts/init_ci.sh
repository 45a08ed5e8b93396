#!/usr/bin/env bash
# `plan init` gives a repo whose own CI would pass: creates one, checks every
# YAML file parses, then runs the commands of the GitHub Actions validate job,
# the GitLab validate job and the pre-commit hook in it, with the built plan
# on PATH (the install steps, which fetch the .deb, are the only ones
# skipped). The render steps run too once `plan render` exists.
# Usage: init_ci.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
set -euo pipefail
plan_bin=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin_dir=$(cd "$(dirname "$plan_bin")" && pwd)
export PATH="$bin_dir:$PATH"
unset PLAN_DIR

"$plan_bin" init "$work/repo" > /dev/null
cd "$work/repo"
for s in plan recommendation; do
  cmp "schemas/$s.schema.json" "$source_dir/schemas/$s.schema.json"
done

# Prints each job as "where<TAB>its commands, one a line", NUL-ended.
python3 - > "$work/steps" <<'PY'
import sys, yaml
jobs = {}
def emit(where, cmd):
    jobs.setdefault(where, []).append(cmd)
gh = yaml.safe_load(open(".github/workflows/plan.yml"))
on = gh.get(True, gh.get("on"))  # YAML 1.1 reads the key 'on' as true
assert "push" in on and "release" in on, on
for job in ("validate", "render"):
    for step in gh["jobs"][job]["steps"]:
        if "run" in step and step.get("name") != "Install plan":
            emit(f"github {job}", step["run"])
gl = yaml.safe_load(open(".gitlab-ci.yml"))
for job in ("validate", "pages"):
    for cmd in gl[job]["script"]:
        emit(f"gitlab {job}", cmd)
pc = yaml.safe_load(open(".pre-commit-config.yaml"))
for hook in pc["repos"][0]["hooks"]:
    emit("pre-commit", hook["entry"])
sys.stdout.write("".join(f"{w}\t" + "\n".join(c) + "\0" for w, c in jobs.items()))
PY

has_render=0
plan --help | grep -qE '^ +render ' && has_render=1
ran=0 skipped=0  # jobs
while IFS=$'\t' read -r -d '' where cmd; do
  if [[ "$cmd" == *"plan render"* ]] && ((has_render == 0)); then
    echo "skipped (no 'plan render' in this build): $where: $cmd"
    skipped=$((skipped + 1))
    continue
  fi
  rm -rf site public
  if ! (set -e; eval "$cmd") > "$work/out" 2>&1; then
    echo "FAIL: $where: $cmd"; cat "$work/out"; exit 1
  fi
  if [[ "$cmd" == *"plan render"* && ! -s site/index.html && ! -s public/index.html ]]; then
    echo "FAIL: $where: no page was rendered"; exit 1
  fi
  ran=$((ran + 1))
done < "$work/steps"
((ran >= 3)) || { echo "FAIL: only $ran CI jobs found"; exit 1; }
echo "ran $ran CI jobs in the new repo, skipped $skipped"
