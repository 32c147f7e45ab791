"""ecoecon:reclassifybytable — reclassify a raster by a range table or a class map."""
from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterMatrix,
                       QgsProcessingParameterRasterDestination)

from ...core import classify
from ..base import EcoEconAlgorithm
from ..compat import FIELD_ANY, FIELD_NUMERIC, TYPE_VECTOR
from ..raster_io import read_raster, write_raster
from ..tables import read_table

DTYPES = ["Float32", "Int32", "Int16", "Byte"]


class ReclassifyByTable(EcoEconAlgorithm):
    NAME = "reclassifybytable"
    GROUP_ID = "general"

    INPUT, BAND, RULES, TABLE = "INPUT", "BAND", "RULES", "TABLE"
    CODE_FIELD, MIN_FIELD, MAX_FIELD, VALUE_FIELD = ("CODE_FIELD", "MIN_FIELD", "MAX_FIELD",
                                                     "VALUE_FIELD")
    BOUNDS, UNMATCHED, DATA_TYPE, OUTPUT = "BOUNDS", "UNMATCHED", "DATA_TYPE", "OUTPUT"

    def displayName(self):
        return self.tr("Reclassify by table")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.INPUT, self.tr("Input raster"), self.BAND)
        self.addParameter(QgsProcessingParameterMatrix(
            self.RULES, self.tr("Rules (minimum, maximum, value)"), numberRows=0,
            hasFixedNumberRows=False,
            headers=[self.tr("Minimum"), self.tr("Maximum"), self.tr("Value")],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TABLE, self.tr("Or: rule table (CSV or table layer)"), [TYPE_VECTOR],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Class map: code field"), None, self.TABLE, FIELD_NUMERIC,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.MIN_FIELD, self.tr("Ranges: minimum field"), None, self.TABLE, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.MAX_FIELD, self.tr("Ranges: maximum field"), None, self.TABLE, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Value field"), None, self.TABLE, FIELD_NUMERIC,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.BOUNDS, self.tr("Range boundaries"),
            [self.tr("min < value <= max"), self.tr("min <= value < max"),
             self.tr("min <= value <= max")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNMATCHED, self.tr("Cells matching no rule"),
            [self.tr("Set to nodata"), self.tr("Stop with an error")], defaultValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            self.DATA_TYPE, self.tr("Output data type"), DTYPES, defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Reclassified raster")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        band = self.parameterAsInt(parameters, self.BAND, context)
        name = layer.name() if layer else self.tr("input raster")
        arr, valid, grid = read_raster(layer, band, name)
        feedback.setProgress(20)
        unmatched = "error" if self.parameterAsEnum(parameters, self.UNMATCHED,
                                                    context) == 1 else "nodata"
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        min_field = self.parameterAsString(parameters, self.MIN_FIELD, context)
        max_field = self.parameterAsString(parameters, self.MAX_FIELD, context)
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        has_table = parameters.get(self.TABLE) not in (None, "")
        if has_table:
            table = read_table(self, parameters, self.TABLE, context, self.tr("rule table"))
            if not value_field:
                raise QgsProcessingException(
                    self.tr("Choose the value field of the rule table."))
            if code_field:
                mapping = table.mapping(code_field, value_field)
                try:
                    out, ok = classify.reclassify_map(arr, mapping, valid, unmatched)
                except KeyError as e:
                    raise QgsProcessingException(
                        self.tr("The raster {} holds the class code(s) {}, which are missing "
                                "from field '{}' of the rule table. Add a row for each "
                                "code.").format(name, ", ".join(map(str, e.args[0])),
                                                code_field))
                return self._write(parameters, context, feedback, out, ok, grid)
            if not (min_field or max_field):
                raise QgsProcessingException(
                    self.tr("With a rule table, choose either the code field (class map) or "
                            "the minimum and maximum fields (ranges)."))
            lows = table.numbers(min_field, allow_empty=True) if min_field else [None] * len(
                table)
            highs = table.numbers(max_field, allow_empty=True) if max_field else [None] * len(
                table)
            rules = list(zip(lows, highs, table.numbers(value_field)))
        else:
            flat = self.parameterAsMatrix(parameters, self.RULES, context)
            if not flat:
                raise QgsProcessingException(
                    self.tr("Give the rules: type them in the 'Rules' matrix or choose a rule "
                            "table."))
            if len(flat) % 3:
                raise QgsProcessingException(
                    self.tr("The rules matrix must have three columns (minimum, maximum, "
                            "value)."))
            rules = []
            for i in range(0, len(flat), 3):
                row = []
                for j, v in enumerate(flat[i:i + 3]):
                    s = str(v).strip() if v is not None else ""
                    if s == "" and j < 2:
                        row.append(None)
                        continue
                    try:
                        row.append(float(s))
                    except ValueError:
                        raise QgsProcessingException(
                            self.tr("Rule {}: '{}' is not a number.").format(i // 3 + 1, s))
                rules.append(tuple(row))
        include = ["max", "min", "both"][self.parameterAsEnum(parameters, self.BOUNDS, context)]
        try:
            out, ok = classify.reclassify_ranges(arr, rules, valid, include, unmatched)
        except ValueError as e:
            raise QgsProcessingException(
                self.tr("Some cells of {} match no rule ({}). Extend the rules or choose "
                        "'Set to nodata'.").format(name, e))
        return self._write(parameters, context, feedback, out, ok, grid)

    def _write(self, parameters, context, feedback, out, ok, grid):
        self.check_canceled(feedback)
        feedback.setProgress(70)
        dtype = DTYPES[self.parameterAsEnum(parameters, self.DATA_TYPE, context)]
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(path, out, ok, grid, dtype=dtype)
        feedback.setProgress(100)
        return {self.OUTPUT: path}
