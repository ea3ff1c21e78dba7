# Sourced by try-deploy.sh and screenshots.sh: start_simulated_boards DIR SIMULATOR [ARGS...]
# starts a private D-Bus bus (a dbus-daemon of its own, on a unix socket in DIR) and
# tinyml-board-sim on it with ARGS, exports DBUS_SYSTEM_BUS_ADDRESS and
# BLUETOOTH_FORCE_DBUS_LE_VERSION so that programs started afterwards deploy to the simulated
# boards, and appends both PIDs to the array simulated_boards_pids (the caller stops them).
# choose_run_models BUILD sets the array simulated_boards_run_models to --run-models
# when the build has the firmware runner and qemu-system-arm is there (the boards then run the
# models they receive and report what became of them), and says which it is.
simulated_boards_pids=()
simulated_boards_run_models=()

choose_run_models() {
  local runner=$1/tests/emulator/cortex-m4/prefix/bin/run-board-firmware.sh
  if [ -x "$runner" ] && command -v qemu-system-arm >/dev/null; then
    simulated_boards_run_models=(--run-models --firmware-runner "$runner")
    echo "The simulated boards run the models they receive (the firmware core on an emulated Cortex-M4)."
  else
    simulated_boards_run_models=()
    echo "The simulated boards only take files (build the tflm_cortex_m4 target and install qemu-system-arm" \
      "for boards that run the models and report it)."
  fi
}

start_simulated_boards() {
  local dir=$1 simulator=$2
  shift 2
  cat >"$dir/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>custom</type>
  <listen>unix:path=$dir/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
  </policy>
</busconfig>
CONF
  dbus-daemon --config-file="$dir/bus.conf" --nofork --print-address=1 >"$dir/address" &
  simulated_boards_pids+=($!)
  local _
  for _ in $(seq 50); do [ -s "$dir/address" ] && break; sleep 0.1; done
  DBUS_SYSTEM_BUS_ADDRESS=$(head -n1 "$dir/address")
  # The simulator is not bluetoothd, which Qt would otherwise ask for its version.
  export DBUS_SYSTEM_BUS_ADDRESS BLUETOOTH_FORCE_DBUS_LE_VERSION=5.66
  "$simulator" "$@" >"$dir/simulator.log" 2>&1 &
  simulated_boards_pids+=($!)
  for _ in $(seq 50); do grep -q '^ready:' "$dir/simulator.log" 2>/dev/null && return 0; sleep 0.1; done
  echo "tinyml-board-sim did not start:" >&2
  cat "$dir/simulator.log" >&2
  return 1
}
