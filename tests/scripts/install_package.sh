#!/usr/bin/env bash
# Installing: `cmake --install` puts the binary and the man page in place.
# The Debian package: `cpack -G DEB` in the build folder makes plan_*.deb;
# dpkg-deb shows the binary and the man page in it and Depends naming only
# runtime libraries, each library the binary loads is covered by one of them,
# the packaged binary runs, and (as root) apt-get accepts the package.
# Usage: deb_package.sh PLAN_BINARY SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/../lib/script.sh" "$@"
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build_dir" --prefix "$work/prefix" > /dev/null
[[ -x "$work/prefix/bin/plan" ]] || fail "cmake --install put no bin/plan"
[[ -s "$work/prefix/share/man/man1/plan.1.gz" ]] || fail "cmake --install put no man page"
command -v man > /dev/null && { MANPATH="$work/prefix/share/man" man -w plan | grep -q "$work/prefix" || fail "man cannot find the installed page"; }

(cd "$build_dir" && cpack -G DEB -B "$work" > "$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack -G DEB did not build a package"; }
debs=("$work"/plan_*.deb)
[[ -f "${debs[0]}" ]] || fail "no plan_*.deb in $work"
deb=${debs[0]}
echo "built $(basename "$deb"), $(stat -c %s "$deb") bytes"

info=$(dpkg-deb -I "$deb")
contents=$(dpkg-deb -c "$deb")
grep -q '^ Package: plan$' <<< "$info" || fail "Package is not 'plan'"
grep -Eq ' \./usr/bin/plan$' <<< "$contents" || fail "no /usr/bin/plan in the package"
grep -Eq ' \./usr/share/man/man1/plan\.1\.gz$' <<< "$contents" || fail "no man page"
depends=$(sed -n 's/^ Depends: //p' <<< "$info")
echo "Depends: $depends"
[[ -n "$depends" ]] || fail "no Depends (CPACK_DEBIAN_PACKAGE_SHLIBDEPS off?)"
dep_names=$(sed 's/ ([^)]*)//g; s/, /\n/g' <<< "$depends")
has_dep() { grep -qxF "$1" <<< "$dep_names"; }
for lib in libc6 libstdc++6 libyaml-cpp0.7 libfmt9; do
  has_dep "$lib" || fail "Depends lacks $lib"
done
if grep -Eq -- '-dev$|qt|poco|rapidjson|valijson' <<< "$dep_names"; then
  fail "Depends names build-time packages: $depends"
fi

dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/plan" --version)
[[ "$version" == "plan "* ]] || fail "packaged plan --version printed '$version'"
# Not zcat | grep -q: grep stops at the first line and zcat's SIGPIPE fails the pipeline.
zcat "$work/root/usr/share/man/man1/plan.1.gz" > "$work/plan.1" && grep -q '^\.TH PLAN 1' "$work/plan.1" || fail "man page unreadable"

# Each shared library the binary names (NEEDED) must come from a package in
# Depends; those libraries' own (libcurl's TLS and HTTP/2 libraries) come
# with their packages' Depends.
needed=$(objdump -p "$work/root/usr/bin/plan" | awk '$1 == "NEEDED" {print $2}')
[[ -n "$needed" ]] || fail "objdump names no library the binary needs"
while read -r path; do
  owner=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) || true
  [[ -z "$owner" ]] && owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1)
  [[ -n "$owner" ]] || fail "no Debian package holds $path"
  has_dep "$owner" || fail "$path comes from $owner, not in Depends"
done < <(ldd "$work/root/usr/bin/plan" | awk -v needed="$needed" \
  'BEGIN { split(needed, n, "\n"); for (i in n) want[n[i]] = 1 } $2 == "=>" && $3 ~ /^\// && ($1 in want) {print $3}')

if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
  apt-get install --simulate "$deb" > "$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get would not install it"; }
  grep -q '^Inst plan ' "$work/apt.log" || { cat "$work/apt.log"; fail "apt-get did not plan to install it"; }
  echo "apt-get install --simulate: ok"
fi
echo "package ok: $version"
