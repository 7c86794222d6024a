#!/usr/bin/env bash
# Installs what opgavesnit needs from Debian's packages; does nothing when
# everything is already there.
#   tools/setup.sh           what building and running need
#   tools/setup.sh --tests   that, and what the tests need as well
set -euo pipefail
packages=(cmake g++ make pkg-config
          libyaml-cpp-dev libboost-graph-dev libboost-dev libfmt-dev
          doctest-dev libcli11-dev nlohmann-json3-dev python3
          graphviz)  # plan --format html draws the dependency graph with dot
# Only the tests need these (one line per purpose).
test_packages=(
  chromium  # tools/check.d/50-html-report-browser.sh loads the HTML report in headless Chromium
  python3-yaml python3-jsonschema   # tests/schema, tests/fmt, tools/ci, tests/cli/determinism_test.py
  dpkg-dev file   # cpack -G DEB: dpkg-shlibdeps finds the dependencies (tools/check.d/50-package.sh)
  libbenchmark-dev time   # tools/bench.sh and its smoke stage (tools/check.d/50-bench-smoke.sh)
  clang libclang-rt-14-dev   # tools/fuzz.sh: libFuzzer, ASan and UBSan with clang
)
if [ "${1:-}" = "--tests" ]; then
  packages+=("${test_packages[@]}")
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
