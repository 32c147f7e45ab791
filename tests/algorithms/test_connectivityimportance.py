"""ecoecon:connectivityimportance through processing.run: Makurhini's published TMVS results,
a patch raster, edge-to-edge and least-cost distances."""
import math
import re

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import shared_data
from tests.helpers import write_tif

ALG = "ecoecon:connectivityimportance"


def _layer(res, key):
    v = res[key]
    return v if isinstance(v, QgsVectorLayer) else QgsVectorLayer(v, key, "ogr")


def _rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def _is_null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def _makurhini_reference():
    """PCnum, EC(PC), PC and the first 10 rows of PC_example_3$d10000 as printed in the
    Makurhini vignette (centroid distances, probability 0.5 at 10 km, areas in ha)."""
    text = shared_data("tmvs_connectivity",
                       "makurhini_PC_IIC_vignette_reference_outputs.txt").read_text()
    block = text[text.index("R> PC_example_3$d10000$node_importances_d10000"):]
    rows = {}
    for line in block.splitlines():
        m = re.match(r"##\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+POLYGON", line)
        if m:
            rows[int(m.group(2))] = [float(m.group(k)) for k in range(3, 7)]
        if len(rows) == 10:
            break
    last = text[text.rindex("R> PC_example_3$d10000\n"):]
    overall = dict(re.findall(r"\d+\s+(PCnum|EC\(PC\)|PC)\s+(\S+)", last))
    return {k: float(v) for k, v in overall.items()}, rows


def test_tmvs_matches_makurhini_published_values(tmp_path, run):
    overall, ref = _makurhini_reference()
    assert len(ref) == 10 and set(overall) == {"PCnum", "EC(PC)", "PC"}
    res = run(ALG, {
        "INPUT": str(shared_data("tmvs_connectivity", "habitat_nodes.gpkg")),
        "ID_FIELD": "Id", "AREA_UNIT": 1, "DISTANCE": 1, "D0": 10000, "P0": 0.5,
        "LANDSCAPE": str(shared_data("tmvs_connectivity", "TMVS.gpkg")),
        "THRESHOLDS": "250, 1500, 3000, 10000",
        "OUTPUT": str(tmp_path / "o.gpkg"), "TABLE": str(tmp_path / "t.gpkg"),
        "SCAN": str(tmp_path / "s.gpkg")})
    # printed with 7 significant digits
    assert float("%.6e" % res["PCNUM"]) == overall["PCnum"]
    assert float("%.6e" % res["EC_PC"]) == overall["EC(PC)"]
    assert float("%.6e" % res["PC"]) == overall["PC"]
    rows = {int(r["Id"]): r for r in _rows(_layer(res, "OUTPUT"))}
    assert len(rows) == 404
    for i, (dpc, intra, flux, connector) in ref.items():
        r = rows[i]
        # printed with 7 decimals
        assert round(r["dPC"], 7) == pytest.approx(dpc, abs=1e-12), i
        assert round(r["dPCintra"], 7) == pytest.approx(intra, abs=1e-12), i
        assert round(r["dPCflux"], 7) == pytest.approx(flux, abs=1e-12), i
        assert r["dPCconnector"] == pytest.approx(connector, abs=1e-9), i
    for r in rows.values():  # centroid distances, all pairs: no connector anywhere
        assert abs(r["dPCconnector"]) < 1e-9
        assert r["dPC"] == pytest.approx(r["dPCintra"] + r["dPCflux"] + r["dPCconnector"])
    assert {r["grade_name"] for r in rows.values()} == {"crucial", "important", "ordinary"}
    top = max(rows.values(), key=lambda r: r["dPC"])
    assert top["grade"] == 1
    scan = _rows(_layer(res, "SCAN"))
    assert [s["distance"] for s in scan] == [250, 1500, 3000, 10000]
    assert float("%.6e" % scan[-1]["PCnum"]) == overall["PCnum"]
    table = _rows(_layer(res, "TABLE"))
    assert len(table) == 404 and {int(t["node"]) for t in table} == set(rows)


