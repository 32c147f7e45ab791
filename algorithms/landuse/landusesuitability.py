"""ecoecon:landusesuitability — per-class binomial logit of land use on driving factors."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString)

from ...core.landuse.landusesuitability import fit_suitability
from ..base import EcoEconAlgorithm
from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_RASTER, TYPE_VECTOR
from ..raster_io import read_aligned, read_raster, write_raster
from ..tables import parse_numbers, write_table


class LandUseSuitability(EcoEconAlgorithm):
    NAME = "landusesuitability"
    GROUP_ID = "landuse"
    REQUIRES = ("scipy",)

    INPUT, BAND, DRIVERS, CLASSES = "INPUT", "BAND", "DRIVERS", "CLASSES"
    SAMPLE, SEED, PRIOR, VIF_MAX = "SAMPLE", "SEED", "PRIOR", "VIF_MAX"
    OUTPUT, COEFFICIENTS, MODELS, MIN_AUC = "OUTPUT", "COEFFICIENTS", "MODELS", "MIN_AUC"

    def displayName(self):
        return self.tr("Land-use suitability (logistic regression)")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.INPUT, self.tr("Land-use raster"), self.BAND)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.DRIVERS, self.tr("Driving factor rasters"), TYPE_RASTER))
        self.addParameter(QgsProcessingParameterString(
            self.CLASSES, self.tr("Classes to model, comma separated (empty = all)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SAMPLE, self.tr("Cells per class in the sample"), NUMBER_INTEGER, 2000,
            minValue=10))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), NUMBER_INTEGER, 1, minValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PRIOR, self.tr("Correct the intercept to the class share of the map"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.VIF_MAX, self.tr("VIF warning threshold"), NUMBER_DOUBLE, 10.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Suitability (probability per class)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.COEFFICIENTS, self.tr("Coefficients"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MODELS, self.tr("Model fit (AUC)"), TYPE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.MIN_AUC, self.tr("Lowest AUC")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        name = layer.name() if layer else self.tr("land-use raster")
        lu, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND, context),
                                      name)
        if not np.all(lu[valid] == np.round(lu[valid])):
            raise QgsProcessingException(
                self.tr("{} holds non-integer values; a land-use raster holds class codes.")
                .format(name))
        drivers_l = self.parameterAsLayerList(parameters, self.DRIVERS, context)
        if not drivers_l:
            raise QgsProcessingException(self.tr("Give at least one driving factor raster."))
        names, drivers = [], []
        valid_all = valid.copy()
        for i, dl in enumerate(drivers_l):
            dname = dl.name() if dl is not None else "driver %d" % (i + 1)
            arr, v = read_aligned(dl, grid, 1, dname, "continuous", feedback)
            drivers.append(arr)
            names.append(dname)
            valid_all &= v
            self.check_canceled(feedback)
        if len(set(names)) < len(names):
            names = ["%s (%d)" % (n, i + 1) for i, n in enumerate(names)]
        lost = int(valid.sum() - valid_all.sum())
        if lost:
            feedback.pushWarning(self.tr(
                "{} cells of the land-use map have nodata in a driver; they are nodata in the "
                "suitability.").format(lost))
        present = sorted({int(c) for c in np.unique(lu[valid_all])})
        text = self.parameterAsString(parameters, self.CLASSES, context)
        codes = [int(c) for c in parse_numbers(text, self.tr("Classes"))] or present
        missing = [c for c in codes if c not in present]
        if missing:
            raise QgsProcessingException(
                self.tr("Class(es) {} do not occur in {} where all drivers have data (it holds "
                        "{}).").format(", ".join(map(str, missing)), name,
                                       ", ".join(map(str, present))))
        if len(codes) < 2:
            raise QgsProcessingException(self.tr("Model at least two classes."))
        codes = sorted(set(codes))
        feedback.setProgress(10)
        res = self.run_core(
            fit_suitability, lu, valid_all, codes, np.array(drivers),
            n_per_class=self.parameterAsInt(parameters, self.SAMPLE, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            prior_correction=self.parameterAsBoolean(parameters, self.PRIOR, context),
            names=names, progress=self.progress(feedback, 10, 85))
        for w in res.get("warnings", ()):
            feedback.pushWarning(w)
        backend = res["models"][0]["backend"]
        feedback.pushInfo(self.tr("Fitted with {}.").format(
            "statsmodels (Newton)" if backend == "statsmodels"
            else self.tr("the built-in IRLS solver (statsmodels is not installed)")))
        vmax = self.parameterAsDouble(parameters, self.VIF_MAX, context)
        high = [(n, v) for n, v in zip(names, res["vif"]) if not v <= vmax]
        if high:
            feedback.pushWarning(self.tr(
                "Collinear drivers (VIF above {:g}): {}. Their coefficients are unstable; "
                "consider removing one of each correlated group.").format(
                vmax, ", ".join("{} ({:.3g})".format(n, v) for n, v in high)))
        for m in res["models"]:
            feedback.pushInfo(self.tr("Class {}: AUC {:.3f} (map), {:.3f} (sample), McFadden "
                                      "R² {:.3f}.").format(m["code"], m["auc_map"],
                                                           m["auc_sample"], m["mcfadden_r2"]))
            if m["auc_map"] < 0.7:
                feedback.pushWarning(self.tr(
                    "Class {}: AUC {:.3f} is below 0.7; the drivers explain its location "
                    "poorly.").format(m["code"], m["auc_map"]))
            if m["separated"]:
                feedback.pushWarning(self.tr(
                    "Class {}: the driver(s) {} separate the class (almost) perfectly in the "
                    "sample; their coefficients and standard errors are unreliable.").format(
                    m["code"], ", ".join(m["separated"])))
        self.check_canceled(feedback)
        # everything computed: write the outputs
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        prob = res["prob"]
        write_raster(path, np.nan_to_num(prob, nan=0.0), valid_all, grid, "Float32",
                    names=["class %d" % c for c in codes])
        coef = write_table(self, parameters, self.COEFFICIENTS, context,
                           [("class", "int"), ("term", "string"), ("beta", "double"),
                            ("se", "double"), ("z", "double"), ("p", "double"),
                            ("exp_beta", "double"), ("beta_std", "double"), ("vif", "double")],
                           [tuple(_finite(v) for v in row) for row in res["coef"]])
        models = write_table(self, parameters, self.MODELS, context,
                             [("class", "int"), ("band", "int"), ("n_sample", "int"),
                              ("n_presence", "int"), ("auc_map", "double"),
                              ("auc_sample", "double"), ("mcfadden_r2", "double"),
                              ("solver", "string"), ("separated", "string")],
                             [(m["code"], i + 1, m["n_sample"], m["n_presence"], m["auc_map"],
                               m["auc_sample"], m["mcfadden_r2"], m["backend"],
                               ", ".join(m["separated"]))
                              for i, m in enumerate(res["models"])])
        feedback.setProgress(100)
        return {self.OUTPUT: path, self.COEFFICIENTS: coef, self.MODELS: models,
                self.MIN_AUC: float(min(m["auc_map"] for m in res["models"]))}


def _finite(v):
    if isinstance(v, float) and not np.isfinite(v):
        return None
    return v
