#!/usr/bin/env bash
# The HTML reports of plan and risk, loaded in headless Chromium (no
# network, a time limit per run): the summary, the municipality views and the
# graph of plan; the range bars and tornado rows of risk, as its JSON has
# them; nothing from the model runs as markup, and the screenshot is not
# blank. See tests/browser/check_html_report.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 tests/browser/check_html_report.py build/tools/opgavesnit .
