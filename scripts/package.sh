#!/usr/bin/env bash
# Builds the release package dist/ecoecon-<version>.zip for the QGIS plugin repository:
# one top folder ecoecon/, the plugin's tracked files without tests, benchmarks, dev scripts,
# CI files or test pins, plus the compiled translations (i18n/ecoecon_*.qm, made here with
# lrelease). metadata.txt is checked first. Usage: ./scripts/package.sh [output-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=python3
[ -x .venv/bin/python ] && PY=.venv/bin/python
exec "$PY" scripts/package.py "$@"
