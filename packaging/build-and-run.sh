#!/usr/bin/env bash
# The README's run command: installs the Debian packages, builds TinyML Manager and starts the
# desktop application on the embedded default store (created on first start with the board
# catalogue and the demonstration models). Arguments go to the application, e.g. model files to
# import or --store DIR.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bash "$src/packaging/build.sh" tinyml-manager tinyml-kg
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "build-and-run: no display (DISPLAY and WAYLAND_DISPLAY are unset): run this from a desktop session" >&2
  echo "build-and-run: or through ssh -X; the command line is ${TINYML_BUILD_DIR:-$src/build}/app/cli/tinyml-kg" >&2
  exit 1
fi
exec "${TINYML_BUILD_DIR:-$src/build}/app/gui/tinyml-manager" "$@"
