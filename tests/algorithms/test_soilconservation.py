"""ecoecon:soilconservation through processing.run, against the real InVEST 3.20.2 outputs of
the shared bundle (../shared/data/invest_reference, run with the args in outputs/sdr_*/)."""
import csv

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import shared_data
from tests.helpers import read_tif, write_tif

OUTS = {  # our output parameter -> InVEST file
    "FLOW_ACCUMULATION": "flow_accumulation.tif", "LS": "ls.tif", "RKLS": "rkls.tif",
    "USLE": "usle.tif", "SOIL_CONSERVATION": "avoided_erosion.tif", "IC": "ic.tif",
    "SDR": "sdr_factor.tif", "SED_EXPORT": "sed_export.tif",
    "AVOIDED_EXPORT": "avoided_export.tif", "SED_DEPOSITION": "sed_deposition.tif",
    "STREAM": "stream.tif"}


def _run_bundle(run, tmp_path, method):
    inp = shared_data("invest_reference", "inputs", "awy_sdr")
    params = {
        "DEM": str(inp / "dem.tif"), "EROSIVITY": str(inp / "erosivity_SYNTHETIC.tif"),
        "ERODIBILITY": str(inp / "erodibility_SYNTHETIC.tif"), "LULC": str(inp / "lulc.tif"),
        "TABLE": str(inp / "biophysical_sdr.csv"), "THRESHOLD": 1000, "K_B": 2, "IC0": 0.5,
        "SDR_MAX": 0.8, "L_MAX": 122, "FLOW_DIR": 0 if method == "mfd" else 1,
        "WATERSHEDS": str(inp / "watershed.gpkg"), "WS_ID_FIELD": "ws_id",
        "WATERSHED_TABLE": str(tmp_path / "ws.csv")}
    for name in OUTS:
        params[name] = str(tmp_path / (name.lower() + ".tif"))
    res = run("ecoecon:soilconservation", params)
    ref_dir = shared_data("invest_reference", "outputs", "sdr_" + method)
    return res, ref_dir


def _compare(res, ref_dir, name):
    """(same nodata pattern per cell, relative difference where both hold data)."""
    mine = read_tif(res[name])[0]
    ref = read_tif(ref_dir / OUTS[name])[0]
    same_nodata = np.isnan(mine) == np.isnan(ref)
    both = ~np.isnan(mine) & ~np.isnan(ref)
    diff = np.abs(mine[both] - ref[both])
    # relative, and 0 where both are 0 (deposition and exports are 0 on many cells)
    rel = np.where(diff == 0, 0.0, diff / np.maximum(np.abs(ref[both]), 1e-300))
    return same_nodata, rel


def _ws_totals(path):
    lyr = QgsVectorLayer(str(path), "ws", "ogr")
    f = next(lyr.getFeatures())
    return {k: float(f[k]) for k in ("usle_tot", "sed_export", "sed_dep", "avoid_exp", "avoid_eros")}


def _ref_totals(ref_dir):
    with open(ref_dir / "watershed_results_sdr.csv") as fh:
        row = next(csv.DictReader(fh))
    return {k: float(row[k]) for k in ("usle_tot", "sed_export", "sed_dep", "avoid_exp",
                                        "avoid_eros")}


# Routing reproduces pygeoprocessing 2.4.11 exactly (flat drains by its first-in-first-out
# plateau queue, MFD streams by extract_streams_mfd's searches), so every cell of every output
# agrees: the issue asks 1e-3 relative where both hold data and the same nodata pattern; as
# measured the largest relative difference is 1.7e-7 (D8) / 1.2e-6 (MFD), in deposition and
# avoided export (InVEST writes float32 intermediates), every other output ≤ 2e-15.
MEASURED = {"d8": 1e-6, "mfd": 1e-5}


@pytest.mark.parametrize("method", ["d8", "mfd"])
def test_sdr_matches_invest_cell_for_cell(tmp_path, run, method):
    res, ref_dir = _run_bundle(run, tmp_path, method)
    for name in OUTS:
        same_nodata, rel = _compare(res, ref_dir, name)
        assert same_nodata.all(), (name, (~same_nodata).sum())
        assert (rel <= 1e-3).all(), (name, (rel > 1e-3).sum(), rel.max())
        assert rel.max() <= MEASURED[method], (name, rel.max())
    mine, ref = _ws_totals(tmp_path / "ws.csv"), _ref_totals(ref_dir)
    for k in ref:
        assert mine[k] == pytest.approx(ref[k], rel=0.01), k  # the MFD criterion
        assert mine[k] == pytest.approx(ref[k], rel=1e-5), k  # as measured: ≤ 5e-7
    assert res["TOTAL_SOIL_CONSERVATION"] == pytest.approx(ref["avoid_eros"], rel=1e-5)


