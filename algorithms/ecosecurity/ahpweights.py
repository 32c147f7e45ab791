"""ecoecon:ahpweights — AHP weights, λmax, CI and CR from a pairwise comparison matrix."""
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterString)

from ...core.ecosecurity.ahpweights import CR_LIMIT, ahp_weights, parse_judgement, parse_matrix_text
from ...core.errors import InputError
from ..base import EcoEconAlgorithm
from ..compat import FIELD_ANY, TYPE_VECTOR
from ..tables import read_table, write_table


class AhpWeights(EcoEconAlgorithm):
    NAME = "ahpweights"
    GROUP_ID = "ecosecurity"

    FACTORS, MATRIX, TABLE, FACTOR_FIELD = "FACTORS", "MATRIX", "TABLE", "FACTOR_FIELD"
    OUTPUT, LAMBDA_MAX, CI, RI, CR, CONSISTENT, WEIGHTS_TEXT = (
        "OUTPUT", "LAMBDA_MAX", "CI", "RI", "CR", "CONSISTENT", "WEIGHTS_TEXT")

    def displayName(self):
        return self.tr("AHP weights")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.FACTORS, self.tr("Factor names, comma separated (in the order of the rows)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.MATRIX, self.tr("Pairwise comparison matrix (rows separated by ';')"),
            defaultValue="", multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TABLE, self.tr("Or: matrix table (CSV or table layer)"), [TYPE_VECTOR],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FACTOR_FIELD, self.tr("Matrix table: factor name field"), None, self.TABLE,
            FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("AHP weights"), TYPE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.LAMBDA_MAX, self.tr("λmax")))
        self.addOutput(QgsProcessingOutputNumber(self.CI, self.tr("Consistency index CI")))
        self.addOutput(QgsProcessingOutputNumber(self.RI, self.tr("Random index RI")))
        self.addOutput(QgsProcessingOutputNumber(self.CR, self.tr("Consistency ratio CR")))
        self.addOutput(QgsProcessingOutputNumber(self.CONSISTENT,
                                                 self.tr("Consistent (1 when CR < 0.1)")))
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS_TEXT,
                                                 self.tr("Weights, comma separated")))

    def processAlgorithm(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, self.MATRIX, context)
        has_table = parameters.get(self.TABLE) not in (None, "")
        names = [s.strip() for s in self.parameterAsString(parameters, self.FACTORS,
                                                           context).split(",") if s.strip()]
        if has_table and text.strip():
            raise QgsProcessingException(
                self.tr("Give the matrix either typed in or as a table, not both."))
        if has_table:
            table = read_table(self, parameters, self.TABLE, context, self.tr("matrix table"))
            name_field = self.parameterAsString(parameters, self.FACTOR_FIELD, context)
            cols = [f for f in table.fields if not name_field
                    or f.lower() != name_field.lower()]
            if len(cols) > len(table.rows):  # a GeoPackage's fid is no matrix column
                cols = [c for c in cols if c.lower() != "fid"]
            if name_field and not names:
                names = [str(v) for v in table.values(name_field)]
            try:
                rows = [[parse_judgement("" if r[c] is None else r[c]) for c in cols]
                        for r in table.rows]
            except InputError as e:
                raise QgsProcessingException(str(e))
        elif text.strip():
            rows = self.run_core(parse_matrix_text, text)
        else:
            raise QgsProcessingException(
                self.tr("Give the pairwise comparison matrix: type it in or choose a table."))
        res = self.run_core(ahp_weights, rows)
        n = len(res["weights"])
        if not names:
            names = [self.tr("factor {}").format(i + 1) for i in range(n)]
        if len(names) != n:
            raise QgsProcessingException(
                self.tr("{} factor names were given for a {}×{} matrix; give one name per "
                        "row.").format(len(names), n, n))
        feedback.setProgress(50)
        feedback.pushInfo(self.tr("λmax = {:.6f}, CI = {:.6f}, RI = {:.2f}, CR = {:.6f}").format(
            res["lambda_max"], res["CI"], res["RI"], res["CR"]))
        if not res["consistent"]:
            feedback.pushWarning(
                self.tr("WARNING: the consistency ratio CR = {:.4f} is not below {:g}: the "
                        "judgements are inconsistent. Revise the comparison matrix before "
                        "using these weights.").format(res["CR"], CR_LIMIT))
        w = res["weights"]
        order = sorted(range(n), key=lambda i: -w[i])
        rank = {i: k + 1 for k, i in enumerate(order)}
        rows_out = [[names[i], float(w[i]), rank[i], res["lambda_max"], res["CI"], res["RI"],
                     res["CR"]] for i in range(n)]
        for r in rows_out:
            feedback.pushInfo("{}: {:.6f}".format(r[0], r[1]))
        dest = write_table(self, parameters, self.OUTPUT, context,
                           [("factor", "string"), ("weight", "double"), ("rank", "int"),
                            ("lambda_max", "double"), ("CI", "double"), ("RI", "double"),
                            ("CR", "double")], rows_out)
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.LAMBDA_MAX: res["lambda_max"], self.CI: res["CI"],
                self.RI: res["RI"], self.CR: res["CR"],
                self.CONSISTENT: 1 if res["consistent"] else 0,
                self.WEIGHTS_TEXT: ", ".join("%.6f" % x for x in w)}
