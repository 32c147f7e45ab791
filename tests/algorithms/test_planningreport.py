"""ecoecon:planningreport alone on a second, different region: the real Willamette services of
the InVEST reference bundle (no firms, no land-use scenarios). The sections that need what is
missing say so; the totals are InVEST's own (README of the bundle: wyield_vol 73,571,319 m³,
carbon 2,762,431.785 Mg, avoided erosion 979,824.7 t)."""
import re
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsProject

from tests.conftest import shared_data


def _qgs_text(qgz):
    with zipfile.ZipFile(qgz) as z:
        name = [n for n in z.namelist() if n.endswith(".qgs")][0]
        return z.read(name).decode("utf-8")


def _numbers(text):
    return [float(x.replace(",", "")) for x in re.findall(r"[0-9][0-9,]*\.?[0-9]*", text)]


@pytest.fixture(scope="module")
def willamette(tmp_path_factory, qgis_processing):
    from tests.algorithms.conftest import ensure_provider
    ensure_provider()
    import processing
    out = tmp_path_factory.mktemp("willamette")
    params = {
        "LANDUSE": str(shared_data("invest_reference", "inputs", "awy_sdr", "lulc.tif")),
        "LANDUSE_NAMES": str(shared_data("invest_reference", "inputs", "awy_sdr",
                                         "biophysical_awy.csv")),
        "DISTRICTS": str(shared_data("invest_reference", "inputs", "awy_sdr",
                                     "watershed.gpkg")),
        "WATER_YIELD": str(shared_data("invest_reference", "outputs", "awy", "wyield.tif")),
        "SOIL_CONSERVATION": str(shared_data("invest_reference", "outputs", "sdr_mfd",
                                             "avoided_erosion.tif")),
        "CARBON": str(shared_data("invest_reference", "outputs", "carbon", "c_storage_bas.tif")),
        "NOTE": "Willamette Valley (InVEST sample data)",
        "OUTPUT_FOLDER": str(out)}
    res = processing.run("ecoecon:planningreport", params)
    return out, res


def test_report_of_services_only(willamette):
    out, res = willamette
    text = (out / "report.html").read_text(encoding="utf-8")
    for key in ("overview", "services", "esp", "epp", "conflicts", "sdp", "landuse"):
        assert "<h2 id='%s'>" % key in text, key
    # what is missing is said, section by section
    for missing in ("graded ecological sources", "corridors", "economic intensity classes",
                    "core industries", "conflicts by source grade",
                    "no element of the sustainable development pattern",
                    "no land-use scenario"):
        assert "Not provided: " + missing in text, missing
    assert "Habitat quality</td><td>not provided" in text
    assert "Corridors to keep wide" not in text and "Restoration priorities" not in text
    # InVEST's totals, in the papers' units (m³ and 10⁸ m³, t, Mg and Tg)
    row = re.search(r"<td>Water yield</td>(.*?)</tr>", text).group(1)
    assert "m³/yr" in row and "10⁸ m³/yr" in row
    vals = _numbers(re.sub(r"<[^>]+>", " ", row).replace("10⁸", ""))
    # InVEST's wyield_vol = float32 mean × area: equal to 1e-7 (float32 rounding)
    assert any(abs(v - 73571319) <= 1e-7 * 73571319 for v in vals), vals
    row = re.search(r"<td>Carbon storage</td>(.*?)</tr>", text).group(1)
    vals = _numbers(re.sub(r"<[^>]+>", " ", row))
    assert any(abs(v - 2762431.785) <= 1e-7 * 2762432 + 0.5 for v in vals), vals  # Mg
    assert 2.762 in vals, vals                                 # Tg, 4 significant digits
    row = re.search(r"<td>Soil conservation</td>(.*?)</tr>", text).group(1)
    vals = _numbers(re.sub(r"<[^>]+>", " ", row).replace("10⁴", ""))
    assert any(abs(v - 979824.7) <= 1e-6 * 979825 + 0.5 for v in vals), vals  # t/yr
    assert "nan" not in text.lower().replace("nanjing", "")
    assert res["N_MAPS"] == 1  # the services map; no ESP, EPP, conflict, SDP or scenario map


def test_project_of_the_second_region(willamette, qgis_app):
    out, res = willamette
    proj = QgsProject()
    assert proj.read(res["PROJECT"])
    names = [lyr.name() for lyr in proj.mapLayers().values()]
    assert len(names) == 5 and all(lyr.isValid() for lyr in proj.mapLayers().values())
    groups = [g.name() for g in proj.layerTreeRoot().children()]
    assert groups == ["Ecosystem services", "Base map"]
    assert [lay.name() for lay in proj.layoutManager().layouts()] == \
        ["Ecosystem services: Water yield (mm/yr)"]
    qgs = _qgs_text(res["PROJECT"])
    assert "nan" not in re.findall(r'(?:minimumValue|maximumValue|classificationM..)="([^"]*)"',
                                   qgs)
    # land-use classes named from the biophysical table, not numbered
    qml = (out / "styles" / "landuse.qml").read_text(encoding="utf-8")
    assert "Forest Closed hardwood" in qml
    # every class its own colour (the Willamette table has more classes than the palette)
    colours = re.findall(r'<paletteEntry [^>]*color="(#[0-9a-fA-F]{6,8})"', qml)
    assert len(colours) > 10 and len(set(c.lower() for c in colours)) == len(colours)
    assert (out / "map_services.png").stat().st_size > 20000
    assert (out / "map_services.pdf").stat().st_size > 5000


