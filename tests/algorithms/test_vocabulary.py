"""Any number of source grades through the conflict and SDP algorithms (2, 3 and 5 grades):
the element codes, labels and barrier sources follow core.vocabulary's documented rule,
checked against cell counts of the hand-placed boxes."""
import numpy as np
import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.algorithms.test_ecoeconomicconflicts_sustainabledevelopmentpattern import (
    CELL, X0, Y0, _box, _layer)
from tests.helpers import read_tif, write_tif

WORDS = {1: "crucial source", 2: "important source", 3: "ordinary source"}


def _graded_sources(n):
    """Grade g: a 3 × 3 box in rows 1–3 at columns 2 + 6(g − 1) (apart by 3 cells)."""
    return _layer("Polygon", [("grade", QVariant.Int)],
                  [(_box(2 + 6 * (g - 1), 1, 5 + 6 * (g - 1), 4), [g]) for g in range(1, n + 1)])


@pytest.mark.parametrize("n", [2, 3, 5])
def test_conflicts_on_n_grades(tmp_path, run, n):
    econ = np.ones((20, 30), np.int32)
    econ[:, 10:20] = 2
    econ[:, 20:] = 3
    ep = write_tif(tmp_path / "econ.tif", econ, cell=CELL, origin=(X0, Y0))
    y = Y0 - 15.5 * CELL
    corr = _layer("LineString", [("type", QVariant.String)],
                  [("LINESTRING(%f %f, %f %f)" % (X0, y, X0 + 30 * CELL, y), ["II"])])
    res = run("ecoecon:ecoeconomicconflicts", {
        "ECONOMIC": ep, "SOURCES": _graded_sources(n), "GRADE_FIELD": "grade",
        "CORRIDORS": corr, "TYPE_FIELD": "type", "CORRIDOR_WIDTH": 100.0,
        "HIGH_CLASSES": "3", "OUTPUT": str(tmp_path / "c.tif"),
        "POLYGONS": str(tmp_path / "c.gpkg"), "SOURCE_TABLE": str(tmp_path / "s.csv"),
        "CORRIDOR_TABLE": str(tmp_path / "k.csv")})
    codes = read_tif(res["OUTPUT"])[0]
    # expected, from the boxes: source g → 10·g + class; type II corridor → 10·(G + 2) + class
    exp = np.zeros(econ.shape)
    for g in range(1, n + 1):
        c0 = 2 + 6 * (g - 1)
        exp[1:4, c0:c0 + 3] = 10 * g + econ[1:4, c0:c0 + 3]
    exp[15, :] = 10 * (max(3, n) + 2) + econ[15, :]
    np.testing.assert_array_equal(codes, exp)
    rows = [f.attributes() for f in QgsVectorLayer(res["SOURCE_TABLE"], "s", "ogr")
            .getFeatures()]
    area = {}
    for r in rows:
        area[r[0]] = area.get(r[0], 0.0) + float(r[3])
    labels = [WORDS[g] if n <= 3 else "grade %d source" % g for g in range(1, n + 1)]
    assert sorted(area) == sorted(labels)
    for lab in labels:
        assert area[lab] == pytest.approx(9 * 0.01)


@pytest.mark.parametrize("n", [2, 3, 5])
def test_sdp_barriers_are_the_crucial_and_important_grades(tmp_path, run, n):
    yy, xx = np.mgrid[0:40, 0:40]
    dens = (100 * np.exp(-((yy - 30) ** 2 + (xx - 20) ** 2) / 18.0)).astype(np.float32)
    cls = np.digitize(dens, [5, 20, 50]).astype(np.int32)
    dp = write_tif(tmp_path / "d.tif", dens, cell=CELL, origin=(X0, Y0))
    cp = write_tif(tmp_path / "c.tif", cls, cell=CELL, origin=(X0, Y0))
    corr = _layer("LineString", [("type", QVariant.String)],
                  [("LINESTRING(%f %f, %f %f)" % (X0 + 5 * CELL, Y0 - 2.5 * CELL,
                                                  X0 + 8 * CELL, Y0 - 2.5 * CELL), ["I"])])
    out = {k: str(tmp_path / (k + ".gpkg")) for k in
           ("ECONOMIC_CORES", "DEVELOPMENT_AXES", "BELTS", "BARRIERS", "ECO_AXES",
            "CONFLICT_ZONES")}
    res = run("ecoecon:sustainabledevelopmentpattern", dict(
        DENSITY=dp, CLASSES=cp, SOURCES=_graded_sources(n), CORRIDORS=corr, HIGH_CLASSES="3",
        N_BARRIERS=10, BARRIER_LINK=100.0, **out))
    barriers = [f for f in QgsVectorLayer(res["BARRIERS"], "b", "ogr").getFeatures()]
    members = sorted(int(f["sources"]) for f in barriers)
    # memory-layer feature ids are 1..n in grade order: grades 1 and 2 are the barriers
    assert members == [1, 2]
