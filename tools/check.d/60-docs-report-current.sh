#!/usr/bin/env bash
# docs/report-midtjylland.md is the Markdown report of the bundled model as
# the program writes it now: regenerate it with tools/make-report-docs.sh
# after a change of the model or of the report.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! build/tools/opgavesnit plan models/midtjylland --scenario alle-standard --format md \
    --lang da | cmp -s - docs/report-midtjylland.md; then
  echo "docs/report-midtjylland.md is out of date: run tools/make-report-docs.sh" >&2
  exit 1
fi
