#!/usr/bin/env bash
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
    apt_install ca-certificates build-essential cmake ninja-build pkg-config git libcli11-dev libyaml-cpp-dev libfmt-dev libvalijson-dev nlohmann-json3-dev libkainjow-mustache-dev libcmark-dev libgumbo-dev libcurl4-openssl-dev file
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
