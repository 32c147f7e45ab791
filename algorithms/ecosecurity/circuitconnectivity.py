"""ecoecon:circuitconnectivity — circuit-theory connectivity (Circuitscape's raster modes),
from layers or from a Circuitscape .ini file."""
import os

import numpy as np
from osgeo import gdal
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterBand,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsWkbTypes)

from ...core.ecosecurity import circuitconnectivity as cc
from ..base import EcoEconAlgorithm
from ..compat import FIELD_ANY, FILE_FILE, TYPE_VECTOR, TYPE_VECTOR_ANY
from ..raster_io import RasterGrid, read_aligned, read_raster, write_raster
from ..vector_io import rasterize
from ..tables import write_table

gdal.UseExceptions()

MODES = ("pairwise", "one-to-all", "all-to-one", "advanced")
POLICIES = ("keepall", "rmvsrc", "rmvgnd", "rmvall")
SOLVERS = ("auto", "direct", "amg")


class CircuitConnectivity(EcoEconAlgorithm):
    NAME = "circuitconnectivity"
    GROUP_ID = "ecosecurity"
    REQUIRES = ("scipy",)

    (INI_FILE, RESISTANCE, BAND, IS_CONDUCTANCE, MODE, FOCAL_RASTER, FOCAL_NODES, ID_FIELD,
     REGIONS, SHORT_CIRCUIT, MASK, INCLUDED_PAIRS, SOURCES, GROUNDS, GROUNDS_ARE_RESISTANCES,
     DIRECT_GROUNDS, REMOVE_SRC_OR_GND, FOUR_NEIGHBOURS, AVG_RESISTANCES, SOLVER) = (
        "INI_FILE", "RESISTANCE", "BAND", "IS_CONDUCTANCE", "MODE", "FOCAL_RASTER",
        "FOCAL_NODES", "ID_FIELD", "REGIONS", "SHORT_CIRCUIT", "MASK", "INCLUDED_PAIRS",
        "SOURCES", "GROUNDS", "GROUNDS_ARE_RESISTANCES", "DIRECT_GROUNDS",
        "REMOVE_SRC_OR_GND", "FOUR_NEIGHBOURS", "AVG_RESISTANCES", "SOLVER")
    CUM_CURRENT, MAX_CURRENT, VOLTAGE, PAIR_MAPS, RESISTANCES, N_SOLVES = (
        "CUM_CURRENT", "MAX_CURRENT", "VOLTAGE", "PAIR_MAPS", "RESISTANCES", "N_SOLVES")

    def displayName(self):
        return self.tr("Circuit connectivity (Circuitscape)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INI_FILE, self.tr("Circuitscape .ini file (runs it as Circuitscape does; "
                                   "the layers below are then not used)"), FILE_FILE,
            extension="ini", optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, self.tr("Resistance surface (or conductance)"), optional=True))
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Band"), 1, self.RESISTANCE, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.IS_CONDUCTANCE, self.tr("The raster holds conductances, not resistances"),
            False))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"),
            [self.tr("Pairwise"), self.tr("One-to-all"), self.tr("All-to-one"),
             self.tr("Advanced (current sources and grounds)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.FOCAL_RASTER, self.tr("Focal nodes raster (id > 0; an id on several cells is a "
                                       "focal region)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FOCAL_NODES, self.tr("Or: focal nodes (points or polygons)"),
            [TYPE_VECTOR_ANY], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Focal node id field"), parentLayerParameterName=self.FOCAL_NODES,
            type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.REGIONS, self.tr("Pairwise focal regions"),
            [self.tr("Short-circuit the two regions of each pair (Circuitscape; one "
                     "factorisation per pair)"),
             self.tr("Short-circuit all regions at once (n − 1 solves in all)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SHORT_CIRCUIT, self.tr("Short-circuit regions raster (id > 0)"),
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.MASK, self.tr("Mask raster (cells ≤ 0 or nodata are removed)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.INCLUDED_PAIRS, self.tr("Included pairs file (Circuitscape format)"),
            FILE_FILE, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SOURCES, self.tr("Advanced: current sources raster (A)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.GROUNDS, self.tr("Advanced: grounds raster"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.GROUNDS_ARE_RESISTANCES, self.tr("Advanced: grounds are resistances (Ω), "
                                                  "not conductances (S)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DIRECT_GROUNDS, self.tr("Advanced: every ground is a direct ground (0 Ω)"),
            False))
        self.addParameter(QgsProcessingParameterEnum(
            self.REMOVE_SRC_OR_GND, self.tr("Advanced: a cell that is both source and ground"),
            [self.tr("Keep both"), self.tr("Remove the source"), self.tr("Remove the ground"),
             self.tr("Remove both")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FOUR_NEIGHBOURS, self.tr("Connect 4 neighbours only (default: 8)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.AVG_RESISTANCES, self.tr("Link conductance from the average resistance "
                                          "(default: average conductance)"), False))
        self.add_advanced(QgsProcessingParameterEnum(
            self.SOLVER, self.tr("Solver"),
            [self.tr("Automatic (direct for small grids, multigrid for large)"),
             self.tr("Direct (sparse factorisation)"),
             self.tr("Algebraic multigrid + conjugate gradients (pyamg)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CUM_CURRENT, self.tr("Cumulative current")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.MAX_CURRENT, self.tr("Maximum current"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.VOLTAGE, self.tr("Voltage (advanced mode)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.PAIR_MAPS, self.tr("Folder for the current and voltage map of each pair or "
                                    "focal node"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.RESISTANCES, self.tr("Effective resistances"), TYPE_VECTOR, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.N_SOLVES, self.tr("Linear solves")))

    # ------------------------------------------------------------------------------------
    def _focal(self, parameters, context, grid, feedback):
        lay = self.parameterAsRasterLayer(parameters, self.FOCAL_RASTER, context)
        if lay is not None:
            arr, ok = read_aligned(lay, grid, 1, lay.name(), "nearest", feedback)
            ids = np.where(ok & (arr > 0), np.round(arr), 0).astype(np.int64)
            return cc.points_from_raster(ids)
        src = self.parameterAsSource(parameters, self.FOCAL_NODES, context)
        if src is None:
            return None
        idf = self.parameterAsString(parameters, self.ID_FIELD, context)
        req = QgsFeatureRequest().setDestinationCrs(grid.crs, context.transformContext())
        rows, cols, ids, polys, pids = [], [], [], [], []
        gt = grid.geotransform
        for k, f in enumerate(src.getFeatures(req), start=1):
            if not f.hasGeometry() or f.geometry().isEmpty():
                continue
            try:
                fid = int(f[idf]) if idf else k
            except (TypeError, ValueError):
                raise QgsProcessingException(self.tr(
                    "Focal node {}: the id field '{}' must hold whole numbers.").format(k, idf))
            if fid <= 0:
                raise QgsProcessingException(self.tr(
                    "Focal node ids must be > 0 (feature {} has {}).").format(k, fid))
            g = f.geometry()
            if g.type() == QgsWkbTypes.PolygonGeometry:
                polys.append(QgsGeometry(g))
                pids.append(fid)
                continue
            for p in g.vertices():
                c = int(np.floor((p.x() - gt[0]) / gt[1]))
                r = int(np.floor((p.y() - gt[3]) / gt[5]))
                if 0 <= r < grid.height and 0 <= c < grid.width:
                    rows.append(r)
                    cols.append(c)
                    ids.append(fid)
        if polys:
            lab = rasterize([(g, k) for k, g in enumerate(polys, start=1)], grid)
            r_, c_ = np.nonzero(lab)
            rows += r_.tolist()
            cols += c_.tolist()
            ids += np.asarray(pids)[lab[r_, c_] - 1].tolist()
        if not ids:
            raise QgsProcessingException(self.tr(
                "No focal node falls on the resistance raster; check the layers' extents."))
        return cc.points_from_raster(_burn(grid, rows, cols, ids))

    def _aligned(self, parameters, name, context, grid, feedback):
        lay = self.parameterAsRasterLayer(parameters, name, context)
        if lay is None:
            return None
        arr, ok = read_aligned(lay, grid, 1, lay.name(), "nearest", feedback)
        return np.where(ok, arr, np.nan)

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        ini = self.parameterAsFile(parameters, self.INI_FILE, context)
        solver = SOLVERS[self.parameterAsEnum(parameters, self.SOLVER, context)]
        prog = self.progress(feedback, 2, 90)
        if ini:
            if not os.path.exists(ini):
                raise QgsProcessingException(self.tr("The .ini file {} does not exist.")
                                             .format(ini))
            try:
                run = self.run_core(cc.run_ini, ini, solver=solver, progress=prog)
            except (OSError, KeyError, ValueError) as e:
                raise QgsProcessingException(self.tr(
                    "The Circuitscape project {} could not be run: {}").format(ini, e))
            for p in run.written:
                feedback.pushInfo(self.tr("Written (Circuitscape name): {}").format(p))
            m = run.meta
            grid = RasterGrid(m.ncols, m.nrows, (m.xll, m.cellsize, 0.0,
                                                  m.yll + m.nrows * m.cellsize, 0.0,
                                                  -m.cellsize), "")
            mode = run.cfg.get("scenario", "pairwise").strip().lower()
            return self._outputs(parameters, context, feedback, grid, run.result, mode, None)

        layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        if layer is None:
            raise QgsProcessingException(self.tr(
                "Give a resistance (or conductance) raster, or a Circuitscape .ini file."))
        vals, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                   context), layer.name())
        is_cond = self.parameterAsBool(parameters, self.IS_CONDUCTANCE, context)
        g = self.run_core(cc.conductances, vals, valid, not is_cond)
        mask = self._aligned(parameters, self.MASK, context, grid, feedback)
        if mask is not None:
            g = g * (np.nan_to_num(mask, nan=0.0) > 0)
            if not (g > 0).any():
                raise QgsProcessingException(self.tr("The mask removes every cell."))
        poly = self._aligned(parameters, self.SHORT_CIRCUIT, context, grid, feedback)
        if poly is not None:
            poly = np.where(np.isfinite(poly) & (poly > 0), np.round(poly), 0).astype(np.int64)
        four = self.parameterAsBool(parameters, self.FOUR_NEIGHBOURS, context)
        avg_res = self.parameterAsBool(parameters, self.AVG_RESISTANCES, context)
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        folder = self.parameterAsString(parameters, self.PAIR_MAPS, context)
        if folder:
            folder = self.parameterAsFileOutput(parameters, self.PAIR_MAPS, context) or folder
            os.makedirs(folder, exist_ok=True)
        written = []

        def on_map(*args):
            *key, cur, volt = args
            name = "_".join(str(k) for k in key)
            for tag, arr in (("curmap", cur), ("voltmap", volt)):
                p = os.path.join(folder, "%s_%s.tif" % (tag, name))
                write_raster(p, arr, g > 0 if tag == "voltmap" else np.ones(g.shape, bool),
                             grid, "Float32")
                written.append(p)

        want_max = bool(self.parameterAsOutputLayer(parameters, self.MAX_CURRENT, context))
        if mode == "advanced":
            src = self._aligned(parameters, self.SOURCES, context, grid, feedback)
            gnd = self._aligned(parameters, self.GROUNDS, context, grid, feedback)
            if src is None or gnd is None:
                raise QgsProcessingException(self.tr(
                    "Advanced mode needs a current sources raster and a grounds raster."))
            src = np.nan_to_num(src, nan=0.0)
            gm = np.isfinite(gnd)
            if self.parameterAsBool(parameters, self.GROUNDS_ARE_RESISTANCES, context):
                with np.errstate(divide="ignore"):
                    gnd = np.where(gm, 1.0 / np.where(gm, gnd, 1.0), 0.0)
            else:
                gnd = np.where(gm, gnd, 0.0)
            if self.parameterAsBool(parameters, self.DIRECT_GROUNDS, context):
                gnd = np.where(gnd > 0, np.inf, gnd)
            policy = POLICIES[self.parameterAsEnum(parameters, self.REMOVE_SRC_OR_GND, context)]
            res = self.run_core(cc.advanced, g, src, gnd, poly, four, avg_res, policy, solver)
            return self._outputs(parameters, context, feedback, grid, res, mode, g)
        pts = self._focal(parameters, context, grid, feedback)
        if pts is None:
            raise QgsProcessingException(self.tr(
                "Give the focal nodes, as a raster of ids or as points or polygons."))
        rows, cols, ids = pts
        inc_path = self.parameterAsFile(parameters, self.INCLUDED_PAIRS, context)
        include = None
        if inc_path:
            try:
                include = cc.read_included_pairs(inc_path)
            except (OSError, ValueError, IndexError) as e:
                raise QgsProcessingException(self.tr(
                    "The included pairs file {} cannot be read: {}").format(inc_path, e))
        cb = on_map if folder else None
        if mode == "pairwise":
            regions = ("pair", "all")[self.parameterAsEnum(parameters, self.REGIONS, context)]
            res = self.run_core(cc.pairwise, g, rows, cols, ids, poly, four, avg_res, include,
                                regions, solver, cumulative=True, maximum=want_max,
                                on_pair=cb, progress=prog)
        elif mode == "one-to-all":
            res = self.run_core(cc.one_to_all, g, rows, cols, ids, poly, four, avg_res,
                                include=include, solver=solver, maximum=want_max,
                                on_point=cb, progress=prog)
        else:
            res = self.run_core(cc.all_to_one, g, rows, cols, ids, poly, four, avg_res,
                                include=include, solver=solver, maximum=want_max,
                                on_point=cb, progress=prog)
        out = self._outputs(parameters, context, feedback, grid, res, mode, g)
        if folder:
            out[self.PAIR_MAPS] = folder
        return out

    def _outputs(self, parameters, context, feedback, grid, res, mode, g):
        self.check_canceled(feedback)
        t = res.timing
        feedback.pushInfo(self.tr(
            "{} factorisation(s) or preconditioner(s) in {:.2f} s; {} solves in {:.2f} s; "
            "current maps {:.2f} s.").format(t.factorisations, t.setup, t.solves, t.solve,
                                              t.maps))
        result = {self.N_SOLVES: int(t.solves)}
        ones = np.ones(grid.shape, bool)
        cum_path = self.parameterAsOutputLayer(parameters, self.CUM_CURRENT, context)
        cum = res.current if mode == "advanced" else res.cum
        if cum_path and cum is not None:
            write_raster(cum_path, cum, ones, grid, "Float32")
            result[self.CUM_CURRENT] = cum_path
        mx_path = self.parameterAsOutputLayer(parameters, self.MAX_CURRENT, context)
        if mx_path and res.max is not None:
            write_raster(mx_path, res.max, ones, grid, "Float32")
            result[self.MAX_CURRENT] = mx_path
        v_path = self.parameterAsOutputLayer(parameters, self.VOLTAGE, context)
        if v_path and res.voltage is not None:
            write_raster(v_path, res.voltage, ones if g is None else g > 0, grid, "Float32")
            result[self.VOLTAGE] = v_path
        if res.resistances is not None and parameters.get(self.RESISTANCES) is not None:
            R = np.asarray(res.resistances)
            rows = []
            if R.ndim == 2:
                for i in range(R.shape[0]):
                    for j in range(i + 1, R.shape[0]):
                        rows.append((int(res.ids[i]), int(res.ids[j]), float(R[i, j])))
            else:
                for i, r in zip(res.ids, R):
                    rows.append((int(i), 0, float(r)))
            result[self.RESISTANCES] = write_table(
                self, parameters, self.RESISTANCES, context,
                [("from_id", "int64"), ("to_id", "int64"), ("resistance", "double")], rows)
        feedback.setProgress(100)
        return result


def _burn(grid, rows, cols, ids):
    a = np.zeros(grid.shape, dtype=np.int64)
    a[np.asarray(rows, int), np.asarray(cols, int)] = np.asarray(ids, np.int64)
    return a
