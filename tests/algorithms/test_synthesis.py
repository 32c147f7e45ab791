"""Conflicts and the sustainable development pattern through processing.run."""
import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsProcessingException,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

from tests.helpers import read_tif, write_tif

X0, Y0, CELL = 500000.0, 4000000.0, 100.0


def _layer(kind, fields, feats, crs="EPSG:32650"):
    lyr = QgsVectorLayer("%s?crs=%s" % (kind, crs), "mem", "memory")
    pr = lyr.dataProvider()
    pr.addAttributes([QgsField(n, t) for n, t in fields])
    lyr.updateFields()
    out = []
    for wkt, attrs in feats:
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        out.append(f)
    pr.addFeatures(out)
    return lyr


def _box(c0, r0, c1, r1):
    """Polygon covering cells [r0, r1) × [c0, c1) of the test grid."""
    x0, x1 = X0 + c0 * CELL, X0 + c1 * CELL
    y0, y1 = Y0 - r1 * CELL, Y0 - r0 * CELL
    return "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))" % (x0, y1, x1, y1, x1, y0, x0, y0,
                                                            x0, y1)


def test_conflicts_areas_lengths_and_units(tmp_path, run):
    econ = np.ones((20, 30), np.int32)
    econ[:, 15:] = 5          # right half: high-intensity class 5
    econ[:, 10:15] = 4        # class 4 (also high by default: the two highest)
    econ[19, 0] = -1          # nodata
    ep = write_tif(tmp_path / "econ.tif", econ, nodata=-1, cell=CELL, origin=(X0, Y0))
    sources = _layer("Polygon", [("grade", QVariant.String)],
                     [(_box(0, 0, 4, 4), ["crucial"]),      # 16 cells in class 1
                      (_box(12, 0, 18, 2), ["important"]),  # 6 cells class 4 + 6 class 5
                      (_box(25, 10, 30, 20), ["ordinary"])])  # 50 cells in class 5
    y = Y0 - 15.5 * CELL  # a horizontal corridor along row 15, crossing the whole grid
    corr = _layer("LineString", [("type", QVariant.String)],
                  [("LINESTRING(%f %f, %f %f)" % (X0, y, X0 + 30 * CELL, y), ["I"])])
    admin = _layer("Polygon", [("name", QVariant.String)],
                   [(_box(0, 0, 15, 20), ["west"]), (_box(15, 0, 30, 20), ["east"])])
    res = run("ecoecon:ecoeconomicconflicts", {
        "ECONOMIC": ep, "SOURCES": sources, "GRADE_FIELD": "grade", "CORRIDORS": corr,
        "TYPE_FIELD": "type", "CORRIDOR_WIDTH": 100.0, "ADMIN": admin, "NAME_FIELD": "name",
        "OUTPUT": str(tmp_path / "c.tif"), "POLYGONS": str(tmp_path / "c.gpkg"),
        "SOURCE_TABLE": str(tmp_path / "s.csv"), "CORRIDOR_TABLE": str(tmp_path / "k.csv"),
        "ADMIN_TABLE": str(tmp_path / "a.csv")})
    codes = read_tif(res["OUTPUT"])[0]
    assert codes[0, 0] == 11 and codes[0, 12] == 24 and codes[0, 16] == 25
    assert codes[12, 27] == 35 and codes[15, 5] == 41 and codes[15, 20] == 45
    assert codes[5, 5] == 0 and np.isnan(codes[19, 0])
    rows = [f.attributes() for f in QgsVectorLayer(res["SOURCE_TABLE"], "s", "ogr")
            .getFeatures()]
    area = {(r[0], int(r[1])): float(r[3]) for r in rows}
    assert area[("crucial source", 1)] == pytest.approx(16 * 0.01)
    assert area[("important source", 4)] == pytest.approx(6 * 0.01)
    assert area[("important source", 5)] == pytest.approx(6 * 0.01)
    assert area[("ordinary source", 5)] == pytest.approx(50 * 0.01)  # sources win
    k = [f.attributes() for f in QgsVectorLayer(res["CORRIDOR_TABLE"], "k", "ogr")
         .getFeatures()]
    t1 = [r for r in k if r[0] == "I"][0]
    assert float(t1[2]) == pytest.approx(3.0)          # 30 cells × 100 m
    assert float(t1[3]) == pytest.approx(2.0)          # columns 10..29 are high (4 and 5)
    adm = {f["unit"]: f for f in QgsVectorLayer(res["ADMIN_TABLE"], "a", "ogr").getFeatures()}
    assert float(adm["east"]["high_econ_km2"]) == pytest.approx(15 * 20 * 0.01)
    poly = QgsVectorLayer(res["POLYGONS"], "p", "ogr")
    total = sum(f["area_km2"] for f in poly.getFeatures())
    exp = ((codes > 0) & (np.nan_to_num(codes) % 10 >= 4)).sum() * 0.01
    assert total == pytest.approx(exp)


def test_conflicts_bad_grade_is_named(tmp_path, run):
    econ = np.ones((5, 5), np.int32)
    ep = write_tif(tmp_path / "econ.tif", econ, cell=CELL, origin=(X0, Y0))
    sources = _layer("Polygon", [("grade", QVariant.String)], [(_box(0, 0, 2, 2), ["huge"])])
    with pytest.raises(QgsProcessingException, match="huge"):
        run("ecoecon:ecoeconomicconflicts", {
            "ECONOMIC": ep, "SOURCES": sources, "OUTPUT": "TEMPORARY_OUTPUT",
            "POLYGONS": "TEMPORARY_OUTPUT", "SOURCE_TABLE": "TEMPORARY_OUTPUT",
            "CORRIDOR_TABLE": "TEMPORARY_OUTPUT"})
