"""write_raster with ``offset``: a window written into the whole grid reads back (GDAL) as
the same window padded with nodata — GeoTIFF with its outer tiles not stored, another format
padded in memory — against the padded array built here."""
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem

from ecoecon.algorithms.raster_io import FLOAT_NODATA, RasterGrid, write_raster


@pytest.mark.parametrize("ext", ["tif", "img"])
def test_window_written_into_the_whole_grid(tmp_path, ext):
    h, w = 700, 650  # several 256 × 256 tiles
    grid = RasterGrid(w, h, (500.0, 30.0, 0.0, 9000.0, 0.0, -30.0),
                      QgsCoordinateReferenceSystem("EPSG:32650").toWkt())
    rng = np.random.default_rng(1)
    r0, c0, wh, ww = 300, 270, 123, 301   # not on tile boundaries
    arr = rng.random((wh, ww))
    ok = rng.random((wh, ww)) > 0.1
    path = str(tmp_path / ("out." + ext))
    write_raster(path, arr, ok, grid, "Float64", offset=(r0, c0))
    ds = gdal.Open(path)
    assert (ds.RasterXSize, ds.RasterYSize) == (w, h)
    assert ds.GetGeoTransform() == pytest.approx(grid.geotransform)
    b = ds.GetRasterBand(1)
    assert b.GetNoDataValue() == pytest.approx(FLOAT_NODATA)
    got = b.ReadAsArray()
    want = np.full((h, w), b.GetNoDataValue())
    want[r0:r0 + wh, c0:c0 + ww] = np.where(ok, arr, b.GetNoDataValue())
    np.testing.assert_array_equal(got, want)
    ds = None
    if ext == "tif":  # the same cells as the padded array written whole
        full = str(tmp_path / "full.tif")
        pad_ok = np.zeros((h, w), bool)
        pad_ok[r0:r0 + wh, c0:c0 + ww] = ok
        pad = np.zeros((h, w))
        pad[r0:r0 + wh, c0:c0 + ww] = arr
        write_raster(full, pad, pad_ok, grid, "Float64")
        np.testing.assert_array_equal(gdal.Open(full).ReadAsArray(), want)


def test_window_must_fit(tmp_path):
    grid = RasterGrid(10, 10, (0.0, 1.0, 0.0, 10.0, 0.0, -1.0),
                      QgsCoordinateReferenceSystem("EPSG:32650").toWkt())
    with pytest.raises(ValueError):
        write_raster(str(tmp_path / "x.tif"), np.zeros((5, 5)), np.ones((5, 5), bool), grid,
                     offset=(6, 0))
    with pytest.raises(ValueError):
        write_raster(str(tmp_path / "y.tif"), np.zeros((5, 5)), np.ones((5, 5), bool), grid)


def _tif(path, arr, gt, nodata=None):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1,
                                              gdal.GDT_Float32)
    ds.SetGeoTransform(gt)
    ds.SetProjection(QgsCoordinateReferenceSystem("EPSG:32650").toWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def test_windowed_reads_equal_the_whole_read_cut(tmp_path):
    from ecoecon.algorithms.raster_io import read_aligned, read_raster
    rng = np.random.default_rng(2)
    a = rng.random((90, 80)).astype(np.float32)
    a[5:9, 60:70] = -9
    ref = _tif(tmp_path / "a.tif", a, (500.0, 30.0, 0.0, 9000.0, 0.0, -30.0), -9)
    # the same grid, and a coarser, shifted one (warped: bilinear)
    same = _tif(tmp_path / "b.tif", rng.random((90, 80)).astype(np.float32),
                (500.0, 30.0, 0.0, 9000.0, 0.0, -30.0))
    other = _tif(tmp_path / "c.tif", rng.random((40, 40)).astype(np.float32),
                 (470.0, 70.0, 0.0, 9030.0, 0.0, -70.0))
    win = (3, 50, 55, 77)
    cut = (slice(3, 50), slice(55, 77))
    full, ok, grid = read_raster(ref, name="a")
    part, pok, pgrid = read_raster(ref, name="a", window=win)
    assert pgrid.same_as(grid)
    np.testing.assert_array_equal(part, full[cut])
    np.testing.assert_array_equal(pok, ok[cut])
    assert not pok.all() and pok.any()
    for path, how in ((same, "nearest"), (other, "bilinear")):
        whole, wok = read_aligned(path, grid, 1, "x", how)
        part, pok = read_aligned(path, grid, 1, "x", how, window=win)
        np.testing.assert_array_equal(part, whole[cut])
        np.testing.assert_array_equal(pok, wok[cut])
