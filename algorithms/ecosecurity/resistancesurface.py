"""ecoecon:resistancesurface — factor rasters reclassified to resistance and weighted."""
import re

from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ...core.ecosecurity import resistancesurface as res_core
from .. import deps
from ..base import EcoEconAlgorithm
from ..compat import FIELD_ANY, FIELD_NUMERIC, TYPE_VECTOR
from ..raster_io import read_aligned, read_raster, write_raster
from ..tables import parse_numbers, read_table

#: factor keys in their fixed order (the order of typed weights) and the names an AHP
#: table may use for them (compared in lower case without spaces, '_' or '-')
FACTOR_KEYS = ("landuse", "slope", "elevation", "service")
ALIASES = {
    "landuse": {"landuse", "lulc", "landcover", "landusetype", "土地利用", "土地利用类型"},
    "slope": {"slope", "坡度"},
    "elevation": {"elevation", "dem", "altitude", "height", "高程"},
    "service": {"service", "services", "servicelevel", "ecosystemservice",
                "ecosystemservices", "ecosystemservicelevel", "es", "生态系统服务",
                "生态系统服务水平", "生态服务"},
}


def _norm(name):
    return re.sub(r"[\s_\-]+", "", str(name).strip().lower())


class ResistanceSurface(EcoEconAlgorithm):
    NAME = "resistancesurface"
    GROUP_ID = "ecosecurity"

    LANDUSE, LANDUSE_TABLE, CODE_FIELD, VALUE_FIELD, LANDUSE_MAP = (
        "LANDUSE", "LANDUSE_TABLE", "CODE_FIELD", "VALUE_FIELD", "LANDUSE_MAP")
    SLOPE, SLOPE_BREAKS, SLOPE_VALUES = "SLOPE", "SLOPE_BREAKS", "SLOPE_VALUES"
    ELEVATION, ELEVATION_BREAKS, ELEVATION_VALUES = (
        "ELEVATION", "ELEVATION_BREAKS", "ELEVATION_VALUES")
    SERVICE, SERVICE_BREAKS, SERVICE_VALUES = "SERVICE", "SERVICE_BREAKS", "SERVICE_VALUES"
    WEIGHTS, AHP_TABLE, SAMPLE_SIZE, SEED, OUTPUT = (
        "WEIGHTS", "AHP_TABLE", "SAMPLE_SIZE", "SEED", "OUTPUT")
    MISSING = "MISSING"

    def displayName(self):
        return self.tr("Resistance surface")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LANDUSE, self.tr("Land-use raster"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDUSE_TABLE, self.tr("Land-use resistance table (CSV or table layer)"),
            [TYPE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Land-use table: code field"), "code",
            self.LANDUSE_TABLE, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Land-use table: resistance field"), "resistance",
            self.LANDUSE_TABLE, FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LANDUSE_MAP, self.tr("Or: land-use resistance as code:value pairs"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SLOPE, self.tr("Slope raster (degrees)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SLOPE_BREAKS, self.tr("Slope class breaks (empty = natural breaks)"),
            defaultValue="5, 15, 25, 35", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SLOPE_VALUES, self.tr("Slope class resistances"),
            defaultValue="5, 15, 50, 75, 100"))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.ELEVATION, self.tr("Elevation raster (m)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ELEVATION_BREAKS, self.tr("Elevation class breaks (empty = natural breaks)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ELEVATION_VALUES, self.tr("Elevation class resistances"),
            defaultValue="5, 15, 50, 75, 100"))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SERVICE, self.tr("Ecosystem-service level raster"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SERVICE_BREAKS, self.tr("Service class breaks (empty = natural breaks)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SERVICE_VALUES, self.tr("Service class resistances"),
            defaultValue="100, 75, 50, 15, 5"))
        self.addParameter(QgsProcessingParameterString(
            self.WEIGHTS, self.tr("Weights: land use, slope, elevation, service"),
            defaultValue="0.45, 0.10, 0.12, 0.33", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AHP_TABLE, self.tr("Or: weights table of 'AHP weights'"), [TYPE_VECTOR],
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MISSING, self.tr("Where a factor is nodata"),
            [self.tr("Nodata in the result"),
             self.tr("Combine the factors that hold data (weights rescaled; land use bounds "
                     "the area)")], defaultValue=1))
        self.add_sample_and_seed(self.SAMPLE_SIZE, self.SEED)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Resistance surface")))

    # ------------------------------------------------------------------ inputs
    def _landuse_table(self, parameters, context):
        if parameters.get(self.LANDUSE_TABLE) not in (None, ""):
            table = read_table(self, parameters, self.LANDUSE_TABLE, context,
                               self.tr("land-use resistance table"))
            code = self.parameterAsString(parameters, self.CODE_FIELD, context) or "code"
            value = self.parameterAsString(parameters, self.VALUE_FIELD, context) \
                or "resistance"
            return table.mapping(code, value)
        text = self.parameterAsString(parameters, self.LANDUSE_MAP, context).strip()
        if not text:
            raise QgsProcessingException(
                self.tr("The land-use factor needs its resistance table: choose a table or "
                        "type code:value pairs."))
        out = {}
        for part in re.split(r"[,;\s]+", text):
            if not part:
                continue
            try:
                k, v = part.split(":")
                out[int(k)] = float(v)
            except ValueError:
                raise QgsProcessingException(
                    self.tr("'{}' is not a code:value pair (for example 1:5).").format(part))
        return out

    def _weights(self, parameters, context, present, feedback):
        if parameters.get(self.AHP_TABLE) not in (None, ""):
            table = read_table(self, parameters, self.AHP_TABLE, context,
                               self.tr("AHP weights table"))
            weights = table.numbers("weight")
            names = [str(v) for v in table.values("factor")] if table.has("factor") else []
            by_key = {}
            for name, w in zip(names, weights):
                for key, al in ALIASES.items():
                    if _norm(name) in al:
                        by_key[key] = w
            if set(present) <= set(by_key):
                feedback.pushInfo(self.tr("Weights matched to the factors by name."))
                return [by_key[k] for k in present]
            if len(weights) == len(present):
                feedback.pushInfo(self.tr("Weights taken in row order: {}.").format(
                    ", ".join(present)))
                return weights
            raise QgsProcessingException(
                self.tr("The AHP weights table has {} rows ({}) but {} factors were given "
                        "({}); name its factors land use, slope, elevation and service, or "
                        "give one row per factor in that order.").format(
                    len(weights), ", ".join(names), len(present), ", ".join(present)))
        w = parse_numbers(self.parameterAsString(parameters, self.WEIGHTS, context),
                          self.tr("Weights"))
        if len(w) == 4:
            return [w[FACTOR_KEYS.index(k)] for k in present]
        if len(w) == len(present):
            return w
        raise QgsProcessingException(
            self.tr("{} weights were given for {} factors; give four weights (land use, "
                    "slope, elevation, service) or one per factor given.").format(
                len(w), len(present)))

    def _report_coverage(self, present, labels, valids, valid, area, missing, feedback):
        """Say, per factor, on how many cells of the study area it is nodata (the grid's
        valid cells, or the land use's when given) and what happened there."""
        import numpy as np
        from ...core.combineservices import missing_counts
        scope = area if area is not None else np.logical_or.reduce(valids)
        total = max(int(np.count_nonzero(scope)), 1)
        lack = missing_counts(valids, scope)
        for key, n in zip(present, lack):
            if n == 0:
                continue
            share = 100.0 * n / total
            if missing == "reweight":
                msg = self.tr("The {} factor is nodata on {} cells ({:.1f} % of the study "
                              "area); there the resistance is the weighted mean of the other "
                              "factors.").format(labels[key], n, share)
            else:
                msg = self.tr("The {} factor is nodata on {} cells ({:.1f} % of the study "
                              "area), so those cells are nodata (barriers for MCR); choose "
                              "'Combine the factors that hold data' to keep them.").format(
                    labels[key], n, share)
            if share >= 1.0 or missing == "nodata":
                feedback.pushWarning(msg)
            else:
                feedback.pushInfo(msg)
        if area is not None and missing == "reweight":
            gone = int(np.count_nonzero(area & ~valid))
            if gone:
                feedback.pushWarning(self.tr(
                    "{} land-use cells have no factor of positive weight and stay "
                    "nodata.").format(gone))

    def processAlgorithm(self, parameters, context, feedback):
        layers = {k: self.parameterAsRasterLayer(parameters, p, context)
                  for k, p in zip(FACTOR_KEYS, (self.LANDUSE, self.SLOPE, self.ELEVATION,
                                                self.SERVICE))}
        present = [k for k in FACTOR_KEYS if layers[k] is not None]
        if not present:
            raise QgsProcessingException(self.tr("Give at least one factor raster."))
        weights = self._weights(parameters, context, present, feedback)
        lu_table = self._landuse_table(parameters, context) if "landuse" in present else None
        spec = {
            "slope": (self.SLOPE_BREAKS, self.SLOPE_VALUES),
            "elevation": (self.ELEVATION_BREAKS, self.ELEVATION_VALUES),
            "service": (self.SERVICE_BREAKS, self.SERVICE_VALUES),
        }
        labels = {"landuse": self.tr("land use"), "slope": self.tr("slope"),
                  "elevation": self.tr("elevation"), "service": self.tr("service level")}
        sample = self.parameterAsInt(parameters, self.SAMPLE_SIZE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        grid = None
        factors, valids = [], []
        for i, key in enumerate(present):
            self.check_canceled(feedback)
            lyr = layers[key]
            if grid is None:
                arr, valid, grid = read_raster(lyr, 1, lyr.name())
            else:
                arr, valid = read_aligned(lyr, grid, 1, lyr.name(),
                                          "nearest" if key == "landuse" else "continuous",
                                          feedback)
            if key == "landuse":
                out, ok = self.run_core(res_core.reclass_codes, arr, valid, lu_table,
                                        labels[key])
            else:
                bkey, vkey = spec[key]
                values = parse_numbers(self.parameterAsString(parameters, vkey, context),
                                       self.tr("Resistance values of {}").format(labels[key]))
                if not values:
                    raise QgsProcessingException(
                        self.tr("Give the resistance values of the {} classes.").format(
                            labels[key]))
                breaks = parse_numbers(self.parameterAsString(parameters, bkey, context),
                                       self.tr("Class breaks of {}").format(labels[key]))
                if not breaks:
                    if len(values) < 2:
                        breaks = []
                    else:
                        msg = deps.missing_message(("jenkspy",))
                        if msg:
                            raise QgsProcessingException(msg)
                        breaks = list(self.run_core(res_core.natural_breaks, arr, valid,
                                                    len(values), sample, seed))
                        if len(breaks) + 1 < len(values):
                            raise QgsProcessingException(
                                self.tr("The {} raster has too few distinct values for {} "
                                        "natural-breaks classes; type the breaks.").format(
                                    labels[key], len(values)))
                    feedback.pushInfo(self.tr("{}: natural breaks {}").format(
                        labels[key], ", ".join("%.6g" % b for b in breaks)))
                out, ok = self.run_core(res_core.reclass_breaks, arr, valid, breaks, values,
                                        labels[key])
            factors.append(out)
            valids.append(ok)
            feedback.setProgress(80 * (i + 1) / len(present))
        missing = ["nodata", "reweight"][self.parameterAsEnum(parameters, self.MISSING,
                                                               context)]
        area = valids[present.index("landuse")] if "landuse" in present else None
        res, valid = self.run_core(res_core.weighted_resistance, factors, valids, weights,
                                   progress=self.progress(feedback, 80, 95), missing=missing,
                                   area=area)
        self._report_coverage(present, labels, valids, valid, area, missing, feedback)
        feedback.pushInfo(self.tr("Weights used (scaled to sum 1): {}").format(
            ", ".join("{} {:.4f}".format(labels[k], w / sum(weights))
                      for k, w in zip(present, weights))))
        self.check_canceled(feedback)
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(path, res, valid, grid, "Float32")
        feedback.setProgress(100)
        return {self.OUTPUT: path}
