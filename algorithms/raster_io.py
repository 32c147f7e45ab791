"""Raster input and output, in one place (GDAL as shipped with QGIS).

* :func:`read_raster` reads one band of a raster layer into a float64 array, its valid mask
  (GDAL's mask band: nodata value, alpha or per-dataset mask) and its :class:`RasterGrid`.
* :func:`read_aligned` puts a secondary raster on a reference grid (same CRS, extent, cell size)
  with GDAL Warp: nearest neighbour for categorical inputs, bilinear or average for continuous
  ones; the choice is written to the log.
* :func:`require_projected` refuses a geographic CRS where distances or areas matter.
* :func:`write_raster` writes a compressed, tiled GeoTIFF with nodata and the CRS set, first to a
  temporary file that is renamed at the end, so a failure never leaves a half-written output.
"""
import os
import uuid
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication

from . import outputs

gdal.UseExceptions()

FLOAT_NODATA = float(np.finfo(np.float32).min)  # as InVEST for float outputs
INT_NODATA = -1

_RESAMPLING = {"nearest": gdal.GRA_NearestNeighbour, "bilinear": gdal.GRA_Bilinear,
               "average": gdal.GRA_Average}
_GDAL_TYPES = {"Byte": gdal.GDT_Byte, "Int16": gdal.GDT_Int16, "UInt16": gdal.GDT_UInt16,
               "Int32": gdal.GDT_Int32, "Float32": gdal.GDT_Float32, "Float64": gdal.GDT_Float64}
_NP_TYPES = {"Byte": np.uint8, "Int16": np.int16, "UInt16": np.uint16, "Int32": np.int32,
             "Float32": np.float32, "Float64": np.float64}



@dataclass
class RasterGrid:
    """Where a raster's cells are: size, geotransform and CRS (WKT)."""
    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @property
    def cell_width(self):
        return abs(self.geotransform[1])

    @property
    def cell_height(self):
        return abs(self.geotransform[5])

    @property
    def cell_area(self):
        """Cell area in CRS units squared (m² in a metric projected CRS)."""
        return self.cell_width * self.cell_height

    @property
    def shape(self):
        return (self.height, self.width)

    @property
    def bounds(self):
        """(xmin, ymin, xmax, ymax) of a north-up grid."""
        gt = self.geotransform
        x0, x1 = gt[0], gt[0] + gt[1] * self.width
        y0, y1 = gt[3], gt[3] + gt[5] * self.height
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    @property
    def crs(self):
        return QgsCoordinateReferenceSystem.fromWkt(self.crs_wkt)

    def same_as(self, other, rtol=1e-9):
        if (self.width, self.height) != (other.width, other.height):
            return False
        scale = max(self.cell_width, self.cell_height)
        if any(abs(a - b) > rtol * max(scale, 1.0) for a, b in zip(self.geotransform,
                                                                    other.geotransform)):
            return False
        return _crs_equal(self.crs_wkt, other.crs_wkt)

    def cell_centers(self, rows, cols):
        """Map coordinates of the centres of cells (row, col) (arrays)."""
        gt = self.geotransform
        x = gt[0] + (np.asarray(cols) + 0.5) * gt[1] + (np.asarray(rows) + 0.5) * gt[2]
        y = gt[3] + (np.asarray(cols) + 0.5) * gt[4] + (np.asarray(rows) + 0.5) * gt[5]
        return x, y


def _crs_equal(wkt_a, wkt_b):
    if wkt_a == wkt_b:
        return True
    a, b = osr.SpatialReference(), osr.SpatialReference()
    try:
        a.ImportFromWkt(wkt_a)
        b.ImportFromWkt(wkt_b)
    except RuntimeError:
        return False
    return bool(a.IsSame(b))




def _open(layer, name):
    if layer is None:
        raise QgsProcessingException(QCoreApplication.translate("EcoEconIO", "The raster {} could not be loaded.").format(name))
    src = layer.source() if isinstance(layer, QgsRasterLayer) else str(layer)
    try:
        ds = gdal.Open(src, gdal.GA_ReadOnly)
    except RuntimeError as e:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "The raster {} ({}) cannot be read by GDAL: {}").format(name, src, e))
    if ds is None:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "The raster {} ({}) cannot be read by GDAL.").format(name, src))
    return ds


