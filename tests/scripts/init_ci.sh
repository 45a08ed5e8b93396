#!/usr/bin/env bash
# `plan init` gives a repo whose own CI runs on day one, with no package URL
# set: creates one (committed, as CI checks it out), reads the GitHub Actions
# and GitLab CI files, and runs each job's script steps in a fresh copy of the
# repo, in the order and with the variables the YAML gives, sharing .plan-tool/
# between jobs as the pipelines' cache does. The install step really builds
# plan from a pinned source release: this source tree's commit, cloned and
# tagged v<version> (PLAN_SOURCE_REPO points at it; PLAN_INSTALL_ROOT unpacks
# the package instead of installing it system-wide). Then the released-package
# way: PLAN_DEB_URL with its SHA256SUMS, and a package that does not match
# them, which must be refused. Steps that only install Debian packages
# (apt-get) are skipped: they are already on this machine.
# Usage: init_ci.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
fail() { echo "FAIL: $*"; exit 1; }
unset PLAN_DIR PLAN_DEB_URL PLAN_SOURCE_REPO PLAN_SOURCE_TAG SOURCE_DATE_EPOCH
command -v git > /dev/null || { echo "skipped: no git"; exit 77; }
git -C "$source_dir" rev-parse HEAD > /dev/null 2>&1 || { echo "skipped: $source_dir is not a git clone"; exit 77; }
/usr/bin/python3 -c 'import yaml' 2> /dev/null || { echo "skipped: no python3-yaml (scripts/setup.sh --test)"; exit 77; }

"$plan_bin" init --as-of 2025-02-03 "$work/repo" > /dev/null
cd "$work/repo"
for s in plan recommendation; do cmp "schemas/$s.schema.json" "$source_dir/schemas/$s.schema.json"; done
git init -q . && git add -A
GIT_COMMITTER_DATE=2025-02-03T10:00:00Z git -c user.name=ci -c user.email=ci@example.org \
  commit -q -m "plan init" --date 2025-02-03T10:00:00Z

# The pinned source release: this tree's commit in a repository of its own, tagged.
version=$("$plan_bin" --version | head -1 | sed 's/^plan //')
git clone -q --bare "$source_dir" "$work/upstream.git"
git -C "$work/upstream.git" tag -f "v$version" "$(git -C "$source_dir" rev-parse HEAD)" > /dev/null

# Each job as "name<TAB>VAR=value lines<TAB>commands, one a line", NUL-ended.
/usr/bin/python3 - > "$work/jobs" <<'PY'
import sys, yaml
out = []
def job(name, env, cmds):
    env_lines = "\n".join(f"{k}={v}" for k, v in env.items() if "${{" not in str(v))
    out.append(f"{name}\t{env_lines}\t" + "\n".join(cmds) + "\0")
gh = yaml.safe_load(open(".github/workflows/plan.yml"))
on = gh.get(True, gh.get("on"))  # YAML 1.1 reads the key 'on' as true
assert {"push", "pull_request", "release"} <= set(on), on
for name in ("validate", "pages"):
    steps = gh["jobs"][name]["steps"]
    job(f"github {name}", gh["env"], [s["run"] for s in steps if "run" in s])
gl = yaml.safe_load(open(".gitlab-ci.yml"))
for name in ("validate", "pages"):
    job(f"gitlab {name}", gl["variables"],
        gl["default"]["before_script"] + gl[name]["script"])
pc = yaml.safe_load(open(".pre-commit-config.yaml"))
job("pre-commit", {}, [h["entry"] for h in pc["repos"][0]["hooks"]])
sys.stdout.write("".join(out))
PY

