#!/usr/bin/env bash
# Installs what opgavesnit needs to build and test, from Debian's packages.
# Does nothing when everything is already there.
set -euo pipefail
packages=(cmake g++ make pkg-config
          libyaml-cpp-dev libboost-graph-dev libboost-dev libfmt-dev
          doctest-dev libcli11-dev nlohmann-json3-dev python3)
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
