#!/usr/bin/env bash
# Lint step of scripts/test.sh: ruff (pinned in requirements.txt) with ruff.toml, whole tree.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m ruff check --no-cache .
