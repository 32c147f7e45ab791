"""ecoecon:economicpattern — economic intensity classes of the core industries' density."""
import numpy as np
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterRasterDestination)

from ...core.industry.economicpattern import class_table, classify_intensity, intensity_zones
from ..base import EcoEconAlgorithm
from ..compat import (NUMBER_INTEGER, TYPE_VECTOR, TYPE_VECTOR_POLYGON,
                      WKB_MULTIPOLYGON)
from ..raster_io import read_raster, require_projected, write_raster
from ..tables import write_table
from ..vector_io import polygonize_labels, write_features

METHODS = ["jenks", "quantile", "equal"]
#: area unit of the density raster in m² (None: the raster holds counts per cell)
DENSITY_UNITS = [1e6, 1e4, 1.0, None]


class EconomicPattern(EcoEconAlgorithm):
    NAME = "economicpattern"
    GROUP_ID = "industry"
    REQUIRES = ("jenkspy",)

    INPUT, BAND, N_CLASSES, METHOD, UNIT = "INPUT", "BAND", "N_CLASSES", "METHOD", "UNIT"
    INCLUDE_ZERO, TOP_CLASSES, SAMPLE_SIZE, SEED = ("INCLUDE_ZERO", "TOP_CLASSES",
                                                    "SAMPLE_SIZE", "SEED")
    OUTPUT, TABLE, ZONES, BREAKS_TEXT, N_ZONES = ("OUTPUT", "TABLE", "ZONES", "BREAKS_TEXT",
                                                  "N_ZONES")

    def displayName(self):
        return self.tr("Economic production pattern (intensity classes)")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.INPUT, self.tr("Kernel density of the core industries"),
                                 self.BAND)
        self.addParameter(QgsProcessingParameterNumber(
            self.N_CLASSES, self.tr("Number of intensity classes"), NUMBER_INTEGER, 5,
            minValue=2, maxValue=12))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Classification method"),
            [self.tr("Natural breaks (Jenks)"), self.tr("Quantiles"),
             self.tr("Equal intervals")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNIT, self.tr("Values of the density raster"),
            [self.tr("Density per km²"), self.tr("Density per hectare"),
             self.tr("Density per m²"), self.tr("Expected count per cell")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_CLASSES, self.tr("High-intensity zones: number of top classes"),
            NUMBER_INTEGER, 2, minValue=1, maxValue=12))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_ZERO, self.tr("Include zero-density cells in the classes"),
            defaultValue=False))
        self.add_sample_and_seed(self.SAMPLE_SIZE, self.SEED)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Economic intensity classes")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TABLE, self.tr("Intensity class table"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ZONES, self.tr("High-intensity zones"), TYPE_VECTOR_POLYGON, optional=True))
        self.addOutput(QgsProcessingOutputString(self.BREAKS_TEXT, self.tr("Class breaks")))
        self.addOutput(QgsProcessingOutputNumber(self.N_ZONES,
                                                 self.tr("Number of high-intensity zones")))

    def _labels(self, k):
        if k == 5:
            return [self.tr("very low"), self.tr("low"), self.tr("medium"), self.tr("high"),
                    self.tr("very high")]
        if k == 3:
            return [self.tr("low"), self.tr("medium"), self.tr("high")]
        return [self.tr("class {}").format(i) for i in range(1, k + 1)]

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        name = layer.name() if layer else self.tr("density raster")
        dens, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                  context), name)
        require_projected(grid, name)
        k = self.parameterAsInt(parameters, self.N_CLASSES, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        feedback.setProgress(10)
        classes, breaks, used = self.run_core(
            classify_intensity, dens, valid, k, method,
            self.parameterAsBoolean(parameters, self.INCLUDE_ZERO, context),
            self.parameterAsInt(parameters, self.SAMPLE_SIZE, context),
            self.parameterAsInt(parameters, self.SEED, context))
        kk = len(breaks) - 1
        if kk < k:
            feedback.pushWarning(self.tr("The density has only {} distinct values, so it has "
                                         "{} classes instead of {}.").format(kk + 1, kk, k))
        self.check_canceled(feedback)
        feedback.setProgress(40)
        unit = DENSITY_UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        # mass = Σ value × (cell area in the density's area unit); counts per cell: Σ value
        mass_area = 1.0 if unit is None else grid.cell_area / unit
        rows = class_table(dens, classes, used, breaks, mass_area)
        labels = self._labels(kk)
        top = min(self.parameterAsInt(parameters, self.TOP_CLASSES, context), kk)
        zone_lab, zones = intensity_zones(dens, classes, kk - top + 1, mass_area)
        geoms = {}
        if parameters.get(self.ZONES) is not None and zones:
            geoms = polygonize_labels(zone_lab, grid, 8)
        self.check_canceled(feedback)
        feedback.setProgress(80)
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(out, classes, valid, grid, "Int16")
        table_rows = [[r["class"], labels[r["class"] - 1], r["lower"], r["upper"], r["cells"],
                       r["cells"] * grid.cell_area / 1e6, r["mass"], r["area_share"],
                       r["mass_share"]] for r in rows]
        n_zero = int(np.count_nonzero(valid & ~used))
        if n_zero:
            table_rows.insert(0, [0, self.tr("no economic production"), 0.0, 0.0, n_zero,
                                  n_zero * grid.cell_area / 1e6, 0.0, None, None])
        dest = write_table(
            self, parameters, self.TABLE, context,
            [("class", "int"), ("label", "string"), ("lower", "double"), ("upper", "double"),
             ("cells", "int64"), ("area_km2", "double"), ("mass", "double"),
             ("area_share", "double"), ("mass_share", "double")],
            table_rows)
        results = {self.OUTPUT: out, self.TABLE: dest,
                   self.BREAKS_TEXT: ", ".join("%.6g" % b for b in breaks),
                   self.N_ZONES: len(zones)}
        if parameters.get(self.ZONES) is not None:
            records = [(geoms[z["id"]], [z["id"], z["max_class"], labels[z["max_class"] - 1],
                                         z["cells"], z["cells"] * grid.cell_area / 1e6,
                                         z["mean"], z["peak"], z["mass"]]) for z in zones]
            results[self.ZONES] = write_features(
                self, parameters, self.ZONES, context,
                [("id", "int"), ("max_class", "int"), ("label", "string"), ("cells", "int64"),
                 ("area_km2", "double"), ("mean_dens", "double"), ("peak_dens", "double"),
                 ("mass", "double")], WKB_MULTIPOLYGON, grid.crs, records)
        feedback.pushInfo(self.tr("Class breaks: {}").format(results[self.BREAKS_TEXT]))
        feedback.setProgress(100)
        return results
