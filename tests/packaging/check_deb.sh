#!/usr/bin/env bash
# Makes the Debian package with CPack from a built tree and checks what it holds and depends on.
#
#   check_deb.sh BUILD_DIR SOURCE_DIR
#
# CPACK names the cpack to use (default: cpack on PATH). The package is written to a temporary
# folder, which is removed afterwards; nothing is left in BUILD_DIR but CPack's install manifest.
set -euo pipefail

fail() {
  echo "check_deb: FAILED: $*" >&2
  exit 1
}

if [ $# -ne 2 ]; then
  echo "usage: check_deb.sh BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
[ -d "$1" ] || fail "build folder '$1' does not exist"
[ -d "$2" ] || fail "source folder '$2' does not exist"
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
cpack=${CPACK:-cpack}
app_id=io.github.tinyml_manager.TinyMLManager

command -v "$cpack" >/dev/null || fail "'$cpack' not found (Debian package cmake)"
for tool in dpkg-deb dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null ||
    fail "$tool not found: run packaging/install-debian-deps.sh (Debian packages dpkg-dev, file)"
done
[ -f "$build/CPackConfig.cmake" ] ||
  fail "$build/CPackConfig.cmake is missing: the CMake project does not include packaging/"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tinyml-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "check_deb: running '$cpack -G DEB -B $tmp' in $build"
if ! (cd "$build" && "$cpack" -G DEB -B "$tmp" >"$tmp/cpack.log" 2>&1); then
  cat "$tmp/cpack.log" >&2
  fail "cpack could not make the package (its output is above)"
fi

shopt -s nullglob
debs=("$tmp"/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected exactly one .deb in $tmp, found ${#debs[@]}"
deb=${debs[0]}
echo "check_deb: made $(basename "$deb")"

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
package=$(field Package)
[ "$package" = tinyml-manager ] || fail "Package is '$package', expected 'tinyml-manager'"
echo "check_deb: Package: $package"

version=$(sed -n 's/^project(TinyMLManager VERSION \([0-9][0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] || fail "cannot read the project version from $src/CMakeLists.txt"
deb_version=$(field Version)
case "$deb_version" in
  "$version" | "$version"-*) echo "check_deb: Version: $deb_version (project $version)" ;;
  *) fail "Version is '$deb_version', expected the project version $version" ;;
esac

depends=$(field Depends)
echo "check_deb: Depends: $depends"
for dep in librdf0 libqt6widgets6 libqt6bluetooth6 libqt6dbus6 qt6-qpa-plugins; do
  # A whole package name: preceded by the start or a separator, followed by a version, a
  # separator or the end.
  grep -Eq "(^|[ ,|])${dep}(:any)?( |,|\||\$)" <<<"$depends" ||
    fail "Depends does not name $dep"
  echo "check_deb: Depends names $dep"
done

# Contents.
contents=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
for path in \
  usr/bin/tinyml-manager \
  usr/bin/tinyml-kg \
  usr/bin/tinyml-board-sim \
  "usr/share/applications/$app_id.desktop" \
  "usr/share/metainfo/$app_id.metainfo.xml" \
  usr/share/mime/packages/tinyml-manager-mime.xml \
  "usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
  grep -Fxq "./$path" <<<"$contents" || fail "the package does not contain /$path"
  echo "check_deb: contains /$path"
done

# The files are the ones in the source tree and the programs are executables.
dpkg-deb --extract "$deb" "$tmp/root"
for pair in \
  "usr/share/applications/$app_id.desktop:packaging/linux/$app_id.desktop" \
  "usr/share/metainfo/$app_id.metainfo.xml:packaging/linux/$app_id.metainfo.xml" \
  "usr/share/mime/packages/tinyml-manager-mime.xml:packaging/linux/tinyml-manager-mime.xml" \
  "usr/share/icons/hicolor/256x256/apps/$app_id.png:resources/icons/hicolor/256x256/apps/$app_id.png"; do
  cmp -s "$tmp/root/${pair%%:*}" "$src/${pair#*:}" ||
    fail "/${pair%%:*} in the package differs from ${pair#*:}"
done
echo "check_deb: desktop entry, metainfo, MIME type and icon match the source tree"
for exe in tinyml-manager tinyml-kg tinyml-board-sim; do
  [ -x "$tmp/root/usr/bin/$exe" ] || fail "/usr/bin/$exe is not executable"
  kind=$(file -b "$tmp/root/usr/bin/$exe")
  [[ "$kind" == ELF* ]] || fail "/usr/bin/$exe is not an ELF program: $kind"
done
echo "check_deb: /usr/bin/tinyml-manager, tinyml-kg and tinyml-board-sim are ELF executables"

echo "check_deb: OK"
