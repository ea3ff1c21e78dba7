#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing TinyML Manager needs.
# Non-interactive and idempotent; run as root. Packages already present are not fetched again.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache clang libclang-rt-14-dev
  # libraries
  qt6-base-dev qt6-base-dev-tools qt6-connectivity-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev
  # Qt's own translations: its file dialogs and standard buttons in German and Chinese
  qt6-translations-l10n
  libflatbuffers-dev flatbuffers-compiler
  librdf0-dev librasqal3-dev libraptor2-dev
  zlib1g-dev qtkeychain-qt6-dev libssl-dev
  # the board runtime's figures: TensorFlow Lite Micro built for a Cortex-M4 and run on an
  # emulated mps2-an386 board
  gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib qemu-system-arm
  # headless GUI tests and screenshots; the private D-Bus bus of the deployment tests
  xvfb xauth dbus-daemon
  # the SPARQL server the remote-store tests start for themselves, and the certificate their TLS
  # test makes
  virtuoso-opensource openssl
  # packaging checks and the .deb: appstreamcli, desktop-file-validate, xmllint, and
  # dpkg-shlibdeps and file, which CPack uses to find the package's library dependencies
  appstream desktop-file-utils libxml2-utils dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-debian-deps: missing packages (${missing[*]}); run this script as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Virtuoso's package asks for a dba password. The tests never use the packaged database (they
  # start their own on loopback), so any value does; preseeding it keeps the install unattended.
  printf '%s\n' \
    'virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba' \
    'virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba' |
    debconf-set-selections
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
