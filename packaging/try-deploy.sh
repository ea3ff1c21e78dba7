#!/usr/bin/env bash
# Try deployment without hardware: builds TinyML Manager and tinyml-board-sim, starts a private
# D-Bus bus with simulated boards on it (a mock BlueZ), and starts the desktop application on
# that bus. Arguments go to the simulator (default --boards 4), e.g. --boards 8, or
# --drop-after-blocks 100 --faulty-connections 1. The bus and the simulator stop when the
# application quits; what the boards received is in the simulator's log.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}
bash "$src/packaging/build.sh" tinyml-manager tinyml-board-sim
source "$src/packaging/simulated-boards.sh"

run=$(mktemp -d "${TMPDIR:-/tmp}/tinyml-try-deploy.XXXXXX")
cleanup() {
  for pid in "${simulated_boards_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$run"
}
trap cleanup EXIT

args=("$@")
((${#args[@]})) || args=(--boards 4)
start_simulated_boards "$run" "$build/app/board-sim/tinyml-board-sim" --save-dir "$run/received" "${args[@]}"
cat "$run/simulator.log"
echo "In TinyML Manager: Deploy tab (Ctrl+5), Scan for boards (F5), choose a model, select boards, Deploy to selected (Ctrl+D)."
"$build/app/gui/tinyml-manager"