def grid_of(ds):
    gt = ds.GetGeoTransform()
    if gt[2] != 0 or gt[4] != 0:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "The raster {} is rotated; warp it to a north-up grid first.").format(
                ds.GetDescription()))
    return RasterGrid(ds.RasterXSize, ds.RasterYSize, tuple(gt), ds.GetProjection() or "")


def layer_grid(layer, name="raster"):
    return grid_of(_open(layer, name))


#: the data types kept as they are by ``native`` reads: every value is exact in them, and
#: the cores convert where they compute (a byte land use is 1/8 of its float64 copy)
_NATIVE = (np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.float32,
           np.float64)


def _read_band(ds, band, name, window=None, native=False):
    if band < 1 or band > ds.RasterCount:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "The raster {} has no band {} (it has {}).").format(name, band, ds.RasterCount))
    b = ds.GetRasterBand(band)
    # window (row0, row1, col0, col1): only those cells are read
    part = () if window is None else (window[2], window[0], window[3] - window[2],
                                      window[1] - window[0])
    arr = b.ReadAsArray(*part)
    if not (native and arr.dtype.type in _NATIVE):
        arr = arr.astype(np.float64)
    valid = b.GetMaskBand().ReadAsArray(*part) > 0
    if arr.dtype.kind == "f":
        valid &= np.isfinite(arr)
    return arr, valid


def read_raster(layer, band=1, name="raster", require_data=True, window=None, native=False):
    """Read band ``band`` of ``layer`` → ``(array, valid mask, RasterGrid)`` (float64 unless
    ``native``).

    Raises a ``QgsProcessingException`` naming ``name`` when the raster cannot be read, is empty
    or (``require_data``) holds no valid cell. ``window`` (optional): ``(row0, row1, col0,
    col1)``, only those cells are read (the grid returned is still the whole raster's).
    ``native``: the array keeps the band's own type where it is an 8-, 16- or 32-bit integer
    or a float32 (the same values in a half to an eighth of the memory of float64; for cores
    that convert where they compute), float64 otherwise.
    """
    ds = _open(layer, name)
    grid = grid_of(ds)
    if grid.width == 0 or grid.height == 0:
        raise QgsProcessingException(QCoreApplication.translate("EcoEconIO", "The raster {} is empty.").format(name))
    arr, valid = _read_band(ds, band, name, window, native)
    if require_data and not valid.any():
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "The raster {} holds only nodata cells; choose a raster with data.").format(name))
    return arr, valid, grid


def require_projected(grid_or_crs, name, why=None):
    """Refuse a geographic (or missing) CRS where distances or areas are computed."""
    crs = grid_or_crs.crs if isinstance(grid_or_crs, RasterGrid) else grid_or_crs
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "{} has no coordinate reference system. Assign its projected CRS (in metres) "
                "with 'Assign projection' first.").format(name))
    if crs.isGeographic():
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "{} is in the geographic CRS {} (degrees), but this algorithm measures "
                "distances and areas in metres. Reproject it to a projected CRS in metres "
                "(for example the local UTM zone) with 'Warp (reproject)' or 'Reproject layer' "
                "and run again.").format(name, crs.authid() or crs.description()))


