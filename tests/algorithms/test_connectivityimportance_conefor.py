"""connectivityimportance with Conefor's files through processing.run: the Makurhini TMVS
patches written as Conefor node and connection files give the numbers of the polygon route
(all pairs, and 'notall' with only the pairs within a maximum link distance), and the Linkage
Mapper demo's distance file with its cores against a brute force written here."""
import math

import networkx as nx
import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from tests.conftest import shared_data

ALG = "ecoecon:connectivityimportance"
FIELDS = ("dA", "dIIC", "dIICintra", "dIICflux", "dIICconnector", "dPC", "dPCintra",
          "dPCflux", "dPCconnector")


def _rows(path):
    lyr = QgsVectorLayer(path, "t", "ogr")
    names = lyr.fields().names()
    return [dict(zip(names, f.attributes())) for f in lyr.getFeatures()]


def test_tmvs_as_conefor_files_equals_polygon_route(tmp_path, run):
    max_link = 3000.0
    nodes = shared_data("tmvs_connectivity", "habitat_nodes.gpkg")
    common = {"D0": 10000, "P0": 0.5, "ADJ_DIST": 3000.0, "MAX_LINK": max_link,
              "SCAN": str(tmp_path / "s.gpkg")}
    poly = run(ALG, dict(common, INPUT=str(nodes), ID_FIELD="Id", AREA_UNIT=1, DISTANCE=0,
                         OUTPUT=str(tmp_path / "o1.gpkg"), TABLE=str(tmp_path / "t1.gpkg"),
                         OVERALL=str(tmp_path / "v1.gpkg")))
    # the Conefor files, written here: areas in ha, edge-to-edge distances (GEOS, through a
    # prepared geometry: 20x faster on these polygons; every 25th pair is also measured
    # unprepared and must agree exactly)
    lyr = QgsVectorLayer(str(nodes), "n", "ogr")
    feats = [(int(f["Id"]), QgsGeometry(f.geometry())) for f in lyr.getFeatures()]
    with open(tmp_path / "nodes.txt", "w") as fh:
        for i, g in feats:
            fh.write("%d\t%.17g\n" % (i, g.area() / 1e4))
    listed = checked = 0
    with open(tmp_path / "dist.txt", "w") as fh:
        for a in range(len(feats)):
            box = feats[a][1].boundingBox()
            box.grow(max_link)
            engine = QgsGeometry.createGeometryEngine(feats[a][1].constGet())
            engine.prepareGeometry()
            for b in range(a + 1, len(feats)):
                if not box.intersects(feats[b][1].boundingBox()):
                    continue        # farther than the maximum link distance
                d = engine.distance(feats[b][1].constGet())
                if (a + b) % 25 == 0:
                    assert d == feats[a][1].distance(feats[b][1]), (a, b)
                    checked += 1
                if max_link and d > max_link:
                    continue        # not listed: not connected (notall)
                fh.write("%d\t%d\t%.17g\n" % (feats[a][0], feats[b][0], d))
                listed += 1
    assert 0 < listed and 0 < checked
    cf = run(ALG, dict(common, NODES_FILE=str(tmp_path / "nodes.txt"),
                       LINKS_FILE=str(tmp_path / "dist.txt"),
                       OUTPUT=str(tmp_path / "o2.gpkg"), TABLE=str(tmp_path / "t2.gpkg"),
                       OVERALL=str(tmp_path / "v2.gpkg")))
    assert cf["PCNUM"] == pytest.approx(poly["PCNUM"], rel=1e-10)
    a = {int(r["node"]): r for r in _rows(poly["TABLE"])}
    b = {int(r["Node"]): r for r in _rows(cf["TABLE"])}
    assert set(a) == set(b) and len(a) == 404
    cols = [c for c in b[next(iter(b))] if c != "fid"]
    assert cols[:10] == ["Node"] + list(FIELDS)    # Conefor's columns, in Conefor's order
    for k in a:
        for f in FIELDS:
            assert b[k][f] == pytest.approx(a[k][f], rel=1e-8, abs=1e-10), (k, f)
    va = {r["index"]: r["value"] for r in _rows(poly["OVERALL"])}
    vb = {r["index"]: r["value"] for r in _rows(cf["OVERALL"])}
    assert set(vb) >= {"PCnum", "EC(PC)", "IICnum", "EC(IIC)"}
    for k in ("PCnum", "EC(PC)", "IICnum", "EC(IIC)"):
        assert vb[k] == pytest.approx(va[k], rel=1e-10)
    assert vb["EC(PC)"] == pytest.approx(math.sqrt(vb["PCnum"]))


def test_linkage_mapper_distance_file_with_cores(tmp_path, run):
    cores = shared_data("linkage_mapper_demo", "lm_cores.shp")
    dist = shared_data("linkage_mapper_demo", "distances_lm_cores.txt")
    d0, p0 = 20000.0, 0.5
    out = run(ALG, {"INPUT": str(cores), "ID_FIELD": "core_id", "LINKS_FILE": str(dist),
                    "D0": d0, "P0": p0, "OUTPUT": str(tmp_path / "o.gpkg"),
                    "TABLE": str(tmp_path / "t.gpkg"), "SCAN": str(tmp_path / "s.gpkg"),
                    "OVERALL": str(tmp_path / "v.gpkg")})
    # brute force: areas in km² of the cores, p = exp(-k d), max product over simple paths
    lyr = QgsVectorLayer(str(cores), "c", "ogr")
    area = {int(f["core_id"]): f.geometry().area() / 1e6 for f in lyr.getFeatures()}
    k = -math.log(p0) / d0
    g = nx.Graph()
    g.add_nodes_from(area)
    for line in open(dist):
        a, b, v = line.split()
        g.add_edge(int(a), int(b), p=math.exp(-k * float(v)))
    num = 0.0
    for i in area:
        for j in area:
            best = 1.0 if i == j else max(
                (math.prod(g[x][y]["p"] for x, y in zip(pth, pth[1:]))
                 for pth in nx.all_simple_paths(g, i, j)), default=0.0)
            num += area[i] * area[j] * best
    assert out["PCNUM"] == pytest.approx(num, rel=1e-10)
    rows = _rows(out["TABLE"])
    assert {int(r["Node"]) for r in rows} == set(area)
    assert sum(r["dA"] for r in rows) == pytest.approx(100.0)
