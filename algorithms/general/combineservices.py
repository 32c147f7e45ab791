"""ecoecon:combineservices — normalised weighted sum of services and its importance classes."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterString)

from ...core.services import class_labels, combine_services
from ..base import EcoEconAlgorithm
from ..compat import NUMBER_INTEGER, TYPE_RASTER, TYPE_VECTOR
from ..raster_io import read_aligned, read_raster, write_raster
from ..tables import parse_numbers, write_table

METHODS = ["jenks", "quantile", "equal"]


class CombineServices(EcoEconAlgorithm):
    NAME = "combineservices"
    GROUP_ID = "general"
    REQUIRES = ("jenkspy",)

    INPUTS, WEIGHTS, N_CLASSES, METHOD = "INPUTS", "WEIGHTS", "N_CLASSES", "METHOD"
    SAMPLE_SIZE, SEED, MISSING = "SAMPLE_SIZE", "SEED", "MISSING"
    OUTPUT, CLASSES, BREAKS, BREAKS_TEXT = "OUTPUT", "CLASSES", "BREAKS", "BREAKS_TEXT"

    def displayName(self):
        return self.tr("Combine ecosystem services")

    def shortHelpString(self):
        return self.tr(
            "Combines several ecosystem-service rasters (water yield, soil conservation, "
            "habitat quality, carbon, ...) into one importance surface and classes it.\n\n"
            "Each raster is min–max normalised over the cells where all rasters hold data: "
            "x' = (x − min)/(max − min). The composite is S = Σ wᵢ·x'ᵢ, with the weights "
            "rescaled to sum to 1 (empty = equal weights). S is then classified into N classes "
            "by natural breaks (Jenks, computed by jenkspy; above 10 000 cells on a seeded "
            "random sample of 10 000 values, as ArcGIS does), quantiles or equal intervals. Class 1 holds the lowest values and class N "
            "the highest; with the paper's default of 4 classes they are: 4 extremely "
            "important, 3 more important, 2 generally important, 1 other.\n\n"
            "Grid: the first raster's; the others are aligned to it (said in the log): by "
            "averaging where their cells are smaller, bilinear otherwise. By default a cell "
            "that is nodata in any raster is nodata in the outputs; the option 'Combine the rasters that hold data' instead normalises "
            "each raster over its own cells and divides by the weights of the rasters present "
            "at the cell (for services that are nodata by convention on some cells, such as "
            "InVEST's soil loss on stream cells).\n"
            "Units: the composite is dimensionless (0–1).\n"
            "Outputs: composite raster, class raster, and a table of the classes (class, "
            "label, lower and upper bound, cells, area in km²).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUTS, self.tr("Service rasters"), TYPE_RASTER))
        self.addParameter(QgsProcessingParameterString(
            self.WEIGHTS, self.tr("Weights, in the order of the rasters (empty = equal)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.N_CLASSES, self.tr("Number of classes"), NUMBER_INTEGER, 4, minValue=2,
            maxValue=12))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Classification method"),
            [self.tr("Natural breaks (Jenks)"), self.tr("Quantiles"),
             self.tr("Equal intervals")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.MISSING, self.tr("Where a raster is nodata"),
            [self.tr("Nodata in the result"),
             self.tr("Combine the rasters that hold data (weights rescaled)")],
            defaultValue=0))
        self.add_advanced(QgsProcessingParameterNumber(
            self.SAMPLE_SIZE, self.tr("Natural breaks: maximum sample size"), NUMBER_INTEGER,
            10000, minValue=100))
        self.add_advanced(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed of the sample"),
                                         NUMBER_INTEGER, 0, minValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Composite service importance")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CLASSES, self.tr("Importance classes"), optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.BREAKS, self.tr("Class table"), TYPE_VECTOR,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputString(self.BREAKS_TEXT, self.tr("Class breaks")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one service raster."))
        weights = parse_numbers(self.parameterAsString(parameters, self.WEIGHTS, context),
                                self.tr("Weights"))
        if weights and len(weights) != len(layers):
            raise QgsProcessingException(
                self.tr("{} weights were given for {} rasters. Give one weight per raster, in "
                        "the order of the rasters, or leave the weights empty for equal "
                        "weights.").format(len(weights), len(layers)))
        first, valid0, grid = read_raster(layers[0], 1, layers[0].name())
        arrays, valids = [first], [valid0]
        for i, lyr in enumerate(layers[1:], start=1):
            self.check_canceled(feedback)
            a, v = read_aligned(lyr, grid, 1, lyr.name(), "continuous", feedback)
            arrays.append(a)
            valids.append(v)
            feedback.setProgress(30 * i / len(layers))
        k = self.parameterAsInt(parameters, self.N_CLASSES, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        comp, valid, classes, breaks = self.run_core(
            combine_services, arrays, valids, weights or None, k, method,
            self.parameterAsInt(parameters, self.SAMPLE_SIZE, context),
            self.parameterAsInt(parameters, self.SEED, context),
            progress=self.progress(feedback, 30, 80),
            missing=["nodata", "reweight"][self.parameterAsEnum(parameters, self.MISSING,
                                                                context)])
        kk = len(breaks) - 1
        if kk < k:
            feedback.pushWarning(self.tr("The composite has only {} distinct values, so it has "
                                         "{} classes instead of {}.").format(kk + 1, kk, k))
        labels = class_labels(kk)
        counts = np.bincount(classes[valid], minlength=kk + 1)[1:]
        projected = not grid.crs.isGeographic() and grid.crs.isValid()
        rows = []
        for c in range(1, kk + 1):
            area = counts[c - 1] * grid.cell_area / 1e6 if projected else None
            rows.append([c, self._label(labels[c - 1], c), float(breaks[c - 1]), float(breaks[c]),
                         int(counts[c - 1]), area])
        self.check_canceled(feedback)
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        cls_path = self.parameterAsOutputLayer(parameters, self.CLASSES, context)
        write_raster(out, comp, valid, grid, "Float32")
        if cls_path:
            write_raster(cls_path, classes, valid, grid, "Int16")
        dest = write_table(self, parameters, self.BREAKS, context,
                           [("class", "int"), ("label", "string"), ("lower", "double"),
                            ("upper", "double"), ("cells", "int64"), ("area_km2", "double")],
                           rows)
        text = ", ".join("%.6g" % b for b in breaks)
        feedback.pushInfo(self.tr("Class breaks: {}").format(text))
        feedback.setProgress(100)
        return {self.OUTPUT: out, self.CLASSES: cls_path, self.BREAKS: dest,
                self.BREAKS_TEXT: text}

    def _label(self, label, c):
        names = {"extremely important": self.tr("extremely important"),
                 "more important": self.tr("more important"),
                 "generally important": self.tr("generally important"),
                 "other": self.tr("other")}
        return names.get(label, self.tr("class {}").format(c))
