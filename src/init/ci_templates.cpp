#include "init/ci_templates.h"

#include <sstream>

namespace plan {

// scripts/build-deps.txt, embedded by CMake (plan_embed).
extern const char* const embedded_build_deps;
namespace {

/// Puts the pinned source release into a pipeline's text.
std::string with_source(std::string text, const CiSource& source) {
  auto replace = [&text](const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  };
  replace("@PLAN_SOURCE_REPO@", source.repository);
  replace("@PLAN_SOURCE_TAG@", source.tag);
  // A release that names its .deb makes it the default; a variable set in
  // the CI system's settings still wins (GitHub) or can be set instead.
  replace("@PLAN_DEB_URL_DEFAULT@", source.deb_url.empty() ? "" : " || '" + source.deb_url + "'");
  replace("@PLAN_DEB_URL_LINE@\n",
          source.deb_url.empty() ? "" : "  PLAN_DEB_URL: \"" + source.deb_url + "\"\n");
  return text;
}

}  // namespace

std::string build_dependencies() {
  std::istringstream in(embedded_build_deps);
  std::string line, out;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    std::string word;
    while (words >> word) out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

const char* const pre_commit_config =
    R"ci(# pre-commit (https://pre-commit.com) runs `plan validate` before each commit
# that touches the plan. Set it up once in this folder with: pre-commit install
repos:
  - repo: local
    hooks:
      - id: plan-validate
        name: plan validate
        entry: plan validate
        language: system
        files: ^(plan/|schemas/)
        pass_filenames: false
)ci";

std::string ci_install_plan_script() {
  std::string text = R"ci(#!/usr/bin/env bash
# Installs plan for a CI job (GitHub Actions, GitLab CI or Azure Pipelines, in
# a Debian 12 container), one of two ways, and says in the log which it took:
#  - PLAN_DEB_URL is set: downloads that released plan_<version>_<arch>.deb and
#    the SHA256SUMS beside it (or PLAN_SHA256SUMS_URL), checks the package
#    against it, and installs it;
#  - otherwise: builds plan from the source release PLAN_SOURCE_TAG of
#    PLAN_SOURCE_REPO (build dependencies from apt, only the plan program and
#    its man page), packages it, and installs that. The package is kept in
#    .plan-tool/ (which the pipelines cache), so later runs skip the build.
# PLAN_INSTALL_ROOT=DIR unpacks the package under DIR instead of installing it
# with apt-get (no root needed; then put DIR/usr/bin on PATH), for trying
# this script on your own machine.
set -euo pipefail
cache=.plan-tool
mkdir -p "$cache"
as_root=()
[[ $(id -u) -eq 0 ]] || as_root=(sudo)

# Installs the Debian packages given that are not installed yet.
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [[ -n "${PLAN_DEB_URL:-}" ]]; then
  echo "plan: installing the released package $PLAN_DEB_URL (checked against its SHA256SUMS)"
  apt_install ca-certificates curl
  deb=$cache/$(basename "${PLAN_DEB_URL%%\?*}")
  sums_url=${PLAN_SHA256SUMS_URL:-$(dirname "$PLAN_DEB_URL")/SHA256SUMS}
  curl -fsSL -o "$deb" "$PLAN_DEB_URL"
  curl -fsSL -o "$cache/SHA256SUMS" "$sums_url"
  grep -E "[ *]$(basename "$deb")\$" "$cache/SHA256SUMS" > "$cache/SHA256SUMS.this" ||
    { echo "plan: $sums_url does not list $(basename "$deb")" >&2; exit 1; }
  (cd "$cache" && sha256sum -c SHA256SUMS.this) ||
    { echo "plan: $(basename "$deb") does not match $sums_url; not installing it" >&2; exit 1; }
else
  tag=${PLAN_SOURCE_TAG:?set PLAN_SOURCE_TAG to the plan release to build, e.g. v1.0.0}
  repo=${PLAN_SOURCE_REPO:-}
  [[ -n "$repo" ]] || { echo "plan: set PLAN_SOURCE_REPO to the git URL of plan's source (or PLAN_DEB_URL to a released package)" >&2; exit 1; }
  deb=$cache/plan-$tag.deb
  if [[ -s "$deb" ]]; then
    echo "plan: no PLAN_DEB_URL set; using plan $tag built from $repo by an earlier run (cached in $cache/)"
  else
    echo "plan: no PLAN_DEB_URL set, so building plan $tag from $repo (cached in $cache/ for later runs)"
    # plan's build dependencies: scripts/build-deps.txt of the plan that wrote this file.
    apt_install ca-certificates @PLAN_BUILD_DEPS@
    rm -rf "$cache/src" "$cache/build"
    git -c advice.detachedHead=false clone -q --depth 1 --branch "$tag" "$repo" "$cache/src"
    cmake -S "$cache/src" -B "$cache/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DBUILD_TESTING=OFF -DCMAKE_COMPILE_WARNING_AS_ERROR=OFF -DPLAN_VERSION_OVERRIDE="${tag#v}" > /dev/null
    cmake --build "$cache/build" --target plan man_page bundled_reports -j "${PLAN_BUILD_JOBS:-2}"
    (cd "$cache/build" && cpack -G DEB > cpack.log) || { cat "$cache/build/cpack.log"; exit 1; }
    mv "$cache"/build/plan_*.deb "$deb"
    rm -rf "$cache/src" "$cache/build"
  fi
fi

if [[ -n "${PLAN_INSTALL_ROOT:-}" ]]; then
  dpkg-deb -x "$deb" "$PLAN_INSTALL_ROOT"
  echo "plan: unpacked into $PLAN_INSTALL_ROOT; put $PLAN_INSTALL_ROOT/usr/bin on PATH"
  "$PLAN_INSTALL_ROOT/usr/bin/plan" --version
else
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb"
  plan --version
fi
)ci";
  size_t at = text.find("@PLAN_BUILD_DEPS@");
  text.replace(at, 17, build_dependencies());
  return text;
}

const char* const ci_validate_script =
    R"ci(#!/usr/bin/env bash
# Validates the plan for CI, in the form the CI system shows best:
#   bash ci/validate.sh github   annotations on the changed lines, and plan.sarif
#                                for GitHub code scanning
#   bash ci/validate.sh gitlab   gl-code-quality-report.json for GitLab's Code
#                                Quality widget, and the usual text in the log
#   bash ci/validate.sh          the usual text
# Exit status: plan validate's (0 no errors, 1 errors, 2 usage or I/O problem).
set -uo pipefail
case "${1:-text}" in
  github)
    plan validate --format sarif > plan.sarif
    plan validate --format github ;;
  gitlab)
    plan validate --format codequality > gl-code-quality-report.json
    plan validate ;;
  *) plan validate ;;
