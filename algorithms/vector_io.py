"""Vectors and the grid: polygons from patch rasters, features into sinks, and THE rasteriser.

Polygons → raster, one rule everywhere (:func:`rasterize` for one value per cell,
:func:`polygon_masks` for zones that may overlap):

1. A cell belongs to a polygon when the cell's **centre** lies inside it (GDAL's default, ArcGIS
   Polygon to Raster's CELL_CENTER). Lines and points burn the cells they cross or fall in;
   ``all_touched`` burns every cell a geometry touches (thin lines).
2. A geometry that gets no cell that way — **smaller than a cell**, or thinner than one between
   cell centres — gets the cells it touches that no other geometry took; when every cell it
   touches is taken, the one cell under its point on surface (over the other's value). So every
   geometry inside the grid is on the raster, and a small one takes as little as it can.
3. **Overlaps**: in :func:`rasterize` a later record wins a cell that several polygons hold
   (the caller orders the records by priority: e.g. ordinary sources first so crucial ones
   win, large patches first so a small one inside keeps its cells); in :func:`polygon_masks`
   each polygon keeps all its cells (zonal statistics, as InVEST's watersheds).
"""
import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeature, QgsFields, QgsGeometry

from .compat import GEOMETRY_POLYGON, is_collection, make_field
from .outputs import add_features, close_sink, open_sink

gdal.UseExceptions()


def mem_raster(grid, dtype=gdal.GDT_Int32, fill=None, window=None):
    """An in-memory GDAL raster on ``grid`` (or on the ``window`` = (r0, r1, c0, c1) of it)."""
    gt = grid.geotransform
    r0, r1, c0, c1 = window if window is not None else (0, grid.height, 0, grid.width)
    ds = gdal.GetDriverByName("MEM").Create("", c1 - c0, r1 - r0, 1, dtype)
    ds.SetGeoTransform((gt[0] + c0 * gt[1], gt[1], 0.0, gt[3] + r0 * gt[5], 0.0, gt[5]))
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    if fill is not None:
        ds.GetRasterBand(1).Fill(fill)
    return ds


def mem_layer(grid, geom_type=ogr.wkbUnknown, fields=()):
    """An in-memory OGR layer in the grid's CRS with integer ``fields``: (datasource, layer)."""
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    if grid.crs_wkt:
        srs.ImportFromWkt(grid.crs_wkt)
    lyr = mem.CreateLayer("p", srs=srs, geom_type=geom_type)
    for name in fields:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    return mem, lyr


