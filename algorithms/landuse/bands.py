"""Multi-band rasters of the land-use family (one band per class or per year); they are
written by ``raster_io.write_raster``, which takes (bands, rows, cols) arrays."""
from osgeo import gdal

gdal.UseExceptions()


def band_count(layer):
    """Number of bands of a raster layer (or path)."""
    src = layer.source() if hasattr(layer, "source") else str(layer)
    ds = gdal.Open(src)
    return ds.RasterCount if ds is not None else 0
