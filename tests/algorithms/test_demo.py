"""The README's main-job command on a reduced SYNTHETIC region, end to end: every layer opens,
the project loads, the maps are drawn, the report names every section, the planted
co-locating industries come out significant and the two cities are the two economic cores."""
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
    layers = sorted((out / "layers").iterdir())
    assert len(layers) >= 30
    for p in layers:
        if p.suffix == ".tif":
            ds = gdal.Open(str(p))
            assert ds is not None and ds.RasterXSize > 0, p.name
        elif p.suffix == ".gpkg":
            ds = ogr.Open(str(p))
            assert ds is not None and ds.GetLayerCount() >= 1, p.name
    for step in ("[1/4]", "[2/4]", "[3/4]", "[4/4]"):
        assert step in log


def test_project_maps_and_report(demo, qgis_app):
    from qgis.core import QgsProject
    from qgis.PyQt.QtGui import QImage
    sys.path.insert(0, str(ROOT / "scripts"))
    import report
    out, _ = demo
    proj = QgsProject()
    assert proj.read(str(out / "eco_economic_SYNTHETIC.qgz"))
    assert len(proj.mapLayers()) >= 16
    assert all(lyr.isValid() for lyr in proj.mapLayers().values())
    for key, _, _ in report.MAPS:
        img = QImage(str(out / ("map_%s.png" % key)))
        assert not img.isNull() and img.width() > 800, key
        colours = {img.pixel(x, y) for x in range(0, img.width(), 9)
                   for y in range(0, img.height(), 9)}
        assert len(colours) > 8, key
    text = (out / "report.html").read_text(encoding="utf-8")
    for section in report.SECTIONS:
        assert "<h2>%s</h2>" % section in text, section
    assert "SYNTHETIC" in text


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
