# Sourced by the build scripts: sets cache_options to CMake's compiler-launcher
# options when ccache is installed, and nothing otherwise. The cache is keyed
# on what is compiled, not on where the checkout is (hash_dir off, base_dir
# the checkout's parent), so a fresh clone reuses an earlier clone's objects.
cache_options=()
if command -v ccache >/dev/null 2>&1 && [[ -z ${PLAN_NO_CCACHE:-} ]]; then
  export CCACHE_NOHASHDIR=1 CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$PWD")}
  cache_options=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
