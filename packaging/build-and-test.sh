#!/usr/bin/env bash
# The README's test command and what CI runs: installs, builds everything twice with warnings as
# errors (Clang, with the sanitizer and fuzzing targets, into build/; GCC into build-gcc/), checks
# the code's layout and clang-tidy's agreed checks, and runs every test once, on the Clang build.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}
TINYML_BUILD_DIR=$build bash "$src/packaging/build.sh"
TINYML_BUILD_DIR=${TINYML_GCC_BUILD_DIR:-$src/build-gcc} TINYML_COMPILER=gcc bash "$src/packaging/build.sh"
TINYML_BUILD_DIR=$build bash "$src/packaging/check-style.sh"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --timeout 1500
