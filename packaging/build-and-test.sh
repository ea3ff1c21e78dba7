#!/usr/bin/env bash
# The README's test command and what CI runs: installs, builds everything (including the
# sanitizer and fuzzing targets) and runs every test with CTest.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bash "$src/packaging/build.sh"
QT_QPA_PLATFORM=offscreen ctest --test-dir "${TINYML_BUILD_DIR:-$src/build}" --output-on-failure --timeout 1500
