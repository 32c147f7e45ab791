"""ecoecon:mcrcorridors through processing.run: polygons and raster sources, grades, the
outputs' units and nodata, and the Linkage Mapper demo landscape end to end."""
import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsProcessingException,
                       QgsVectorFileWriter, QgsVectorLayer, QgsCoordinateTransformContext)
from qgis.PyQt.QtCore import QVariant

from ecoecon.core.ecosecurity import costdistance as cd
from tests.conftest import shared_data
from tests.helpers import read_tif, write_tif

CELL = 100.0
ORIGIN = (500000.0, 4000000.0)


def _polygons(tmp_path, cells, grades=None):
    """Square polygons around the given (row, col) cells, in EPSG:32650, with id and grade."""
    lyr = QgsVectorLayer("Polygon?crs=EPSG:32650", "src", "memory")
    pr = lyr.dataProvider()
    pr.addAttributes([QgsField("core_id", QVariant.Int), QgsField("grade", QVariant.String)])
    lyr.updateFields()
    feats = []
    for k, (r, c, size) in enumerate(cells):
        x0 = ORIGIN[0] + c * CELL
        y0 = ORIGIN[1] - r * CELL
        g = QgsGeometry.fromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
            x0, y0, x0 + size * CELL, y0, x0 + size * CELL, y0 - size * CELL, x0,
            y0 - size * CELL, x0, y0))
        f = QgsFeature(lyr.fields())
        f.setGeometry(g)
        f.setAttributes([10 * (k + 1), grades[k] if grades else None])
        feats.append(f)
    pr.addFeatures(feats)
    path = str(tmp_path / "src.gpkg")
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(lyr, path, QgsCoordinateTransformContext(), opts)
    return path


def _landscape(tmp_path):
    rng = np.random.default_rng(11)
    res = rng.uniform(1, 20, (50, 60)).astype(np.float32)
    res[20:30, 28:31] = -1  # a nodata block (barrier)
    return write_tif(tmp_path / "res.tif", res, cell=CELL, nodata=-1), res


def test_polygons_grades_and_outputs(tmp_path, run):
    rpath, res = _landscape(tmp_path)
    src = _polygons(tmp_path, [(5, 5, 3), (40, 8, 2), (10, 50, 3), (42, 52, 2)],
                    grades=["crucial", "ordinary", "important", "ordinary"])
    out = run("ecoecon:mcrcorridors", {
        "SOURCES": src, "ID_FIELD": "core_id", "GRADE_FIELD": "grade", "RESISTANCE": rpath,
        "POLICY": 0, "WIDTH": 3000.0, "ZONE_CLASSES": 3,
        "MCR": str(tmp_path / "mcr.tif"), "ALLOCATION": str(tmp_path / "al.tif"),
        "CORRIDORS": str(tmp_path / "cor.gpkg"), "CORRIDOR_ZONE": str(tmp_path / "cz.tif"),
        "ZONES": str(tmp_path / "z.tif")})
    mcr = read_tif(out["MCR"])[0]
    al = read_tif(out["ALLOCATION"])[0]
    valid = res > 0
    assert np.isnan(mcr[~valid]).all() and np.isnan(al[~valid]).all()  # nodata stays nodata
    # independent check: source cells (centres inside the squares) cost 0, and the
    # surface equals a fresh multi-source pass on the same cells
    lab = np.zeros(res.shape, np.int32)
    for k, (r, c, s) in enumerate([(5, 5, 3), (40, 8, 2), (10, 50, 3), (42, 52, 2)], 1):
        lab[r:r + s, c:c + s] = k
    assert (mcr[lab > 0] == 0).all()
    want = cd.cost_distance(cd.cost_array(res, valid), lab, (CELL, CELL)).cost
    np.testing.assert_allclose(mcr[valid], want[valid], rtol=1e-6)
    assert set(np.unique(al[valid])) <= {10, 20, 30, 40}
    lines = QgsVectorLayer(out["CORRIDORS"], "c", "ogr")
    assert lines.featureCount() == out["N_CORRIDORS"] > 0
    for f in lines.getFeatures():
        a, b = f["from_id"], f["to_id"]
        assert a in (10, 20, 30, 40) and b in (10, 20, 30, 40) and a < b
        touched = {a, b} | {int(x) for x in (f["crosses"] or "").split(",") if x}
        want_type = "I" if 10 in touched else ("II" if 30 in touched else "III")
        assert f["type"] == want_type
        geom_len = f.geometry().length() / 1000.0
        assert abs(geom_len - f["length_km"]) < 1e-9
        assert f["cost"] > 0
    cz = read_tif(out["CORRIDOR_ZONE"])[0]
    assert np.nanmin(cz) >= -1e-3 and np.nanmax(cz) <= 3000.0 + 1e-3
    z = read_tif(out["ZONES"])[0]
    assert set(np.unique(z[valid])) == {1, 2, 3}


