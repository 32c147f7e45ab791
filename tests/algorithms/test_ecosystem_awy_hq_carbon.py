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
