#!/usr/bin/env bash
# Installs the Debian packages and builds TinyML Manager into $TINYML_BUILD_DIR (default: build/)
# with warnings as errors, by Clang (so that the fuzzing target is built too) or, with
# TINYML_COMPILER=gcc, by GCC. Arguments name targets; none builds all.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}

bash "$src/packaging/install-debian-deps.sh"
# The same sources in another folder (a fresh clone, as CI makes) hit the same ccache entries.
export CCACHE_BASEDIR=$src CCACHE_NOHASHDIR=true
case "${TINYML_COMPILER:-clang}" in
  clang) cc=clang cxx=clang++ ;;
  gcc) cc=gcc cxx=g++ ;;
  *) echo "build.sh: TINYML_COMPILER is clang or gcc" >&2; exit 2 ;;
esac
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_C_COMPILER=$cc -DCMAKE_CXX_COMPILER=$cxx \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTINYML_WERROR=ON
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
