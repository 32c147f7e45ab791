"""Nodata that does not turn into barriers (issue 13, item 5): InVEST's own Willamette outputs
(soil conservation is nodata on the stream network, as InVEST writes it) through
combineservices → resistancesurface → mcrcorridors with the defaults leave no cell that has
land use unreachable; the old 'nodata in the result' choice does cut the valley apart."""
import numpy as np
from osgeo import gdal

from tests.conftest import shared_data
from tests.helpers import read_tif


def _hq_on_awy_window(tmp_path):
    """The bundle's habitat quality lies on another 9 km window; for this test its map is
    placed on the water-yield window (same 300 × 300 grid of 30 m cells)."""
    awy = gdal.Open(str(shared_data("invest_reference", "outputs", "awy", "wyield.tif")))
    hq = gdal.Open(str(shared_data("invest_reference", "outputs", "hq", "quality_c.tif")))
    out = str(tmp_path / "hq_on_awy.tif")
    ds = gdal.GetDriverByName("GTiff").CreateCopy(out, hq)
    ds.SetGeoTransform(awy.GetGeoTransform())
    ds.SetProjection(awy.GetProjection())
    ds = None
    return out


def _chain(tmp_path, run, missing=None, tag="d"):
    out = lambda n: str(tmp_path / (tag + n))  # noqa: E731
    ref = lambda *p: str(shared_data("invest_reference", *p))  # noqa: E731
    services = [ref("outputs", "awy", "wyield.tif"),
                ref("outputs", "sdr_mfd", "avoided_erosion.tif"),
                _hq_on_awy_window(tmp_path),
                ref("outputs", "carbon", "c_storage_bas.tif")]
    extra = {} if missing is None else {"MISSING": missing}
    comb = run("ecoecon:combineservices", {
        "INPUTS": services, "OUTPUT": out("comp.tif"), "CLASSES": out("cls.tif"),
        "BREAKS": out("breaks.csv"), **extra})
    src = run("ecoecon:ecologicalsources", {
        "INPUT": comb["CLASSES"], "MIN_AREA": 0.5, "OUTPUT": out("src.tif"),
        "POLYGONS": out("src.gpkg")})
    lulc = ref("inputs", "awy_sdr", "lulc.tif")
    codes = np.unique(read_tif(lulc)[0])
    codes = codes[np.isfinite(codes)].astype(int)
    table = ", ".join("%d:%d" % (c, 5 if c >= 50 else 50) for c in codes)
    res = run("ecoecon:resistancesurface", {
        "LANDUSE": lulc, "LANDUSE_MAP": table, "SERVICE": comb["OUTPUT"],
        "OUTPUT": out("res.tif"), **extra})
    mcr = run("ecoecon:mcrcorridors", {
        "SOURCE_RASTER": src["OUTPUT"], "RESISTANCE": res["OUTPUT"],
        "MCR": out("mcr.tif"), "ALLOCATION": out("al.tif"), "CORRIDORS": out("cor.gpkg")})
    land = np.isfinite(read_tif(lulc)[0])
    cost = read_tif(mcr["MCR"])[0]
    return int(np.count_nonzero(land & ~np.isfinite(cost))), int(land.sum())


def test_willamette_services_leave_no_land_unreachable(tmp_path, run):
    # the stream network is nodata in InVEST's soil conservation: the old choice, nodata in
    # the result, turns it into walls (this is what the defaults must avoid)
    sc = read_tif(shared_data("invest_reference", "outputs", "sdr_mfd",
                              "avoided_erosion.tif"))[0]
    assert np.isnan(sc).sum() > 1000
    cut_old, n_land = _chain(tmp_path, run, missing=0, tag="old")
    print("unreachable land cells with nodata in the result:", cut_old)
    assert cut_old > 100
    cut, n_land = _chain(tmp_path, run)
    assert n_land == 90000 and cut == 0
