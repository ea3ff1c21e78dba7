#!/usr/bin/env bash
# Renders the README's and the AppStream screenshots of the main views into packaging/screenshots/
# under Xvfb, from a fresh default store (the board catalogue and the demonstration models), in
# English. Needs a build (packaging/build.sh tinyml-manager).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
app=${TINYML_BUILD_DIR:-$src/build}/app/gui/tinyml-manager
out=${1:-$src/packaging/screenshots}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$out"
HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshots "$out"
ls -1 "$out"/*.png