def test_temporary_outputs_are_kept_in_the_report_folder(qgis_processing, tmp_path):
    """A model's unnamed outputs live in Processing's temporary folder (deleted when QGIS
    closes) or in memory: the report copies them into its folder, and the project it writes
    opens with their data after the originals are gone; files of the user stay where they
    are."""
    import os
    import shutil
    import numpy as np
    from qgis.core import QgsFeature, QgsProcessingUtils, QgsVectorLayer
    from tests.algorithms.conftest import ensure_provider
    from tests.helpers import read_tif
    ensure_provider()
    import processing
    inputs = shared_data("invest_reference", "inputs", "awy_sdr")
    temp = os.path.join(QgsProcessingUtils.tempFolder(), "report_test")
    os.makedirs(temp, exist_ok=True)
    wy = os.path.join(temp, "wyield.tif")
    shutil.copy(str(shared_data("invest_reference", "outputs", "awy", "wyield.tif")), wy)
    ws = QgsVectorLayer(str(inputs / "watershed.gpkg"), "ws", "ogr")
    mem = QgsVectorLayer("MultiPolygon?crs=" + ws.crs().authid(), "districts in memory",
                         "memory")
    mem.dataProvider().addAttributes(ws.fields().toList())
    mem.updateFields()
    feats = []
    for f in ws.getFeatures():
        g = QgsFeature(mem.fields())
        g.setAttributes(f.attributes())
        g.setGeometry(f.geometry())
        feats.append(g)
    mem.dataProvider().addFeatures(feats)
    out = tmp_path / "report"
    res = processing.run("ecoecon:planningreport", {
        "LANDUSE": str(inputs / "lulc.tif"), "WATER_YIELD": wy, "DISTRICTS": mem,
        "OUTPUT_FOLDER": str(out)})
    expected = read_tif(wy)[0]
    shutil.rmtree(temp)   # what QGIS does on exit
    del mem
    proj = QgsProject()
    assert proj.read(res["PROJECT"])
    layers = {lyr.name(): lyr for lyr in proj.mapLayers().values()}
    assert all(lyr.isValid() for lyr in layers.values()), layers
    sources = {os.path.realpath(lyr.source().split("|")[0]) for lyr in layers.values()}
    assert os.path.realpath(str(out / "data" / "water_yield.tif")) in sources
    assert os.path.realpath(str(out / "data" / "districts.gpkg")) in sources
    assert os.path.realpath(str(inputs / "lulc.tif")) in sources   # not copied
    assert not (out / "data" / "landuse.tif").exists()
    np.testing.assert_array_equal(read_tif(out / "data" / "water_yield.tif")[0], expected)
    districts = QgsVectorLayer(str(out / "data" / "districts.gpkg"), "d", "ogr")
    assert districts.featureCount() == ws.featureCount() > 0
    proj.clear()


def test_nothing_given_is_refused(qgis_processing, tmp_path):
    from tests.algorithms.conftest import ensure_provider
    ensure_provider()
    import processing
    with pytest.raises(QgsProcessingException, match="at least one map layer"):
        processing.run("ecoecon:planningreport", {"OUTPUT_FOLDER": str(tmp_path)})


@pytest.mark.skipif(__import__("shutil").which("lrelease") is None, reason="lrelease absent")
def test_report_follows_the_language_of_qgis(qgis_processing, tmp_path):
    """With the zh_CN catalogue installed (as the plugin does for a Chinese QGIS), the report,
    the project's groups and the map legends are in Chinese."""
    import subprocess
    from pathlib import Path
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    from tests.algorithms.conftest import ensure_provider
    ensure_provider()
    import processing
    root = Path(__file__).resolve().parents[2]
    qm = tmp_path / "ecoecon_zh_CN.qm"
    subprocess.run(["lrelease", "-silent"] + sorted(str(p) for p in
                                                    (root / "i18n" / "zh_CN").glob("*.ts"))
                   + ["-qm", str(qm)], check=True)
    tr = QTranslator()
    assert tr.load(str(qm))
    QCoreApplication.installTranslator(tr)
    try:
        res = processing.run("ecoecon:planningreport", {
            "CARBON": str(shared_data("invest_reference", "outputs", "carbon",
                                      "c_storage_bas.tif")),
            "OUTPUT_FOLDER": str(tmp_path / "zh")})
    finally:
        QCoreApplication.removeTranslator(tr)
    text = (tmp_path / "zh" / "report.html").read_text(encoding="utf-8")
    assert "<html lang='zh-CN'>" in text
    assert "<h2 id='services'>生态系统服务</h2>" in text
    assert "未提供：分级生态源地。" in text
    proj = QgsProject()
    assert proj.read(res["PROJECT"])
    assert [g.name() for g in proj.layerTreeRoot().children()] == ["生态系统服务"]


