"""ecoecon:combineservices — normalised weighted sum of services and its importance classes."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterString)

from ...core.combineservices import class_labels, combine_services, missing_counts
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
            defaultValue=1))
        self.add_sample_and_seed(self.SAMPLE_SIZE, self.SEED)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Composite service importance")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CLASSES, self.tr("Importance classes")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.BREAKS, self.tr("Class table"), TYPE_VECTOR))
        self.addOutput(QgsProcessingOutputString(self.BREAKS_TEXT, self.tr("Class breaks")))

    def processAlgorithm(self, parameters, context, feedback):
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
        missing = ["nodata", "reweight"][self.parameterAsEnum(parameters, self.MISSING,
                                                               context)]
        comp, valid, classes, breaks = self.run_core(
            combine_services, arrays, valids, weights or None, k, method,
            self.parameterAsInt(parameters, self.SAMPLE_SIZE, context),
            self.parameterAsInt(parameters, self.SEED, context),
            progress=self.progress(feedback, 30, 80), missing=missing)
        self._report_missing(layers, valids, valid, missing, feedback)
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

    def _report_missing(self, layers, valids, valid, missing, feedback):
        """How many cells lacked which service: with 'combine what holds data' they hold the
        weighted mean of the others; with 'nodata' they are lost (barriers downstream)."""
        if missing == "reweight":
            lack = missing_counts(valids, valid)
            total = max(int(np.count_nonzero(valid)), 1)
            for lyr, n in zip(layers, lack):
                if n:
                    feedback.pushInfo(self.tr(
                        "{}: nodata on {} cells ({:.1f} % of the composite); there the "
                        "composite combines the other services (weights rescaled).").format(
                        lyr.name(), n, 100.0 * n / total))
        else:
            anyv = np.logical_or.reduce(valids)
            lack = missing_counts(valids, anyv)
            lost = int(np.count_nonzero(anyv & ~valid))
            if lost:
                feedback.pushWarning(self.tr(
                    "{} cells hold some services but are nodata in the composite because a "
                    "service is missing there ({}); they become barriers downstream. Choose "
                    "'Combine the rasters that hold data' to keep them.").format(
                    lost, ", ".join("{} {}".format(lyr.name(), n)
                                    for lyr, n in zip(layers, lack) if n)))

    def _label(self, label, c):
        names = {"extremely important": self.tr("extremely important"),
                 "more important": self.tr("more important"),
                 "generally important": self.tr("generally important"),
                 "other": self.tr("other")}
        return names.get(label, self.tr("class {}").format(c))
