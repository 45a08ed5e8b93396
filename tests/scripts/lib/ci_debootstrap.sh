#!/usr/bin/env bash
# The CI examples `plan init` writes, run as written in a fresh Debian 12 root
# (the install-and-validate steps a force's first CI run takes):
#   deb     PLAN_DEB_URL names a .deb (built here with cpack) served, with its
#           SHA256SUMS, by python3's http.server on 127.0.0.1;
#   source  no package: PLAN_SOURCE_REPO is a local clone of this source
#           (file://, tagged v<version>), so ci/install-plan.sh installs every
#           build dependency from apt (scripts/build-deps.txt, as embedded in
#           plan) and builds plan in the root.
# Either way ci/install-plan.sh, ci/validate.sh and ci/render.sh then run in
# the root, and must install plan, validate the plan and render its page.
# The root is the package test's (tests/scripts/package_debootstrap.sh):
# built once in $PLAN_TEST_ROOTS/bookworm-minbase, used through an overlay.
# Needs root, debootstrap and python3; exits 77 (skipped) without them.
# Usage: ci_debootstrap.sh deb|source PLAN_BINARY SOURCE_DIR BUILD_DIR
set -euo pipefail
mode=$1 plan_bin=$2 source_dir=$3 build_dir=$4
fail() { echo "FAIL: $*"; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "skipped: needs root (debootstrap and chroot)"; exit 77; }
command -v debootstrap > /dev/null || { echo "skipped: no debootstrap (scripts/setup.sh --test)"; exit 77; }
command -v python3 > /dev/null || { echo "skipped: no python3"; exit 77; }
git -C "$source_dir" rev-parse HEAD > /dev/null 2>&1 || { echo "skipped: $source_dir is not a git clone"; exit 77; }

roots=${PLAN_TEST_ROOTS:-/var/cache/plan-tests}
base=$roots/bookworm-minbase
mirror=${PLAN_TEST_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$roots"
work=$(mktemp -d)
root=$work/root
mounted=() server=
cleanup() {
  [[ -n $server ]] && kill "$server" 2> /dev/null
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" 2> /dev/null || umount -l "${mounted[i]}" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The cached root, built as package_debootstrap.sh builds it (the same lock and folder).
exec 9> "$roots/.lock"
flock 9
if [[ ! -f "$base/.plan-root-ready" ]]; then
  echo "building the Debian 12 minbase root in $base (once; downloads from $mirror)"
  rm -rf "$base.partial"
  debootstrap --variant=minbase --include=man-db bookworm "$base.partial" "$mirror" \
    > "$roots/debootstrap.log" 2>&1 || { tail -20 "$roots/debootstrap.log"; fail "debootstrap failed"; }
  chroot "$base.partial" apt-get update -qq || fail "apt-get update in the new root failed"
  touch "$base.partial/.plan-root-ready"
  rm -rf "$base"
  mv "$base.partial" "$base"
fi
flock -u 9

mkdir -p "$root" "$work/upper" "$work/overlay-work"
if mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2> /dev/null; then
  mounted+=("$root")
else
  cp -a "$base/." "$root/"
fi
if mount -t proc proc "$root/proc" 2> /dev/null; then mounted+=("$root/proc"); fi
# Name resolution for apt inside the root.
cp /etc/resolv.conf "$root/etc/resolv.conf" 2> /dev/null || true

version=$("$plan_bin" --version | head -1 | sed 's/^plan //')
# The force's repository, as plan init writes it and CI checks it out.
"$plan_bin" init --as-of 2025-02-03 "$root/work/repo" > /dev/null
git -C "$root/work/repo" init -q
git -C "$root/work/repo" add -A
git -C "$root/work/repo" -c user.name=ci -c user.email=ci@example.org commit -q -m "plan init"

envs=(PLAN_SOURCE_TAG="v$version")
case $mode in
  deb)
    (cd "$build_dir" && cpack -G DEB -B "$work/serve" > "$work/cpack.log" 2>&1) ||
      { cat "$work/cpack.log"; fail "cpack -G DEB did not build a package"; }
    rm -rf "$work/serve/_CPack_Packages"
    deb=$(cd "$work/serve" && ls plan_*.deb)
    (cd "$work/serve" && sha256sum "$deb" > SHA256SUMS)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 -m http.server --bind 127.0.0.1 --directory "$work/serve" "$port" > "$work/http.log" 2>&1 &
    server=$!
    for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/SHA256SUMS')" 2> /dev/null && break; sleep 0.1; done
    envs+=(PLAN_DEB_URL="http://127.0.0.1:$port/$deb") ;;
  source)
    # A local clone of this commit, tagged as the release the examples name.
    git clone -q --bare "$source_dir" "$root/srv/plan.git"
    git -C "$root/srv/plan.git" tag -f "v$version" "$(git -C "$source_dir" rev-parse HEAD)" > /dev/null
    envs+=(PLAN_SOURCE_REPO=file:///srv/plan.git) ;;
  *) fail "mode is deb or source, not '$mode'" ;;
esac

# The steps as the GitHub workflow runs them (bash ci/…), as root in the root.
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
    LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive "${envs[@]}" /bin/bash -c "cd /work/repo && $1"
}
step() {
  local start=$SECONDS
  in_root "$2" > "$work/out" 2>&1 || { tail -40 "$work/out"; fail "$1: $2"; }
  echo "ok   $1 ($((SECONDS - start)) s)"
}
step "install plan ($mode)" 'bash ci/install-plan.sh'
grep -q "^plan $version" "$work/out" || { cat "$work/out"; fail "install-plan.sh did not end with plan $version"; }
# Keep what apt downloaded in the cached root, so later runs need less network.
cp -n "$root"/var/cache/apt/archives/*.deb "$base/var/cache/apt/archives/" 2> /dev/null || true
step "validate" 'bash ci/validate.sh'
grep -q '^0 errors' "$work/out" || { cat "$work/out"; fail "validate found errors in the plan init wrote"; }
step "render" 'apt-get install -y -qq --no-install-recommends git > /dev/null && bash ci/render.sh site'
grep -q '<h1' "$root/work/repo/site/index.html" || fail "the rendered page has no heading"
echo "CI examples ok in a fresh Debian 12 root ($mode): plan $version"