def _plane(tmp_path, slope_pct=10.0, shape=(40, 30), cell=30.0, lulc_code=1):
    rows, cols = shape
    z = 500.0 - np.arange(rows)[:, None] * cell * slope_pct / 100 + np.zeros((rows, cols))
    dem = write_tif(tmp_path / "dem.tif", z.astype(np.float32), cell=cell)
    r = write_tif(tmp_path / "r.tif", np.full(shape, 100.0, np.float32), cell=cell)
    k = write_tif(tmp_path / "k.tif", np.full(shape, 0.02, np.float32), cell=cell)
    lu = write_tif(tmp_path / "lu.tif", np.full(shape, lulc_code, np.int32), cell=cell)
    (tmp_path / "bio.csv").write_text("lucode,usle_c,usle_p\n1,0.2,0.5\n")
    return dem, r, k, lu, str(tmp_path / "bio.csv")


def test_single_slope_plane_ls_by_formula(tmp_path, run):
    dem, r, k, lu, bio = _plane(tmp_path)
    res = run("ecoecon:soilconservation", {
        "DEM": dem, "EROSIVITY": r, "ERODIBILITY": k, "LULC": lu, "TABLE": bio,
        "THRESHOLD": 10000, "FLOW_DIR": 1, "LS": str(tmp_path / "ls.tif"),
        "FLOW_ACCUMULATION": str(tmp_path / "fa.tif"), "RKLS": str(tmp_path / "rkls.tif"),
        "SOIL_CONSERVATION": str(tmp_path / "sc.tif"), "USLE": str(tmp_path / "u.tif"),
        "SED_EXPORT": str(tmp_path / "e.tif"), "SDR": str(tmp_path / "s.tif")})
    fa = read_tif(res["FLOW_ACCUMULATION"])[0]
    ls = read_tif(res["LS"])[0]
    # D8 on a plane tilted to the south: each cell drains straight down its column
    np.testing.assert_allclose(fa[5:-1, 3:-3], (np.arange(40)[5:-1, None] + 1)
                               * np.ones((1, 24)))
    # LS by the formula (slope 10 %, cell 30 m), independent of the code
    cell, s = 30.0, 10.0
    th = np.arctan(s / 100)
    beta = (np.sin(th) / 0.0896) / (3 * np.sin(th) ** 0.8 + 0.56)
    m = beta / (1 + beta)
    x = abs(np.sin(th)) + abs(np.cos(th))
    a = np.sqrt((fa[5:-1, 10] - 1) * cell ** 2)
    L = ((a + cell ** 2) ** (m + 1) - a ** (m + 1)) / (cell ** (m + 2) * x ** m * 22.13 ** m)
    L = np.minimum(L, 122)
    S = 16.8 * np.sin(th) - 0.5
    np.testing.assert_allclose(ls[5:-1, 10], L * S, rtol=1e-5)
    rkls = read_tif(res["RKLS"])[0]
    sc = read_tif(res["SOIL_CONSERVATION"])[0]
    np.testing.assert_allclose(rkls[5:-1, 10], L * S * 100 * 0.02, rtol=1e-5)
    np.testing.assert_allclose(sc[5:-1, 10], L * S * 2 * (1 - 0.2 * 0.5), rtol=1e-5)


