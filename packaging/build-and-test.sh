#!/usr/bin/env bash
# Installs the Debian packages, builds everything (including the sanitizer and fuzzing targets)
# and runs every test with CTest. This is the README's test command and what CI runs.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}

bash "$src/packaging/install-debian-deps.sh"
cmake -S "$src" -B "$build" -G Ninja \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --timeout 1500
