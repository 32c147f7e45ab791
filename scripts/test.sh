#!/usr/bin/env bash
# Runs the whole test suite (after the set-up). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen

# --- house checks (issue 12), the whole run only: lint, and tests/core without QGIS or GDAL ---
if [ $# -eq 0 ]; then
  bash scripts/lint.sh
  bash scripts/test_core_noqgis.sh
fi
# ---

exec .venv/bin/python -m pytest "$@"
