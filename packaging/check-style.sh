#!/usr/bin/env bash
# The code's habits, as CI checks them: every C++ file laid out as .clang-format says, and the
# agreed clang-tidy checks (.clang-tidy) passing on libkg and app. Needs a configured build
# ($TINYML_BUILD_DIR, default build/) for the compile commands clang-tidy reads.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${TINYML_BUILD_DIR:-$src/build}
cd "$src"

mapfile -t sources < <(git ls-files '*.cpp' '*.h' '*.c')
echo "check-style: clang-format on ${#sources[@]} files"
clang-format --dry-run --Werror "${sources[@]}"

mapfile -t units < <(git ls-files 'libkg/*.cpp' 'app/*.cpp')
echo "check-style: clang-tidy on ${#units[@]} translation units"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! printf '%s\n' "${units[@]}" | xargs -P "$(nproc)" -n 8 clang-tidy -p "$build" --quiet >"$log" 2>&1; then
  grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter' "$log" >&2
  echo "check-style: clang-tidy found problems" >&2
  exit 1
fi
echo "check-style: passed"
