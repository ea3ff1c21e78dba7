#!/usr/bin/env bash
# Installs the Debian packages, builds TinyML Manager and starts it. Arguments are passed to the
# program; without any, it prints its help.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}

bash "$src/packaging/install-debian-deps.sh"
cmake -S "$src" -B "$build" -G Ninja \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)" --target tinyml-kg
exec "$build/app/tinyml-kg" "$@"
