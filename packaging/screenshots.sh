#!/usr/bin/env bash
# Renders the README's and the AppStream screenshots of the main views into packaging/screenshots/
# under Xvfb, from a fresh default store (the board catalogue and the demonstration models), in
# English. The Deploy view is shown after a deployment to simulated boards on a private bus.
# Needs a build (packaging/build.sh tinyml-manager tinyml-board-sim).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}
out=${1:-$src/packaging/screenshots}
home=$(mktemp -d)
source "$src/packaging/simulated-boards.sh"
cleanup() {
  for pid in "${simulated_boards_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$home"
}
trap cleanup EXIT
mkdir -p "$out"
# Boards that run the models when the build can (the Deploy view then shows them running).
choose_run_models "$build"
start_simulated_boards "$home" "$build/app/board-sim/tinyml-board-sim" "${simulated_boards_run_models[@]}" \
  --board C0:FF:EE:00:00:01 --board C0:FF:EE:00:00:02 --board C0:FF:EE:00:00:03,max-length=2048 \
  --board C0:FF:EE:00:00:04,drop-after-blocks=20,faulty-connections=1
HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/gui/tinyml-manager" --screenshots "$out"
ls -1 "$out"/*.png
