"""soilconservation with watersheds works inside their bounding box, snapped outwards to the
DEM's cells as InVEST does (issue 16, item 4), and pads the outputs back to the DEM grid: the
same numbers as a run on inputs cropped to that box beforehand (with GDAL here), nodata
outside."""
import numpy as np
from osgeo import gdal, ogr, osr

from tests.conftest import shared_data
from tests.helpers import read_tif

OUTS = ("SOIL_CONSERVATION", "USLE", "SED_EXPORT", "SDR", "LS", "RKLS", "FLOW_ACCUMULATION",
        "SED_DEPOSITION", "IC")


def _polygon(path, gt, epsg_wkt, x0, x1, y0, y1):
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(epsg_wkt)
    lyr = ds.CreateLayer("ws", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("ws_id", ogr.OFTInteger))
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("ws_id", 7)
    # an irregular polygon (not a rectangle): its envelope is the box
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
            x0, y0, x1, y0 + (y1 - y0) * 0.3, x1, y1, (x0 + x1) / 2, y1, x0, y0)))
    lyr.CreateFeature(f)
    ds = None
    return str(path)


def test_watershed_window_matches_a_cropped_run(tmp_path, run):
    inp = shared_data("invest_reference", "inputs", "awy_sdr")
    ds = gdal.Open(str(inp / "dem.tif"))
    gt, wkt = ds.GetGeoTransform(), ds.GetProjection()
    # the envelope: x from col 40.3 to col 201.6, y from row 61.7 to row 250.2
    x0, x1 = gt[0] + 40.3 * gt[1], gt[0] + 201.6 * gt[1]
    y1, y0 = gt[3] + 61.7 * gt[5], gt[3] + 250.2 * gt[5]
    ws = _polygon(tmp_path / "ws.gpkg", gt, wkt, x0, x1, y0, y1)
    # InVEST's window: the envelope snapped outwards to whole cells
    r0, r1, c0, c1 = 61, 251, 40, 202
    names = ("dem.tif", "erosivity_SYNTHETIC.tif", "erodibility_SYNTHETIC.tif", "lulc.tif")
    crop = tmp_path / "crop"
    crop.mkdir()
    for n in names:
        gdal.Translate(str(crop / n), str(inp / n), srcWin=[c0, r0, c1 - c0, r1 - r0])

    def params(folder, tag):
        p = {"DEM": str(folder / "dem.tif"), "EROSIVITY": str(folder / names[1]),
             "ERODIBILITY": str(folder / names[2]), "LULC": str(folder / "lulc.tif"),
             "TABLE": str(inp / "biophysical_sdr.csv"), "FLOW_DIR": 0, "WATERSHEDS": ws,
             "WS_ID_FIELD": "ws_id", "WATERSHED_TABLE": str(tmp_path / (tag + "_ws.csv"))}
        p.update({k: str(tmp_path / ("%s_%s.tif" % (tag, k.lower()))) for k in OUTS})
        return p

    full = run("ecoecon:soilconservation", params(inp, "full"))
    cropped = run("ecoecon:soilconservation", params(crop, "crop"))
    win = (slice(r0, r1), slice(c0, c1))
    for k in OUTS:
        a = read_tif(full[k])[0]
        b = read_tif(cropped[k])[0]
        assert a.shape == (300, 300) and b.shape == (r1 - r0, c1 - c0)
        np.testing.assert_array_equal(a[win], b, err_msg=k)
        outside = np.ones(a.shape, bool)
        outside[win] = False
        assert np.isnan(a[outside]).all(), k
    assert full["TOTAL_SOIL_CONSERVATION"] == cropped["TOTAL_SOIL_CONSERVATION"] > 0
