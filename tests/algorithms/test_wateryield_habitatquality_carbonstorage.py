"""Water yield, habitat quality and carbon through processing.run, compared per pixel with
the outputs of the real InVEST 3.20.2 on the same inputs (../shared/data/invest_reference),
plus small hand-made cases."""
import csv

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import shared_data
from tests.helpers import read_tif, write_tif

REF = "invest_reference"


def ref(*parts):
    return str(shared_data(REF, *parts))


def assert_same_nodata_and_close(ours, theirs, rtol, atol=0.0):
    assert np.array_equal(np.isnan(ours), np.isnan(theirs))
    ok = ~np.isnan(theirs)
    np.testing.assert_allclose(ours[ok], theirs[ok], rtol=rtol, atol=atol)


# --- carbon ---------------------------------------------------------------------------------
def test_carbon_matches_invest_exactly(tmp_path, run):
    res = run("ecoecon:carbonstorage", {
        "LULC": ref("inputs", "carbon", "lulc_bas.tif"),
        "POOLS": ref("inputs", "carbon", "carbon_pools.csv"),
        "LULC_FUTURE": ref("inputs", "carbon", "lulc_alt.tif"),
        "OUTPUT": str(tmp_path / "bas.tif"), "FUTURE": str(tmp_path / "alt.tif"),
        "CHANGE": str(tmp_path / "chg.tif"), "SUMMARY": str(tmp_path / "sum.csv")})
    for key, name in (("OUTPUT", "c_storage_bas"), ("FUTURE", "c_storage_alt"),
                      ("CHANGE", "c_change_bas_alt")):
        ours = read_tif(res[key])[0]
        theirs = read_tif(ref("outputs", "carbon", name + ".tif"))[0]
        assert np.array_equal(ours, theirs), name
    with open(ref("outputs", "carbon", "raster_values_summary.csv")) as fh:
        totals = [float(r["Total"]) for r in csv.DictReader(fh)]
    assert res["TOTAL"] == pytest.approx(totals[0], rel=1e-12)
    assert res["TOTAL_FUTURE"] == pytest.approx(totals[1], rel=1e-12)
    assert res["TOTAL_CHANGE"] == pytest.approx(totals[2], rel=1e-12)
    table = QgsVectorLayer(res["SUMMARY"], "s", "ogr")
    rows = {f["map"]: f for f in table.getFeatures()}
    assert float(rows["change"]["total_mg"]) == pytest.approx(totals[2], rel=1e-12)


def test_carbon_missing_code_and_nodata(tmp_path, run):
    lu = np.array([[1, 2], [2, 255]], dtype=np.uint8)
    src = write_tif(tmp_path / "lu.tif", lu, cell=10.0, nodata=255, dtype=None)
    (tmp_path / "p.csv").write_text("lucode,c_above,c_below,c_soil,c_dead\n1,1,2,3,4\n"
                                    "2,10,0,0,0.5\n")
    res = run("ecoecon:carbonstorage", {"LULC": src, "POOLS": str(tmp_path / "p.csv"),
                                        "OUTPUT": str(tmp_path / "c.tif")})
    out = read_tif(res["OUTPUT"])[0]
    np.testing.assert_array_equal(out[0], [10, 10.5])
    assert out[1, 0] == 10.5 and np.isnan(out[1, 1])
    assert res["TOTAL"] == pytest.approx((10 + 10.5 + 10.5) * 100 / 1e4)
    (tmp_path / "q.csv").write_text("lucode,c_above,c_below,c_soil,c_dead\n1,1,2,3,4\n")
    with pytest.raises(QgsProcessingException, match=r"\b2\b"):
        run("ecoecon:carbonstorage", {"LULC": src, "POOLS": str(tmp_path / "q.csv"),
                                      "OUTPUT": str(tmp_path / "c2.tif")})
    assert not (tmp_path / "c2.tif").exists()


# --- water yield ----------------------------------------------------------------------------
def _awy_params(tmp_path, **kw):
    p = {"LULC": ref("inputs", "awy_sdr", "lulc.tif"),
         "PRECIP": ref("inputs", "awy_sdr", "precipitation.tif"),
         "ETO": ref("inputs", "awy_sdr", "eto_SYNTHETIC.tif"),
         "DEPTH": ref("inputs", "awy_sdr", "depth_to_root_rest_layer_SYNTHETIC.tif"),
         "PAWC": ref("inputs", "awy_sdr", "pawc_SYNTHETIC.tif"),
         "BIOPHYSICAL": ref("inputs", "awy_sdr", "biophysical_awy.csv"), "Z": 5,
         "OUTPUT": str(tmp_path / "wy.tif"), "AET": str(tmp_path / "aet.tif")}
    p.update(kw)
    return p


