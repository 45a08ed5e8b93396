#!/usr/bin/env bash
# Builds plan.exe, one static 64-bit Windows executable (no DLLs), on Debian 12
# with mingw-w64. Nothing is vendored and nothing comes from outside Debian:
#  - the compiler, Wine and the header-only libraries (CLI11, nlohmann-json,
#    valijson, kainjow-mustache) are Debian packages, installed by
#    scripts/setup.sh --windows;
#  - yaml-cpp, fmt, cmark and gumbo are built for Windows from Debian 12's own
#    source packages, fetched with `apt-get source` at the versions Debian 12
#    ships (the Sources index is signed by the archive key and apt checks
#    every file's SHA-256 against it). The deb-src entry lives in a private
#    apt configuration inside the cache folder, so the machine's own apt
#    sources are left as they were.
# The libraries are built once into a cache outside the source tree
# ($PLAN_WINDOWS_CACHE, default ~/.cache/plan-windows), keyed by their
# versions; plan.exe is built in build-windows/ (ignored by git).
#   scripts/build-windows.sh                  plan.exe in build-windows/
#   scripts/build-windows.sh --zip            also dist/plan-<version>-windows-x86_64.zip
#   scripts/build-windows.sh --without-html-import
#       when Debian's mirror cannot give gumbo's source: plan.exe then reads
#       text and CSV pages but refuses saved web pages (.html), saying so.
# Extra CMake options (e.g. -DPLAN_VERSION_OVERRIDE=1.2.3) go after the flags.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD

zip=0 gumbo=1
options=()
for a in "$@"; do
  case $a in
    --zip) zip=1 ;;
    --without-html-import) gumbo=0 ;;
    *) options+=("$a") ;;
  esac
done

bash scripts/setup.sh --windows

# Debian 12's versions of the source packages (apt-cache showsrc after the
# private update lists them); a new Debian point release changes these.
sources=(yaml-cpp=0.7.0+dfsg-8 fmtlib=9.1.0+ds1-2 cmark=0.30.2-6)
gumbo_source=gumbo-parser=0.10.1+dfsg-5
((gumbo)) && sources+=("$gumbo_source")

cache=${PLAN_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/plan-windows}
key=$(printf '%s\n' "${sources[@]}" "${PLAN_WINDOWS_TOOLCHAIN_REV:-1}" "$(x86_64-w64-mingw32-g++-posix -dumpfullversion)" | sha256sum | cut -c1-12)
prefix=$cache/deps-$key
jobs=${PLAN_WINDOWS_JOBS:-2}
mkdir -p "$cache"

