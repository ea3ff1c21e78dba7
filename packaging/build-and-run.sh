#!/usr/bin/env bash
# The README's run command: installs, builds and starts TinyML Manager. Arguments go to the
# program; without any, it lists its commands (--help).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bash "$src/packaging/build.sh" tinyml-kg
[ $# -gt 0 ] || set -- --help
exec "${TINYML_BUILD_DIR:-$src/build}/app/cli/tinyml-kg" "$@"