def test_water_yield_matches_invest(tmp_path, run):
    res = run("ecoecon:wateryield", _awy_params(
        tmp_path, WATERSHEDS=ref("inputs", "awy_sdr", "watershed.gpkg"),
        WATERSHED_ID="ws_id", WATERSHED_TABLE=str(tmp_path / "ws.gpkg")))
    for key, name in (("OUTPUT", "wyield"), ("AET", "aet")):
        ours = read_tif(res[key])[0]
        theirs = read_tif(ref("outputs", "awy", name + ".tif"))[0]
        assert_same_nodata_and_close(ours, theirs, rtol=1e-4)
    with open(ref("outputs", "awy", "watershed_results_wyield.csv")) as fh:
        expected = list(csv.DictReader(fh))
    got = list(QgsVectorLayer(res["WATERSHED_TABLE"], "t", "ogr").getFeatures())
    assert len(got) == len(expected) == 1
    for col in ("precip_mn", "PET_mn", "AET_mn", "wyield_mn", "wyield_vol"):
        assert float(got[0][col]) == pytest.approx(float(expected[0][col]), rel=1e-6), col
    assert got[0]["ws_id"] == int(expected[0]["ws_id"])  # the id keeps its integer type


def _budyko(p, et0, kc, root, depth, pawc, z, veg):
    """The Zhang/Fu formulas written out once more, for scalars."""
    pet = kc * et0
    if not veg:
        aet = min(pet, p)
    else:
        phi = pet / p
        omega = min(z * min(root, depth) * pawc / p + 1.25, 5.0)
        aet = p * min(phi, 1 + phi - (1 + phi ** omega) ** (1 / omega))
    return p - aet, aet


def test_water_yield_flat_uniform_by_formula(tmp_path, run):
    shape = (4, 5)
    lu = np.full(shape, 1, np.int32)
    lu[:, 3:] = 2  # a non-vegetated class
    lu[0, 0] = -1  # nodata land use
    p = np.full(shape, 800.0, np.float32)
    p[3, 0] = 0.0  # P = 0 is not computed (InVEST)
    files = {"LULC": write_tif(tmp_path / "lu.tif", lu, nodata=-1),
             "PRECIP": write_tif(tmp_path / "p.tif", p),
             "ETO": write_tif(tmp_path / "e.tif", np.full(shape, 1100.0, np.float32)),
             "DEPTH": write_tif(tmp_path / "d.tif", np.full(shape, 900.0, np.float32)),
             "PAWC": write_tif(tmp_path / "w.tif", np.full(shape, 0.2, np.float32))}
    files["DEPTH"] = write_tif(tmp_path / "d.tif", np.where(
        np.arange(5)[None, :] == 2, -9, 900.0).repeat(4, 0).astype(np.float32), nodata=-9)
    # root_depth may be empty for a non-vegetated class (InVEST ignores it there)
    (tmp_path / "b.csv").write_text("lucode,kc,root_depth,lulc_veg\n1,0.9,1500,1\n"
                                    "2,0.4,,0\n")
    res = run("ecoecon:wateryield", {**files, "BIOPHYSICAL": str(tmp_path / "b.csv"),
                                     "Z": 10, "OUTPUT": str(tmp_path / "y.tif"),
                                     "AET": str(tmp_path / "a.tif")})
    y, a = read_tif(res["OUTPUT"])[0], read_tif(res["AET"])[0]
    y1, a1 = _budyko(800, 1100, 0.9, 1500, 900, 0.2, 10, True)
    y2, a2 = _budyko(800, 1100, 0.4, 500, 900, 0.2, 10, False)
    np.testing.assert_allclose(y[1:3, :2], y1, rtol=1e-6)
    np.testing.assert_allclose(a[1:3, :2], a1, rtol=1e-6)
    np.testing.assert_allclose(y[:, 3:], y2, rtol=1e-6)
    np.testing.assert_allclose(a[:, 3:], a2, rtol=1e-6)
    assert y2 == pytest.approx(800 - 440)
    assert np.isnan(y[0, 0]) and np.isnan(y[3, 0]) and np.isnan(y[:, 2]).all()


