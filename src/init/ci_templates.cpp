#include "init/ci_templates.h"

namespace plan {

const char* const pre_commit_config =
    R"(# pre-commit (https://pre-commit.com) runs `plan validate` before each commit
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
)";

const char* const github_workflow =
    R"(# Checks the plan on every push and pull request, and renders the public page
# when a release is published (download it from the run's "site" artifact).
#
# The jobs install plan from its Debian package (plan_<version>_amd64.deb,
# built with `cpack -G DEB`). Either set the repository variable PLAN_DEB_URL
# (Settings > Secrets and variables > Actions > Variables) to where your
# organisation publishes the package, or commit the package as tools/plan.deb.
name: plan

on:
  push:
  pull_request:
  release:
    types: [published]

jobs:
  validate:
    runs-on: ubuntu-latest
    container: debian:12
    steps:
      - uses: actions/checkout@v4
      - name: Install plan
        env:
          PLAN_DEB_URL: ${{ vars.PLAN_DEB_URL }}
        run: |
          apt-get update -qq
          if [ -n "$PLAN_DEB_URL" ]; then
            apt-get install -y -qq --no-install-recommends ca-certificates curl
            curl -fsSL -o /tmp/plan.deb "$PLAN_DEB_URL"
          else
            cp tools/plan.deb /tmp/plan.deb
          fi
          apt-get install -y -qq --no-install-recommends /tmp/plan.deb
      - name: Validate the plan
        run: plan validate --format github

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
      - name: Install plan
        env:
          PLAN_DEB_URL: ${{ vars.PLAN_DEB_URL }}
        run: |
          if [ -n "$PLAN_DEB_URL" ]; then
            apt-get install -y -qq --no-install-recommends curl
            curl -fsSL -o /tmp/plan.deb "$PLAN_DEB_URL"
          else
            cp tools/plan.deb /tmp/plan.deb
          fi
          apt-get install -y -qq --no-install-recommends /tmp/plan.deb
      - name: Summarise the changes
        env:
          BASE_REF: ${{ github.base_ref }}
        run: |
          git config --global --add safe.directory "$GITHUB_WORKSPACE"
          plan diff "origin/$BASE_REF" HEAD --format md >> "$GITHUB_STEP_SUMMARY"

  render:
    if: github.event_name == 'release'
    needs: validate
    runs-on: ubuntu-latest
    container: debian:12
    steps:
      - uses: actions/checkout@v4
      - name: Install plan
        env:
          PLAN_DEB_URL: ${{ vars.PLAN_DEB_URL }}
        run: |
          apt-get update -qq
          if [ -n "$PLAN_DEB_URL" ]; then
            apt-get install -y -qq --no-install-recommends ca-certificates curl
            curl -fsSL -o /tmp/plan.deb "$PLAN_DEB_URL"
          else
            cp tools/plan.deb /tmp/plan.deb
          fi
          apt-get install -y -qq --no-install-recommends /tmp/plan.deb
      - name: Render the public page
        run: mkdir -p site && plan render --format html -o site/index.html
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: site/
)";

const char* const gitlab_ci =
    R"(# Checks the plan on every push, and renders the public page for a release
# (a tag) and publishes it with GitLab Pages.
#
# Jobs install plan from its Debian package (plan_<version>_amd64.deb, built
# with `cpack -G DEB`). Either set the CI/CD variable PLAN_DEB_URL to where
# your organisation publishes the package, or commit it as tools/plan.deb.
default:
  image: debian:12
  before_script:
    - apt-get update -qq
    - |
      if [ -n "$PLAN_DEB_URL" ]; then
        apt-get install -y -qq --no-install-recommends ca-certificates curl
        curl -fsSL -o /tmp/plan.deb "$PLAN_DEB_URL"
      else
        cp tools/plan.deb /tmp/plan.deb
      fi
    - apt-get install -y -qq --no-install-recommends /tmp/plan.deb

validate:
  script:
    - plan validate

pages:
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - plan validate
    - mkdir -p site
    - plan render --format html -o site/index.html
    - mv site public
  artifacts:
    paths:
      - public
)";

}  // namespace plan
