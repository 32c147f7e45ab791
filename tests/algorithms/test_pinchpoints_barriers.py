"""ecoecon:pinchpoints and ecoecon:barriers through processing.run: a planted wall and neck,
and the Linkage Mapper demo chained after ecoecon:mcrcorridors."""
import numpy as np
import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import shared_data
from tests.helpers import read_tif, write_tif

CELL = 100.0


def _landscape(tmp_path):
    res = np.full((30, 60), 80.0, np.float32)
    res[12:17, :] = 1.0
    res[12:17, 30] = 60.0                    # wall across the corridor
    res[5:25, 45:47] = 80.0
    res[14:15, 45:47] = 1.0                  # one-cell neck
    lab = np.zeros(res.shape, np.int32)
    lab[12:17, 0:3] = 7
    lab[12:17, 57:60] = 9
    return (write_tif(tmp_path / "res.tif", res, cell=CELL),
            write_tif(tmp_path / "src.tif", lab, cell=CELL, nodata=0), res)


def test_pinch_and_barrier_on_planted_landscape(tmp_path, run):
    rpath, spath, res = _landscape(tmp_path)
    out = run("ecoecon:pinchpoints", {
        "SOURCE_RASTER": spath, "RESISTANCE": rpath, "WIDTH": 3000.0, "SHARE": 0.05,
        "CURRENT": str(tmp_path / "cur.tif"), "PINCH_ZONES": str(tmp_path / "pz.gpkg"),
        "CORRIDOR_TABLE": str(tmp_path / "ct.gpkg")})
    cur = read_tif(out["CURRENT"])[0]
    assert np.nanmax(cur[14, 45:47]) == pytest.approx(1.0, abs=1e-6)   # the neck: all 1 A
    t = list(QgsVectorLayer(out["CORRIDOR_TABLE"], "t", "ogr").getFeatures())
    assert len(t) == 1 and {t[0]["from_id"], t[0]["to_id"]} == {7, 9}
    assert t[0]["eff_resist"] > 0
    assert t[0]["lcd_to_eff_resist"] == pytest.approx(t[0]["lcd"] / t[0]["eff_resist"])
    zones = list(QgsVectorLayer(out["PINCH_ZONES"], "z", "ogr").getFeatures())
    assert zones and any(z.geometry().boundingBox().xMinimum() <= 500000 + 46 * CELL
                         and z.geometry().boundingBox().xMaximum() >= 500000 + 45 * CELL
                         for z in zones)

    out = run("ecoecon:barriers", {
        "SOURCE_RASTER": spath, "RESISTANCE": rpath, "RADII": "200, 300",
        "SCORE": str(tmp_path / "s.tif"), "RADIUS": str(tmp_path / "r.tif"),
        "BARRIER_ZONES": str(tmp_path / "bz.gpkg")})
    s = read_tif(out["SCORE"])[0]
    r, c = np.unravel_index(np.nanargmax(s), s.shape)
    assert abs(c - 30) * CELL <= 300 and 12 <= r <= 16
    top = next(iter(QgsVectorLayer(out["BARRIER_ZONES"], "b", "ogr").getFeatures()))
    assert top["score"] == pytest.approx(np.nanmax(s), rel=1e-6)
    assert {top["from_id"], top["to_id"]} == {7, 9}
    x = 500000 + (30 + 0.5) * CELL
    bb = top.geometry().boundingBox()
    assert bb.xMinimum() <= x <= bb.xMaximum()


def test_linkage_mapper_demo_chain(tmp_path, run):
    res = shared_data("linkage_mapper_demo", "lm_resistances.tif")
    cores = shared_data("linkage_mapper_demo", "lm_cores.shp")
    cor = run("ecoecon:mcrcorridors", {
        "SOURCES": str(cores), "ID_FIELD": "core_id", "RESISTANCE": str(res), "POLICY": 1,
        "MCR": str(tmp_path / "mcr.tif"), "ALLOCATION": str(tmp_path / "al.tif"),
        "CORRIDORS": str(tmp_path / "cor.gpkg")})
    lines = {(f["from_id"], f["to_id"]): f["cost"]
             for f in QgsVectorLayer(cor["CORRIDORS"], "c", "ogr").getFeatures()}
    out = run("ecoecon:pinchpoints", {
        "SOURCES": str(cores), "ID_FIELD": "core_id", "RESISTANCE": str(res),
        "CORRIDORS": cor["CORRIDORS"], "WIDTH": 100000.0,
        "CURRENT": str(tmp_path / "cur.tif"), "PINCH_ZONES": str(tmp_path / "pz.gpkg"),
        "CORRIDOR_TABLE": str(tmp_path / "ct.gpkg")})
    table = list(QgsVectorLayer(out["CORRIDOR_TABLE"], "t", "ogr").getFeatures())
    assert len(table) == len(lines)
    for f in table:
        key = (f["from_id"], f["to_id"])
        # the least-cost distance found again by the pinch-point searches
        assert f["lcd"] == pytest.approx(lines[key], rel=1e-9)
        assert f["eff_resist"] > 0 and 0 < f["max_current"] <= 1 + 1e-9
    cur = read_tif(out["CURRENT"])[0]
    assert np.nanmax(cur) <= 1 + 1e-6
    out = run("ecoecon:barriers", {
        "SOURCES": str(cores), "ID_FIELD": "core_id", "RESISTANCE": str(res),
        "CORRIDORS": cor["CORRIDORS"], "RADII": "1200",
        "SCORE": str(tmp_path / "s.tif"), "BARRIER_ZONES": str(tmp_path / "bz.gpkg")})
    s = read_tif(out["SCORE"])[0]
    assert np.nanmax(s) >= 0
    zones = list(QgsVectorLayer(out["BARRIER_ZONES"], "b", "ogr").getFeatures())
    for z in zones:
        assert (z["from_id"], z["to_id"]) in lines
