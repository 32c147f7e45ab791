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


def _tif(path, arr, gt, nodata=None, gdt=gdal.GDT_Float32):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gdt)
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


@pytest.mark.parametrize("gdt,dtype,nodata", [
    (gdal.GDT_Int16, np.int16, -32768), (gdal.GDT_Byte, np.uint8, 255),
    (gdal.GDT_Float32, np.float32, -9.0), (gdal.GDT_Float64, np.float64, -9.0),
    (gdal.GDT_UInt16, np.uint16, None)])
def test_native_reads_keep_the_type_and_the_values(tmp_path, gdt, dtype, nodata):
    """``native``: the band's own type (8-/16-/32-bit integers, float32, float64) with the
    values and the valid cells of the float64 read; a warped layer stays float64."""
    from ecoecon.algorithms.raster_io import read_aligned, read_raster
    gt = (500.0, 30.0, 0.0, 9000.0, 0.0, -30.0)
    rng = np.random.default_rng(3)
    a = rng.integers(0, 200, (30, 40)).astype(dtype)
    if nodata is not None:
        a[2:5, 3:9] = nodata
    path = _tif(tmp_path / "n.tif", a, gt, nodata, gdt)
    f64, ok, grid = read_raster(path, name="n")
    nat, nok, _ = read_raster(path, name="n", native=True)
    assert f64.dtype == np.float64 and nat.dtype == dtype
    np.testing.assert_array_equal(nok, ok)
    assert ok.sum() == a.size - (18 if nodata is not None else 0)
    np.testing.assert_array_equal(nat.astype(np.float64)[ok], f64[ok])
    same, sok = read_aligned(path, grid, 1, "n", "nearest", native=True)
    assert same.dtype == dtype
    np.testing.assert_array_equal(sok, ok)
    other = RasterGrid(20, 15, (500.0, 60.0, 0.0, 9000.0, 0.0, -60.0), grid.crs_wkt)
    warped, _ = read_aligned(path, other, 1, "n", "nearest", native=True)
    assert warped.dtype == np.float64
