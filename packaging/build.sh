#!/usr/bin/env bash
# Installs the Debian packages and builds TinyML Manager with Clang (so that the fuzzing target is
# built too) into $TINYML_BUILD_DIR (default: build/). Arguments name targets; none builds all.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}

bash "$src/packaging/install-debian-deps.sh"
# The same sources in another folder (a fresh clone, as CI makes) hit the same ccache entries.
export CCACHE_BASEDIR=$src CCACHE_NOHASHDIR=true
cmake -S "$src" -B "$build" -G Ninja \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
