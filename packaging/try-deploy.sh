#!/usr/bin/env bash
# Try deployment without hardware: builds TinyML Manager and tinyml-board-sim, starts a private
# D-Bus bus with simulated boards on it (a mock BlueZ), and starts the desktop application on
# that bus. Arguments go to the simulator (default --boards 4), e.g. --boards 8, or
# --drop-after-blocks 100 --faulty-connections 1. When the build has the Cortex-M4 harness's
# firmware runner (the tflm_cortex_m4 target) the boards run the models they receive
# (--run-models) and report whether they run. The bus and the simulator stop when the
# application quits; what the boards received and ran is in the simulator's log.
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
choose_run_models "$build"
start_simulated_boards "$run" "$build/app/board-sim/tinyml-board-sim" --save-dir "$run/received" \
  "${simulated_boards_run_models[@]}" "${args[@]}"
cat "$run/simulator.log"
echo "In TinyML Manager: Deploy tab (Ctrl+5), Scan for boards (F5), choose a model, select boards, Deploy to selected (Ctrl+D)."
"$build/app/gui/tinyml-manager"