def _patch_raster(tmp_path):
    lab = np.zeros((20, 30), np.int32)
    lab[2:5, 2:6] = 7     # patch 7
    lab[2:5, 6:9] = 3     # patch 3 touches patch 7
    lab[12:18, 20:27] = 5  # patch 5, far away
    lab[0, 29] = -1       # nodata
    return lab, write_tif(tmp_path / "p.tif", lab, cell=100.0, nodata=-1)


@pytest.mark.parametrize("as_polygons", [False, True])
def test_edge_distances_touching_patches(tmp_path, run, as_polygons):
    lab, path = _patch_raster(tmp_path)
    src = ({"INPUT": _square_polygons(tmp_path / "poly.gpkg"), "ID_FIELD": "pid"}
           if as_polygons else {"PATCH_RASTER": path})
    res = run(ALG, dict(src, **{"DISTANCE": 0, "D0": 500, "P0": 0.5, "IIC": not as_polygons,
                                "N_GRADES": 2, "OUTPUT": str(tmp_path / "o.gpkg"),
                                "TABLE": str(tmp_path / "t.gpkg"),
                                "SCAN": str(tmp_path / "s.gpkg")}))
    rows = {r["pid" if as_polygons else "id"]: r for r in _rows(_layer(res, "OUTPUT"))}
    assert set(rows) == {3, 5, 7}
    a = {3: 0.09, 7: 0.12, 5: 0.42}  # km²
    for k, v in a.items():
        assert rows[k]["area_km2"] == pytest.approx(v)
    # hand computation: 3 and 7 touch (p = 1); 5 is 800 m from 3 (edge to edge, corner
    # 2D: rows 5→12 is 7 cells, columns 9→20 is 11 cells: hypot(700, 1100) m)
    d35 = math.hypot(700, 1100)
    d75 = math.hypot(700, 1400)
    k = math.log(2) / 500
    p35, p75 = math.exp(-k * d35), math.exp(-k * d75)
    p75s = max(p75, p35)  # through 3 (p = 1 to 7)
    pcnum = (sum(v * v for v in a.values()) + 2 * a[3] * a[7]
             + 2 * a[3] * a[5] * p35 + 2 * a[7] * a[5] * p75s)
    assert res["PCNUM"] == pytest.approx(pcnum, rel=1e-9)
    assert res["PC"] is None or (isinstance(res["PC"], float) and math.isnan(res["PC"])) \
        or res["PC"] == 0
    without3 = a[7] ** 2 + a[5] ** 2 + 2 * a[7] * a[5] * p75
    assert rows[3]["dPC"] == pytest.approx(100 * (pcnum - without3) / pcnum, rel=1e-9)
    assert rows[3]["dPCconnector"] == pytest.approx(
        100 * 2 * a[7] * a[5] * (p35 - p75) / pcnum, rel=1e-9)
    if as_polygons:  # dIIC not asked for: empty fields
        assert all(_is_null(r["dIIC"]) for r in rows.values())
    else:  # IIC at d = 500 m: 3–7 linked (touching), 5 isolated (> 500 m)
        iic = sum(v * v for v in a.values()) + 2 * a[3] * a[7] / 2
        assert rows[5]["dIIC"] == pytest.approx(100 * a[5] ** 2 / iic)
        assert rows[3]["dIIC"] == pytest.approx(100 * (iic - a[7] ** 2 - a[5] ** 2) / iic)
    assert {r["grade"] for r in rows.values()} <= {1, 2}


