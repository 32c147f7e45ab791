"""Vector outputs: polygons from patch rasters, features into sinks."""
import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsProcessingException

from .base import output_skipped
from .compat import SINK_FAST_INSERT, make_field

gdal.UseExceptions()


def polygonize_labels(labels, grid, connectivity=8):
    """Polygons of the cells of each positive label: ``{label: QgsGeometry}`` (multi-part
    where a label has several pieces). Uses GDAL Polygonize (8-connected when asked)."""
    lab = np.asarray(labels, dtype=np.int32)
    drv = gdal.GetDriverByName("MEM")
    ds = drv.Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
    ds.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    band = ds.GetRasterBand(1)
    band.WriteArray(lab)
    mds = drv.Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    mds.GetRasterBand(1).WriteArray((lab > 0).astype(np.uint8))
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    if grid.crs_wkt:
        srs.ImportFromWkt(grid.crs_wkt)
    lyr = mem.CreateLayer("p", srs=srs, geom_type=ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    opts = ["8CONNECTED=8"] if connectivity == 8 else []
    gdal.Polygonize(band, mds.GetRasterBand(1), lyr, 0, opts)
    parts = {}
    for f in lyr:
        g = QgsGeometry()
        g.fromWkb(bytes(f.GetGeometryRef().ExportToWkb()))
        parts.setdefault(int(f.GetField(0)), []).append(g)
    out = {}
    for k, gs in parts.items():
        g = gs[0] if len(gs) == 1 else QgsGeometry.collectGeometry(gs)
        if not g.isGeosValid():
            # 8-connected cells touch at corners: rings that meet at a vertex are invalid for
            # GEOS; make them valid (same area) so later steps accept the polygons
            g = g.makeValid()
            if g.type() != 2 or g.wkbType() in (7, 1007):  # a collection: keep its polygons
                g.convertGeometryCollectionToSubclass(2)
        if not g.isMultipart():
            g.convertToMultiType()
        out[k] = g
    return out


def make_fields(columns):
    fields = QgsFields()
    for name, kind in columns:
        fields.append(make_field(name, kind))
    return fields


def write_features(alg, parameters, name, context, columns, geom_type, crs, records):
    """Create the sink ``name`` and add ``records`` = iterable of ``(QgsGeometry, [attrs])``.
    Returns the destination id (None, writing nothing, for an optional output not asked for)."""
    fields = make_fields(columns)
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, geom_type, crs)
    if sink is None:
        if output_skipped(alg, parameters, name):
            return None
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    feats = []
    for geom, attrs in records:
        f = QgsFeature(fields)
        f.setGeometry(geom)
        f.setAttributes([a.item() if hasattr(a, "item") else a for a in attrs])
        feats.append(f)
    sink.addFeatures(feats, SINK_FAST_INSERT)
    return dest


def rasterize(records, grid, all_touched=False, dtype=gdal.GDT_Int32):
    """Burn ``records`` = iterable of ``(QgsGeometry, value)`` onto ``grid`` (GDAL Rasterize);
    later records overwrite earlier ones. Returns an array (0 where nothing was burnt).
    ``all_touched`` burns every cell a geometry touches (use it for thin lines)."""
    drv = gdal.GetDriverByName("MEM")
    ds = drv.Create("", grid.width, grid.height, 1, dtype)
    ds.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    if grid.crs_wkt:
        srs.ImportFromWkt(grid.crs_wkt)
    lyr = mem.CreateLayer("r", srs=srs, geom_type=ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTReal))
    defn = lyr.GetLayerDefn()
    for geom, value in records:
        if geom is None or geom.isEmpty():
            continue
        f = ogr.Feature(defn)
        f.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geom.asWkb())))
        f.SetField("v", float(value))
        lyr.CreateFeature(f)
    opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(ds, [1], lyr, options=opts)
    return ds.GetRasterBand(1).ReadAsArray()