def test_water_yield_missing_code(tmp_path, run):
    lu = np.array([[1, 7]], np.int32)
    one = np.ones((1, 2), np.float32)
    files = {k: write_tif(tmp_path / (k + ".tif"), one * v)
             for k, v in (("PRECIP", 800), ("ETO", 900), ("DEPTH", 500), ("PAWC", 0.1))}
    (tmp_path / "b.csv").write_text("lucode,kc,root_depth,lulc_veg\n1,0.9,1500,1\n")
    with pytest.raises(QgsProcessingException, match=r"\b7\b"):
        run("ecoecon:wateryield", {**files, "LULC": write_tif(tmp_path / "lu.tif", lu),
                                   "BIOPHYSICAL": str(tmp_path / "b.csv"),
                                   "OUTPUT": str(tmp_path / "y.tif")})


# --- habitat quality ------------------------------------------------------------------------
THREATS = ("crops", "railroad", "urban", "timber", "roads1", "roads2", "roads3")


def test_habitat_quality_matches_invest(tmp_path, run):
    res = run("ecoecon:habitatquality", {
        "LULC": ref("inputs", "hq", "lulc_cur.tif"),
        "THREATS": ref("inputs", "hq", "threats.csv"),
        "THREAT_RASTERS": [ref("inputs", "hq", t + "_c.tif") for t in THREATS],
        "SENSITIVITY": ref("inputs", "hq", "sensitivity.csv"),
        "ACCESS": ref("inputs", "hq", "access.gpkg"), "ACCESS_FIELD": "access",
        "K": 0.05, "BASELINE": ref("inputs", "hq", "lulc_bas.tif"),
        "DEGRADATION": str(tmp_path / "d.tif"), "QUALITY": str(tmp_path / "q.tif"),
        "RARITY": str(tmp_path / "r.tif"), "RARITY_TABLE": str(tmp_path / "r.csv")})
    for key, name in (("DEGRADATION", "deg_sum_c"), ("QUALITY", "quality_c"),
                      ("RARITY", "rarity_c")):
        ours = read_tif(res[key])[0]
        theirs = read_tif(ref("outputs", "hq", name + ".tif"))[0]
        assert_same_nodata_and_close(ours, theirs, rtol=1e-4, atol=1e-12)
    with open(ref("outputs", "hq", "rarity_c.csv")) as fh:
        expected = {int(r["lucode"]): float(r["rarity_value"]) for r in csv.DictReader(fh)}
    got = {int(f["lucode"]): float(f["rarity_value"])
           for f in QgsVectorLayer(res["RARITY_TABLE"], "t", "ogr").getFeatures()}
    assert got.keys() == expected.keys()
    for c in expected:
        assert got[c] == pytest.approx(expected[c], rel=1e-12, abs=1e-15)


def test_habitat_threat_paths_from_table(tmp_path, run):
    """Without 'Threat rasters', cur_path of the table (relative to it) is used: the same
    degradation as InVEST. The threats table is a delimited-text layer here (a table layer of
    the project), the sensitivity table a CSV path."""
    uri = "file://%s?delimiter=,&detectTypes=yes&geomType=none" % ref("inputs", "hq",
                                                                        "threats.csv")
    threats = QgsVectorLayer(uri, "threats", "delimitedtext")
    assert threats.isValid()
    res = run("ecoecon:habitatquality", {
        "LULC": ref("inputs", "hq", "lulc_cur.tif"), "THREATS": threats,
        "SENSITIVITY": ref("inputs", "hq", "sensitivity.csv"), "K": 0.05,
        "DEGRADATION": str(tmp_path / "d.tif"), "QUALITY": str(tmp_path / "q.tif")})
    # same threats and sensitivities as InVEST's run but no access polygons: InVEST's D is
    # ours times β, with β one of the access values 1, 0.8, 0.2 of the polygons
    ours = read_tif(res["DEGRADATION"])[0]
    theirs = read_tif(ref("outputs", "hq", "deg_sum_c.tif"))[0]
    fits = [np.isclose(theirs, ours * b, rtol=1e-4, atol=1e-12) for b in (1.0, 0.8, 0.2)]
    assert np.logical_or.reduce(fits).all()
    assert fits[0].mean() > 0.9  # most of the window has β = 1


