"""Input helpers shared by the water yield, habitat quality and carbon algorithms:
land-use-keyed tables and polygons rasterised on the land-use grid."""
import os

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (QgsFeatureRequest, QgsProcessingException,
                       QgsProviderRegistry)
from qgis.PyQt.QtCore import QCoreApplication

from ..tables import read_table

gdal.UseExceptions()

#: accepted names of the land-use code column (InVEST 3.15+: lucode; older tables: lulc)
CODE_FIELDS = ("lucode", "lulc", "code")




def code_field(table):
    for name in CODE_FIELDS:
        if table.has(name):
            return table.field(name)
    raise QgsProcessingException(
        QCoreApplication.translate("EcoEconEcosystemInputs",
            "The table {} has no land-use code column (lucode). Its fields are: {}.").format(
            table.label, ", ".join(table.fields)))


def read_lulc_table(alg, parameters, name, context, label, columns):
    """Read a table keyed by land-use code → ``(table, codes, {column: [float]})``."""
    table = read_table(alg, parameters, name, context, label)
    codes = table.codes(code_field(table))
    values = {c: table.numbers(c) for c in columns}
    return table, codes, values


def table_dir(alg, parameters, name, context):
    """Folder of the file behind a table parameter (for paths written in the table), or None."""
    try:
        layer = alg.parameterAsVectorLayer(parameters, name, context)
    except Exception:  # pragma: no cover - not a layer-backed source
        layer = None
    if layer is None:
        return None
    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(),
                                                    layer.source()).get("path")
    if path and os.path.exists(path):
        return os.path.dirname(os.path.abspath(path))
    return None


def _features_in_grid_crs(source, grid, context):
    req = QgsFeatureRequest()
    crs = grid.crs
    if crs.isValid() and source.sourceCrs().isValid() and source.sourceCrs() != crs:
        req.setDestinationCrs(crs, context.transformContext())
    return source.getFeatures(req)


def _mem_raster(grid, xoff=0, yoff=0, width=None, height=None, fill=0.0,
                dtype=gdal.GDT_Float64):
    gt = grid.geotransform
    w = grid.width if width is None else width
    h = grid.height if height is None else height
    ds = gdal.GetDriverByName("MEM").Create("", w, h, 1, dtype)
    ds.SetGeoTransform((gt[0] + xoff * gt[1], gt[1], 0.0, gt[3] + yoff * gt[5], 0.0, gt[5]))
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    ds.GetRasterBand(1).Fill(fill)
    return ds


def _ogr_layer(grid, field=None):
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    if grid.crs_wkt:
        srs.ImportFromWkt(grid.crs_wkt)
    lyr = mem.CreateLayer("p", srs=srs, geom_type=ogr.wkbMultiPolygon)
    if field:
        lyr.CreateField(ogr.FieldDefn(field, ogr.OFTReal))
    return mem, lyr


def _ogr_geom(geom):
    return ogr.CreateGeometryFromWkb(bytes(geom.asWkb()))


def rasterize_attribute(source, grid, context, field, fill=1.0, lo=None, hi=None, label=""):
    """Burn the numeric ``field`` of the polygons of ``source`` onto ``grid`` (cells whose
    centre is inside; a later feature overwrites an earlier one, as GDAL rasterises).
    Cells outside every polygon get ``fill``; a NULL value leaves the cell at ``fill``."""
    mem, lyr = _ogr_layer(grid, "v")
    fname = None
    for f in source.fields():
        if f.name().lower() == field.lower():
            fname = f.name()
    if fname is None:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconEcosystemInputs",
                "The polygons {} have no field '{}'.").format(label, field))
    for feat in _features_in_grid_crs(source, grid, context):
        val = feat[fname]
        if val is None or (hasattr(val, "isNull") and val.isNull()) or not feat.hasGeometry():
            continue
        try:
            val = float(val)
        except (TypeError, ValueError):
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconEcosystemInputs",
                    "The polygons {}: field '{}' holds '{}', which is not a number.").format(
                    label, fname, val))
        if (lo is not None and val < lo) or (hi is not None and val > hi):
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconEcosystemInputs",
                    "The polygons {}: field '{}' holds {:g}, outside {:g}–{:g}.").format(
                    label, fname, val, lo, hi))
        of = ogr.Feature(lyr.GetLayerDefn())
        of.SetGeometry(_ogr_geom(feat.geometry()))
        of.SetField("v", val)
        lyr.CreateFeature(of)
    ds = _mem_raster(grid, fill=fill)
    gdal.RasterizeLayer(ds, [1], lyr, options=["ATTRIBUTE=v"])
    return ds.GetRasterBand(1).ReadAsArray()


def polygon_zones(source, grid, context, id_field=None, feedback=None):
    """Each polygon of ``source`` as a zone on ``grid``: a list of
    ``(id, area in m², (r0, r1, c0, c1, mask))``. Cells belong to a polygon when their centre
    is inside it (overlapping polygons each get their cells); a polygon too small to hold a
    cell centre gets the cells under its bounding box (as pygeoprocessing's zonal statistics).
    The area is the polygon's own area in the grid's CRS (m²)."""
    gt = grid.geotransform
    zones = []
    id_name = None
    if id_field:
        for f in source.fields():
            if f.name().lower() == id_field.lower():
                id_name = f.name()
        if id_name is None:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconEcosystemInputs",
                    "The watershed polygons have no field '{}'.").format(id_field))
    for feat in _features_in_grid_crs(source, grid, context):
        if feedback is not None and feedback.isCanceled():
            break
        if not feat.hasGeometry():
            continue
        geom = feat.geometry()
        fid = feat[id_name] if id_name else feat.id()
        if hasattr(fid, "isNull") and fid.isNull():
            fid = None
        bb = geom.boundingBox()
        c0 = int(np.floor((bb.xMinimum() - gt[0]) / gt[1]))
        c1 = int(np.ceil((bb.xMaximum() - gt[0]) / gt[1]))
        r0 = int(np.floor((bb.yMaximum() - gt[3]) / gt[5]))
        r1 = int(np.ceil((bb.yMinimum() - gt[3]) / gt[5]))
        c0, r0 = max(c0, 0), max(r0, 0)
        c1, r1 = min(c1, grid.width), min(r1, grid.height)
        area = geom.area()
        if c1 <= c0 or r1 <= r0:
            zones.append((fid, area, (0, 0, 0, 0, np.zeros((0, 0), bool))))
            continue
        mem, lyr = _ogr_layer(grid)
        of = ogr.Feature(lyr.GetLayerDefn())
        of.SetGeometry(_ogr_geom(geom))
        lyr.CreateFeature(of)
        ds = _mem_raster(grid, c0, r0, c1 - c0, r1 - r0, 0, gdal.GDT_Byte)
        gdal.RasterizeLayer(ds, [1], lyr, burn_values=[1])
        mask = ds.GetRasterBand(1).ReadAsArray() > 0
        if not mask.any():
            mask[:] = True
        zones.append((fid, area, (r0, r1, c0, c1, mask)))
    return zones
