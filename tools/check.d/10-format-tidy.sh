#!/usr/bin/env bash
# The tree is clang-format clean, and the engine passes the curated
# clang-tidy checks of .clang-tidy (with the compile commands of build/,
# which tools/check.sh has just built).
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=$(nproc 2>/dev/null || echo 2)
git ls-files -- '*.cc' '*.h' | xargs clang-format --dry-run --Werror
test -f build/compile_commands.json || { echo "10-format-tidy: no build/compile_commands.json" >&2; exit 1; }
run-clang-tidy -quiet -p build -j "$jobs" "$(pwd)/engine/.*\.cc\$" >build/clang-tidy.log 2>&1 || {
  grep -E 'warning:|error:' build/clang-tidy.log | sort -u >&2
  exit 1
}
