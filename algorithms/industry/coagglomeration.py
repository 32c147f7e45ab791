"""ecoecon:coagglomeration — Wasserstein co-agglomeration of industries with Monte Carlo
counterfactuals, Table 3 summaries and the ranked core industries."""
import os

import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...core.industry.coagg_tables import (CORE_COLUMNS, GROUP_COLUMNS, INDUSTRY_COLUMNS,
                                           PAIR_COLUMNS, core_rows, group_rows, industry_rows,
                                           pair_rows)
from ...core.industry.coagglomeration import ENTROPIC, EXACT, coagglomeration
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER,
                      TYPE_VECTOR, TYPE_VECTOR_POINT)
from ..raster_io import require_projected
from ..tables import write_table


class Coagglomeration(EcoEconAlgorithm):
    NAME = "coagglomeration"
    GROUP_ID = "industry"
    EXCLUSIVE_MIN = ("TOLERANCE",)
    REQUIRES = ("ot",)

    INPUT, CODE_FIELD, IND_DIGITS, GROUP_DIGITS, WEIGHT_FIELD, MIN_FIRMS = (
        "INPUT", "CODE_FIELD", "INDUSTRY_DIGITS", "GROUP_DIGITS", "WEIGHT_FIELD", "MIN_FIRMS")
    P, DRAWS, SEED, LEVEL, SEP_LEVEL, SOLVER, SIGMA, TOL, MAX_ITER = (
        "P", "DRAWS", "SEED", "LEVEL", "SEP_LEVEL", "SOLVER", "SIGMA", "TOLERANCE", "MAX_ITER")
    PRECISION, PROCESSES, PYTHON = "PRECISION", "PROCESSES", "PYTHON"
    INCLUDE_SELF, N_CORE, THREADS, SCHEDULER = "INCLUDE_SELF", "N_CORE", "THREADS", "SCHEDULER"
    PAIRS, INDUSTRIES, GROUPS, CORE = "PAIRS", "INDUSTRIES", "GROUPS", "CORE"
    CORE_CODES, N_SIGNIFICANT = "CORE_CODES", "N_SIGNIFICANT"

    def displayName(self):
        return self.tr("Industrial co-agglomeration (Wasserstein)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Firm points"), [TYPE_VECTOR_POINT]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Industry code field"), parentLayerParameterName=self.INPUT,
            type=FIELD_ANY))
        self.addParameter(QgsProcessingParameterNumber(
            self.IND_DIGITS, self.tr("Industry = first n characters of the code (0 = all)"),
            NUMBER_INTEGER, 3, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GROUP_DIGITS, self.tr("Group = first m characters of the code (0 = all)"),
            NUMBER_INTEGER, 2, minValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, self.tr("Firm weight field (e.g. employment; empty = uniform)"),
            parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_FIRMS, self.tr("Minimum firms per industry"), NUMBER_INTEGER, 1,
            minValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            self.P, self.tr("Cost exponent p"),
            [self.tr("2: squared distance (W₂², default)"), self.tr("1: distance (W₁)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DRAWS, self.tr("Counterfactual draws"), NUMBER_INTEGER, 1000, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), NUMBER_INTEGER, 1, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.LEVEL, self.tr("Significance level (Coagg ≥ level)"), NUMBER_DOUBLE, 0.95,
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEP_LEVEL, self.tr("Separation level (Coagg ≤ level)"), NUMBER_DOUBLE, 0.05,
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PRECISION, self.tr("Coagg precision (0 = exact; pairs stop drawing once "
                                    "settled)"), NUMBER_DOUBLE, 0.01, minValue=0.0,
            maxValue=0.1))
        self.addParameter(QgsProcessingParameterEnum(
            self.SOLVER, self.tr("Solver"),
            [self.tr("Exact OT (network simplex, default)"),
             self.tr("Entropic OT (Sinkhorn, blur σ)")], defaultValue=0))
        adv = [
            QgsProcessingParameterNumber(
                self.SIGMA, self.tr("Entropic blur σ (map units)"), NUMBER_DOUBLE, 3500.0,
                minValue=0.0),
            QgsProcessingParameterNumber(
                self.TOL, self.tr("Entropic tolerance (L1 marginal error)"), NUMBER_DOUBLE,
                1e-2, minValue=0.0),
            QgsProcessingParameterNumber(
                self.MAX_ITER, self.tr("Entropic iteration limit"), NUMBER_INTEGER, 10000,
                minValue=1),
            QgsProcessingParameterBoolean(
                self.INCLUDE_SELF, self.tr("Count self-pairs (j, j) in the summaries"), True),
            QgsProcessingParameterNumber(
                self.THREADS, self.tr("Threads"), NUMBER_INTEGER,
                min(2, os.cpu_count() or 1), minValue=1),
            QgsProcessingParameterNumber(
                self.PROCESSES, self.tr("Worker processes (0 = threads inside QGIS)"),
                NUMBER_INTEGER, min(8, os.cpu_count() or 1), minValue=0),
            QgsProcessingParameterString(
                self.PYTHON, self.tr("Python interpreter for worker processes (empty = found "
                                     "automatically)"), optional=True),
            QgsProcessingParameterString(
                self.SCHEDULER, self.tr("Dask scheduler address (optional, e.g. "
                                        "tcp://10.0.0.5:8786; empty = run here)"),
                optional=True),
        ]
        for p in adv:
            self.add_advanced(p)
        self.addParameter(QgsProcessingParameterNumber(
            self.N_CORE, self.tr("Number of core industries (groups)"), NUMBER_INTEGER, 3,
            minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PAIRS, self.tr("Co-agglomeration pairs"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.INDUSTRIES, self.tr("Co-agglomeration by industry"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GROUPS, self.tr("Co-agglomeration by group (Table 3)"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CORE, self.tr("Core industries"), TYPE_VECTOR))
        self.addOutput(QgsProcessingOutputString(
            self.CORE_CODES, self.tr("Core industry codes (comma separated)")))
        self.addOutput(QgsProcessingOutputNumber(
            self.N_SIGNIFICANT, self.tr("Significant pairs")))

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        name = source.sourceName() or self.tr("firm points")
        require_projected(source.sourceCrs(), name)
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        fields = source.fields()
        ci = fields.lookupField(code_field)
        if ci < 0:
            raise QgsProcessingException(
                self.tr("{} has no field '{}'.").format(name, code_field))
        wi = fields.lookupField(weight_field) if weight_field else -1
        xy, codes, weights = [], [], []
        no_geom = 0
        for feat in source.getFeatures():
            g = feat.geometry()
            if g is None or g.isEmpty():
                no_geom += 1
                continue
            pt = g.asPoint() if not g.isMultipart() else g.asMultiPoint()[0]
            xy.append((pt.x(), pt.y()))
            v = feat.attribute(ci)
            codes.append(None if v is None or _is_null(v) else v)
            if wi >= 0:
                w = feat.attribute(wi)
                weights.append(np.nan if w is None or _is_null(w) else float(w))
        if no_geom:
            raise QgsProcessingException(
                self.tr("{} firm(s) of {} have no geometry. Remove them or fix their "
                        "location.").format(no_geom, name))
        if not xy:
            raise QgsProcessingException(self.tr("{} has no firms.").format(name))
        solver = EXACT if self.parameterAsEnum(parameters, self.SOLVER, context) == 0 \
            else ENTROPIC
        p = 2 if self.parameterAsEnum(parameters, self.P, context) == 0 else 1
        level = self.parameterAsDouble(parameters, self.LEVEL, context)
        sep = self.parameterAsDouble(parameters, self.SEP_LEVEL, context)
        include_self = self.parameterAsBoolean(parameters, self.INCLUDE_SELF, context)
        draws = self.parameterAsInt(parameters, self.DRAWS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        feedback.pushInfo(self.tr("{} firms; solver {}, p = {}, {} draws, seed {}.").format(
            len(xy), solver, p, draws, seed))
        res = self.run_core(
            coagglomeration, np.array(xy), codes,
            group_digits=self.parameterAsInt(parameters, self.GROUP_DIGITS, context),
            industry_digits=self.parameterAsInt(parameters, self.IND_DIGITS, context),
            weights=np.array(weights) if wi >= 0 else None, p=p, draws=draws, seed=seed,
            solver=solver, sigma=self.parameterAsDouble(parameters, self.SIGMA, context),
            min_firms=self.parameterAsInt(parameters, self.MIN_FIRMS, context),
            n_jobs=self.parameterAsInt(parameters, self.THREADS, context),
            tol=self.parameterAsDouble(parameters, self.TOL, context),
            max_iter=self.parameterAsInt(parameters, self.MAX_ITER, context),
            scheduler=self.parameterAsString(parameters, self.SCHEDULER, context).strip()
            or None,
            precision=self.parameterAsDouble(parameters, self.PRECISION, context),
            level=level, sep_level=sep,
            processes=self.parameterAsInt(parameters, self.PROCESSES, context),
            python=self.parameterAsString(parameters, self.PYTHON, context).strip() or None,
            fallback=not self.parameterAsString(parameters, self.PYTHON, context).strip(),
            progress=self.progress(feedback, 0, 95), log=self._logger(feedback))
        if res.dropped:
            feedback.pushInfo(self.tr("Left out (fewer firms than the minimum): {}.").format(
                ", ".join("{} ({})".format(c, n) for c, n in sorted(res.dropped.items()))))
        st = res.stats
        feedback.pushInfo(self.tr("{} industries, {} groups; {} transport problems, {} solved "
                                  "exactly, {} decided by bounds.").format(
            len(res.codes), len(set(res.groups)), st.get("problems", 0), st.get("exact", 0),
            st.get("decided_dual", 0) + st.get("decided_binned", 0)))
        if res.precision > 0:
            feedback.pushInfo(self.tr("Precision {}: {} of {} pairs settled before the last "
                                      "draw; {:.0f} draws per pair on average.").format(
                res.precision, int((res.used < draws).sum()), res.used.size,
                float(res.used.mean())))
        pairs = pair_rows(res, level, sep)
        inds = industry_rows(res, level, sep, include_self)
        groups = group_rows(res, level, include_self)
        core = core_rows(groups, self.parameterAsInt(parameters, self.N_CORE, context))
        self.check_canceled(feedback)
        out = {
            self.PAIRS: write_table(self, parameters, self.PAIRS, context, PAIR_COLUMNS, pairs),
            self.INDUSTRIES: write_table(self, parameters, self.INDUSTRIES, context,
                                         INDUSTRY_COLUMNS, inds),
            self.GROUPS: write_table(self, parameters, self.GROUPS, context, GROUP_COLUMNS,
                                     groups),
            self.CORE: write_table(self, parameters, self.CORE, context, CORE_COLUMNS, core),
            self.CORE_CODES: ",".join(r[1] for r in core),
            self.N_SIGNIFICANT: int(sum(r[5] for r in groups)),
        }
        feedback.setProgress(100)
        return out

    def _logger(self, feedback):
        """The core's plain-data events as log lines: one per stage of a long run (at most
        every 30 s and at its end) and the fallback from worker processes to threads."""
        def log(ev):
            kind = ev.get("event")
            if kind == "fallback":
                feedback.pushWarning(self.tr(
                    "Worker processes not used, ran with threads ({} of {} units were "
                    "done): {}").format(ev["done"], ev["total"], ev["reason"]))
            elif kind == "worker_ready":
                feedback.pushDebugInfo(self.tr("Worker process {} started in {:.1f} s.")
                                       .format(ev["pid"], ev["seconds"]))
            elif kind == "stage" and ev["stage"] == "observed":
                feedback.pushInfo(self.tr(
                    "Observed distances and bounds: {} of {} industries, {:.0f} s, about "
                    "{:.0f} s left.").format(ev["done"], ev["total"], ev["elapsed_s"],
                                             ev["eta_s"]))
            elif kind == "stage" and "pairs_done" in ev:
                feedback.pushInfo(self.tr(
                    "Counterfactual draws: {} of {} units; {} of {} pairs finished ({} settled "
                    "before the last draw), {} draws used; {:.0f} s, about {:.0f} s left.")
                    .format(ev["done"], ev["total"], ev["pairs_done"], ev["pairs"],
                            ev["pairs_settled"], ev["draws_used"], ev["elapsed_s"],
                            ev["eta_s"]))
            elif kind == "stage":
                feedback.pushInfo(self.tr(
                    "Counterfactual draws on the Dask cluster: {} of {} units, {} draws used; "
                    "{:.0f} s, about {:.0f} s left.").format(
                        ev["done"], ev["total"], ev.get("draws_used", 0), ev["elapsed_s"],
                        ev["eta_s"]))
        return log


def _is_null(v):
    try:
        return v.isNull()
    except AttributeError:
        return False