def test_flat_uniform_landscape(tmp_path, run):
    shape = (20, 25)
    dem = write_tif(tmp_path / "dem.tif", np.full(shape, 100.0, np.float32), cell=30.0)
    r = write_tif(tmp_path / "r.tif", np.full(shape, 100.0, np.float32), cell=30.0)
    k = write_tif(tmp_path / "k.tif", np.full(shape, 0.02, np.float32), cell=30.0)
    lu = write_tif(tmp_path / "lu.tif", np.ones(shape, np.int32), cell=30.0)
    (tmp_path / "bio.csv").write_text("lucode,usle_c,usle_p\n1,0.2,0.5\n")
    res = run("ecoecon:soilconservation", {
        "DEM": dem, "EROSIVITY": r, "ERODIBILITY": k, "LULC": lu,
        "TABLE": str(tmp_path / "bio.csv"), "THRESHOLD": 1000, "FLOW_DIR": 0,
        "LS": str(tmp_path / "ls.tif"), "FLOW_ACCUMULATION": str(tmp_path / "fa.tif"),
        "SOIL_CONSERVATION": str(tmp_path / "sc.tif"), "USLE": str(tmp_path / "u.tif"),
        "SED_EXPORT": str(tmp_path / "e.tif"), "SDR": str(tmp_path / "s.tif")})
    fa = read_tif(res["FLOW_ACCUMULATION"])[0]
    ls = read_tif(res["LS"])[0]
    # a flat drains over its edge: all flow leaves, total inflow = number of cells
    assert np.isfinite(fa).all() and fa.min() >= 1
    # slope 0 → θ = 0, x = 1, m = 0.2, S = 0.03; L for FA = 1 is 1/22.13^0.2·30^0... by formula
    a = np.sqrt((fa - 1) * 900.0)
    L = ((a + 900.0) ** 1.2 - a ** 1.2) / (30.0 ** 2.2 * 22.13 ** 0.2)
    np.testing.assert_allclose(ls, np.minimum(L, 122) * 0.03, rtol=1e-5)
    sc = read_tif(res["SOIL_CONSERVATION"])[0]
    np.testing.assert_allclose(sc, ls * 100 * 0.02 * 0.9, rtol=1e-5)
    # no stream anywhere (FA far below the threshold): no SDR, no export
    assert np.isnan(read_tif(res["SDR"])[0]).all()


def test_missing_code_names_it_and_writes_nothing(tmp_path, run):
    dem, r, k, lu, bio = _plane(tmp_path, lulc_code=7)
    out = tmp_path / "sc.tif"
    with pytest.raises(QgsProcessingException, match="7"):
        run("ecoecon:soilconservation", {
            "DEM": dem, "EROSIVITY": r, "ERODIBILITY": k, "LULC": lu, "TABLE": bio,
            "SOIL_CONSERVATION": str(out), "USLE": str(tmp_path / "u.tif"),
            "SED_EXPORT": str(tmp_path / "e.tif"), "SDR": str(tmp_path / "s.tif")})
    assert not out.exists()


def test_two_watersheds_split_the_totals(tmp_path, run):
    from osgeo import gdal, ogr, osr
    inp = shared_data("invest_reference", "inputs", "awy_sdr")
    ds = gdal.Open(str(inp / "dem.tif"))
    gt, n = ds.GetGeoTransform(), ds.RasterXSize
    srs = osr.SpatialReference()
    srs.ImportFromWkt(ds.GetProjection())
    path = str(tmp_path / "two.gpkg")
    vds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = vds.CreateLayer("ws", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    x0, y0, x1, y1 = gt[0], gt[3], gt[0] + n * gt[1], gt[3] + ds.RasterYSize * gt[5]
    xm = gt[0] + 120 * gt[1]
    for name, (a, b) in (("west", (x0, xm)), ("east", (xm, x1))):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("name", name)
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (a, y0, b, y0, b, y1, a, y1, a, y0)))
        lyr.CreateFeature(f)
    vds = None
    res = run("ecoecon:soilconservation", {
        "DEM": str(inp / "dem.tif"), "EROSIVITY": str(inp / "erosivity_SYNTHETIC.tif"),
        "ERODIBILITY": str(inp / "erodibility_SYNTHETIC.tif"), "LULC": str(inp / "lulc.tif"),
        "TABLE": str(inp / "biophysical_sdr.csv"), "FLOW_DIR": 1, "WATERSHEDS": path,
        "WS_ID_FIELD": "name", "WATERSHED_TABLE": str(tmp_path / "ws.csv"),
        "SOIL_CONSERVATION": str(tmp_path / "sc.tif"), "USLE": str(tmp_path / "u.tif"),
        "SED_EXPORT": str(tmp_path / "e.tif"), "SDR": str(tmp_path / "s.tif")})
    rows = {f["ws_id"]: float(f["avoid_eros"])
            for f in QgsVectorLayer(str(tmp_path / "ws.csv"), "ws", "ogr").getFeatures()}
    sc = read_tif(res["SOIL_CONSERVATION"])[0]
    # each polygon's total is Σ of its cells × 0.09 ha
    assert rows["west"] == pytest.approx(np.nansum(sc[:, :120]) * 0.09, rel=1e-6)
    assert rows["east"] == pytest.approx(np.nansum(sc[:, 120:]) * 0.09, rel=1e-6)
    ref = _ref_totals(shared_data("invest_reference", "outputs", "sdr_d8"))
    assert rows["west"] + rows["east"] == pytest.approx(ref["avoid_eros"], rel=1e-5)
