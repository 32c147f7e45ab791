#!/usr/bin/env bash
# The main job: runs the demo workflow (after the set-up) into an output folder
# (default: ./demo_output). See README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python scripts/demo.py "${1:-demo_output}"
