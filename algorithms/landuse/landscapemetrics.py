"""ecoecon:landscapemetrics — FRAGSTATS 4 class- and landscape-level metrics of a land-use map."""
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber)

from ...core.landuse.landscapemetrics import landscape_metrics
from ..base import EcoEconAlgorithm
from ..compat import NUMBER_DOUBLE, TYPE_VECTOR
from ..raster_io import read_raster, require_projected
from ..tables import write_table


class LandscapeMetrics(EcoEconAlgorithm):
    NAME = "landscapemetrics"
    GROUP_ID = "landuse"

    INPUT, BAND, CONNECTIVITY, BACKGROUND, CONNECT_DISTANCE = (
        "INPUT", "BAND", "CONNECTIVITY", "BACKGROUND", "CONNECT_DISTANCE")
    CLASS_TABLE, LANDSCAPE_TABLE = "CLASS_TABLE", "LANDSCAPE_TABLE"
    SHDI, CONTAG, CONNECT = "SHDI", "CONTAG", "CONNECT"

    def displayName(self):
        return self.tr("Landscape metrics")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.INPUT, self.tr("Land-use raster"), self.BAND)
        self.addParameter(QgsProcessingParameterEnum(
            self.CONNECTIVITY, self.tr("Patch rule"),
            [self.tr("8 neighbours (FRAGSTATS default)"), self.tr("4 neighbours")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONNECT_DISTANCE, self.tr("CONNECT threshold distance (m; empty = skip)"),
            NUMBER_DOUBLE, 1000.0, optional=True, minValue=0.0))
        p = QgsProcessingParameterNumber(
            self.BACKGROUND, self.tr("Background value inside the landscape (optional)"),
            NUMBER_DOUBLE, None, optional=True)
        self.add_advanced(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CLASS_TABLE, self.tr("Class metrics"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LANDSCAPE_TABLE, self.tr("Landscape metrics"), TYPE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.SHDI, self.tr("SHDI")))
        self.addOutput(QgsProcessingOutputNumber(self.CONTAG, self.tr("CONTAG (%)")))
        self.addOutput(QgsProcessingOutputNumber(self.CONNECT, self.tr("CONNECT (%)")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        name = layer.name() if layer else self.tr("land-use raster")
        arr, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                 context), name)
        require_projected(grid, name)
        if abs(grid.cell_width - grid.cell_height) > 1e-6 * grid.cell_width:
            raise QgsProcessingException(
                self.tr("{} has rectangular cells ({:g} × {:g}); FRAGSTATS metrics need square "
                        "cells. Resample it to square cells first.").format(
                    name, grid.cell_width, grid.cell_height))
        conn = 8 if self.parameterAsEnum(parameters, self.CONNECTIVITY, context) == 0 else 4
        dist = None
        if parameters.get(self.CONNECT_DISTANCE) not in (None, ""):
            dist = self.parameterAsDouble(parameters, self.CONNECT_DISTANCE, context)
        background = None
        if parameters.get(self.BACKGROUND) not in (None, ""):
            background = self.parameterAsDouble(parameters, self.BACKGROUND, context)
            if background != int(background):
                raise QgsProcessingException(
                    self.tr("The background value must be a whole number."))
        feedback.setProgress(5)
        res = self.run_core(landscape_metrics, arr, valid, grid.cell_width, conn, background,
                            dist, progress=self.progress(feedback, 5, 90))
        self.check_canceled(feedback)
        rule = self.tr("{}-cell").format(conn)
        cols = [("code", "int"), ("CA_ha", "double"), ("PLAND", "double"), ("NP", "int"),
                ("LPI", "double"), ("TE_m", "double"), ("ED", "double"), ("LSI", "double"),
                ("AI", "double"), ("CONNECT", "double"), ("patch_rule", "string"),
                ("connect_m", "double")]
        bc = res.by_class
        rows = [[c, bc["CA"][k], bc["PLAND"][k], bc["NP"][k], bc["LPI"][k], bc["TE"][k],
                 bc["ED"][k], bc["LSI"][k], bc["AI"][k], bc["CONNECT"][k], rule, dist]
                for k, c in enumerate(res.classes)]
        class_dest = write_table(self, parameters, self.CLASS_TABLE, context, cols, rows)
        L = res.landscape
        conn_note = (self.tr("threshold {:g} m, {} patches").format(dist, rule)
                     if dist is not None else self.tr("not computed (no threshold given)"))
        land_rows = [
            ("TA", L["TA"], "ha", self.tr("total area, background included")),
            ("NP", L["NP"], "", self.tr("{} patches").format(rule)),
            ("LPI", L["LPI"], "%", self.tr("{} patches").format(rule)),
            ("TE", L["TE"], "m", self.tr("landscape boundary not counted")),
            ("ED", L["ED"], "m/ha", self.tr("landscape boundary not counted")),
            ("LSI", L["LSI"], "", self.tr("FRAGSTATS 4: E / min E, boundary counted")),
            ("CONTAG", L["CONTAG"], "%", ""),
            ("SHDI", L["SHDI"], "", ""),
            ("SHEI", L["SHEI"], "", ""),
            ("AI", L["AI"], "%", self.tr("Σ AI_i·P_i")),
            ("CONNECT", L["CONNECT"], "%", conn_note),
        ]
        land_dest = write_table(self, parameters, self.LANDSCAPE_TABLE, context,
                                [("metric", "string"), ("value", "double"), ("unit", "string"),
                                 ("note", "string")], land_rows)
        feedback.pushInfo(self.tr("{} classes, {} patches ({}); SHDI {:.4f}, CONTAG {}, "
                                  "CONNECT {}.").format(
            len(res.classes), L["NP"], rule, L["SHDI"],
            "—" if L["CONTAG"] is None else "{:.4f}".format(L["CONTAG"]),
            "—" if L["CONNECT"] is None else "{:.4f} ({})".format(L["CONNECT"], conn_note)))
        feedback.setProgress(100)
        return {self.CLASS_TABLE: class_dest, self.LANDSCAPE_TABLE: land_dest,
                self.SHDI: L["SHDI"], self.CONTAG: L["CONTAG"], self.CONNECT: L["CONNECT"]}
