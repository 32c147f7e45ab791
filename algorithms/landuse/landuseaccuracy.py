"""ecoecon:landuseaccuracy — agreement between a simulated and a reference land-use map."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink)

from ...core.landuse.landuseaccuracy import (agreement, check_comparable, crosstab,
                                             figure_of_merit)
from ..base import EcoEconAlgorithm
from ..compat import TYPE_VECTOR
from ..raster_io import read_aligned, read_raster
from ..tables import write_table


class LandUseAccuracy(EcoEconAlgorithm):
    NAME = "landuseaccuracy"
    GROUP_ID = "landuse"

    REFERENCE, REF_BAND, SIMULATED, SIM_BAND, INITIAL, INI_BAND = (
        "REFERENCE", "REF_BAND", "SIMULATED", "SIM_BAND", "INITIAL", "INI_BAND")
    OUTPUT, CROSSTAB = "OUTPUT", "CROSSTAB"
    KAPPA, PO, FOM, QUANTITY, ALLOCATION = "KAPPA", "PO", "FOM", "QUANTITY", "ALLOCATION"

    def displayName(self):
        return self.tr("Land-use simulation accuracy")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.REFERENCE, self.tr("Reference (observed) land use"),
                                 self.REF_BAND, band_label=self.tr("Reference band"))
        self.add_raster_and_band(self.SIMULATED, self.tr("Simulated land use"),
                                 self.SIM_BAND, band_label=self.tr("Simulated band"))
        self.add_raster_and_band(self.INITIAL, self.tr("Initial land use (for the Figure of Merit)"),
                                 self.INI_BAND, band_label=self.tr("Initial band"), optional=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Accuracy measures"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CROSSTAB, self.tr("Cross-tabulation"), TYPE_VECTOR))
        for key, label in ((self.KAPPA, self.tr("Kappa")),
                           (self.PO, self.tr("Overall agreement")),
                           (self.FOM, self.tr("Figure of Merit")),
                           (self.QUANTITY, self.tr("Quantity disagreement")),
                           (self.ALLOCATION, self.tr("Allocation disagreement"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):
        ref_layer = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        ref_name = ref_layer.name() if ref_layer else self.tr("reference map")
        ref, ok, grid = read_raster(ref_layer, self.parameterAsInt(parameters, self.REF_BAND,
                                                                  context), ref_name)
        sim_layer = self.parameterAsRasterLayer(parameters, self.SIMULATED, context)
        sim_name = sim_layer.name() if sim_layer else self.tr("simulated map")
        sim, ok_s = read_aligned(sim_layer, grid, self.parameterAsInt(
            parameters, self.SIM_BAND, context), sim_name, "nearest", feedback)
        for w in self.run_core(check_comparable, ref, ok, sim, ok_s, "simulated"):
            feedback.pushWarning(w)
        valid = ok & ok_s
        ini = None
        ini_layer = self.parameterAsRasterLayer(parameters, self.INITIAL, context)
        if ini_layer is not None:
            ini, ok_i = read_aligned(ini_layer, grid, self.parameterAsInt(
                parameters, self.INI_BAND, context), ini_layer.name(), "nearest", feedback)
            for w in self.run_core(check_comparable, ref, ok, ini, ok_i, "initial",
                                   classes=False):
                feedback.pushWarning(w)
            valid &= ok_i
        feedback.setProgress(30)
        classes, m = self.run_core(crosstab, ref, sim, valid)
        g = self.run_core(agreement, m)
        fom = self.run_core(figure_of_merit, ini, ref, sim, valid) if ini is not None else None
        self.check_canceled(feedback)
        feedback.setProgress(70)
        rows = [
            ("cells", float(g["n"]), self.tr("cells valid in every map")),
            ("classes", float(g["classes"]), ""),
            ("Po", g["Po"], self.tr("overall agreement")),
            ("Pe", g["Pe"], self.tr("agreement expected by chance")),
            ("Pmax", g["Pmax"], self.tr("largest agreement for these quantities")),
            ("Kappa", g["Kappa"], self.tr("Cohen 1960")),
            ("Kno", g["Kno"], self.tr("Pontius 2000")),
            ("Klocation", g["Klocation"], ""),
            ("Khisto", g["Khisto"], self.tr("Kappa = Klocation × Khisto")),
            ("quantity_disagreement", g["quantity"], self.tr("Pontius & Millones 2011")),
            ("allocation_disagreement", g["allocation"], self.tr("Pontius & Millones 2011")),
            ("total_disagreement", g["disagreement"], self.tr("1 − Po = quantity + allocation")),
        ]
        if fom is not None:
            rows += [
                ("misses", float(fom["misses"]), self.tr("observed change simulated as "
                                                         "persistence (cells)")),
                ("hits", float(fom["hits"]), self.tr("observed change simulated correctly "
                                                     "(cells)")),
                ("wrong_hits", float(fom["wrong_hits"]), self.tr("observed change simulated "
                                                                 "as the wrong class (cells)")),
                ("false_alarms", float(fom["false_alarms"]), self.tr("observed persistence "
                                                                     "simulated as change "
                                                                     "(cells)")),
                ("FoM", fom["FoM"], self.tr("Figure of Merit (Pontius et al. 2008)")),
                ("FoM_producers", fom["producers"], self.tr("producer's accuracy of change")),
                ("FoM_users", fom["users"], self.tr("user's accuracy of change")),
            ]
        dest = write_table(self, parameters, self.OUTPUT, context,
                           [("measure", "string"), ("value", "double"), ("note", "string")],
                           rows)
        cols = [("reference", "int")] + [("sim_%d" % c, "int64") for c in classes] + [
            ("total", "int64"), ("producers", "double"), ("users", "double")]
        ct_rows = [[c] + [int(v) for v in m[i]] + [int(m[i].sum()), g["producers"][i],
                                                   g["users"][i]]
                   for i, c in enumerate(classes)]
        ct = write_table(self, parameters, self.CROSSTAB, context, cols, ct_rows)
        feedback.pushInfo(self.tr("Po {:.4f}, Kappa {}, quantity {:.4f}, allocation {:.4f}"
                                  "{}").format(
            g["Po"], "—" if g["Kappa"] is None else "{:.4f}".format(g["Kappa"]),
            g["quantity"], g["allocation"],
            "" if fom is None else self.tr(", FoM {}").format(
                "—" if fom["FoM"] is None else "{:.4f}".format(fom["FoM"]))))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.CROSSTAB: ct, self.KAPPA: g["Kappa"],
                self.PO: g["Po"], self.FOM: None if fom is None else fom["FoM"],
                self.QUANTITY: g["quantity"], self.ALLOCATION: g["allocation"]}
