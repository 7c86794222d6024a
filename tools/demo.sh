#!/usr/bin/env bash
# Installs what is missing, builds, and plans the bundled model of Region
# Midtjylland (validating it first).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
tools/build.sh >/dev/null
scenario=${1:-alle-standard}
build/tools/opgavesnit validate models/midtjylland
build/tools/opgavesnit plan models/midtjylland --scenario "$scenario"