esac
)ci";

const char* const ci_render_script =
    R"ci(#!/usr/bin/env bash
# Renders the public page into a folder (default site/) for publishing:
# index.html and its Markdown twin action-plan.md. The date on the page is
# the date of the commit being released (SOURCE_DATE_EPOCH from git), so
# running it again later gives the same bytes.
#   bash ci/render.sh [FOLDER]
set -euo pipefail
out=${1:-site}
if [[ -z "${SOURCE_DATE_EPOCH:-}" ]]; then
  # safe.directory: CI containers check the repository out as another user.
  SOURCE_DATE_EPOCH=$(git -c safe.directory="$PWD" log -1 --format=%ct)
fi
export SOURCE_DATE_EPOCH
echo "plan: rendering as of the release commit's date, $(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d) (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
plan render --format html -o "$out/index.html"
plan render --format md -o "$out/action-plan.md"
)ci";

std::string github_workflow(const CiSource& source) {
  return with_source(
      R"ci(# Checks the plan on every push and pull request (annotations on the changed
# lines, and a SARIF report for code scanning), and when a release is
# published renders the public page and deploys it to GitHub Pages
# (Settings > Pages > Source: GitHub Actions).
#
# Each job installs plan with ci/install-plan.sh, which says in the log which
# way it took: with the repository variable PLAN_DEB_URL set (Settings >
# Secrets and variables > Actions > Variables) to a released
# plan_<version>_amd64.deb, it downloads that and checks it against the
# SHA256SUMS beside it; without it, it builds plan from the source release
# below (cached between runs). The steps are small scripts in ci/, so you can
# run them on your own machine too.
name: plan

on:
  push:
  pull_request:
  release:
    types: [published]

env:
  PLAN_SOURCE_REPO: "@PLAN_SOURCE_REPO@"
  PLAN_SOURCE_TAG: "@PLAN_SOURCE_TAG@"
  PLAN_DEB_URL: ${{ vars.PLAN_DEB_URL@PLAN_DEB_URL_DEFAULT@ }}

jobs:
  validate:
    runs-on: ubuntu-latest
    container: debian:12
    permissions:
      contents: read
      security-events: write  # to upload plan.sarif to code scanning
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: .plan-tool
          key: plan-${{ env.PLAN_SOURCE_TAG }}-${{ vars.PLAN_DEB_URL }}-debian12
      - name: Install plan
        run: bash ci/install-plan.sh
      - name: Validate the plan
        run: bash ci/validate.sh github
      - name: Upload the SARIF report to code scanning
        if: always() && hashFiles('plan.sarif') != ''
        continue-on-error: true  # code scanning is not enabled on every repository
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: plan.sarif
          category: plan

  # On a pull request: what it changes in the plan (updates added, status
  # before -> after, deadlines moved), as facts, on the run's summary page.
  changes:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    container: debian:12
    steps:
      - name: Install git (the checkout then keeps the history plan diff reads)
        run: apt-get update -qq && apt-get install -y -qq --no-install-recommends git ca-certificates
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/cache@v4
        with:
          path: .plan-tool
          key: plan-${{ env.PLAN_SOURCE_TAG }}-${{ vars.PLAN_DEB_URL }}-debian12
      - name: Install plan
        run: bash ci/install-plan.sh
      - name: Summarise the changes
        env:
          BASE_REF: ${{ github.base_ref }}
        run: |
          git config --global --add safe.directory "$GITHUB_WORKSPACE"
          plan diff "origin/$BASE_REF" HEAD --format md >> "$GITHUB_STEP_SUMMARY"

  pages:
    if: github.event_name == 'release'
    needs: validate
    runs-on: ubuntu-latest
    container: debian:12
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Install git (the page is dated by the release commit)
        run: apt-get update -qq && apt-get install -y -qq --no-install-recommends git ca-certificates
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: .plan-tool
          key: plan-${{ env.PLAN_SOURCE_TAG }}-${{ vars.PLAN_DEB_URL }}-debian12
      - name: Install plan
        run: bash ci/install-plan.sh
      - name: Render the public page
        run: bash ci/render.sh site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site
      - id: deployment
        uses: actions/deploy-pages@v4
)ci",
      source);
}

