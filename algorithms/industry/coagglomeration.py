"""ecoecon:coagglomeration — Wasserstein co-agglomeration of industries with Monte Carlo
counterfactuals, Table 3 summaries and the ranked core industries."""
import os

import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...core.industry.coagglomeration import (CORE_COLUMNS, ENTROPIC, EXACT, GROUP_COLUMNS,
                                              INDUSTRY_COLUMNS, PAIR_COLUMNS, coagglomeration,
                                              core_rows, group_rows, industry_rows, pair_rows)
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER,
                      TYPE_VECTOR, TYPE_VECTOR_POINT)
from ..raster_io import require_projected
from ..tables import write_table


class Coagglomeration(EcoEconAlgorithm):
    NAME = "coagglomeration"
    GROUP_ID = "industry"
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

    def shortHelpString(self):
        return self.tr(
            "Measures which industries co-agglomerate, from firm points with an industry code "
            "(Billings & Johnson index with optimal transport, as used by Kang et al.).\n\n"
            "Industry of a firm = the first n characters of its code (default 3: the "
            "three-digit industry); group = the first m characters (default 2: the two-digit "
            "industry, TDI); 0 = the whole code. Numeric codes lose leading zeros: store "
            "codes as text where they matter.\n"
            "For every ordered pair (j, k), self-pairs included: W(j, k) = optimal transport "
            "cost between the uniform (or weighted) distributions of j's and k's firms with "
            "cost |x − y|^p (p = 2 by default: W₂², in map units²; p = 1: W₁, map units). "
            "Counterfactuals: k is replaced D times (default 1000) by N_k firms drawn at "
            "random without replacement from all firms (seeded; the same draws serve every "
            "j). Coagg(j, k) = share of draws with W(j, k) < W(j, draw), in 0..1; Coagg is "
            "asymmetric. Significant co-agglomeration: Coagg ≥ level (default 0.95); "
            "significant separation: Coagg ≤ the separation level (default 0.05).\n"
            "Solver: exact OT (POT network simplex, the zero-blur limit of Sinkhorn; every "
            "draw is first decided by proven dual and binned bounds, so with precision 0 the "
            "result equals solving every draw exactly) or entropic OT (log-domain Sinkhorn with "
            "ε-scaling, blur σ in map units, regularisation σ^p, reported value ⟨P, C⟩); the "
            "entropic solver stops with an error when it does not reach the marginal "
            "tolerance instead of returning an unconverged value. The public reference code "
            "passes 10^-3 (= -9 in Python) as regularisation and uses degrees: its numbers "
            "are not reproduced.\n"
            "Coagg precision (default 0.01; 0 = exact): the largest difference allowed "
            "between each Coagg and the run that decides all D draws exactly with the same "
            "seed. A pair stops drawing once its value and its decisions (significant, "
            "separated) are settled: stopped at m draws when, under the Jeffreys posterior "
            "Beta(x + ½, m − x + ½) of its x exceedances, the probability that the D-draw "
            "value differs by more than the precision or takes another decision is at most "
            "10⁻⁴ (checked every 25 draws from 100). A pair that uses all draws may leave "
            "fewer than 2 × precision × D draws undecided (their bounds straddle W(j, k)) "
            "when they cannot change its decisions, and reports the middle of its interval: "
            "error below the precision, proven. The pair table gives the draws each pair "
            "used.\n"
            "Industries with fewer firms than the minimum are left out as rows and columns, "
            "but their firms stay in the pool of the draws.\n"
            "Outputs: pair table (industry_j, industry_k, groups, n_j, n_k, w, coagg, "
            "significant, separated, draws used); industry table (pairs, significant pairs within / "
            "across its group, separations, mean Coagg, counted by the row industry j); group "
            "table in the form of Table 3 (per group: industries, pairs, pairs within / "
            "cross, significant, significant within / cross, mean Coagg; pairs counted by the "
            "row industry, so a group of 9 industries among 181 has 1,629 pairs, 81 within); "
            "core industries: the groups with the most significant pairs (ties: higher mean "
            "Coagg), with their code in field 'code' and the codes comma-separated in the "
            "string output, for filtering firms (by code prefix) in the kernel density.\n"
            "The layer must be in a projected CRS (distances in map units).\n"
            "Threads share Python's interpreter lock (about 1.6× on two cores); worker "
            "processes (exact solver; default: one per core, at most 8) reach about 1.9× "
            "with identical results. They run a real Python interpreter with numpy, scipy "
            "and POT (never the QGIS binary): found automatically (the Python beside QGIS, "
            "else python3 on the PATH; if none works the run uses threads and says so) or "
            "given in the advanced parameters (then it must work).\n"
            "Optional: a Dask scheduler address sends the work (industry j × block of draws; "
            "a whole row j when the precision is above 0) "
            "to a running Dask cluster, with identical results; this algorithm never starts "
            "workers itself (needs the Python package 'distributed').")

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
                1e-2, minValue=1e-12),
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
        # Secondary outputs are optional (qgis_process and scripts may leave them out); the
        # dialog and the modeler create Table 3 and the core industries by default.
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.INDUSTRIES, self.tr("Co-agglomeration by industry"), TYPE_VECTOR,
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.GROUPS, self.tr("Co-agglomeration by group (Table 3)"), TYPE_VECTOR,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CORE, self.tr("Core industries"), TYPE_VECTOR, optional=True,
            createByDefault=True))
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
            progress=self.progress(feedback, 0, 95))
        if res.dropped:
            feedback.pushInfo(self.tr("Left out (fewer firms than the minimum): {}.").format(
                ", ".join("{} ({})".format(c, n) for c, n in sorted(res.dropped.items()))))
        st = res.stats
        if st.get("processes_fallback"):
            feedback.pushWarning(self.tr("Worker processes not used, ran with threads: {}")
                                 .format(st["processes_fallback"]))
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
        return {k: v for k, v in out.items() if v is not None}   # outputs not asked for


def _is_null(v):
    try:
        return v.isNull()
    except AttributeError:
        return False
