"""Multi-band GeoTIFFs for the land-use family (one band per class or per year), written like
``raster_io.write_raster``: to a temporary name, renamed at the end, so a failure leaves
nothing behind; band descriptions name the class or year."""
import os
import uuid

import numpy as np
from osgeo import gdal

from ..raster_io import _GDAL_TYPES, _NP_TYPES, FLOAT_NODATA, INT_NODATA

gdal.UseExceptions()


def write_bands(path, arrays, valid, grid, dtype="Float32", nodata=None, names=None):
    """Write ``arrays`` (B, H, W) as a B-band GeoTIFF with nodata where ``valid`` is False."""
    if nodata is None:
        nodata = FLOAT_NODATA if dtype.startswith("Float") else INT_NODATA
    arrays = np.asarray(arrays)
    if arrays.ndim == 2:
        arrays = arrays[None]
    if arrays.shape[1:] != grid.shape:
        raise ValueError("array shape %s does not match grid %s" % (arrays.shape, grid.shape))
    valid = np.asarray(valid, bool)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    root, ext = os.path.splitext(path)
    tmp = "%s.part-%s%s" % (root, uuid.uuid4().hex[:8], ext or ".tif")
    pred = "3" if dtype.startswith("Float") else "2"
    opts = ["COMPRESS=DEFLATE", "TILED=YES", "PREDICTOR=" + pred, "BIGTIFF=IF_SAFER",
            "INTERLEAVE=BAND"]
    try:
        ds = gdal.GetDriverByName("GTiff").Create(tmp, grid.width, grid.height, arrays.shape[0],
                                                  _GDAL_TYPES[dtype], opts)
        ds.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            ds.SetProjection(grid.crs_wkt)
        for i in range(arrays.shape[0]):
            b = ds.GetRasterBand(i + 1)
            b.SetNoDataValue(float(nodata))
            if names is not None:
                b.SetDescription(str(names[i]))
            b.WriteArray(np.where(valid, arrays[i], nodata).astype(_NP_TYPES[dtype]))
            b.FlushCache()
        ds = None
        if os.path.exists(path):
            os.remove(path)
        os.replace(tmp, path)
    except Exception:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return path


def band_count(layer):
    """Number of bands of a raster layer (or path)."""
    src = layer.source() if hasattr(layer, "source") else str(layer)
    ds = gdal.Open(src)
    return ds.RasterCount if ds is not None else 0
