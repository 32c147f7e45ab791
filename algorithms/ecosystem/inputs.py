"""Input helpers shared by the water yield, habitat quality and carbon algorithms:
land-use-keyed tables and polygons rasterised on the land-use grid."""
import os

import numpy as np
from qgis.core import (QgsFeatureRequest, QgsProcessingException,
                       QgsProviderRegistry)
from qgis.PyQt.QtCore import QCoreApplication

from ..tables import read_table
from ..vector_io import polygon_masks, rasterize


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


def rasterize_attribute(source, grid, context, field, fill=1.0, lo=None, hi=None, label=""):
    """Burn the numeric ``field`` of the polygons of ``source`` onto ``grid`` by the rule of
    :mod:`algorithms.vector_io` (cell centres; a polygon smaller than a cell keeps a cell; a
    later feature wins an overlap). Cells outside every polygon get ``fill``; a NULL value
    leaves the cell at ``fill``."""
    fname = None
    for f in source.fields():
        if f.name().lower() == field.lower():
            fname = f.name()
    if fname is None:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconEcosystemInputs",
                "The polygons {} have no field '{}'.").format(label, field))
    records = []
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
        records.append((feat.geometry(), val))
    return rasterize(records, grid, fill=float(fill), dtype=np.float64)


def polygon_zones(source, grid, context, id_field=None, feedback=None):
    """Each polygon of ``source`` as a zone on ``grid``: a list of
    ``(id, area in m², (r0, r1, c0, c1, mask))``, the cells by the rule of
    :mod:`algorithms.vector_io` (cell centres; a polygon smaller than a cell keeps the cells it
    touches; overlapping polygons each keep their cells, as InVEST's zonal statistics).
    The area is the polygon's own area in the grid's CRS (m²)."""
    id_name = None
    if id_field:
        for f in source.fields():
            if f.name().lower() == id_field.lower():
                id_name = f.name()
        if id_name is None:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconEcosystemInputs",
                    "The watershed polygons have no field '{}'.").format(id_field))
    feats = []
    for feat in _features_in_grid_crs(source, grid, context):
        if feedback is not None and feedback.isCanceled():
            break
        if not feat.hasGeometry():
            continue
        fid = feat[id_name] if id_name else feat.id()
        if hasattr(fid, "isNull") and fid.isNull():
            fid = None
        feats.append((fid, feat.geometry()))
    masks = polygon_masks([g for _, g in feats], grid)
    return [(fid, g.area(), m) for (fid, g), m in zip(feats, masks)]