def _polygons(path, fields, rows, epsg=32650):
    """A GeoPackage of square polygons: rows of (x0, y0, size, [values])."""
    from osgeo import ogr, osr
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    lyr = ds.CreateLayer(path.stem, srs, ogr.wkbMultiPolygon)
    kinds = {"int": ogr.OFTInteger, "double": ogr.OFTReal, "string": ogr.OFTString}
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kinds[kind]))
    for x0, y0, size, values in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "MULTIPOLYGON(((%f %f, %f %f, %f %f, %f %f, %f %f)))" % (
                x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0)))
        for (name, _), v in zip(fields, values):
            if v is not None:
                f.SetField(name, v)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def test_report_shows_corridors_to_keep_wide_and_restoration_priorities(qgis_processing,
                                                                         tmp_path):
    """The two optional layers of the SDP: a table each (in rank order, whatever the order of
    the features), the layers in the SDP group and on the maps; without them, a hint."""
    from tests.algorithms.conftest import ensure_provider
    ensure_provider()
    import processing
    x, y = 500000.0, 4000000.0
    keep = _polygons(tmp_path / "keep.gpkg", [
        ("rank", "int"), ("zone", "int"), ("from_id", "int"), ("to_id", "int"),
        ("corridor_type", "string"), ("eco_axis", "int"), ("max_current", "double"),
        ("mean_current", "double"), ("area_km2", "double")], [
        (x + 2000, y, 500, [2, 7, 3, 4, "III", 0, 0.612, 0.3, 0.25]),
        (x, y, 500, [1, 5, 1, 2, "I", 1, 0.987, 0.5, 0.25])])
    rest = _polygons(tmp_path / "rest.gpkg", [
        ("rank", "int"), ("zone", "int"), ("from_id", "int"), ("to_id", "int"),
        ("corridor_type", "string"), ("score", "double"), ("radius", "double"),
        ("area_km2", "double")], [
        (x + 1000, y + 1000, 1000, [1, 4, 1, 2, "I", 60.33, 1000.0, 1.0])])
    cores = _polygons(tmp_path / "cores.gpkg", [("rank", "int")],
                      [(x + 3000, y + 3000, 1000, [1])])
    res = processing.run("ecoecon:planningreport", {
        "KEEP_WIDE": keep, "RESTORATION_PRIORITIES": rest, "ECONOMIC_CORES": cores,
        "OUTPUT_FOLDER": str(tmp_path / "with")})
    text = (tmp_path / "with" / "report.html").read_text(encoding="utf-8")
    sdp = text[text.index("<h2 id='sdp'>"):text.index("<h2 id='landuse'>")]
    assert "<h3>Corridors to keep wide</h3>" in sdp and "<h3>Restoration priorities</h3>" in sdp
    table = sdp[sdp.index("<h3>Corridors to keep wide</h3>"):sdp.index("<h3>Restoration")]
    rows = re.findall(r"<tr><td[^>]*>(\d+)</td><td>([^<]*)</td><td>([^<]*)</td>"
                      r"<td[^>]*>([^<]*)</td><td class='n'>([^<]*)</td>", table)
    assert rows == [("1", "1–2", "I", "1", "0.987"), ("2", "3–4", "III", "–", "0.612")]
    table = sdp[sdp.index("<h3>Restoration priorities</h3>"):]
    assert re.search(r"<td>1–2</td><td>I</td><td class='n'>60.33</td>"
                     r"<td class='n'>1,000</td><td class='n'>1.00</td>", table)
    assert "switch on the optional pinch-point" not in text
    proj = QgsProject()
    assert proj.read(res["PROJECT"])
    group = proj.layerTreeRoot().findGroup("Sustainable development pattern")
    assert [n.name() for n in group.children()][:2] == ["Corridors to keep wide",
                                                        "Restoration priorities"]
    # free the project now: the traceback of the refusal below keeps this frame alive, and a
    # project outliving QGIS crashes the interpreter at exit (QGIS 3.44)
    del group
    proj.clear()
    del proj
    assert (tmp_path / "with" / "map_sdp.png").exists()
    assert (tmp_path / "with" / "map_esp.png").exists()
    # absent: the rest of the section as before, and how to get them
    processing.run("ecoecon:planningreport", {"ECONOMIC_CORES": cores,
                                              "OUTPUT_FOLDER": str(tmp_path / "without")})
    text = (tmp_path / "without" / "report.html").read_text(encoding="utf-8")
    assert "<h3>" not in text and "Elements of the sustainable development pattern" in text
    assert "switch on the optional pinch-point and barrier steps" in text
    # a layer that is not the SDP's is refused, naming the field it lacks
    with pytest.raises(QgsProcessingException, match="max_current"):
        processing.run("ecoecon:planningreport", {"KEEP_WIDE": cores,
                                                  "OUTPUT_FOLDER": str(tmp_path / "bad")})