export PLAN_INSTALL_ROOT=$work/tool-root PLAN_BUILD_JOBS=2
export PATH="$PLAN_INSTALL_ROOT/usr/bin:$PATH"
# The build from source is the same each run: let ccache reuse it.
if command -v ccache > /dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR=$work CCACHE_NOHASHDIR=1
fi
mkdir -p "$work/cache"
ran=0
# Runs one job's commands in a fresh copy of the repo with the shared cache.
run_job() {
  local name=$1 envs=$2 cmds=$3 dir=$work/job-$ran
  rm -rf "$dir" && cp -a "$work/repo" "$dir" && cp -a "$work/cache" "$dir/.plan-tool"
  : > "$work/log"
  while IFS= read -r cmd; do
    [[ -n "$cmd" ]] || continue
    if [[ "$cmd" == apt-get* ]]; then echo "skipped: $name: $cmd" >> "$work/log"; continue; fi
    if ! (cd "$dir" && set -e && while IFS= read -r kv; do [[ -n "$kv" ]] && export "${kv?}"; done <<< "$envs" &&
          [[ -z "${PLAN_SOURCE_REPO:-}" ]] && export PLAN_SOURCE_REPO=file://$work/upstream.git
          eval "$cmd") >> "$work/log" 2>&1; then
      cat "$work/log"; fail "$name: $cmd"
    fi
  done <<< "$cmds"
  rm -rf "$work/cache" && cp -a "$dir/.plan-tool" "$work/cache"
  ran=$((ran + 1))
  echo "ok   $name: $(grep -m1 '^plan: ' "$work/log" || echo 'ran')"
  job_dir=$dir
}

while IFS=$'\t' read -r -d '' name envs cmds; do
  run_job "$name" "$envs" "$cmds"
  case "$name" in
    "github validate")
      grep -q "^plan: no PLAN_DEB_URL set, so building plan v$version from file://" "$work/log" ||
        fail "the first job did not say it built plan from source"
      /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]=="2.1.0"' "$job_dir/plan.sarif" ||
        fail "github validate wrote no SARIF report" ;;
    "gitlab validate")
      grep -q "^plan: no PLAN_DEB_URL set; using plan v$version built from .* by an earlier run" "$work/log" ||
        fail "a later job did not use the cached build"
      /usr/bin/python3 -c 'import json,sys; assert isinstance(json.load(open(sys.argv[1])), list)' "$job_dir/gl-code-quality-report.json" ||
        fail "gitlab validate wrote no Code Quality report" ;;
    "github pages" | "gitlab pages")
      folder=site; [[ $name == gitlab* ]] && folder=public
      [[ -s "$job_dir/$folder/index.html" && -s "$job_dir/$folder/action-plan.md" ]] || fail "$name rendered no page in $folder/"
      grep -q '3 February 2025' "$job_dir/$folder/index.html" || fail "$name: the page is not dated by the release commit"
      cp "$job_dir/$folder/index.html" "$work/page-$folder.html" ;;
  esac
done < "$work/jobs"
((ran == 5)) || fail "ran $ran jobs, expected 5"
cmp "$work/page-site.html" "$work/page-public.html" || fail "the two pipelines rendered different pages"

# The released-package way: the same package, as a release would publish it.
mkdir -p "$work/release"
cp "$work/cache/plan-v$version.deb" "$work/release/plan_${version}_amd64.deb"
(cd "$work/release" && sha256sum plan_*.deb > SHA256SUMS)
rm -rf "$PLAN_INSTALL_ROOT" "$work/cache" && mkdir -p "$work/cache"
install_cmd=$(/usr/bin/python3 -c 'import yaml; print(yaml.safe_load(open(".gitlab-ci.yml"))["default"]["before_script"][0])')
PLAN_DEB_URL=file://$work/release/plan_${version}_amd64.deb run_job "install from PLAN_DEB_URL" "" "$install_cmd"
grep -q "^plan: installing the released package file://.*plan_${version}_amd64.deb" "$work/log" || fail "no log line saying the package was used"
grep -q ": OK$" "$work/log" || fail "the checksum was not checked"
[[ "$("$PLAN_INSTALL_ROOT/usr/bin/plan" --version)" == "plan $version" ]] || fail "the package's plan is not $version"
echo "tampered" >> "$work/release/plan_${version}_amd64.deb"
rm -rf "$work/cache" && mkdir -p "$work/cache"
if (cd "$work/repo" && PLAN_DEB_URL=file://$work/release/plan_${version}_amd64.deb bash ci/install-plan.sh) > "$work/log" 2>&1; then
  cat "$work/log"; fail "a package that does not match SHA256SUMS was installed"
fi
grep -q "does not match" "$work/log" || { cat "$work/log"; fail "no message saying the package does not match"; }
echo "ok   a package that does not match its SHA256SUMS is refused"
echo "ran $ran CI jobs and both install ways in a repo made by plan init"
