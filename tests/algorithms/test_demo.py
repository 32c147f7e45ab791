"""The README's main-job command on a reduced SYNTHETIC region, end to end: every layer opens,
the project loads with its groups in the workflow's order and a layout per map, no style holds
NaN, the maps are drawn, the report has every section (land-use scenarios included), the
planted conflicts are found, the planted co-locating industries come out significant and the
two cities are the two economic cores."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"), str(out),
                        "--reduced"], env=env, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return out, r.stdout


def test_every_layer_opens(demo):
    from osgeo import gdal, ogr
    out, log = demo
    layers = sorted((out / "layers").iterdir()) + sorted((out / "landuse").iterdir())
    assert len(layers) >= 40
    for p in layers:
        if p.suffix == ".tif":
            ds = gdal.Open(str(p))
            assert ds is not None and ds.RasterXSize > 0, p.name
        elif p.suffix == ".gpkg":
            ds = ogr.Open(str(p))
            assert ds is not None and ds.GetLayerCount() >= 1, p.name
    for step in ("[1/4]", "[2/4]", "[3/4]", "[4/4]"):
        assert step in log
    # the log names the model steps as they run
    assert "OK. Execution took" in log or "Prepare algorithm" in log


SECTIONS = ("overview", "services", "esp", "epp", "conflicts", "sdp", "landuse")
GROUPS = ["Ecosystem services", "Ecological security pattern", "Economic production pattern",
          "Eco-economic conflicts", "Sustainable development pattern", "Land-use scenarios",
          "Base map"]
MAPS = ("services", "esp", "epp", "conflicts", "sdp", "landuse")


def test_project_maps_and_report(demo, qgis_app):
    import re
    import zipfile
    from qgis.core import QgsProject
    from qgis.PyQt.QtGui import QImage
    out, _ = demo
    proj = QgsProject()
    assert proj.read(str(out / "planning_report.qgz"))
    # every map layer the two models wrote (11: 4 services, importance and its classes,
    # resistance, MCR, density, economic classes; 9 vectors: sources, corridors, conflict
    # zones, 6 SDP elements; the simulated map) and the region's land use, observed map and
    # districts: 23; the tables are in the report
    names = {lyr.name() for lyr in proj.mapLayers().values()}
    assert len(proj.mapLayers()) == 23 == len(names)
    for name in ("Water yield (mm/yr)", "Minimum cumulative resistance",
                 "Ecological corridors by type", "SDP conflict zones",
                 "Simulated land use (target year)", "Economic intensity classes"):
        assert name in names, name
    assert all(lyr.isValid() for lyr in proj.mapLayers().values())
    assert [g.name() for g in proj.layerTreeRoot().children()] == GROUPS
    # the pattern layers are drawn above every raster
    order = proj.layerTreeRoot().customLayerOrder()
    kinds = [lyr.type() for lyr in order]
    first_raster = min(i for i, lyr in enumerate(order) if lyr.type() != order[0].type())
    assert all(k == kinds[0] for k in kinds[:first_raster])
    assert len(proj.layoutManager().layouts()) == len(MAPS)
    with zipfile.ZipFile(out / "planning_report.qgz") as z:
        qgs = z.read([n for n in z.namelist() if n.endswith(".qgs")][0]).decode("utf-8")
    styles = [p.read_text(encoding="utf-8") for p in (out / "styles").glob("*.qml")]
    assert len(styles) == 23
    for text in [qgs] + styles:
        assert not re.search(r'="(-?nan|-?inf)"', text, re.I)
    for key in MAPS:
        img = QImage(str(out / ("map_%s.png" % key)))
        assert not img.isNull() and img.width() > 800, key
        colours = {img.pixel(x, y) for x in range(0, img.width(), 9)
                   for y in range(0, img.height(), 9)}
        assert len(colours) > 8, key
        assert (out / ("map_%s.pdf" % key)).stat().st_size > 10000, key
    text = (out / "report.html").read_text(encoding="utf-8")
    for key in SECTIONS:
        assert "<h2 id='%s'>" % key in text, key
    assert "Not provided" not in text
    assert "SYNTHETIC" in text
    # units of the papers, dPC as a per-source index
    for unit in ("10⁸ m³/yr", "t/yr", "Tg", "km²", "dPC min (%)"):
        assert unit in text, unit
    assert "Σ dPC" not in text and "mm × ha" not in text
    for table in ("Land-use structure per scenario",
                  "Ecosystem service value and economic benefit per scenario",
                  "Class-level landscape metrics per scenario",
                  "Landscape-level metrics per scenario"):
        assert table in text, table
    for metric in ("PLAND", "LPI", "AI", "LSI", "SHDI", "SHEI", "CONNECT"):
        assert metric in text, metric


def _features(path):
    from osgeo import ogr
    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    out = [(f.items(), f.GetGeometryRef().Clone() if f.GetGeometryRef() else None)
           for f in lyr]
    return out


def test_planted_conflicts_are_found(demo):
    """The generator plants a small forest park at the edge of the eastern city and two
    forested hills north and south of the development axis; the algorithms must find the park
    as an ordinary source in the high-intensity economy, a corridor of type II or III that
    crosses the development axis between the two cores and runs through high-intensity
    economy, and conflict zones there (tables and layers non-zero)."""
    from osgeo import ogr
    out, _ = demo
    facts = json.loads((out / "inputs" / "facts_SYNTHETIC.json").read_text())
    sites = facts["planted_sites"]
    L = out / "layers"
    # the forest park is an ordinary source (and each hill a source)
    sources = _features(L / "graded_sources.gpkg")
    for key in ("forest_park", "hill_north", "hill_south"):
        pt = ogr.CreateGeometryFromWkt("POINT (%f %f)" % tuple(sites[key]))
        hit = [a for a, g in sources if g.Distance(pt) <= 500.0]
        assert hit, key
        if key == "forest_park":
            assert hit[0]["grade"] == 3, hit[0]
    by_grade = {}
    for a, _ in _features(L / "conflicts_by_source_grade.gpkg"):
        if a["high"] == "yes":
            by_grade[a["grade"]] = by_grade.get(a["grade"], 0.0) + a["area_km2"]
    assert by_grade["ordinary source"] > 0.0
    by_type = {a["type"]: a for a, _ in _features(L / "conflicts_by_corridor_type.gpkg")}
    assert by_type["II"]["high_length_km"] + by_type["III"]["high_length_km"] > 0.0
    # a type II/III corridor crosses the development axis between the two cores
    axis = _features(L / "development_axes.gpkg")[0][1]
    crossing = [a for a, g in _features(L / "corridors.gpkg")
                if a["type"] in ("II", "III") and g.Intersects(axis)]
    assert crossing
    zones = _features(L / "conflict_zones.gpkg")
    assert {a["element"] for a, _ in zones} >= {"ordinary source"}
    assert any("corridor" in a["element"] for a, _ in zones)
    assert sum(a["area_km2"] for a, _ in zones) > 0.0
    assert len(_features(L / "sdp_conflict_zones.gpkg")) >= 1
    districts = [a for a, _ in _features(L / "conflicts_by_district.gpkg")]
    assert sum(a["conflict_km2"] for a in districts) > 0.0


def test_planted_industries_co_agglomerate(demo):
    from osgeo import ogr
    out, _ = demo
    facts = json.loads((out / "inputs" / "facts_SYNTHETIC.json").read_text())
    ds = ogr.Open(str(out / "layers" / "co_agglomeration_pairs.gpkg"))
    coagg = {(f["industry_j"], f["industry_k"]): (f["coagg"], f["significant"])
             for f in ds.GetLayer(0)}
    for group in facts["planted"]:
        for j in group:
            for k in group:
                if j != k:
                    assert coagg[(j, k)][1] == 1, (j, k, coagg[(j, k)])


def test_the_two_cities_are_the_two_economic_cores(demo):
    from osgeo import ogr
    out, _ = demo
    facts = json.loads((out / "inputs" / "facts_SYNTHETIC.json").read_text())
    ds = ogr.Open(str(out / "layers" / "economic_cores.gpkg"))
    cores = [f.GetGeometryRef().Clone() for f in ds.GetLayer(0)]
    assert len(cores) == 2
    # each city centre lies in (within one 500 m cell of) a core, and not both in the same one
    hit = []
    for cx, cy in facts["cities"]:
        pt = ogr.CreateGeometryFromWkt("POINT (%f %f)" % (cx, cy))
        d = [c.Distance(pt) for c in cores]
        assert min(d) <= 500.0, (cx, cy, d)
        hit.append(d.index(min(d)))
    assert sorted(hit) == [0, 1]