def polygonize_labels(labels, grid, connectivity=8):
    """Polygons of the cells of each positive label: ``{label: QgsGeometry}`` (multi-part
    where a label has several pieces). Uses GDAL Polygonize (8-connected when asked)."""
    lab = np.asarray(labels, dtype=np.int32)
    ds = mem_raster(grid, gdal.GDT_Int32)
    band = ds.GetRasterBand(1)
    band.WriteArray(lab)
    mds = mem_raster(grid, gdal.GDT_Byte)
    mds.GetRasterBand(1).WriteArray((lab > 0).astype(np.uint8))
    mem, lyr = mem_layer(grid, ogr.wkbPolygon, ["id"])
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
            if g.type() != GEOMETRY_POLYGON or is_collection(g):  # keep its polygons
                g.convertGeometryCollectionToSubclass(GEOMETRY_POLYGON)
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
    Returns the destination id."""
    fields = make_fields(columns)
    sink, dest = open_sink(alg, parameters, name, context, fields, geom_type, crs)
    feats = []
    for geom, attrs in records:
        f = QgsFeature(fields)
        f.setGeometry(geom)
        f.setAttributes([a.item() if hasattr(a, "item") else a for a in attrs])
        feats.append(f)
    p = alg.parameterDefinition(name)
    add_features(sink, feats, "{} ({})".format(p.description(), name) if p else name)
    close_sink(sink)
    return dest


def _ogr(geom):
    return ogr.CreateGeometryFromWkb(bytes(geom.asWkb()))


def _burn_index(geoms, grid, window=None, all_touched=False):
    """Index 1..n of the last of ``geoms`` burnt on each cell (0 = none), by rule 1."""
    mem, lyr = mem_layer(grid, ogr.wkbUnknown, ["i"])
    defn = lyr.GetLayerDefn()
    for i, g in geoms:
        f = ogr.Feature(defn)
        f.SetGeometry(_ogr(g))
        f.SetField("i", int(i))
        lyr.CreateFeature(f)
    ds = mem_raster(grid, gdal.GDT_Int32, 0, window)
    gdal.RasterizeLayer(ds, [1], lyr,
                        options=["ATTRIBUTE=i"] + (["ALL_TOUCHED=TRUE"] if all_touched else []))
    return ds.GetRasterBand(1).ReadAsArray().astype(np.int64)


def _cell_of(geom, grid, window=None):
    """(row, col) of the cell under the point on surface of ``geom`` in the grid (or window),
    or None outside."""
    gt = grid.geotransform
    r0, r1, c0, c1 = window if window is not None else (0, grid.height, 0, grid.width)
    p = geom.pointOnSurface()
    if p is None or p.isEmpty():
        return None
    p = p.asPoint()
    c = int(np.floor((p.x() - gt[0]) / gt[1])) - c0
    r = int(np.floor((p.y() - gt[3]) / gt[5])) - r0
    return (r, c) if 0 <= r < r1 - r0 and 0 <= c < c1 - c0 else None


def _index_raster(geoms, grid, all_touched=False, window=None):
    """Rules 1–3 on index records ``[(i, geom)]`` (i ≥ 1, later wins): the index raster."""
    idx = _burn_index(geoms, grid, window, all_touched)
    if all_touched or not geoms:
        return idx
    n = max(i for i, _ in geoms)
    have = np.bincount(idx.ravel(), minlength=n + 1) > 0
    small = [(i, g) for i, g in geoms if not have[i]]
    if small:                                   # rule 2: the cells they touch, if free
        touched = _burn_index(small, grid, window, all_touched=True)
        free = (idx == 0) & (touched > 0)
        idx[free] = touched[free]
        have = np.bincount(idx.ravel(), minlength=n + 1) > 0
        for i, g in small:                      # else the cell under the point on surface
            if not have[i]:
                rc = _cell_of(g, grid, window)
                if rc is not None:
                    idx[rc] = i
    return idx


def rasterize(records, grid, all_touched=False, fill=0, dtype=None):
    """Burn ``records`` = iterable of ``(QgsGeometry, value)`` onto ``grid`` by the module's
    rule (cell centres; small geometries keep a cell; a later record wins an overlap).
    Returns an array of ``dtype`` (default: int32 when every value is a whole number, else
    float64) holding ``fill`` where nothing was burnt. ``all_touched`` burns every cell a
    geometry touches (use it for thin lines)."""
    geoms, values = [], []
    for geom, value in records:
        if geom is None or geom.isEmpty():
            continue
        geoms.append((len(geoms) + 1, geom))
        values.append(value)
    if dtype is None:
        whole = all(float(v) == int(v) for v in values) and float(fill) == int(fill)
        dtype = np.int32 if whole else np.float64
    lookup = np.array([fill] + values, dtype=dtype)
    return lookup[_index_raster(geoms, grid, all_touched)]


def polygon_masks(geoms, grid):
    """Each polygon of ``geoms`` as a zone on ``grid`` by the module's rule, each keeping all
    its cells where polygons overlap: a list of ``(r0, r1, c0, c1, mask)`` windows (an empty
    window for a polygon outside the grid or empty)."""
    gt = grid.geotransform
    out = []
    for g in geoms:
        if g is None or g.isEmpty():
            out.append((0, 0, 0, 0, np.zeros((0, 0), bool)))
            continue
        bb = g.boundingBox()
        c0 = max(int(np.floor((bb.xMinimum() - gt[0]) / gt[1])), 0)
        c1 = min(int(np.ceil((bb.xMaximum() - gt[0]) / gt[1])), grid.width)
        r0 = max(int(np.floor((bb.yMaximum() - gt[3]) / gt[5])), 0)
        r1 = min(int(np.ceil((bb.yMinimum() - gt[3]) / gt[5])), grid.height)
        if c1 <= c0 or r1 <= r0:
            out.append((0, 0, 0, 0, np.zeros((0, 0), bool)))
            continue
        # a one-cell margin: the cells a polygon touches may lie just outside its box
        w = (max(r0 - 1, 0), min(r1 + 1, grid.height), max(c0 - 1, 0), min(c1 + 1, grid.width))
        mask = _index_raster([(1, g)], grid, window=w) > 0
        rows, cols = np.nonzero(mask)
        if rows.size == 0:
            out.append((0, 0, 0, 0, np.zeros((0, 0), bool)))
            continue
        a, b, c, d = rows.min(), rows.max() + 1, cols.min(), cols.max() + 1
        out.append((w[0] + a, w[0] + b, w[2] + c, w[2] + d, mask[a:b, c:d]))
    return out
