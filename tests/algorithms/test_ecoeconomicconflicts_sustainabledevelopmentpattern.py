"""Conflicts and the sustainable development pattern through processing.run."""
import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsVectorLayer)

from ecoecon.algorithms.compat import make_field

from tests.helpers import read_tif, write_tif

X0, Y0, CELL = 500000.0, 4000000.0, 100.0


def _layer(kind, fields, feats, crs="EPSG:32650"):
    lyr = QgsVectorLayer("%s?crs=%s" % (kind, crs), "mem", "memory")
    pr = lyr.dataProvider()
    pr.addAttributes([make_field(n, t) for n, t in fields])
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
    sources = _layer("Polygon", [("grade", "string")],
                     [(_box(0, 0, 4, 4), ["crucial"]),      # 16 cells in class 1
                      (_box(12, 0, 18, 2), ["important"]),  # 6 cells class 4 + 6 class 5
                      (_box(25, 10, 30, 20), ["ordinary"])])  # 50 cells in class 5
    y = Y0 - 15.5 * CELL  # a horizontal corridor along row 15, crossing the whole grid
    corr = _layer("LineString", [("type", "string")],
                  [("LINESTRING(%f %f, %f %f)" % (X0, y, X0 + 30 * CELL, y), ["I"])])
    admin = _layer("Polygon", [("name", "string")],
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
    sources = _layer("Polygon", [("grade", "string")], [(_box(0, 0, 2, 2), ["huge"])])
    with pytest.raises(QgsProcessingException, match="huge"):
        run("ecoecon:ecoeconomicconflicts", {
            "ECONOMIC": ep, "SOURCES": sources, "OUTPUT": "TEMPORARY_OUTPUT",
            "POLYGONS": "TEMPORARY_OUTPUT", "SOURCE_TABLE": "TEMPORARY_OUTPUT",
            "CORRIDOR_TABLE": "TEMPORARY_OUTPUT"})


def _line(c0, r0, c1, r1, *attrs):
    return ("LINESTRING(%f %f, %f %f)" % (X0 + c0 * CELL, Y0 - r0 * CELL,
                                         X0 + c1 * CELL, Y0 - r1 * CELL), list(attrs))


def _sdp_landscape(tmp_path):
    """Two cities (the big one west), a secondary cluster between them near the axis, a
    secondary cluster far north-east, away from any axis; five graded sources."""
    rows, cols = 60, 100
    yy, xx = np.mgrid[0:rows, 0:cols]

    def blob(r, c, s, h):
        return h * np.exp(-((yy - r) ** 2 + (xx - c) ** 2) / (2 * s ** 2))
    dens = (blob(30, 20, 4, 100) + blob(30, 80, 3.5, 80) + blob(33, 50, 2, 35)
            + blob(5, 95, 2, 35)).astype(np.float32)
    cls = np.digitize(dens, [5, 20, 50]).astype(np.int32)  # 0..3; 3 = high, 2 = secondary
    dp = write_tif(tmp_path / "d.tif", dens, cell=CELL, origin=(X0, Y0))
    cp = write_tif(tmp_path / "c.tif", cls, cell=CELL, origin=(X0, Y0))
    sources = _layer("Polygon", [("grade", "string")],
                     [(_box(2, 2, 8, 8), ["crucial"]), (_box(10, 2, 14, 6), ["important"]),
                      (_box(40, 50, 46, 56), ["crucial"]), (_box(70, 50, 74, 54), ["ordinary"]),
                      (_box(16, 26, 22, 32), ["important"])])  # overlaps the west city
    return dp, cp, sources


def test_sdp_elements_follow_the_rules(tmp_path, run):
    dp, cp, sources = _sdp_landscape(tmp_path)
    corr = _layer("LineString", [("type", "string")],
                  [_line(8, 5, 10, 4, "I"), _line(7, 8, 40, 50, "II"),
                   _line(46, 53, 70, 52, "I"), _line(14, 5, 16, 26, "III")])
    out = {k: str(tmp_path / (k + ".gpkg")) for k in
           ("ECONOMIC_CORES", "DEVELOPMENT_AXES", "BELTS", "BARRIERS", "ECO_AXES",
            "CONFLICT_ZONES")}
    res = run("ecoecon:sustainabledevelopmentpattern", dict(
        DENSITY=dp, CLASSES=cp, SOURCES=sources, CORRIDORS=corr, HIGH_CLASSES="3",
        BELT_LINK=500.0, BELT_DISTANCE=800.0, BARRIER_LINK=500.0, **out))
    cores = {f["rank"]: f for f in QgsVectorLayer(res["ECONOMIC_CORES"], "c", "ogr")
             .getFeatures()}
    assert set(cores) == {1, 2}
    c1 = cores[1].geometry().centroid().asPoint()
    c2 = cores[2].geometry().centroid().asPoint()
    assert abs(c1.x() - (X0 + 20.5 * CELL)) < 2 * CELL  # the big western city first
    assert abs(c2.x() - (X0 + 80.5 * CELL)) < 2 * CELL
    axes = list(QgsVectorLayer(res["DEVELOPMENT_AXES"], "a", "ogr").getFeatures())
    assert len(axes) == 1 and {axes[0]["from_core"], axes[0]["to_core"]} == {1, 2}
    assert axes[0]["length_km"] >= (80 - 20) * CELL / 1000 * 0.8
    belts = list(QgsVectorLayer(res["BELTS"], "b", "ogr").getFeatures())
    # the cluster between the cities is a belt; the north-east one is far from the axis
    assert len(belts) >= 1
    assert all(b.geometry().centroid().asPoint().y() < Y0 - 20 * CELL for b in belts)
    barriers = list(QgsVectorLayer(res["BARRIERS"], "b", "ogr").getFeatures())
    # crucial/important sources: 3 groups at 500 m linking (ordinary source excluded)
    assert len(barriers) == 3
    eco = list(QgsVectorLayer(res["ECO_AXES"], "e", "ogr").getFeatures())
    # type I/II corridors form one chain of three corridors (the type III one is ignored)
    assert len(eco) == 1 and eco[0]["n_corridors"] == 3
    conf = list(QgsVectorLayer(res["CONFLICT_ZONES"], "z", "ogr").getFeatures())
    assert any(str(f["economic"]).startswith("economic core 1") and
               "barrier" in str(f["ecological"]) for f in conf)
    # without pinch-point or barrier zones the two optional elements are not written
    assert "KEEP_WIDE" not in res and "RESTORATION_PRIORITIES" not in res


def test_sdp_corridors_to_keep_wide_and_restoration_priorities(tmp_path, run):
    """Pinch-point and barrier zones as 'Corridor pinch points' and 'Barriers to restore'
    write them (sources numbered 1..5 as the corridors' from_id, to_id); the ranks, types and
    axes worked out by hand."""
    dp, cp, sources = _sdp_landscape(tmp_path)
    corr = _layer("LineString", [("type", "string"), ("from_id", "int"), ("to_id", "int")],
                  [_line(8, 5, 10, 4, "I", 1, 2), _line(7, 8, 40, 50, "II", 1, 3),
                   _line(46, 53, 70, 52, "I", 3, 4), _line(14, 5, 16, 26, "III", 2, 5)])
    pinch_fields = [("zone", "int"), ("from_id", "int"), ("to_id", "int"),
                    ("max_current", "double"), ("mean_current", "double"),
                    ("area_km2", "double")]
    pinch = _layer("Polygon", pinch_fields, [
        (_box(20, 25, 22, 27), [1, 3, 1, 0.6, 0.4, 0.04]),    # on the type II corridor
        (_box(55, 51, 57, 53), [2, 3, 4, 0.9, 0.5, 0.04]),    # on the type I corridor 3-4
        (_box(80, 10, 82, 12), [3, 4, 5, 1.0, 0.9, 0.04]),    # no corridor joins 4 and 5
        (_box(14, 10, 16, 12), [4, 5, 2, 0.6, 0.45, 0.04]),   # type III, reversed ids
        (_box(30, 40, 32, 42), [5, 1, 3, None, None, 0.04])])  # no current: left out
    barrier = _layer("Polygon", [("zone", "int"), ("score", "double"), ("radius", "double"),
                                 ("from_id", "int"), ("to_id", "int"), ("area_km2", "double")], [
        (_box(60, 51, 61, 53), [1, 3.0, 200.0, 3, 4, 0.02]),   # 2 cells
        (_box(25, 30, 28, 32), [2, 3.0, 300.0, 1, 3, 0.06]),   # same score, 6 cells: first
        (_box(9, 3, 10, 4), [3, 7.5, 200.0, 1, 2, 0.01]),
        (_box(15, 15, 16, 16), [4, 0.0, 200.0, 2, 5, 0.01])])  # no gain: left out
    out = {k: str(tmp_path / (k + ".gpkg")) for k in
           ("ECONOMIC_CORES", "DEVELOPMENT_AXES", "BELTS", "BARRIERS", "ECO_AXES",
            "CONFLICT_ZONES", "KEEP_WIDE", "RESTORATION_PRIORITIES")}
    res = run("ecoecon:sustainabledevelopmentpattern", dict(
        DENSITY=dp, CLASSES=cp, SOURCES=sources, CORRIDORS=corr, HIGH_CLASSES="3",
        BELT_LINK=500.0, BELT_DISTANCE=800.0, BARRIER_LINK=500.0, PINCH_ZONES=pinch,
        BARRIER_ZONES=barrier, N_KEEP_WIDE=3, **out))
    keep = sorted(QgsVectorLayer(res["KEEP_WIDE"], "k", "ogr").getFeatures(),
                  key=lambda f: f["rank"])
    # by the largest current: zone 2 (0.9), then zones 4 and 1 (0.6) by the mean current
    assert [(f["rank"], f["zone"]) for f in keep] == [(1, 2), (2, 4), (3, 1)]
    assert [f["corridor_type"] for f in keep] == ["I", "III", "II"]
    # the type I/II corridors form one ecological axis; the type III one is on none
    assert [f["eco_axis"] for f in keep] == [1, 0, 1]
    assert [f["max_current"] for f in keep] == [0.9, 0.6, 0.6]
    assert keep[0]["area_km2"] == pytest.approx(0.04)
    rest = sorted(QgsVectorLayer(res["RESTORATION_PRIORITIES"], "r", "ogr").getFeatures(),
                  key=lambda f: f["rank"])
    assert [f["zone"] for f in rest] == [3, 2, 1]
    assert [f["score"] for f in rest] == [7.5, 3.0, 3.0]
    assert [f["corridor_type"] for f in rest] == ["I", "II", "I"]
    assert [f["radius"] for f in rest] == [200.0, 300.0, 200.0]
    assert rest[1]["area_km2"] == pytest.approx(0.06)
    # zones without source ids are matched by the corridor line that crosses them
    bare = _layer("Polygon", [("max_current", "double")], [
        (_box(20, 25, 22, 27), [0.3]),           # crosses the type II line
        (_box(90, 2, 92, 4), [0.8])])            # far from every corridor
    res = run("ecoecon:sustainabledevelopmentpattern", dict(
        DENSITY=dp, CLASSES=cp, SOURCES=sources, CORRIDORS=corr, HIGH_CLASSES="3",
        PINCH_ZONES=bare, ECONOMIC_CORES=str(tmp_path / "c2.gpkg"),
        KEEP_WIDE=str(tmp_path / "k2.gpkg")))
    keep = list(QgsVectorLayer(res["KEEP_WIDE"], "k", "ogr").getFeatures())
    assert len(keep) == 1 and keep[0]["corridor_type"] == "II"
    assert keep[0]["max_current"] == 0.3
    # a layer without the current is refused, naming the field
    with pytest.raises(QgsProcessingException, match="max_current"):
        run("ecoecon:sustainabledevelopmentpattern", dict(
            DENSITY=dp, CLASSES=cp, SOURCES=sources, CORRIDORS=corr, PINCH_ZONES=barrier,
            ECONOMIC_CORES=str(tmp_path / "c3.gpkg")))
