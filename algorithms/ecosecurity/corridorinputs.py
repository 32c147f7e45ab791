"""Inputs shared by the corridor analyses that follow ``mcrcorridors`` (pinch points,
barriers): the sources, the resistance surface and the corridor pairs, either the lines
``mcrcorridors`` wrote (fields from_id, to_id) or a pair policy."""
import numpy as np
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProcessingException,
                       QgsProcessingParameterBand, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterRasterLayer)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.patches import relabel_ids
from ..base import EcoEconAlgorithm
from ..compat import FIELD_ANY, TYPE_VECTOR_LINE, TYPE_VECTOR_POLYGON
from ..raster_io import read_aligned, read_raster, require_projected
from ..vector_io import rasterize

POLICY_KEYS = ("adjacent_no_crossing", "adjacent", "mst")


class CorridorInputs(EcoEconAlgorithm):
    """Base of the algorithms that analyse corridors between sources on a resistance
    surface. Subclasses call :meth:`add_corridor_inputs` and :meth:`read_corridor_inputs`."""

    GROUP_ID = "ecosecurity"
    (SOURCES, ID_FIELD, SOURCE_RASTER, RESISTANCE, BAND, CORRIDORS, POLICY) = (
        "SOURCES", "ID_FIELD", "SOURCE_RASTER", "RESISTANCE", "BAND", "CORRIDORS", "POLICY")

    def add_corridor_inputs(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SOURCES, QCoreApplication.translate("CorridorInputs", "Ecological sources (polygons)"), [TYPE_VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, QCoreApplication.translate("CorridorInputs", "Source id field"), parentLayerParameterName=self.SOURCES,
            type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SOURCE_RASTER, QCoreApplication.translate("CorridorInputs", "Or: source patch raster (id > 0)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, QCoreApplication.translate("CorridorInputs", "Resistance surface")))
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, QCoreApplication.translate("CorridorInputs", "Resistance band"), 1, self.RESISTANCE, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CORRIDORS, QCoreApplication.translate("CorridorInputs", "Corridors of 'MCR corridors' (fields from_id, to_id; "
                                "default: the pairs of the policy below)"),
            [TYPE_VECTOR_LINE], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.POLICY, QCoreApplication.translate("CorridorInputs", "Pairs when no corridors are given"),
            [QCoreApplication.translate("CorridorInputs", "Touching zones, without paths crossing a third source (Linkage Mapper)"),
             QCoreApplication.translate("CorridorInputs", "Sources with touching allocation zones"),
             QCoreApplication.translate("CorridorInputs", "Minimum spanning tree")], defaultValue=0))

    def _sources(self, parameters, context, grid, feedback):
        source = self.parameterAsSource(parameters, self.SOURCES, context)
        if source is not None:
            id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
            req = QgsFeatureRequest().setDestinationCrs(grid.crs, context.transformContext())
            geoms, ids = [], []
            for f in source.getFeatures(req):
                if not f.hasGeometry() or f.geometry().isEmpty():
                    continue
                geoms.append(QgsGeometry(f.geometry()))
                ids.append(f[id_field] if id_field else len(geoms))
            if not geoms:
                raise QgsProcessingException(QCoreApplication.translate("CorridorInputs", "The source layer has no polygon."))
            try:
                uid = [int(v) for v in ids]
                if len(set(uid)) < len(uid):
                    raise ValueError
            except (TypeError, ValueError):
                raise QgsProcessingException(QCoreApplication.translate(
                    "CorridorInputs",
                    "The source id field must hold distinct whole numbers (as the from_id "
                    "and to_id of the corridors); choose another field or none."))
            labels = rasterize([(g, k) for k, g in enumerate(geoms, start=1)], grid)
            return labels, np.array([0] + uid, dtype=np.int64)
        layer = self.parameterAsRasterLayer(parameters, self.SOURCE_RASTER, context)
        if layer is None:
            raise QgsProcessingException(
                QCoreApplication.translate("CorridorInputs", "Give the ecological sources, as polygons or as a patch raster."))
        arr, ok = read_aligned(layer, grid, 1, layer.name(), "nearest", feedback)
        vals = np.where(ok & (arr > 0), np.round(arr), 0)
        labels, uniq = relabel_ids(vals)
        if uniq.size < 3:
            raise QgsProcessingException(QCoreApplication.translate("CorridorInputs", "The source raster {} holds fewer than two "
                                             "sources.").format(layer.name()))
        return labels, uniq.astype(np.int64)

    def read_corridor_inputs(self, parameters, context, feedback):
        """``(resistance, valid, grid, labels, uid, pairs or None, policy)``; ``uid[label]``
        is the user id of a source label."""
        layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        name = layer.name() if layer else QCoreApplication.translate("CorridorInputs", "resistance surface")
        res, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                  context), name)
        require_projected(grid, name)
        labels, uid = self._sources(parameters, context, grid, feedback)
        policy = POLICY_KEYS[self.parameterAsEnum(parameters, self.POLICY, context)]
        pairs = None
        cor = self.parameterAsSource(parameters, self.CORRIDORS, context)
        if cor is not None:
            names = [f.name().lower() for f in cor.fields()]
            if "from_id" not in names or "to_id" not in names:
                raise QgsProcessingException(QCoreApplication.translate(
                    "CorridorInputs",
                    "The corridors layer needs the fields from_id and to_id (as written by "
                    "'MCR corridors')."))
            lab_of = {int(u): k for k, u in enumerate(uid) if k > 0}
            pairs, missing = [], set()
            fa = cor.fields().at(names.index("from_id")).name()
            fb = cor.fields().at(names.index("to_id")).name()
            for f in cor.getFeatures():
                a, b = int(f[fa]), int(f[fb])
                if a not in lab_of or b not in lab_of:
                    missing.update(x for x in (a, b) if x not in lab_of)
                    continue
                pairs.append((lab_of[a], lab_of[b]))
            if missing:
                raise QgsProcessingException(QCoreApplication.translate(
                    "CorridorInputs",
                    "The corridors name sources that are not in the source layer: {}. Give "
                    "the same sources and id field as to 'MCR corridors'.").format(
                    ", ".join(str(x) for x in sorted(missing)[:20])))
            if not pairs:
                raise QgsProcessingException(QCoreApplication.translate("CorridorInputs", "The corridors layer holds no corridor."))
        return res, valid, grid, labels, uid, pairs, policy