fetch_sources() {
  local apt=$cache/apt
  mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/sources.list.d"
  # The same URIs, suites and signing key as the machine's deb entry, as deb-src.
  cat > "$apt/sources.list.d/debian-src.sources" <<SRC
Types: deb-src
URIs: ${PLAN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  local aptopts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt/sources.list.d"
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt" -o "APT::Sandbox::User=root")
  apt-get "${aptopts[@]}" update -qq
  mkdir -p "$cache/src"
  local s
  for s in "${sources[@]}"; do
    (cd "$cache/src" && apt-get "${aptopts[@]}" source -qq --download-only "$s") || {
      if [[ $s == "$gumbo_source" ]]; then
        # Said loudly, never silent: this plan.exe refuses saved web pages (.html).
        echo "build-windows: NOTE: Debian's mirror did not give gumbo's source; building" \
          "--without-html-import (plan.exe reads text and CSV pages, refuses .html)" >&2
        exec bash "$src/scripts/build-windows.sh" --without-html-import \
          $( ((zip)) && echo --zip) "${options[@]}"
      fi
      exit 1
    }
  done
  # Unpacking checks each file's size and checksums against the .dsc (and its
  # signature when debian-keyring is installed) and applies Debian's patches.
  local name ver
  for s in "${sources[@]}"; do
    name=${s%%=*} ver=${s#*=}
    rm -rf "$cache/src/$name"
    (cd "$cache/src" && dpkg-source -q -x "${name}_${ver#*:}.dsc" "$name") > "$cache/src/$name.log" 2>&1 ||
      { cat "$cache/src/$name.log"; exit 1; }
  done
}

build_deps() {
  local cm=(-G Ninja -DCMAKE_TOOLCHAIN_FILE="$src/cmake/mingw-w64-x86_64.cmake"
    -DPLAN_WINDOWS_DEPS="$prefix.partial" -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_INSTALL_PREFIX="$prefix.partial" -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF)
  local b=$cache/build
  rm -rf "$b" "$prefix.partial"
  mkdir -p "$b"
  echo "build-windows: yaml-cpp"
  cmake -S "$cache/src/yaml-cpp" -B "$b/yaml-cpp" "${cm[@]}" -DYAML_CPP_BUILD_TESTS=OFF \
    -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF > "$b/yaml-cpp.log"
  cmake --build "$b/yaml-cpp" -j "$jobs" --target install >> "$b/yaml-cpp.log"
  echo "build-windows: fmt"
  cmake -S "$cache/src/fmtlib" -B "$b/fmt" "${cm[@]}" -DFMT_TEST=OFF -DFMT_DOC=OFF > "$b/fmt.log"
  cmake --build "$b/fmt" -j "$jobs" --target install >> "$b/fmt.log"
  echo "build-windows: cmark"
  cmake -S "$cache/src/cmark" -B "$b/cmark" "${cm[@]}" -DCMARK_TESTS=OFF -DCMARK_SHARED=OFF \
    -DCMARK_STATIC=ON > "$b/cmark.log"
  cmake --build "$b/cmark" -j "$jobs" --target cmark_static >> "$b/cmark.log"
  # The library and its headers only (cmark's install also wants its program).
  mkdir -p "$prefix.partial/include" "$prefix.partial/lib/pkgconfig"
  cp "$b/cmark/src/libcmark.a" "$prefix.partial/lib/"
  cp "$cache/src/cmark/src/cmark.h" "$b/cmark/src/cmark_export.h" "$b/cmark/src/cmark_version.h" \
    "$prefix.partial/include/"
  # CMARK_STATIC_DEFINE: without it cmark.h declares its functions as imported from a DLL.
  cat > "$prefix.partial/lib/pkgconfig/libcmark.pc" <<PC
prefix=$prefix
Name: libcmark
Description: CommonMark parser (Debian cmark ${sources[2]#*=}, built static for Windows)
Version: 0.30.2
Libs: -L\${prefix}/lib -lcmark
Cflags: -I\${prefix}/include -DCMARK_STATIC_DEFINE
PC
  if ((gumbo)); then
  echo "build-windows: gumbo"
  # gumbo's build is autotools; its library is its src/*.c files alone, so they
  # are compiled directly (no autoreconf, no tests).
  mkdir -p "$b/gumbo" "$prefix.partial/include" "$prefix.partial/lib/pkgconfig"
  local c
  for c in "$cache/src/gumbo-parser"/src/*.c; do
    x86_64-w64-mingw32-gcc-posix -std=gnu99 -O2 -c "$c" -o "$b/gumbo/$(basename "${c%.c}").o" &
    if (($(jobs -rp | wc -l) >= jobs)); then wait -n; fi
  done
  wait
  x86_64-w64-mingw32-ar rcs "$prefix.partial/lib/libgumbo.a" "$b"/gumbo/*.o
  cp "$cache/src/gumbo-parser"/src/gumbo.h "$cache/src/gumbo-parser"/src/tag_enum.h "$prefix.partial/include/"
  cat > "$prefix.partial/lib/pkgconfig/gumbo.pc" <<PC
prefix=$prefix
Name: gumbo
Description: HTML5 parser (Debian gumbo-parser ${gumbo_source#*=}, built for Windows)
Version: 0.10.1
Libs: -L\${prefix}/lib -lgumbo
Cflags: -I\${prefix}/include
PC
  fi
  # The header-only libraries, copied from their Debian -dev packages into the
  # prefix: the compiler must never see the build machine's /usr/include.
  cp -r /usr/include/CLI /usr/include/nlohmann /usr/include/valijson /usr/include/kainjow \
    "$prefix.partial/include/"
  local t
  for t in CLI11:CLI11 nlohmann_json:nlohmann_json; do
    mkdir -p "$prefix.partial/lib/cmake/${t%%:*}"
    cat > "$prefix.partial/lib/cmake/${t%%:*}/${t%%:*}Config.cmake" <<CFG
# Written by scripts/build-windows.sh: the header-only library from Debian's -dev package.
if(NOT TARGET ${t%%:*}::${t#*:})
  add_library(${t%%:*}::${t#*:} INTERFACE IMPORTED)
  set_target_properties(${t%%:*}::${t#*:} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "\${CMAKE_CURRENT_LIST_DIR}/../../../include")
endif()
CFG
  done
  # The .pc files and CMake configs name the final prefix, not .partial.
  grep -rl "$prefix.partial" "$prefix.partial" | xargs -r sed -i "s|$prefix.partial|$prefix|g"
  rm -rf "$prefix"
  mv "$prefix.partial" "$prefix"
  rm -rf "$b"
}

if [[ ! -f "$prefix/.complete" ]]; then
  start=$SECONDS
  [[ -f "$cache/src/.fetched-$key" ]] || { fetch_sources && touch "$cache/src/.fetched-$key"; }
  build_deps
  touch "$prefix/.complete"
  echo "build-windows: libraries built in $((SECONDS - start)) s into $prefix"
fi

start=$SECONDS
source scripts/compiler-cache.sh
if [[ ! -f build-windows/build.ninja || ${#options[@]} -gt 0 ]]; then
  cmake -S . -B build-windows -G Ninja -DCMAKE_TOOLCHAIN_FILE="$src/cmake/mingw-w64-x86_64.cmake" \
    "${cache_options[@]}" \
    -DPLAN_WINDOWS_DEPS="$prefix" -DCMAKE_BUILD_TYPE=Release -DPLAN_HTML_IMPORT=$gumbo -DPLAN_HTTP_SOURCES=OFF \
    "${options[@]}" > /dev/null
fi
cmake --build build-windows -j "$jobs" --target plan bundled_reports
x86_64-w64-mingw32-strip build-windows/plan.exe
echo "build-windows: build-windows/plan.exe in $((SECONDS - start)) s"
# No DLL beyond Windows' own: a single file the analyst can run from any folder.
if x86_64-w64-mingw32-objdump -p build-windows/plan.exe | grep 'DLL Name' |
  grep -viE 'kernel32|advapi32|msvcrt|shell32|user32|ws2_32|api-ms-win' ; then
  echo "build-windows: plan.exe needs the DLLs above, which Windows does not have" >&2
  exit 1
fi

if ((zip)); then
  bash scripts/package-windows.sh build-windows/plan.exe
fi
