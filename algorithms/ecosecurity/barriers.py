"""ecoecon:barriers — restoration priorities: barriers whose removal shortens corridors most
(Linkage Mapper's Barrier Mapper, McRae et al. 2012)."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString)

from ...core.ecosecurity import barriers as bb
from ..compat import NUMBER_DOUBLE, TYPE_VECTOR_POLYGON, WKB_MULTIPOLYGON
from ..raster_io import write_raster
from ..tables import parse_numbers
from ..vector_io import polygonize_labels, write_features
from .corridorinputs import CorridorInputs


class Barriers(CorridorInputs):
    NAME = "barriers"
    REQUIRES = ("scipy", "skimage")

    RADII, RESTORED, TOP_SHARE = "RADII", "RESTORED", "TOP_SHARE"
    SCORE, RADIUS, BARRIER_ZONES = "SCORE", "RADIUS", "BARRIER_ZONES"

    def displayName(self):
        return self.tr("Barriers to restore (Barrier Mapper)")

    def initAlgorithm(self, config=None):
        self.add_corridor_inputs()
        self.addParameter(QgsProcessingParameterString(
            self.RADII, self.tr("Search radii (m, comma separated)"), defaultValue="1000"))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESTORED, self.tr("Restored resistance (default: the lowest resistance of "
                                   "the surface)"), NUMBER_DOUBLE, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_SHARE, self.tr("Barrier zones: top share of the cells with a score > 0"),
            NUMBER_DOUBLE, 0.05, minValue=0.0001, maxValue=1.0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.SCORE, self.tr("Improvement score (maximum over corridors and radii)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.RADIUS, self.tr("Radius of the best score"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.BARRIER_ZONES, self.tr("Barrier zones"), TYPE_VECTOR_POLYGON))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        radii = parse_numbers(self.parameterAsString(parameters, self.RADII, context),
                              self.tr("Search radii"))
        if not radii or min(radii) <= 0:
            raise QgsProcessingException(self.tr("Give at least one search radius > 0 (m)."))
        res, valid, grid, labels, uid, pairs, policy = self.read_corridor_inputs(
            parameters, context, feedback)
        restored = parameters.get(self.RESTORED)
        restored = None if restored in (None, "") else self.parameterAsDouble(
            parameters, self.RESTORED, context)
        share = self.parameterAsDouble(parameters, self.TOP_SHARE, context)
        out = self.run_core(bb.barriers, res, valid, labels,
                            (grid.cell_width, grid.cell_height), radii, pairs=pairs,
                            policy=policy, restored_resistance=restored,
                            progress=self.progress(feedback, 2, 90))
        feedback.pushInfo(self.tr("{} corridors; restored resistance {:g}.").format(
            len(out.pairs), out.restored_resistance))
        self.check_canceled(feedback)
        s_path = self.parameterAsOutputLayer(parameters, self.SCORE, context)
        write_raster(s_path, out.score, valid, grid, "Float32")
        result = {self.SCORE: s_path}
        r_path = self.parameterAsOutputLayer(parameters, self.RADIUS, context)
        if r_path:
            write_raster(r_path, out.radius, valid, grid, "Float32")
            result[self.RADIUS] = r_path
        pos = out.score[out.score > 0]
        records = []
        if pos.size:
            q = np.quantile(pos, 1.0 - share) if share < 1 else 0.0
            from scipy import ndimage
            comp, n = ndimage.label((out.score >= q) & (out.score > 0),
                                    structure=np.ones((3, 3)))
            geoms = polygonize_labels(comp, grid)
            for z in range(1, n + 1):
                if z not in geoms:
                    continue
                m = comp == z
                best = np.flatnonzero(m.ravel())[np.argmax(out.score[m])]
                k = int(out.corridor.ravel()[best]) - 1
                a, b = out.pairs[k]
                records.append((geoms[z], [z, float(out.score[m].max()),
                                           float(out.radius.ravel()[best]), int(uid[a]),
                                           int(uid[b]), float(m.sum() * grid.cell_area / 1e6)]))
        records.sort(key=lambda r: -r[1][1])
        result[self.BARRIER_ZONES] = write_features(
            self, parameters, self.BARRIER_ZONES, context,
            [("zone", "int"), ("score", "double"), ("radius", "double"), ("from_id", "int64"),
             ("to_id", "int64"), ("area_km2", "double")], WKB_MULTIPOLYGON, grid.crs, records)
        feedback.setProgress(100)
        return result
