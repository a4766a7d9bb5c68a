# Sourced by the build scripts: compiles go through ccache when it is
# installed (scripts/setup installs it). A fresh clone starts with an empty
# cache; the next run of scripts/test recompiles only what changed.
# CCACHE_BASEDIR makes paths inside the worktree relative, so clones in other
# folders share hits. Set DAGDEEL_NO_CCACHE=1 to compile without it.
if [ -z "${DAGDEEL_NO_CCACHE:-}" ] && command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
  export CMAKE_C_COMPILER_LAUNCHER=${CMAKE_C_COMPILER_LAUNCHER:-ccache}
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
fi
