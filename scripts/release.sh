#!/usr/bin/env bash
# A release of plan, end to end, the same locally as in .github/workflows/release.yml:
# install what is missing, build with the version taken from the tag, run the
# whole test suite (the debootstrap package test included, when run as root),
# check `plan --version`, and write the .deb, the Windows zip and their
# SHA256SUMS to dist/.
#   scripts/release.sh v1.2.3      the version given as a tag
#   scripts/release.sh             the tag on HEAD (git describe --exact-match)
# The build folder is build-release/, so a developer's build/ is left alone.
# Exit status: 0 with dist/plan_<version>_<arch>.deb and dist/SHA256SUMS written.
set -euo pipefail
cd "$(dirname "$0")/.."

tag=${1:-}
if [[ -z "$tag" ]]; then
  tag=$(git describe --tags --exact-match 2> /dev/null) ||
    { echo "release.sh: HEAD has no tag; give the version, e.g. scripts/release.sh v1.2.3" >&2; exit 2; }
fi
version=${tag#v}
if [[ ! "$version" =~ ^[0-9][A-Za-z0-9.+~-]*$ ]]; then
  echo "release.sh: '$tag' is not a version tag such as v1.2.3" >&2
  exit 2
fi
echo "release.sh: plan $version (from '$tag')"

# plan init's CI examples build plan from here when a force has no package URL.
source_url=${PLAN_SOURCE_URL:-}
[[ -z "$source_url" && -n "${GITHUB_REPOSITORY:-}" ]] &&
  source_url=${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY.git
[[ -z "$source_url" ]] && source_url=$(git remote get-url origin 2> /dev/null || true)
echo "release.sh: plan init's CI examples will build from '${source_url:-(not set: no origin remote)}' at $tag"

bash scripts/setup.sh --test
build=build-release
# PLAN_DEB_URL: where this release's .deb will be downloadable (the release
# workflow sets it to the GitHub release's asset), so the CI examples install
# the package rather than build from source.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
  -DPLAN_VERSION_OVERRIDE="$version" -DPLAN_SOURCE_URL="$source_url" \
  -DPLAN_DEB_URL="${PLAN_DEB_URL:-}" > /dev/null
cmake --build "$build"
reported=$("$build/plan" --version | head -1)
[[ "$reported" == "plan $version" ]] ||
  { echo "release.sh: plan --version says '$reported', not 'plan $version'" >&2; exit 1; }

bash tests/browser/install.sh
ctest --test-dir "$build" --output-on-failure -j2

rm -rf dist
mkdir -p dist
(cd "$build" && cpack -G DEB -B "$PWD/../dist" > cpack.log) ||
  { cat "$build/cpack.log"; echo "release.sh: cpack failed" >&2; exit 1; }
rm -rf dist/_CPack_Packages
debs=(dist/plan_"$version"_*.deb)
[[ -f "${debs[0]}" ]] || { echo "release.sh: cpack wrote no dist/plan_${version}_*.deb" >&2; exit 1; }
# The Windows zip (scripts/build-windows.sh --zip), unless PLAN_RELEASE_WINDOWS=0.
if [[ "${PLAN_RELEASE_WINDOWS:-1}" != 0 ]]; then
  bash scripts/build-windows.sh --zip -DPLAN_VERSION_OVERRIDE="$version" -DPLAN_SOURCE_URL="$source_url" \
    -DPLAN_DEB_URL="${PLAN_DEB_URL:-}"
  bash tests/windows/run.sh build-windows/plan.exe
fi
(cd dist && sha256sum plan_*.deb plan-*-windows-x86_64.zip 2> /dev/null > SHA256SUMS || true
  sha256sum -c SHA256SUMS > /dev/null)
echo "release.sh: wrote ${debs[*]} and dist/SHA256SUMS:"
cat dist/SHA256SUMS
