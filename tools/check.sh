#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the main build's
# CTest suite, then each extra stage in tools/check.d/ (in name order).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --tests
# The build must be free of compiler warnings (opgavesnit_warnings() in
# CMakeLists.txt).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
tools/build.sh 2>&1 | tee "$log"
if grep -q "warning:" "$log"; then
  echo "check: the build has compiler warnings:" >&2
  grep -A3 "warning:" "$log" >&2
  exit 1
fi
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
echo "check: build and main tests took ${SECONDS}s" >&2
for stage in tools/check.d/*.sh; do
  [ -e "$stage" ] || continue
  echo "check: ${stage##*/}" >&2
  start=$SECONDS
  bash "$stage"
  echo "check: ${stage##*/} took $((SECONDS - start))s" >&2
done
echo "check: all passed in ${SECONDS}s" >&2
