#!/usr/bin/env bash
# Regenerates the report examples in docs/ from the bundled model (scenario
# alle-standard, in Danish):
#   docs/report-midtjylland.md    the Markdown report (plan --format md)
#   docs/report-midtjylland.png   a screenshot of the top of the HTML report
#                                 (plan --format html), taken by headless Chromium
# Needs a build (tools/build.sh) and Chromium (tools/setup.sh --tests).
set -euo pipefail
cd "$(dirname "$0")/.."
exe=build/tools/opgavesnit
[ -x "$exe" ] || tools/build.sh
scenario=alle-standard
graph=samsoe  # a small municipality, so that the picture is legible at screen size
"$exe" plan models/midtjylland --scenario "$scenario" --format md --lang da \
  -o docs/report-midtjylland.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$exe" plan models/midtjylland --scenario "$scenario" --format html --lang da \
  --municipality "$graph" -o "$work/report.html"
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "make-report-docs: Chromium is not installed (tools/setup.sh --tests)" >&2
  exit 1
fi
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$work/profile" \
  --screenshot="$work/report.png" --window-size=1280,1800 "file://$work/report.html" \
  >/dev/null 2>&1
mv "$work/report.png" docs/report-midtjylland.png
echo "make-report-docs: wrote docs/report-midtjylland.md and docs/report-midtjylland.png" >&2