def read_aligned(layer, ref_grid, band=1, name="raster", resampling="nearest", feedback=None,
                 require_data=True, window=None, native=False):
    """Read ``layer`` on ``ref_grid``. Same grid: read as is. Otherwise GDAL Warp to the
    reference CRS, extent and cell size with ``resampling``: 'nearest' for categorical data;
    for continuous data 'bilinear', 'average', or 'continuous' (average when the source cells
    are smaller than the reference cells, bilinear otherwise). The step is reported in the log.

    Cells of the reference grid outside the layer come back invalid. ``window`` (optional):
    ``(row0, row1, col0, col1)`` of ``ref_grid``, only those cells are returned (read alone
    when the layer is on ``ref_grid``; otherwise warped whole and cut, so the values are the
    same either way). ``native``: as :func:`read_raster` where the layer is on ``ref_grid``
    (a warped layer is float64).
    """
    ds = _open(layer, name)
    grid = grid_of(ds)
    if grid.same_as(ref_grid):
        arr, valid = _read_band(ds, band, name, window, native)
        window = None
    else:
        if resampling == "continuous":
            # average when the source is finer than the reference (every fine cell counts),
            # bilinear when it is coarser or the same size
            resampling = ("average" if grid.cell_width * grid.cell_height
                          < 0.999 * ref_grid.cell_area else "bilinear")
        if resampling not in _RESAMPLING:
            raise ValueError(resampling)
        if not ds.GetProjection() and ref_grid.crs_wkt:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconIO", "The raster {} has no CRS, so it cannot be aligned to the reference "
                    "grid; assign its CRS first.").format(name))
        if feedback is not None:
            feedback.pushInfo(
                QCoreApplication.translate("EcoEconIO", "Aligning {} ({}×{} cells of {:g}) to the reference grid ({}×{} cells of "
                    "{:g}) with {} resampling.").format(
                    name, grid.width, grid.height, grid.cell_width, ref_grid.width,
                    ref_grid.height, ref_grid.cell_width, resampling))
        src = ds if ds.RasterCount == 1 else gdal.Translate(
            "", ds, options=gdal.TranslateOptions(format="VRT", bandList=[band]))
        opts = gdal.WarpOptions(
            format="MEM", outputBounds=ref_grid.bounds, width=ref_grid.width,
            height=ref_grid.height, dstSRS=ref_grid.crs_wkt or None,
            resampleAlg=_RESAMPLING[resampling], outputType=gdal.GDT_Float64,
            dstNodata=float("nan"), multithread=False)
        out = gdal.Warp("", src, options=opts)
        arr = out.GetRasterBand(1).ReadAsArray().astype(np.float64)
        valid = np.isfinite(arr)
    if window is not None:
        r0, r1, c0, c1 = window
        arr, valid = arr[r0:r1, c0:c1].copy(), valid[r0:r1, c0:c1].copy()
    if require_data and not valid.any():
        _no_data_on_grid(ds, grid, band, ref_grid, name)
    return arr, valid


def _no_data_on_grid(ds, grid, band, ref_grid, name):
    """Say why ``ds`` has no valid cell on ``ref_grid``: it holds only nodata, it lies
    elsewhere, or its data lie outside the grid."""
    _, own = _read_band(ds, band, name)
    if not own.any():
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "The raster {} holds only nodata cells (its nodata value is {}); choose a raster with data or correct its nodata value.").format(
                name, ds.GetRasterBand(band).GetNoDataValue()))
    a, b = grid.bounds, ref_grid.bounds
    same_crs = _crs_equal(grid.crs_wkt, ref_grid.crs_wkt)
    if same_crs and (a[0] >= b[2] or a[2] <= b[0] or a[1] >= b[3] or a[3] <= b[1]):
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconIO", "The raster {} does not overlap the reference grid: it covers {:.0f}, {:.0f} : {:.0f}, {:.0f} and the reference grid {:.0f}, {:.0f} : {:.0f}, {:.0f} (same CRS). Choose rasters of the same region.").format(
                name, *(tuple(a) + tuple(b))))
    raise QgsProcessingException(
        QCoreApplication.translate("EcoEconIO", "The raster {} has no valid cell inside the reference grid{}: its cells with data lie outside it. Check that it covers the same region as the other inputs{}.").format(
            name, "" if same_crs else QCoreApplication.translate("EcoEconIO", " (after reprojection to the reference CRS)"),
            "" if same_crs else QCoreApplication.translate("EcoEconIO", " and that its CRS is set correctly")))


def _driver_for(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".tif", ".tiff", ""):
        return "GTiff"
    from qgis.core import QgsRasterFileWriter
    drv = QgsRasterFileWriter.driverForExtension(ext[1:])
    return drv or "GTiff"


