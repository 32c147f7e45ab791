"""ecoecon:ecosystemservicevalue — ESV (and economic benefit) from land use and a per-ha table."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination)

from ...core.landuse.ecosystemservicevalue import values_from_raster
from ..base import EcoEconAlgorithm
from ..compat import FIELD_ANY, NUMBER_DOUBLE, TYPE_VECTOR
from ..raster_io import read_raster, require_projected, write_raster
from ..tables import read_table, write_table


class EcosystemServiceValue(EcoEconAlgorithm):
    NAME = "ecosystemservicevalue"
    GROUP_ID = "landuse"

    INPUT, BAND, TABLE, CODE_FIELD, VALUE_FIELDS, UNIT_VALUE = (
        "INPUT", "BAND", "TABLE", "CODE_FIELD", "VALUE_FIELDS", "UNIT_VALUE")
    ECON_TABLE, ECON_CODE_FIELD, ECON_FIELD = "ECON_TABLE", "ECON_CODE_FIELD", "ECON_FIELD"
    OUTPUT_TABLE, OUTPUT, ECON_OUTPUT = "OUTPUT_TABLE", "OUTPUT", "ECON_OUTPUT"
    TOTAL_ESV, TOTAL_ECONOMIC = "TOTAL_ESV", "TOTAL_ECONOMIC"

    def displayName(self):
        return self.tr("Ecosystem service value")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.INPUT, self.tr("Land-use raster"), self.BAND)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TABLE, self.tr("Ecological coefficient table (CSV or table layer)"),
            [TYPE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Land-use code field"), "code", self.TABLE, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELDS, self.tr("Coefficient field(s), one per service (per ha)"),
            None, self.TABLE, FIELD_ANY, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.UNIT_VALUE, self.tr("Value of one standard equivalent (currency/ha; 1 when "
                                     "the table is in currency/ha)"), NUMBER_DOUBLE, 1.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ECON_TABLE, self.tr("Economic coefficient table (optional)"), [TYPE_VECTOR],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ECON_CODE_FIELD, self.tr("Economic table: land-use code field"), "code",
            self.ECON_TABLE, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ECON_FIELD, self.tr("Economic table: output value field (currency/ha)"), None,
            self.ECON_TABLE, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Values per class"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("ESV per cell")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.ECON_OUTPUT, self.tr("Economic benefit per cell"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_ESV, self.tr("Total ESV")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_ECONOMIC,
                                                 self.tr("Total economic benefit")))

    def _coefficients(self, parameters, context, table_key, code_key, fields, label):
        table = read_table(self, parameters, table_key, context, label)
        code_field = self.parameterAsString(parameters, code_key, context) or "code"
        codes = table.codes(code_field)
        cols = [table.numbers(f) for f in fields]
        # class names, carried into the output table (and from there into the LP)
        nf = next((g for g in ("name", "class", "class_name", "lulc_desc", "名称")
                   if table.has(g) and g.lower() != code_field.lower()), None)
        if nf is not None:
            self._names = {c: ("" if v is None or str(v) == "NULL" else str(v))
                           for c, v in zip(codes, table.values(nf))}
        return {c: [col[i] for col in cols] for i, c in enumerate(codes)}

    def _table_label(self, parameters, context, name, what):
        """'economic coefficient table 'econ' (ECON_TABLE)' for messages."""
        src = self.parameterAsSource(parameters, name, context)
        title = src.sourceName() if src is not None else ""
        return "{} '{}' ({})".format(what, title, name) if title else "{} ({})".format(what,
                                                                                     name)

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        name = layer.name() if layer else self.tr("land-use raster")
        arr, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                 context), name)
        require_projected(grid, name)
        fields = self.parameterAsFields(parameters, self.VALUE_FIELDS, context)
        if not fields:
            raise QgsProcessingException(
                self.tr("Choose at least one coefficient field of the ecological table."))
        self._names = {}
        coef = self._coefficients(parameters, context, self.TABLE, self.CODE_FIELD, fields,
                                  self.tr("ecological coefficients"))
        names = self._names
        unit = self.parameterAsDouble(parameters, self.UNIT_VALUE, context)
        econ = None
        if parameters.get(self.ECON_TABLE) not in (None, ""):
            efield = self.parameterAsString(parameters, self.ECON_FIELD, context)
            if not efield:
                raise QgsProcessingException(
                    self.tr("Choose the output value field of the economic table."))
            econ = self._coefficients(parameters, context, self.ECON_TABLE,
                                      self.ECON_CODE_FIELD, [efield],
                                      self.tr("economic coefficients"))
        feedback.setProgress(20)
        esv, esv_cell = self.run_core(values_from_raster, arr, valid, grid.cell_area, coef,
                                      fields, unit, self._table_label(
                                          parameters, context, self.TABLE,
                                          self.tr("ecological coefficient table")))
        eco = eco_cell = None
        if econ is not None:
            eco, eco_cell = self.run_core(values_from_raster, arr, valid, grid.cell_area, econ,
                                          ["economic"], 1.0, self._table_label(
                                              parameters, context, self.ECON_TABLE,
                                              self.tr("economic coefficient table")))
        self.check_canceled(feedback)
        feedback.setProgress(60)
        total = esv.total
        cols = [("code", "int"), ("cells", "int64"), ("area_ha", "double"),
                ("area_km2", "double")] + [(f, "double") for f in fields] + [
            ("esv_total", "double"), ("esv_per_ha", "double"), ("esv_share_pct", "double")]
        if eco is not None:
            cols += [("econ_total", "double"), ("econ_per_ha", "double")]
        if names:
            cols += [("name", "string")]
        rows = []
        for k, c in enumerate(esv.classes):
            row = [c, int(esv.cells[k]), esv.area_ha[k], esv.area_km2[k]]
            row += list(esv.values[k])
            row += [esv.class_totals[k], sum(coef[c]) * unit,
                    100.0 * esv.class_totals[k] / total if total else None]
            if eco is not None:
                ke = eco.classes.index(c) if c in eco.classes else None
                row += [eco.class_totals[ke] if ke is not None else 0.0,
                        econ[c][0] if c in econ else None]
            if names:
                row.append(names.get(c, ""))
            rows.append(row)
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(path, np.nan_to_num(esv_cell), valid, grid, "Float32")
        results = {self.OUTPUT: path, self.TOTAL_ESV: total,
                   self.TOTAL_ECONOMIC: None if eco is None else eco.total}
        econ_path = self.parameterAsOutputLayer(parameters, self.ECON_OUTPUT, context)
        if econ_path and eco_cell is not None:
            write_raster(econ_path, np.nan_to_num(eco_cell), valid, grid, "Float32")
            results[self.ECON_OUTPUT] = econ_path
        results[self.OUTPUT_TABLE] = write_table(self, parameters, self.OUTPUT_TABLE, context,
                                                 cols, rows)
        feedback.pushInfo(self.tr("Total ESV: {:,.2f} (currency of the table); {:,.2f} km² "
                                  "valued.").format(total, esv.area_km2.sum()))
        if eco is not None:
            feedback.pushInfo(self.tr("Total economic benefit: {:,.2f}.").format(eco.total))
        feedback.setProgress(100)
        return results
