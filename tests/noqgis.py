"""Run pytest in this Python with QGIS, Qt and GDAL unimportable, to prove that ``tests/core``
needs none of them (``scripts/test_core_noqgis.sh``):

    python tests/noqgis.py [--block pkg,pkg] [pytest arguments]   # default: tests/core

``--block`` makes further top-level packages unimportable too (for example the optional
``statsmodels,jenkspy,highspy,dask,distributed``), to prove the tests that need them skip.
pytest-qgis is not loaded (it imports QGIS).
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BLOCKED = {"qgis", "osgeo", "PyQt5", "PyQt6", "sip", "processing", "pytest_qgis"}


class _Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError("blocked by tests/noqgis.py: " + name)


def main(argv):
    if argv[:1] == ["--block"]:
        BLOCKED.update(p for p in argv[1].split(",") if p)
        argv = argv[2:]
    sys.path[0] = ROOT  # as ``python -m pytest`` from the root: ``tests`` is importable
    sys.meta_path.insert(0, _Block())
    for mod in [m for m in sys.modules if m.split(".")[0] in BLOCKED]:
        del sys.modules[mod]
    import pytest
    return pytest.main(["-p", "no:pytest_qgis"] + (argv or ["tests/core"]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
