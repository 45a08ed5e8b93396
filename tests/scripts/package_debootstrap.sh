#!/usr/bin/env bash
# The package on a fresh Debian 12: builds plan_*.deb with cpack, then in a
# minimal Debian 12 root (debootstrap --variant=minbase bookworm, plus man-db)
# installs it with `apt-get install ./plan_*.deb` and runs plan --version,
# plan init, plan validate, plan render and man plan there.
# The root is built once and kept outside the repository, in
# $PLAN_TEST_ROOTS (default /var/cache/plan-tests)/bookworm-minbase; each run
# works on a throwaway copy (an overlay mount, else cp -a), so after the first
# run (a few minutes of downloads) it costs seconds. The package's
# dependencies are downloaded into the cached root once, so later runs need
# no network unless they change.
# Needs root and debootstrap (scripts/setup.sh --test installs it); exits 77
# (skipped) without them.
# Usage: package_debootstrap.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
fail() { echo "FAIL: $*"; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "skipped: needs root (debootstrap and chroot)"; exit 77; }
command -v debootstrap > /dev/null || { echo "skipped: no debootstrap (scripts/setup.sh --test)"; exit 77; }
command -v cpack > /dev/null || { echo "skipped: no cpack"; exit 77; }

roots=${PLAN_TEST_ROOTS:-/var/cache/plan-tests}
base=$roots/bookworm-minbase
mirror=${PLAN_TEST_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$roots"

root=$work/root
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" 2> /dev/null || umount -l "${mounted[i]}" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The cached root: built under a lock (two runs at once build it once), in
# a .partial folder renamed when complete, so an interrupted build is redone.
exec 9> "$roots/.lock"
flock 9
if [[ ! -f "$base/.plan-root-ready" ]]; then
  echo "building the Debian 12 minbase root in $base (once; downloads from $mirror)"
  rm -rf "$base.partial"
  debootstrap --variant=minbase --include=man-db bookworm "$base.partial" "$mirror" \
    > "$roots/debootstrap.log" 2>&1 || { tail -20 "$roots/debootstrap.log"; fail "debootstrap failed; see $roots/debootstrap.log"; }
  chroot "$base.partial" apt-get update -qq || fail "apt-get update in the new root failed"
  touch "$base.partial/.plan-root-ready"
  rm -rf "$base"
  mv "$base.partial" "$base"
fi

# A throwaway copy of the root for this run.
mkdir -p "$root" "$work/upper" "$work/overlay-work"
if mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2> /dev/null; then
  mounted+=("$root")
  how=overlay
else
  cp -a "$base/." "$root/"
  how=copy
fi
if mount -t proc proc "$root/proc" 2> /dev/null; then mounted+=("$root/proc"); fi

(cd "$build_dir" && cpack -G DEB -B "$work/deb" > "$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack -G DEB did not build a package"; }
debs=("$work"/deb/plan_*.deb)
[[ -f "${debs[0]}" ]] || fail "cpack wrote no plan_*.deb"
cp "${debs[0]}" "$root/tmp/"
version=$("$1" --version)

# Runs a shell command inside the root, as root, in a clean environment.
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
    LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive /bin/sh -c "$1"
}
step() {
  if ! in_root "$2" > "$work/out" 2>&1; then
    cat "$work/out"
    fail "$1: $2"
  fi
  echo "ok   $1"
}

in_root 'command -v plan' > /dev/null && fail "the fresh root already has plan"
step "apt-get install ./plan_*.deb" 'cd /tmp && apt-get install -y -q --no-install-recommends ./plan_*.deb'
# Keep the downloaded dependencies in the cached root, so the next run is offline.
cp -n "$root"/var/cache/apt/archives/*.deb "$base/var/cache/apt/archives/" 2> /dev/null || true
step "plan --version" 'plan --version'
[[ "$(cat "$work/out")" == "$version" ]] || fail "plan --version in the root says '$(cat "$work/out")', the build says '$version'"
step "plan init" 'plan init /tmp/newplan'
step "plan validate" 'cd /tmp/newplan && plan validate'
grep -q '^0 errors' "$work/out" || { cat "$work/out"; fail "plan validate found errors in the plan init wrote"; }
step "plan render" 'cd /tmp/newplan && plan render -o site/index.html && test -s site/index.html'
grep -q '<h1' "$root/tmp/newplan/site/index.html" || fail "the rendered page has no heading"
step "man plan" 'MANPAGER=cat MANWIDTH=80 man plan'
grep -q 'validate' "$work/out" || fail "man plan shows no 'validate'"
step "templates installed" 'test -s /usr/share/plan/templates/README.md && test -s /usr/share/plan/templates/page.html.mustache'
step "plan init --report by id" 'plan init --report police-response-to-stalking-2024 /tmp/reportplan && cd /tmp/reportplan && plan validate'
grep -q '^0 errors' "$work/out" || { cat "$work/out"; fail "the plan made from the bundled report has errors"; }
step "reports without development notes" '! grep -q "report-facts\|Sources:" /usr/share/plan/reports/*.yaml'
echo "package ok in a fresh Debian 12 root ($how of $base): $version"
