# Sourced by the build scripts: compiles go through ccache when it is
# installed (scripts/setup installs it). A fresh clone starts with an empty
# cache; the next run of scripts/test recompiles only what changed.
# CCACHE_BASEDIR makes paths inside the worktree relative, so clones in other
# folders share hits. Set DAGDEEL_NO_CCACHE=1 to compile without it.
if [ -z "${DAGDEEL_NO_CCACHE:-}" ] && command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
  export CMAKE_C_COMPILER_LAUNCHER=${CMAKE_C_COMPILER_LAUNCHER:-ccache}
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
  # The test builds carry line tables (-g1), and with debug info ccache hashes
  # the build folder too: a clone in another folder then missed every file.
  # The folder recorded in the tests' debug info does not matter to them.
  export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi

# Test builds carry line tables only (-g1): file and line in every stack a
# sanitizer or a crash prints, at two thirds of the compile time of full
# debug info (g++ 12, same run: unit-json.cpp 18.3 -> 12.2 CPU s, json_read.cpp
# 12.1 -> 8.4). Developers' own RelWithDebInfo builds keep -g.
DAGDEEL_TEST_FLAGS="-O2 -g1 -DNDEBUG"

# Test builds compile the core and the unit tests in batches (a unity build,
# CMakeLists.txt DAGDEEL_UNITY_BUILD): a clean clone's test run is bound by
# compiling, and batches instantiate nlohmann/json, doctest and std templates
# once per batch instead of once per file (BENCHMARKS.md, "The test loop").
# DAGDEEL_UNITY=OFF compiles file by file.
DAGDEEL_UNITY=${DAGDEEL_UNITY:-ON}

# The clang build shared by scripts/test-sanitizers and scripts/fuzz
# (build-fuzz): configured once, picking up new source files after that.
configure_fuzz_build() {
  if [ ! -f "$1/CMakeCache.txt" ]; then
    CXX=clang++-14 CC=clang-14 cmake -S "$ROOT" -B "$1" -DDAGDEEL_FUZZ=ON -DDAGDEEL_BENCH=OFF \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$DAGDEEL_TEST_FLAGS" \
      -DCMAKE_C_FLAGS_RELWITHDEBINFO="$DAGDEEL_TEST_FLAGS" -DDAGDEEL_UNITY_BUILD="$DAGDEEL_UNITY" >/dev/null
  else
    cmake "$1" -DDAGDEEL_UNITY_BUILD="$DAGDEEL_UNITY" >/dev/null
  fi
}
