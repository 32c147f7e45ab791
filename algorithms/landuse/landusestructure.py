"""ecoecon:landusestructure — optimal land-use quantities by linear programming."""
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber)

from ...core.landuse.landusestructure import Constraint, LandClass, current_values, optimise
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER,
                      TYPE_VECTOR)
from ..tables import read_table, write_table

OBJECTIVES = ("economic", "esv", "sweep")
BACKENDS = ("auto", "pulp-cbc", "scipy")


class LandUseStructure(EcoEconAlgorithm):
    NAME = "landusestructure"
    GROUP_ID = "landuse"
    REQUIRES = ("pulp",)

    CLASSES, CODE_FIELD, NAME_FIELD, AREA_FIELD, ESV_FIELD, ECON_FIELD = (
        "CLASSES", "CODE_FIELD", "NAME_FIELD", "AREA_FIELD", "ESV_FIELD", "ECON_FIELD")
    CONSTRAINTS, TYPE_FIELD, CLASS_FIELD, VALUE_FIELD, FIX_TOTAL = (
        "CONSTRAINTS", "TYPE_FIELD", "CLASS_FIELD", "VALUE_FIELD", "FIX_TOTAL")
    OBJECTIVE, SWEEP_POINTS, SOLVER = "OBJECTIVE", "SWEEP_POINTS", "SOLVER"
    OUTPUT, CONSTRAINTS_OUT, TRADEOFF = "OUTPUT", "CONSTRAINTS_OUT", "TRADEOFF"
    OBJECTIVE_VALUE, ESV, ECONOMIC, WARNINGS = ("OBJECTIVE_VALUE", "ESV", "ECONOMIC",
                                                "WARNINGS")
    VALUE_UNIT, CHANGE_WARN = "VALUE_UNIT", "CHANGE_WARN"
    #: divisors of the value units offered (currency, 10⁴ currency, 10⁸ currency)
    UNIT_DIVISORS = (1.0, 1e4, 1e8)
    #: name fields looked for when none is chosen (the ESV table's 'name', a class table's
    #: 'class' or 'name')
    NAME_GUESSES = ("name", "class", "class_name", "lulc_desc", "名称")

    def displayName(self):
        return self.tr("Land-use structure optimisation (LP)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CLASSES, self.tr("Class table (CSV or table layer)"), [TYPE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Class code field"), "code", self.CLASSES, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Class name field"), None, self.CLASSES, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_FIELD, self.tr("Current area field (km²)"), "area_km2", self.CLASSES,
            FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ESV_FIELD, self.tr("Ecological coefficient field (currency/ha)"), "esv_per_ha",
            self.CLASSES, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ECON_FIELD, self.tr("Economic coefficient field (currency/ha)"),
            "econ_per_ha", self.CLASSES, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONSTRAINTS, self.tr("Constraint table"), [TYPE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, self.tr("Constraint type field"), "type", self.CONSTRAINTS,
            FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CLASS_FIELD, self.tr("Constraint class code field"), "code", self.CONSTRAINTS,
            FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Constraint value field"), "value", self.CONSTRAINTS,
            FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FIX_TOTAL, self.tr("Keep the total area equal to the current total"), True))
        self.addParameter(QgsProcessingParameterEnum(
            self.OBJECTIVE, self.tr("Objective"),
            [self.tr("Maximise economic benefit"), self.tr("Maximise ecosystem service value"),
             self.tr("Trade-off sweep (ε-constraint: max economic benefit for ESV floors)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SWEEP_POINTS, self.tr("Points of the trade-off sweep"), NUMBER_INTEGER, 11,
            minValue=2, maxValue=1000))
        p = QgsProcessingParameterEnum(
            self.SOLVER, self.tr("Solver"),
            [self.tr("Automatic (PuLP: HiGHS when highspy is installed, else CBC)"),
             self.tr("PuLP with its bundled CBC"), self.tr("SciPy HiGHS (linprog)")],
            defaultValue=0)
        self.add_advanced(p)
        self.addParameter(QgsProcessingParameterEnum(
            self.VALUE_UNIT, self.tr("Unit of the values in the outputs and the log"),
            [self.tr("Currency of the tables (for example CNY)"),
             self.tr("10⁴ currency units (for example 10⁴ CNY, 万元)"),
             self.tr("10⁸ currency units (for example 10⁸ CNY, 亿元)")], defaultValue=0,
            optional=True))
        self.add_advanced(QgsProcessingParameterNumber(
            self.CHANGE_WARN, self.tr("Warn when a class changes by more than (%)"),
            NUMBER_DOUBLE, 50.0, minValue=0.0, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Optimal land-use structure"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CONSTRAINTS_OUT, self.tr("Constraints, binding and shadow prices"),
            TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TRADEOFF, self.tr("Trade-off curve"), TYPE_VECTOR, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.OBJECTIVE_VALUE,
                                                 self.tr("Objective value")))
        self.addOutput(QgsProcessingOutputNumber(self.ESV, self.tr("ESV of the optimum")))
        self.addOutput(QgsProcessingOutputNumber(self.ECONOMIC,
                                                 self.tr("Economic benefit of the optimum")))
        self.addOutput(QgsProcessingOutputString(self.WARNINGS, self.tr("Warnings")))

    def _classes(self, parameters, context):
        t = read_table(self, parameters, self.CLASSES, context, self.tr("class table"))
        f = lambda key, default: self.parameterAsString(parameters, key, context) or default
        codes = t.codes(f(self.CODE_FIELD, "code"))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        if not name_field:   # a chained ESV table or a class table: names, not codes
            name_field = next((g for g in self.NAME_GUESSES if t.has(g)), "")
        names = ([str(v) if v is not None and str(v) != "NULL" else ""
                  for v in t.values(name_field)]
                 if name_field else [""] * len(codes))
        areas = t.numbers(f(self.AREA_FIELD, "area_km2"))
        esv = t.numbers(f(self.ESV_FIELD, "esv_per_ha"))
        eco = t.numbers(f(self.ECON_FIELD, "econ_per_ha"))
        return [LandClass(c, n or str(c), a, v, e)
                for c, n, a, v, e in zip(codes, names, areas, esv, eco)]

    def _constraints(self, parameters, context):
        if parameters.get(self.CONSTRAINTS) in (None, ""):
            return []
        t = read_table(self, parameters, self.CONSTRAINTS, context,
                       self.tr("constraint table"))
        f = lambda key, default: self.parameterAsString(parameters, key, context) or default
        kinds = t.values(f(self.TYPE_FIELD, "type"))
        cls = t.numbers(f(self.CLASS_FIELD, "code"), allow_empty=True) if t.has(
            f(self.CLASS_FIELD, "code")) else [None] * len(t)
        vals = t.numbers(f(self.VALUE_FIELD, "value"), allow_empty=True)
        out = []
        for i, (k, c, v) in enumerate(zip(kinds, cls, vals), start=1):
            if c is not None and c != int(c):
                raise QgsProcessingException(
                    self.tr("Constraint row {}: the class code {:g} is not a whole number.")
                    .format(i, c))
            out.append(Constraint(str(k or "").strip().lower(), None if c is None else int(c),
                                  v))
        return out

    def processAlgorithm(self, parameters, context, feedback):
        classes = self._classes(parameters, context)
        constraints = self._constraints(parameters, context)
        if self.parameterAsBool(parameters, self.FIX_TOTAL, context) and not any(
                c.kind == "total_area" for c in constraints):
            constraints.insert(0, Constraint("total_area"))
        objective = OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)]
        backend = BACKENDS[self.parameterAsEnum(parameters, self.SOLVER, context)]
        npts = self.parameterAsInt(parameters, self.SWEEP_POINTS, context)
        change = parameters.get(self.CHANGE_WARN)
        change = 50.0 if change in (None, "") else self.parameterAsDouble(
            parameters, self.CHANGE_WARN, context)
        ui = parameters.get(self.VALUE_UNIT)
        ui = 0 if ui in (None, "") else self.parameterAsEnum(parameters, self.VALUE_UNIT,
                                                               context)
        div = self.UNIT_DIVISORS[ui]
        unit_name = ["", self.tr("10⁴ currency units"), self.tr("10⁸ currency units")][ui]
        res = self.run_core(optimise, classes, constraints, objective, npts, backend,
                            progress=self.progress(feedback, 5, 90), change_pct=change)
        self.check_canceled(feedback)
        for w in res.warnings:
            feedback.pushWarning(w)
        esv0, eco0 = current_values(classes)
        total = float(res.x.sum())
        rows = []
        for k, c in enumerate(classes):
            x = float(res.x[k])
            rows.append([c.code, c.name, c.current, x, x - c.current,
                         100.0 * (x - c.current) / c.current if c.current > 0 else None,
                         100.0 * x / total if total > 0 else None,
                         100.0 * x * c.esv / div, 100.0 * x * c.economic / div])
        rows.append([None, self.tr("total"), sum(c.current for c in classes), total,
                     total - sum(c.current for c in classes), None, 100.0, res.esv / div,
                     res.economic / div])
        out = write_table(self, parameters, self.OUTPUT, context,
                          [("code", "int"), ("name", "string"), ("current_km2", "double"),
                           ("optimal_km2", "double"), ("change_km2", "double"),
                           ("change_pct", "double"), ("share_pct", "double"),
                           ("esv", "double"), ("economic", "double")], rows)
        crow = []
        for rr in res.rows:
            money = rr.row.unit != "km²"
            unit = self.tr("per km²") if not money else self.tr("per currency unit")
            if not money and div != 1.0:
                unit = self.tr("{} per km²").format(unit_name)
            # value rows are in the chosen unit; a km² row's shadow price is value per km²
            d_row = div if money else 1.0
            crow.append([rr.row.label, rr.row.kind, rr.row.code, rr.lhs / d_row,
                         rr.row.rhs / d_row, rr.row.sense, rr.slack / d_row,
                         self.tr("yes") if rr.binding else self.tr("no"),
                         rr.shadow_price if money else rr.shadow_price / div, unit,
                         rr.slack_pct])
        cons_out = write_table(self, parameters, self.CONSTRAINTS_OUT, context,
                               [("constraint", "string"), ("type", "string"), ("code", "int"),
                                ("value", "double"), ("rhs", "double"), ("sense", "string"),
                                ("slack", "double"), ("binding", "string"),
                                ("shadow_price", "double"), ("shadow_unit", "string"),
                                ("slack_pct", "double")], crow)
        results = {self.OUTPUT: out, self.CONSTRAINTS_OUT: cons_out,
                   self.OBJECTIVE_VALUE: res.objective_value / div, self.ESV: res.esv / div,
                   self.ECONOMIC: res.economic / div, self.WARNINGS: "\n".join(res.warnings)}
        if parameters.get(self.TRADEOFF) not in (None, ""):
            trows = []
            points = res.sweep or [{"step": 1, "floor": None, "esv": res.esv,
                                    "economic": res.economic, "x": res.x,
                                    "shadow_esv": None}]
            sc = lambda v: None if v is None else v / div  # noqa: E731
            for p in points:
                trows.append([p["step"], sc(p["floor"]), sc(p["esv"]), sc(p["economic"]),
                              p["shadow_esv"]] + [float(v) for v in p["x"]])
            results[self.TRADEOFF] = write_table(
                self, parameters, self.TRADEOFF, context,
                [("step", "int"), ("esv_floor", "double"), ("esv", "double"),
                 ("economic", "double"), ("esv_shadow_price", "double")]
                + [("km2_%d" % c.code, "double") for c in classes], trows)
        feedback.pushInfo(self.tr(
            "Optimum ({}, solver {}): ESV {:,.2f} (current {:,.2f}), economic benefit {:,.2f} "
            "(current {:,.2f}); binding: {}.").format(
            objective, res.backend, res.esv / div, esv0 / div, res.economic / div, eco0 / div,
            "; ".join(rr.row.label for rr in res.rows if rr.binding) or self.tr("none")))
        if div != 1.0:
            feedback.pushInfo(self.tr("Values are in {}.").format(unit_name))
        feedback.setProgress(100)
        return results