std::string gitlab_ci(const CiSource& source) {
  return with_source(
      R"ci(# Checks the plan on every push and merge request (GitLab's Code Quality
# widget shows the problems), and for a release (a tag) renders the public
# page and publishes it with GitLab Pages.
#
# Each job installs plan with ci/install-plan.sh, which says in the log which
# way it took: with the CI/CD variable PLAN_DEB_URL set (Settings > CI/CD >
# Variables) to a released plan_<version>_amd64.deb, it downloads that and
# checks it against the SHA256SUMS beside it; without it, it builds plan from
# the source release below (cached between runs). The steps are small
# scripts in ci/, so you can run them on your own machine too.
variables:
  PLAN_SOURCE_REPO: "@PLAN_SOURCE_REPO@"
  PLAN_SOURCE_TAG: "@PLAN_SOURCE_TAG@"
@PLAN_DEB_URL_LINE@

default:
  image: debian:12
  cache:
    key: plan-$PLAN_SOURCE_TAG-debian12
    paths:
      - .plan-tool/
  before_script:
    - bash ci/install-plan.sh

validate:
  script:
    - bash ci/validate.sh gitlab
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

pages:
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - apt-get update -qq && apt-get install -y -qq --no-install-recommends git
    - bash ci/validate.sh
    - bash ci/render.sh public
  artifacts:
    paths:
      - public
)ci",
      source);
}

std::string azure_pipelines(const CiSource& source) {
  return with_source(
      R"ci(# Azure Pipelines (Azure DevOps): checks the plan on every push and pull
# request, and for a tag renders the public page as the pipeline artifact
# "site" (publish it with your web team's release pipeline).
#
# Each job runs in a Debian 12 container (docker on the Microsoft-hosted
# Ubuntu agent) and installs plan with ci/install-plan.sh, which says in the
# log which way it took: with the pipeline variable PLAN_DEB_URL set to a
# released plan_<version>_amd64.deb, it downloads that and checks it against
# the SHA256SUMS beside it; without it, it builds plan from the source
# release below (cached between runs).
trigger:
  branches:
    include: ["*"]
  tags:
    include: ["*"]
pr:
  branches:
    include: ["*"]

pool:
  vmImage: ubuntu-latest

variables:
  PLAN_SOURCE_REPO: "@PLAN_SOURCE_REPO@"
  PLAN_SOURCE_TAG: "@PLAN_SOURCE_TAG@"
@PLAN_DEB_URL_LINE@

steps:
  - task: Cache@2
    inputs:
      key: 'plan | "$(PLAN_SOURCE_TAG)" | "$(PLAN_DEB_URL)" | debian12'
      path: .plan-tool
    displayName: Cache the plan build
  - script: >-
      docker run --rm -e PLAN_SOURCE_REPO -e PLAN_SOURCE_TAG -e PLAN_DEB_URL -e TF_BUILD
      -v "$(Build.SourcesDirectory):/plan" -w /plan debian:12
      bash -c 'bash ci/install-plan.sh && bash ci/validate.sh'
    displayName: Validate the plan
  - script: >-
      docker run --rm -e PLAN_SOURCE_REPO -e PLAN_SOURCE_TAG -e PLAN_DEB_URL -e TF_BUILD
      -v "$(Build.SourcesDirectory):/plan" -w /plan debian:12
      bash -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends git &&
      bash ci/install-plan.sh && bash ci/render.sh site'
    displayName: Render the public page
    condition: and(succeeded(), startsWith(variables['Build.SourceBranch'], 'refs/tags/'))
  - publish: site
    artifact: site
    displayName: Keep the page as the artifact "site"
    condition: and(succeeded(), startsWith(variables['Build.SourceBranch'], 'refs/tags/'))
)ci",
      source);
}

}  // namespace plan
