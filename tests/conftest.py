"""Test set-up shared by every test.

The repository root *is* the plugin package. Tests import it under its installed folder name,
``ecoecon`` (``from ecoecon.core import classify``), whatever the checkout is called.
Nothing here imports QGIS or GDAL (``tests/core`` runs without them:
``scripts/test_core_noqgis.sh``). Reference data is read from ``../shared/data`` beside the checkout; tests that need it skip
with a reason where it is absent.
"""
import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = "ecoecon"
SHARED_DATA = ROOT.parent / "shared" / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _load_package():
    if PKG in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        PKG, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[PKG] = mod
    spec.loader.exec_module(mod)


_load_package()


def shared_data(*parts):
    """Path to a file of ``../shared/data``; skips the test when it is absent."""
    p = SHARED_DATA.joinpath(*parts)
    if not p.exists():
        pytest.skip("reference data %s is absent (it lives in ../shared/data beside the "
                    "checkout)" % "/".join(parts))
    return p


@pytest.fixture(scope="session")
def qgis_cleanup(qgis_app):
    """QGIS (pytest-qgis' ``qgis_app``) for the session, cleaned at exit. Not autouse, so that
    ``tests/core`` runs in a Python without QGIS, GDAL or pytest-qgis: the algorithm tests use
    it through ``tests/algorithms/conftest.py``, a top-level test that needs QGIS names it.

    Runs before pytest-qgis exits QGIS. Objects that outlive QgsApplication.exitQgis() crash
    the interpreter when Python finalises them (segfault or double free in Py_FinalizeEx),
    turning a green run into a failed one: map layers, OGR data sources and GDAL datasets that
    finished test frames still hold (tracebacks of expected exceptions keep frames alive), and
    the Python provider. Free them here, while QGIS and GDAL still live."""
    yield
    import gc
    import inspect
    from osgeo import gdal, ogr
    from qgis.core import QgsApplication, QgsMapLayer
    from qgis.PyQt import sip
    kinds = (QgsMapLayer, ogr.DataSource, ogr.Layer, gdal.Dataset, gdal.Band)
    gc.collect()
    # the frames that refer to such an object: one pass over the frames (gc.get_referrers per
    # object would scan every object of the session once per object: tens of seconds)
    held = {id(o) for o in gc.get_objects() if isinstance(o, kinds)}
    if held:
        for fr in [o for o in gc.get_objects() if inspect.isframe(o)]:
            if any(id(r) in held for r in gc.get_referents(fr)):
                try:
                    fr.clear()
                except RuntimeError:  # a frame still running
                    pass
    del held
    gc.collect()
    for obj in [o for o in gc.get_objects() if isinstance(o, QgsMapLayer)]:
        if sip.ispyowned(obj):
            sip.delete(obj)
    reg = QgsApplication.processingRegistry()
    if reg.providerById("ecoecon") is not None:
        reg.removeProvider("ecoecon")
    try:
        from tests.algorithms import conftest as algconf
        algconf._KEEP.clear()
    except ImportError:
        pass
