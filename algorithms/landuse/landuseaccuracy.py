"""ecoecon:landuseaccuracy — agreement between a simulated and a reference land-use map."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBand,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterRasterLayer)

from ...core.landuse.accuracy import agreement, crosstab, figure_of_merit
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

    def shortHelpString(self):
        return self.tr(
            "Compares a simulated land-use map with the observed (reference) map of the same "
            "date, and, with the initial map, measures how well the simulated change matches "
            "the observed change.\n\n"
            "From the cross-tabulation p_ij (rows = reference class, columns = simulated "
            "class, as proportions of the cells valid in both maps):\n"
            "- overall agreement Po = Σ p_ii; expected agreement Pe = Σ p_i+·p_+i;\n"
            "- Kappa = (Po − Pe)/(1 − Pe) (Cohen 1960);\n"
            "- Kno = (Po − 1/J)/(1 − 1/J), J classes (Pontius 2000);\n"
            "- Klocation = (Po − Pe)/(Pmax − Pe), Khisto = (Pmax − Pe)/(1 − Pe), "
            "Pmax = Σ min(p_i+, p_+i) (Hagen 2002);\n"
            "- quantity disagreement Q = ½ Σ |p_i+ − p_+i| and allocation disagreement "
            "A = (1 − Po) − Q (Pontius & Millones 2011).\n"
            "With the initial map (Pontius et al. 2008): misses (observed change simulated as "
            "persistence), hits, wrong hits (change to the wrong class) and false alarms; "
            "Figure of Merit = hits/(misses + hits + wrong hits + false alarms), producer's "
            "accuracy = hits/(misses + hits + wrong hits), user's accuracy = hits/(hits + "
            "wrong hits + false alarms). Kappa is inflated on maps dominated by persistence: "
            "report the Figure of Merit as well.\n\n"
            "The simulated and initial maps are aligned to the reference grid with nearest "
            "neighbour. Cells that are nodata in any map are left out. Ratios are fractions "
            "(0–1); an undefined ratio is empty.\n"
            "Outputs: a table of the measures (measure, value, note) and the cross-tabulation "
            "in cells (one row per reference class, one column per simulated class, with "
            "producer's and user's accuracy per class).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFERENCE, self.tr("Reference (observed) land use")))
        self.addParameter(QgsProcessingParameterBand(self.REF_BAND, self.tr("Reference band"), 1,
                                                     self.REFERENCE, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SIMULATED, self.tr("Simulated land use")))
        self.addParameter(QgsProcessingParameterBand(self.SIM_BAND, self.tr("Simulated band"),
                                                     1, self.SIMULATED, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INITIAL, self.tr("Initial land use (for the Figure of Merit)"),
            optional=True))
        self.addParameter(QgsProcessingParameterBand(self.INI_BAND, self.tr("Initial band"), 1,
                                                     self.INITIAL, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Accuracy measures"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CROSSTAB, self.tr("Cross-tabulation"), TYPE_VECTOR,
            optional=True, createByDefault=True))
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
        valid = ok & ok_s
        ini = None
        ini_layer = self.parameterAsRasterLayer(parameters, self.INITIAL, context)
        if ini_layer is not None:
            ini, ok_i = read_aligned(ini_layer, grid, self.parameterAsInt(
                parameters, self.INI_BAND, context), ini_layer.name(), "nearest", feedback)
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
