"""ecoecon:cluesallocation — CLUE-S spatial allocation of yearly land-use demand."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterMatrix, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString)

from ...core.landuse.cluesallocation import (clues_allocate, conversion_from_records,
                                             demand_from_records, reconcile_demand)
from ..base import EcoEconAlgorithm
from ..compat import FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_RASTER, \
    TYPE_VECTOR
from ..raster_io import (INT_NODATA, read_aligned, read_raster, require_projected,
                         write_raster)
from ..tables import parse_numbers, read_table, write_table
from .bands import band_count

UNITS = ("cells", "ha", "km2")


class CluesAllocation(EcoEconAlgorithm):
    NAME = "cluesallocation"
    GROUP_ID = "landuse"
    REQUIRES = ("scipy",)

    INITIAL, BAND, START_YEAR = "INITIAL", "BAND", "START_YEAR"
    DEMAND, DEMAND_MATRIX, YEAR_FIELD, UNIT = "DEMAND", "DEMAND_MATRIX", "YEAR_FIELD", "UNIT"
    VALUE_FIELD, TARGET_YEAR = "VALUE_FIELD", "TARGET_YEAR"
    SUITABILITY, ELASTICITY, CONVERSION, RESTRICTED = ("SUITABILITY", "ELASTICITY",
                                                       "CONVERSION", "RESTRICTED")
    TOL_MODE, TOL_MEAN, TOL_MAX, MAX_ITER, WARM = ("TOL_MODE", "TOL_MEAN", "TOL_MAX",
                                                   "MAX_ITER", "WARM")
    NEIGHBOURHOOD, NB_RADIUS, NB_WEIGHT, SEED = ("NEIGHBOURHOOD", "NB_RADIUS", "NB_WEIGHT",
                                                 "SEED")
    JITTER = "JITTER"
    OUTPUT, FINAL, LOG, DEVIATION = "OUTPUT", "FINAL", "LOG", "DEVIATION"
    N_YEARS, MAX_DEVIATION = "N_YEARS", "MAX_DEVIATION"

    def displayName(self):
        return self.tr("CLUE-S allocation")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.INITIAL, self.tr("Initial land-use map"), self.BAND)
        self.addParameter(QgsProcessingParameterNumber(
            self.START_YEAR, self.tr("Year of the initial map"), NUMBER_INTEGER, 2020))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Demand table"), [TYPE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.YEAR_FIELD, self.tr("Year field of the demand table (empty: 'year' if present, "
                                     "else consecutive rows)"), None, self.DEMAND,
            FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Demand field of a long table (class field + this "
                                      "field; empty: 'demand' or 'area')"), None, self.DEMAND,
            FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TARGET_YEAR, self.tr("Target year of a long table without a year field"),
            NUMBER_INTEGER, None, optional=True))
        self.addParameter(QgsProcessingParameterMatrix(
            self.DEMAND_MATRIX, self.tr("Or: demand typed in (year, class, demand)"),
            numberRows=0, hasFixedNumberRows=False,
            headers=[self.tr("Year"), self.tr("Class"), self.tr("Demand")], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNIT, self.tr("Unit of the demand"),
            [self.tr("cells"), self.tr("hectares"), self.tr("km²")], defaultValue=0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.SUITABILITY, self.tr("Suitability rasters (one per class, or one band per "
                                      "class)"), TYPE_RASTER))
        self.addParameter(QgsProcessingParameterString(
            self.ELASTICITY, self.tr("Conversion elasticities, in ascending class order"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONVERSION, self.tr("Conversion matrix table"), [TYPE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.RESTRICTED, self.tr("Restricted areas (non-zero cells never change)"),
            TYPE_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TOL_MODE, self.tr("Deviation measured in"),
            [self.tr("% of the demand"), self.tr("cells")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOL_MEAN, self.tr("Maximum mean deviation"), NUMBER_DOUBLE, 0.1, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOL_MAX, self.tr("Maximum deviation of any class"), NUMBER_DOUBLE, 0.1,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_ITER, self.tr("Maximum iterations per year"), NUMBER_INTEGER, 200,
            minValue=1))
        warm = QgsProcessingParameterBoolean(
            self.WARM, self.tr("Start ITER from the previous year (warm start)"),
            defaultValue=True)
        self.add_advanced(warm)
        self.addParameter(QgsProcessingParameterBoolean(
            self.NEIGHBOURHOOD, self.tr("Dyna-CLUE neighbourhood term"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            self.NB_RADIUS, self.tr("Neighbourhood radius (cells)"), NUMBER_INTEGER, 1,
            minValue=1, maxValue=50))
        self.addParameter(QgsProcessingParameterString(
            self.NB_WEIGHT, self.tr("Neighbourhood weight w (one value, or one per class)"),
            defaultValue="0.3"))
        jitter = QgsProcessingParameterNumber(
            self.JITTER, self.tr("Tie-breaking random term added to P (at most)"),
            NUMBER_DOUBLE, 1e-4, minValue=0.0, maxValue=0.1)
        self.add_advanced(jitter)
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed (tie-breaking term, neighbourhood sample)"),
            NUMBER_INTEGER, 1, minValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Simulated land use (one band per year)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.FINAL, self.tr("Simulated land use, last year")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.LOG, self.tr("Iteration log"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DEVIATION, self.tr("Demand and deviation per year"), TYPE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber(self.N_YEARS, self.tr("Years simulated")))
        self.addOutput(QgsProcessingOutputNumber(
            self.MAX_DEVIATION, self.tr("Largest remaining deviation")))

    # --- reading -----------------------------------------------------------------------------
    def _demand(self, parameters, context):
        rows = self.parameterAsMatrix(parameters, self.DEMAND_MATRIX, context)
        has_table = parameters.get(self.DEMAND) not in (None, "")
        if has_table:
            table = read_table(self, parameters, self.DEMAND, context, self.tr("demand table"))
            yf = self.parameterAsString(parameters, self.YEAR_FIELD, context) or None
            vf = self.parameterAsString(parameters, self.VALUE_FIELD, context) or None
            target = (None if parameters.get(self.TARGET_YEAR) in (None, "")
                      else self.parameterAsInt(parameters, self.TARGET_YEAR, context))
            return self.run_core(demand_from_records, table.fields, table.rows, yf,
                                 value_field=vf, target_year=target)
        if rows:
            if len(rows) % 3:
                raise QgsProcessingException(self.tr(
                    "The typed demand needs rows of three values: year, class, demand."))
            recs = [{"year": rows[i], "class": rows[i + 1], "demand": rows[i + 2]}
                    for i in range(0, len(rows), 3)]
            return self.run_core(demand_from_records, ["year", "class", "demand"], recs)
        raise QgsProcessingException(self.tr(
            "Give the demand: a demand table or the typed matrix (year, class, demand)."))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INITIAL, context)
        name = layer.name() if layer else self.tr("initial land-use map")
        lu, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                 context), name)
        self.check_canceled(feedback)
        if not np.all(lu[valid] == np.round(lu[valid])):
            raise QgsProcessingException(
                self.tr("{} holds non-integer values; a land-use map holds class codes.")
                .format(name))
        lu_int = np.where(valid, lu, 0).astype(np.int32)
        present = sorted({int(c) for c in np.unique(lu_int[valid])})
        if INT_NODATA in present:
            raise QgsProcessingException(self.tr(
                "Class code {} is used as nodata of the output; recode it first.").format(
                INT_NODATA))
        start = self.parameterAsInt(parameters, self.START_YEAR, context)
        years_in, dcodes, dvals = self._demand(parameters, context)
        missing = [c for c in present if c not in dcodes]
        if missing:
            raise QgsProcessingException(self.tr(
                "The demand gives no area for class(es) {} of the initial map (it has {}). "
                "Add them to the demand table.").format(", ".join(map(str, missing)),
                                                         ", ".join(map(str, dcodes))))
        unit = UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        if unit != "cells":
            require_projected(grid, name)
        per_unit = {"cells": 1.0, "ha": 1e4 / grid.cell_area, "km2": 1e6 / grid.cell_area}[unit]
        n = int(valid.sum())
        if years_in is None and len(dvals) < 2:
            raise QgsProcessingException(self.tr(
                "Without a year field the first demand row is the initial year, so the "
                "table needs at least two rows."))
        counts = np.bincount(np.searchsorted(present, lu_int[valid]), minlength=len(present))
        plan = self.run_core(reconcile_demand, present, dict(zip(present, counts.tolist())),
                             dcodes, dvals, years_in, start, per_unit, n)
        codes, years, demand = plan.codes, plan.years, plan.demand
        K = len(codes)
        if plan.dropped:
            feedback.pushInfo(self.tr("Class(es) {} are not in the initial map and have no "
                                      "demand: left out.").format(
                ", ".join(map(str, plan.dropped))))
        for note in plan.notes:
            feedback.pushInfo(note)
        if plan.initial_differs:
            feedback.pushWarning(self.tr(
                "The demand of the initial year {} differs from the initial map ({} vs {} "
                "cells); the map is used as the starting state.").format(
                start, ", ".join("%.0f" % v for v in plan.initial_row),
                ", ".join("%.0f" % counts[present.index(c)] if c in present else "0"
                          for c in codes)))
        feedback.pushInfo(self.tr("Classes {}; {} yearly steps {}–{}; {} cells.").format(
            ", ".join(map(str, codes)), len(years), years[0], years[-1], n))
        # suitability
        s_layers = self.parameterAsLayerList(parameters, self.SUITABILITY, context)
        if len(s_layers) == 1 and band_count(s_layers[0]) > 1:
            sources = [(s_layers[0], b + 1) for b in range(band_count(s_layers[0]))]
        else:
            sources = [(sl, 1) for sl in s_layers]
        if len(sources) != K:
            raise QgsProcessingException(self.tr(
                "Give one suitability surface per class: {} classes ({}) but {} surfaces.")
                .format(K, ", ".join(map(str, codes)), len(sources)))
        suit = np.empty((K,) + grid.shape, dtype=np.float32)
        for k, (sl, b) in enumerate(sources):
            sname = "%s (class %d)" % (sl.name() if sl else "suitability", codes[k])
            arr, v = read_aligned(sl, grid, b, sname, "bilinear", feedback)
            bad = valid & ~v
            if bad.any():
                raise QgsProcessingException(self.tr(
                    "The suitability of class {} has nodata in {} cells where the initial map "
                    "has data; every cell needs a suitability for every class.").format(
                    codes[k], int(bad.sum())))
            suit[k] = np.where(valid, arr, 0.0)
            lo, hi = float(suit[k][valid].min()), float(suit[k][valid].max())
            if lo < 0.0 or hi > 1.0:
                feedback.pushWarning(self.tr(
                    "The suitability of class {} ranges {:.4g}–{:.4g}, outside 0–1: CLUE-S "
                    "adds it to the elasticities (0–1), so rescale it to probabilities.")
                    .format(codes[k], lo, hi))
            self.check_canceled(feedback)
        elas = parse_numbers(self.parameterAsString(parameters, self.ELASTICITY, context),
                             self.tr("Conversion elasticities"))
        if not elas:
            elas = [0.0] * K
            feedback.pushInfo(self.tr("No conversion elasticities given: 0 for every class."))
        if len(elas) != K:
            raise QgsProcessingException(self.tr(
                "Give one conversion elasticity per class in ascending order of the codes {} "
                "({} values), got {}.").format(", ".join(map(str, codes)), K, len(elas)))
        if any(e < 0 or e > 1 for e in elas):
            feedback.pushWarning(self.tr(
                "Conversion elasticities outside 0–1 ({}): CLUE-S uses 0 (converts easily) to "
                "1 (hard to convert).").format(", ".join("%g" % e for e in elas)))
        allowed = None
        if parameters.get(self.CONVERSION) not in (None, ""):
            t = read_table(self, parameters, self.CONVERSION, context,
                           self.tr("conversion matrix"))
            allowed = self.run_core(conversion_from_records, t.fields, t.rows, codes)
        restricted = None
        for rlayer in self.parameterAsLayerList(parameters, self.RESTRICTED, context) or []:
            rarr, rv = read_aligned(rlayer, grid, 1, rlayer.name(), "nearest", feedback,
                                    require_data=False)
            mask = valid & rv & (rarr != 0)
            feedback.pushInfo(self.tr("{}: {} restricted cells.").format(rlayer.name(),
                                                                        int(mask.sum())))
            restricted = mask if restricted is None else restricted | mask
        if restricted is not None:
            feedback.pushInfo(self.tr("{} restricted cells never change.").format(
                int(restricted.sum())))
        nb = None
        if self.parameterAsBoolean(parameters, self.NEIGHBOURHOOD, context):
            w = parse_numbers(self.parameterAsString(parameters, self.NB_WEIGHT, context),
                              self.tr("Neighbourhood weight"))
            if len(w) not in (1, K):
                raise QgsProcessingException(self.tr(
                    "Give one neighbourhood weight or one per class ({}).").format(K))
            nb = dict(radius=self.parameterAsInt(parameters, self.NB_RADIUS, context),
                      weight=w[0] if len(w) == 1 else w,
                      seed=self.parameterAsInt(parameters, self.SEED, context))
        mode = "percent" if self.parameterAsEnum(parameters, self.TOL_MODE, context) == 0 \
            else "cells"
        tol_mean = self.parameterAsDouble(parameters, self.TOL_MEAN, context)
        tol_max = self.parameterAsDouble(parameters, self.TOL_MAX, context)
        feedback.setProgress(5)
        res = self.run_core(
            clues_allocate, lu_int, valid, codes, suit, demand, elas, allowed, restricted,
            years=years, tol_mean=tol_mean, tol_max=tol_max, mode=mode,
            max_iter=self.parameterAsInt(parameters, self.MAX_ITER, context),
            warm_start=self.parameterAsBoolean(parameters, self.WARM, context),
            neighbourhood=nb, jitter=self.parameterAsDouble(parameters, self.JITTER, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            progress=self.progress(feedback, 5, 90))
        unit_s = "%" if mode == "percent" else self.tr(" cells")
        for t, y in enumerate(res.years):
            feedback.pushInfo(self.tr("{}: {} iterations, mean deviation {:.4g}{}, maximum "
                                      "{:.4g}{}.").format(y, res.iterations[t],
                                                          res.mean_dev[t], unit_s,
                                                          res.max_dev[t], unit_s))
        if nb is not None:
            for k, c in enumerate(codes):
                feedback.pushInfo(self.tr("Neighbourhood logit of class {}: a = {:.4g}, b = "
                                          "{:.4g}.").format(c, *res.neighbourhood_coef[k]))
        self.check_canceled(feedback)
        # everything computed: write the outputs
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(path, res.maps, valid, grid, "Int32", INT_NODATA,
                    names=[str(y) for y in res.years])
        final = self.parameterAsOutputLayer(parameters, self.FINAL, context)
        write_raster(final, res.maps[-1], valid, grid, "Int32", nodata=INT_NODATA)
        log_cols = [("year", "int"), ("iteration", "int"), ("mean_dev", "double"),
                    ("max_dev", "double")] + [("iter_%d" % c, "double") for c in codes]
        log_rows = [(y, it, md, xd) + tuple(float(v) for v in iters)
                    for (y, it, md, xd, iters) in res.trace]
        log = write_table(self, parameters, self.LOG, context, log_cols, log_rows)
        dev_rows = []
        for t, y in enumerate(res.years):
            for k, c in enumerate(codes):
                d = int(res.demand[t, k])
                a = int(res.allocated[t, k])
                dev_rows.append((y, c, d, a, a - d, 100.0 * (a - d) / d if d else None,
                                 float(res.iters[t, k]), res.iterations[t],
                                 res.mean_dev[t], res.max_dev[t], int(res.converged[t])))
        dev = write_table(self, parameters, self.DEVIATION, context,
                          [("year", "int"), ("class", "int"), ("demand", "int"),
                           ("allocated", "int"), ("deviation", "int"),
                           ("deviation_pct", "double"), ("iter", "double"),
                           ("iterations", "int"), ("mean_dev", "double"),
                           ("max_dev", "double"), ("converged", "int")], dev_rows)
        feedback.setProgress(100)
        return {self.OUTPUT: path, self.FINAL: final, self.LOG: log, self.DEVIATION: dev,
                self.N_YEARS: len(res.years), self.MAX_DEVIATION: float(max(res.max_dev))}