def test_raster_sources_and_policies(tmp_path, run):
    rpath, res = _landscape(tmp_path)
    lab = np.zeros(res.shape, np.int32)
    lab[5:8, 5:8] = 7
    lab[40:42, 8:10] = 3
    lab[10:13, 50:53] = 9
    spath = write_tif(tmp_path / "lab.tif", lab, cell=CELL, nodata=-9)
    counts = {}
    for pol in (0, 1, 2):
        out = run("ecoecon:mcrcorridors", {
            "SOURCE_RASTER": spath, "RESISTANCE": rpath, "POLICY": pol,
            "MCR": str(tmp_path / ("m%d.tif" % pol)), "ALLOCATION": str(tmp_path / "a.tif"),
            "CORRIDORS": str(tmp_path / ("c%d.gpkg" % pol))})
        counts[pol] = out["N_CORRIDORS"]
        al = read_tif(out["ALLOCATION"])[0]
        assert set(np.unique(al[res > 0])) == {3, 7, 9}
    assert counts[2] == 2 and counts[0] == 3 and counts[1] <= counts[0]
    with pytest.raises(QgsProcessingException, match="cost limit"):
        run("ecoecon:mcrcorridors", {
            "SOURCE_RASTER": spath, "RESISTANCE": rpath, "POLICY": 3,
            "MCR": str(tmp_path / "m.tif"), "ALLOCATION": str(tmp_path / "a2.tif"),
            "CORRIDORS": str(tmp_path / "c.gpkg")})
    assert not (tmp_path / "m.tif").exists()  # nothing written half-way


def test_bad_grade_is_named(tmp_path, run):
    rpath, _ = _landscape(tmp_path)
    src = _polygons(tmp_path, [(5, 5, 3), (40, 8, 2)], grades=["crucial", "vital"])
    with pytest.raises(QgsProcessingException, match="vital"):
        run("ecoecon:mcrcorridors", {
            "SOURCES": src, "GRADE_FIELD": "grade", "RESISTANCE": rpath,
            "MCR": str(tmp_path / "m.tif"), "ALLOCATION": str(tmp_path / "a.tif"),
            "CORRIDORS": str(tmp_path / "c.gpkg")})


def test_linkage_mapper_demo_end_to_end(tmp_path, run):
    res = shared_data("linkage_mapper_demo", "lm_resistances.tif")
    cores = shared_data("linkage_mapper_demo", "lm_cores.shp")
    out = run("ecoecon:mcrcorridors", {
        "SOURCES": str(cores), "ID_FIELD": "core_id", "RESISTANCE": str(res), "POLICY": 1,
        "WIDTH": 200000.0,
        "MCR": str(tmp_path / "mcr.tif"), "ALLOCATION": str(tmp_path / "al.tif"),
        "CORRIDORS": str(tmp_path / "cor.gpkg"), "CORRIDOR_ZONE": str(tmp_path / "cz.tif")})
    lines = QgsVectorLayer(out["CORRIDORS"], "c", "ogr")
    assert lines.featureCount() == out["N_CORRIDORS"] > 5
    ids = {f["core_id"] for f in QgsVectorLayer(str(cores), "k", "ogr").getFeatures()}
    mcr, _, gt, _ = read_tif(out["MCR"])
    r, valid, _, _ = read_tif(str(res))
    assert np.isnan(mcr[np.isnan(r)]).all()
    for f in lines.getFeatures():
        assert f["from_id"] in ids and f["to_id"] in ids
        assert not f["crosses"]          # Linkage Mapper policy: no third core on the path
        assert f["cost"] > 0 and f["length_km"] > 0
        assert f["type"] == "III"        # no grades given
    cz = read_tif(out["CORRIDOR_ZONE"])[0]
    assert np.isfinite(cz).sum() > 0 and np.nanmax(cz) <= 200000.0 + 1
