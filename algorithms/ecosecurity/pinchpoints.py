"""ecoecon:pinchpoints — pinch points of corridors (Linkage Mapper's Pinchpoint Mapper)."""
import numpy as np
from qgis.core import (QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination)

from ...core.ecosecurity import pinchpoints as pp
from ..compat import NUMBER_DOUBLE, TYPE_VECTOR, TYPE_VECTOR_POLYGON, WKB_MULTIPOLYGON
from ..raster_io import write_raster
from ..tables import write_table
from ..vector_io import polygonize_labels, write_features
from .corridorinputs import CorridorInputs


class PinchPoints(CorridorInputs):
    NAME = "pinchpoints"
    REQUIRES = ("scipy", "skimage")

    WIDTH, SHARE, FOUR_NEIGHBOURS = "WIDTH", "SHARE", "FOUR_NEIGHBOURS"
    CURRENT, PINCH_ZONES, CORRIDOR_TABLE = "CURRENT", "PINCH_ZONES", "CORRIDOR_TABLE"

    def displayName(self):
        return self.tr("Corridor pinch points (circuit theory)")

    def initAlgorithm(self, config=None):
        self.add_corridor_inputs()
        self.addParameter(QgsProcessingParameterNumber(
            self.WIDTH, self.tr("Corridor width threshold (resistance × m)"), NUMBER_DOUBLE,
            10000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SHARE, self.tr("Pinch-point share: top fraction of each corridor's cell "
                                "currents"), NUMBER_DOUBLE, 0.1, minValue=0.001, maxValue=1.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FOUR_NEIGHBOURS, self.tr("Connect 4 neighbours only (default: 8)"), False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CURRENT, self.tr("Corridor current (pinch-point map)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PINCH_ZONES, self.tr("Pinch-point zones"), TYPE_VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CORRIDOR_TABLE, self.tr("Corridors with their effective resistance"),
            TYPE_VECTOR))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        res, valid, grid, labels, uid, pairs, policy = self.read_corridor_inputs(
            parameters, context, feedback)
        width = self.parameterAsDouble(parameters, self.WIDTH, context)
        share = self.parameterAsDouble(parameters, self.SHARE, context)
        four = self.parameterAsBool(parameters, self.FOUR_NEIGHBOURS, context)
        out = self.run_core(pp.pinch_points, res, valid, labels,
                            (grid.cell_width, grid.cell_height), width, pairs=pairs,
                            policy=policy, share=share, four_neighbors=four,
                            progress=self.progress(feedback, 2, 90))
        feedback.pushInfo(self.tr("{} corridors analysed.").format(len(out.corridors)))
        self.check_canceled(feedback)
        cur_path = self.parameterAsOutputLayer(parameters, self.CURRENT, context)
        write_raster(cur_path, out.current, np.isfinite(out.current), grid, "Float32")
        # pinch zones: connected groups of pinch cells, with their corridor and currents
        from scipy import ndimage
        comp, n = ndimage.label(out.pinch > 0, structure=np.ones((3, 3)))
        geoms = polygonize_labels(comp, grid) if n else {}
        records = []
        cur = np.nan_to_num(out.current)
        area = grid.cell_area / 1e6
        for z in range(1, n + 1):
            if z not in geoms:
                continue
            m = comp == z
            c = _corridor_of(out.corridors, out.pinch[m])
            records.append((geoms[z], [z, int(uid[c.from_id]), int(uid[c.to_id]),
                                       float(cur[m].max()), float(cur[m].mean()),
                                       float(m.sum() * area)]))
        zones = write_features(self, parameters, self.PINCH_ZONES, context,
                               [("zone", "int"), ("from_id", "int64"), ("to_id", "int64"),
                                ("max_current", "double"), ("mean_current", "double"),
                                ("area_km2", "double")], WKB_MULTIPOLYGON, grid.crs, records)
        rows = [(int(uid[c.from_id]), int(uid[c.to_id]), c.lcd, c.resistance,
                 c.lcd / c.resistance if c.resistance > 0 else None, c.max_current,
                 c.pinch_cells * area, c.zone_cells * area) for c in out.corridors]
        table = write_table(self, parameters, self.CORRIDOR_TABLE, context,
                            [("from_id", "int64"), ("to_id", "int64"), ("lcd", "double"),
                             ("eff_resist", "double"), ("lcd_to_eff_resist", "double"),
                             ("max_current", "double"), ("pinch_km2", "double"),
                             ("corridor_km2", "double")], rows)
        feedback.setProgress(100)
        return {self.CURRENT: cur_path, self.PINCH_ZONES: zones, self.CORRIDOR_TABLE: table}


def _corridor_of(corridors, labels_in_zone):
    """The corridor (most cells of the zone) of a pinch zone: labels are corridor order + 1
    among the corridors analysed (:class:`core.ecosecurity.pinchpoints.PinchResult`)."""
    k = int(np.bincount(labels_in_zone).argmax())
    return corridors[k - 1]