def _square_polygons(path):
    """The patches of _patch_raster as polygons (EPSG:32650), written with OGR."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("patches", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("pid", ogr.OFTInteger))
    x0, y0 = 500000.0, 4000000.0
    for pid, (r0, r1, c0, c1) in {7: (2, 5, 2, 6), 3: (2, 5, 6, 9), 5: (12, 18, 20, 27)}.items():
        xa, xb, ya, yb = x0 + 100 * c0, x0 + 100 * c1, y0 - 100 * r1, y0 - 100 * r0
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("pid", pid)
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))"
            % (xa, ya, xb, ya, xb, yb, xa, yb, xa, ya)))
        lyr.CreateFeature(f)
    ds = None
    return str(path)


@pytest.mark.parametrize("as_polygons", [False, True])
def test_least_cost_distances_on_raster(tmp_path, run, as_polygons):
    lab, path = _patch_raster(tmp_path)
    res_arr = np.full(lab.shape, 3.0, np.float32)
    rpath = write_tif(tmp_path / "r.tif", res_arr, cell=100.0)
    src = ({"INPUT": _square_polygons(tmp_path / "poly.gpkg"), "ID_FIELD": "pid"}
           if as_polygons else {"PATCH_RASTER": path})
    res = run(ALG, dict(src, **{"DISTANCE": 2, "RESISTANCE": rpath, "D0": 1500,
                                "P0": 0.5, "OUTPUT": str(tmp_path / "o.gpkg"),
                                "TABLE": str(tmp_path / "t.gpkg"),
                                "SCAN": str(tmp_path / "s.gpkg")}))
    rows = {r["pid" if as_polygons else "id"]: r for r in _rows(_layer(res, "OUTPUT"))}
    for k, v in {3: 0.09, 7: 0.12, 5: 0.42}.items():
        assert rows[k]["area_km2"] == pytest.approx(v)
    a = {3: 0.09, 7: 0.12, 5: 0.42}
    # uniform resistance 3: cost = 3 × octile distance between the nearest cell centres;
    # 3 and 7 are adjacent cells: 3 × 100
    oct35 = 3 * (100 * (11 - 7) + math.sqrt(2) * 100 * 8)   # (4,8) → (12,20)
    k = math.log(2) / 1500
    p37, p35 = math.exp(-k * 300), math.exp(-k * oct35)
    oct75 = 3 * (100 * (14 - 8) + math.sqrt(2) * 100 * 8)   # (4,5) → (12,20) is not nearer
    p75 = max(math.exp(-k * oct75), p37 * p35)
    pcnum = (sum(v * v for v in a.values()) + 2 * a[3] * a[7] * p37
             + 2 * a[3] * a[5] * p35 + 2 * a[7] * a[5] * p75)
    assert res["PCNUM"] == pytest.approx(pcnum, rel=1e-9)
    assert sum(r["dPCconnector"] > 0 for r in rows.values()) >= 1


def test_least_cost_needs_resistance_and_one_input(tmp_path, run):
    lab, path = _patch_raster(tmp_path)
    with pytest.raises(QgsProcessingException, match="resistance"):
        run(ALG, {"PATCH_RASTER": path, "DISTANCE": 2, "OUTPUT": str(tmp_path / "o.gpkg"),
                  "TABLE": str(tmp_path / "t.gpkg"), "SCAN": str(tmp_path / "s.gpkg")})
    with pytest.raises(QgsProcessingException):
        run(ALG, {"OUTPUT": str(tmp_path / "o.gpkg"), "TABLE": str(tmp_path / "t.gpkg"),
                  "SCAN": str(tmp_path / "s.gpkg")})
    assert not (tmp_path / "o.gpkg").exists()
    # a patch under resistance nodata is named by its id
    r = np.full(lab.shape, 2.0, np.float32)
    r[lab == 5] = -9
    rpath = write_tif(tmp_path / "r.tif", r, cell=100.0, nodata=-9)
    with pytest.raises(QgsProcessingException, match=r"patch\(es\) 5 have no cell"):
        run(ALG, {"PATCH_RASTER": path, "DISTANCE": 2, "RESISTANCE": rpath,
                  "OUTPUT": str(tmp_path / "o.gpkg"), "TABLE": str(tmp_path / "t.gpkg"),
                  "SCAN": str(tmp_path / "s.gpkg")})
    assert not (tmp_path / "o.gpkg").exists()
