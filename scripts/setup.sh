#!/usr/bin/env bash
# Installs the Debian packages plan needs to build and test, if any are missing.
# --test adds what the browser tests need, --fuzz what the fuzz targets need,
# --windows what the Windows build and its Wine tests need.
# Safe to run again: it only calls apt-get when something is absent.
set -euo pipefail

# What builds plan: the one list in scripts/build-deps.txt (the CI examples
# plan init writes install the same list). catch2 builds the tests.
packages=()
while read -r line; do
  line=${line%%#*}
  if [[ -n "${line// /}" ]]; then packages+=($line); fi
done < "$(dirname "$0")/build-deps.txt"
packages+=(catch2)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(default-jre-headless chromium cmark-gfm)
  # CSV read-back and CI-example checks (python3-yaml), man page lint (groff-base),
  # opening the CSV exports in a real spreadsheet (libreoffice-calc-nogui).
  packages+=(python3 python3-yaml groff-base libreoffice-calc-nogui)
  # The formatting check (tests/scripts/clang_format.sh).
  packages+=(clang-format)
  # Reading the Atom feed plan render writes, as feed readers do (python3-feedparser).
  packages+=(python3-feedparser)
  # The package test in a fresh Debian 12 root (tests/scripts/package_debootstrap.sh).
  packages+=(debootstrap)
  # Node.js and npm may come from outside Debian (they conflict with Debian's npm); only add them when absent.
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
fi

if [[ " $* " == *" --windows "* ]]; then
  # plan.exe (scripts/build-windows.sh): mingw-w64 with the posix thread model
  # (std::thread, std::mutex), Wine to run the tests, dpkg-dev for apt-get
  # source, zip for the release archive.
  packages+=(g++-mingw-w64-x86-64-posix wine64 dpkg-dev zip groff-base)
fi

if [[ " $* " == *" --fuzz "* ]]; then
  # libFuzzer and the sanitizer runtimes come with clang (scripts/fuzz.sh).
  packages+=(clang clang-14 libclang-rt-14-dev llvm-14)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq || true
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
