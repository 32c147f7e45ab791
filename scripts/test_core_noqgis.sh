#!/usr/bin/env bash
# Step of scripts/test.sh: tests/core in a Python where qgis, Qt (PyQt5/6, sip), GDAL (osgeo) and
# pytest-qgis cannot be imported (tests/noqgis.py blocks them), and neither can the test-only
# and optional packages below, whose tests must skip. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python tests/noqgis.py \
  --block highspy,dask,distributed,mapclassify,sklearn,networkx tests/core -q "$@"