def write_raster(path, array, valid, grid, dtype="Float32", nodata=None, names=None,
                 offset=None):
    """Write ``array`` as a GeoTIFF (DEFLATE, tiled) with nodata where ``valid`` is False.

    ``array`` is one band (H, W) or several (B, H, W), for example one band per class or per
    year; ``names`` gives the band descriptions. The file is written to a temporary name and
    renamed — at the end of the run when an algorithm is running (see :mod:`outputs`), so a
    failure leaves nothing behind. Returns ``path``.

    ``offset`` (optional): ``(row, col)`` of ``array``'s first cell in ``grid`` when it
    covers only a window of it; the raster has the whole grid, nodata outside the window (in
    a GeoTIFF the tiles outside are not stored at all: ``SPARSE_OK``, read back as nodata).
    """
    if dtype not in _GDAL_TYPES:
        raise ValueError(dtype)
    if nodata is None:
        nodata = FLOAT_NODATA if dtype.startswith("Float") else (
            255 if dtype == "Byte" else (65535 if dtype == "UInt16" else INT_NODATA))
    data = np.asarray(array)
    bands = data[None] if data.ndim == 2 else data
    valid = np.asarray(valid, bool)
    driver = _driver_for(path)
    r0, c0 = offset if offset is not None else (0, 0)
    h, w = bands.shape[1:]
    if r0 < 0 or c0 < 0 or r0 + h > grid.height or c0 + w > grid.width or (
            offset is None and (h, w) != grid.shape):
        raise ValueError("array shape %s at %s does not fit grid %s" % (
            data.shape, (r0, c0), grid.shape))
    if offset is not None and driver != "GTiff":  # other formats: padded here
        pad = np.zeros((len(bands),) + grid.shape, dtype=bands.dtype)
        pad[:, r0:r0 + h, c0:c0 + w] = bands
        pv = np.zeros(grid.shape, bool)
        pv[r0:r0 + h, c0:c0 + w] = valid
        bands, valid, r0, c0, offset = pad, pv, 0, 0, None
    tx = outputs.current()
    if tx is not None:
        tmp = tx.temp_path(path)
    else:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        tmp = "%s.part-%s%s" % (os.path.splitext(path)[0], uuid.uuid4().hex[:8],
                                os.path.splitext(path)[1] or ".tif")
    opts = []
    if driver == "GTiff":
        pred = "3" if dtype.startswith("Float") else "2"
        # ZLEVEL=1: about 4x faster than the default level 6 for ~5 % larger files
        opts = ["COMPRESS=DEFLATE", "ZLEVEL=1", "TILED=YES", "PREDICTOR=" + pred,
                "BIGTIFF=IF_SAFER"] + (["INTERLEAVE=BAND"] if len(bands) > 1 else []) + (
                    ["SPARSE_OK=TRUE"] if offset is not None else [])
    try:
        drv = gdal.GetDriverByName(driver)
        if drv is None or drv.GetMetadataItem(gdal.DCAP_CREATE) != "YES":
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconIO", "The raster output {} cannot be written: GDAL's {} format cannot create files directly. Use '.tif' (GeoTIFF).").format(path, driver))
        try:
            ds = drv.Create(tmp, grid.width, grid.height, len(bands), _GDAL_TYPES[dtype], opts)
            ds.SetGeoTransform(grid.geotransform)
            if grid.crs_wkt:
                ds.SetProjection(grid.crs_wkt)
            for i, arr in enumerate(bands):
                b = ds.GetRasterBand(i + 1)
                b.SetNoDataValue(float(nodata))
                if names is not None:
                    b.SetDescription(str(names[i]))
                b.WriteArray(np.where(valid, arr, nodata).astype(_NP_TYPES[dtype]), c0, r0)
                b.FlushCache()
            ds.FlushCache()
            ds = None
        except RuntimeError as e:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconIO", "The raster output {} could not be written: {}").format(path, e))
        if tx is not None:
            tx.add(tmp, path)
        else:
            if os.path.exists(path):
                os.remove(path)
            os.replace(tmp, path)
    except Exception:
        if tx is None or (tmp, path) not in tx._moves:
            for f in outputs._siblings(tmp):
                os.remove(f)
        raise
    return path