def _one_threat_case(tmp_path, run, decay, method, max_dist=250.0, cell=10.0, n=41):
    lu = np.ones((n, n), np.int32)
    lu[0, 0] = 9  # a non-habitat class
    lu[0, 1] = -1  # nodata
    thr = np.zeros((n, n), np.uint8)
    c = n // 2
    thr[c, c] = 1
    (tmp_path / "t.csv").write_text(
        "threat,max_dist,weight,decay\nroad,%g,0.6,%s\nmine,1000,0.4,linear\n"
        % (max_dist, decay))
    # 'L_mine': the sensitivity column name of tables before InVEST 3.15
    (tmp_path / "s.csv").write_text("lucode,habitat,road,L_mine\n1,0.8,0.5,1\n9,0,0.25,1\n")
    files = [write_tif(tmp_path / "road.tif", thr, cell=cell, dtype=None),
             write_tif(tmp_path / "mine_c.tif", np.zeros((n, n), np.uint8), cell=cell)]
    res = run("ecoecon:habitatquality", {
        "LULC": write_tif(tmp_path / "lu.tif", lu, cell=cell, nodata=-1),
        "THREATS": str(tmp_path / "t.csv"), "THREAT_RASTERS": files,
        "SENSITIVITY": str(tmp_path / "s.csv"), "K": 0.3, "METHOD": method,
        "DEGRADATION": str(tmp_path / ("d%d.tif" % method)),
        "QUALITY": str(tmp_path / ("q%d.tif" % method))})
    deg = read_tif(res["DEGRADATION"])[0]
    q = read_tif(res["QUALITY"])[0]
    rows, cols = np.indices(lu.shape)
    d = np.hypot(rows - c, cols - c) * cell  # metres from the threat cell
    sens = np.where(lu == 9, 0.25, 0.5)
    return deg, q, d, sens, lu


@pytest.mark.parametrize("decay", ["linear", "exponential"])
def test_habitat_one_threat_nearest_decay_by_formula(tmp_path, run, decay):
    deg, q, d, sens, lu = _one_threat_case(tmp_path, run, decay, 0)
    dmax = 250.0
    i = 1 - d / dmax if decay == "linear" else np.exp(-2.99 * d / dmax)
    i[d > dmax] = 0
    expected = 0.6 / (0.6 + 0.4) * i * sens  # the second threat has no cell but counts in Σw
    ok = lu != -1
    np.testing.assert_allclose(deg[ok], expected[ok], rtol=1e-6, atol=1e-7)
    dz = expected ** 2.5
    hab = np.where(lu == 9, 0.0, 0.8)
    np.testing.assert_allclose(q[ok], (hab * (1 - dz / (dz + 0.3 ** 2.5)))[ok], rtol=1e-5,
                               atol=1e-7)
    assert np.isnan(deg[0, 1]) and np.isnan(q[0, 1])


@pytest.mark.parametrize("decay", ["linear", "exponential"])
def test_habitat_one_threat_convolution_by_formula(tmp_path, run, decay):
    """InVEST 3.3–3.12: kernel normalised over its whole extent (which here reaches beyond
    the raster for the exponential decay)."""
    deg, q, d, sens, lu = _one_threat_case(tmp_path, run, decay, 1, max_dist=100.0)
    m = 10.0  # max_dist in cells
    radius = m if decay == "linear" else 5 * m
    r = np.arange(-radius, radius + 1)
    kd = np.hypot(r[:, None], r[None, :])
    k = np.where(kd > radius, 0, (m - kd) / m if decay == "linear" else np.exp(-kd / m))
    total = k.sum()
    dd = d / 10.0
    i = np.where(dd > radius, 0, (m - dd) / m if decay == "linear" else np.exp(-dd / m)) / total
    expected = 0.6 * i * sens
    ok = lu != -1
    np.testing.assert_allclose(deg[ok], expected[ok], rtol=1e-5, atol=1e-9)


def test_habitat_missing_code_and_threat_column(tmp_path, run):
    lu = np.array([[1, 5]], np.int32)
    thr = np.array([[0, 1]], np.uint8)
    (tmp_path / "t.csv").write_text("threat,max_dist,weight,decay\nroad,100,1,linear\n")
    (tmp_path / "s.csv").write_text("lucode,habitat,road\n1,1,1\n")
    p = {"LULC": write_tif(tmp_path / "lu.tif", lu), "THREATS": str(tmp_path / "t.csv"),
         "THREAT_RASTERS": [write_tif(tmp_path / "road.tif", thr)],
         "SENSITIVITY": str(tmp_path / "s.csv"), "DEGRADATION": str(tmp_path / "d.tif"),
         "QUALITY": str(tmp_path / "q.tif")}
    with pytest.raises(QgsProcessingException, match=r"\b5\b"):
        run("ecoecon:habitatquality", p)
    (tmp_path / "s2.csv").write_text("lucode,habitat,rail\n1,1,1\n5,1,1\n")
    with pytest.raises(QgsProcessingException, match="road"):
        run("ecoecon:habitatquality", {**p, "SENSITIVITY": str(tmp_path / "s2.csv")})
    assert not (tmp_path / "d.tif").exists()
