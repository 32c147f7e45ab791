"""ecoecon:kerneldensity — ArcGIS-style quartic kernel density of (core-industry) points."""
import numpy as np
from qgis.core import (QgsFeatureRequest, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterExtent, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsUnitTypes)

from ...core.industry import kerneldensity as kde
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER,
                      SOURCE_SKIP_VALIDITY, TYPE_VECTOR, TYPE_VECTOR_POINT)
from ..raster_io import RasterGrid, layer_grid, require_projected, write_raster
from ..tables import write_table

#: area units of the output: (square metres per unit, or None for expected count per cell)
AREA_UNITS = [1e6, 1e4, 1.0, None]
METHODS = ["auto", "exact", "fft"]
MAX_CELLS = 200_000_000


def metres_per_map_unit(crs):
    """Length of one map unit of ``crs`` in metres (1 for a metric projected CRS)."""
    try:
        from qgis.core import Qgis
        metres = Qgis.DistanceUnit.Meters
    except AttributeError:  # QGIS < 3.30
        metres = QgsUnitTypes.DistanceMeters
    f = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), metres)
    return f if f and f > 0 else 1.0


class KernelDensity(EcoEconAlgorithm):
    NAME = "kerneldensity"
    GROUP_ID = "industry"

    INPUT, CODE_FIELD, CODES, CODE_LEVEL, SEPARATE = ("INPUT", "CODE_FIELD", "CODES",
                                                       "CODE_LEVEL", "SEPARATE")
    POPULATION, CELL_SIZE, RADIUS, AREA_UNIT = "POPULATION", "CELL_SIZE", "RADIUS", "AREA_UNIT"
    EXTENT, REFERENCE, GROW, ZERO_NODATA, METHOD = ("EXTENT", "REFERENCE", "GROW",
                                                    "ZERO_NODATA", "METHOD")
    OUTPUT, RADII, N_POINTS, POPULATION_TOTAL = "OUTPUT", "RADII", "N_POINTS", "TOTAL_POPULATION"

    def displayName(self):
        return self.tr("Kernel density of industries (ArcGIS quartic)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Points (firms)"), [TYPE_VECTOR_POINT]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Industry code field"), None, self.INPUT, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.CODES, self.tr("Industry codes to keep, comma separated (empty = all)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CODE_LEVEL, self.tr("Code level: leading characters that make an industry "
                                     "(0 = whole code)"), NUMBER_INTEGER, 3, minValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SEPARATE, self.tr("Superimpose industries separately (own radius each, "
                                   "summed)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION, self.tr("Population field (weight; empty = 1 per point)"), None,
            self.INPUT, FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (map units; 0 = shorter extent side / 250)"),
            NUMBER_DOUBLE, 500.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Search radius (map units; 0 = ArcGIS default)"),
            NUMBER_DOUBLE, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.AREA_UNIT, self.tr("Output values"),
            [self.tr("Density per km²"), self.tr("Density per hectare"),
             self.tr("Density per m²"), self.tr("Expected count per cell")], defaultValue=0))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Output extent (empty = extent of the points)"),
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFERENCE, self.tr("Reference raster (its grid is used; optional)"),
            optional=True))
        self.add_advanced(QgsProcessingParameterBoolean(
            self.GROW, self.tr("Grow the points' extent by the search radius"),
            defaultValue=False))
        p = QgsProcessingParameterBoolean(
            self.ZERO_NODATA, self.tr("Write NoData where no kernel reaches (as ArcGIS)"),
            defaultValue=False)
        self.add_advanced(p)
        p = QgsProcessingParameterEnum(
            self.METHOD, self.tr("Method"),
            [self.tr("Automatic (fastest within 0.1% of the peak)"),
             self.tr("Exact per-point kernels"), self.tr("Bilinear spreading + FFT")],
            defaultValue=0)
        self.add_advanced(p)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Kernel density")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.RADII, self.tr("Industries and search radii"), TYPE_VECTOR, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.N_POINTS, self.tr("Number of points")))
        self.addOutput(QgsProcessingOutputNumber(self.POPULATION_TOTAL,
                                                 self.tr("Total population")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        crs = source.sourceCrs()
        require_projected(crs, self.tr("The point layer"))
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context) or None
        pop_field = self.parameterAsString(parameters, self.POPULATION, context) or None
        wanted = kde.parse_codes(self.parameterAsString(parameters, self.CODES, context))
        level = self.parameterAsInt(parameters, self.CODE_LEVEL, context)
        separate = self.parameterAsBoolean(parameters, self.SEPARATE, context)
        if wanted and not code_field:
            raise QgsProcessingException(
                self.tr("Industry codes to keep were given ({}) but no industry code field; "
                        "choose the field that holds the codes.").format(", ".join(wanted)))
        x, y, codes, pops = self._read_points(source, code_field, pop_field, feedback)
        if x.size == 0:
            raise QgsProcessingException(self.tr("The point layer has no points."))
        groups = None
        if code_field:
            ind = self.run_core(kde.industry_of, codes, level)
            keep = (self.run_core(kde.select_industries, ind, wanted) if wanted
                    else np.array([i is not None for i in ind]))
            if not keep.all():
                feedback.pushInfo(self.tr("{} of {} points kept ({}).").format(
                    int(keep.sum()), keep.size,
                    ", ".join(wanted) if wanted else self.tr("points with a code")))
            x, y = x[keep], y[keep]
            pops = pops[keep] if pops is not None else None
            if separate:
                groups = [i for i, k in zip(ind, keep) if k]
        if x.size == 0:
            raise QgsProcessingException(self.tr("No point is left to compute a density."))
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        plan = self.run_core(kde.plan_groups, x, y, groups, pops, radius if radius > 0 else None)
        for g in plan:
            feedback.pushInfo(self.tr("{}: {} points, population {:g}, search radius {:.6g}{}")
                              .format(g["group"] if g["group"] is not None
                                      else self.tr("all points"), g["points"],
                                      g["population"], g["radius"],
                                      self.tr(" (ArcGIS default)") if g["radius_default"]
                                      else ""))
        grid, rgrid = self._grid(parameters, context, crs, x, y,
                                 max(g["radius"] for g in plan))
        if grid.width * grid.height > MAX_CELLS:
            raise QgsProcessingException(
                self.tr("The output would have {}×{} cells; choose a larger cell size or a "
                        "smaller extent.").format(grid.width, grid.height))
        feedback.pushInfo(self.tr("Grid: {}×{} cells of {:g}, origin ({:.6g}, {:.6g}).").format(
            grid.width, grid.height, grid.cell, grid.x0, grid.ytop))
        self.check_canceled(feedback)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        dens, plan = self.run_core(kde.superimposed_density, x, y, grid, weights=pops,
                                   method=method, progress=self.progress(feedback, 20, 90),
                                   plan=plan)
        unit = AREA_UNITS[self.parameterAsEnum(parameters, self.AREA_UNIT, context)]
        f = metres_per_map_unit(crs)
        dens = dens * (grid.cell ** 2 if unit is None else unit / (f * f))
        valid = (dens > 0) if self.parameterAsBoolean(parameters, self.ZERO_NODATA, context) \
            else np.ones(dens.shape, bool)
        self.check_canceled(feedback)
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(out, dens, valid, rgrid, "Float32")
        results = {self.OUTPUT: out, self.N_POINTS: int(x.size),
                   self.POPULATION_TOTAL: float(x.size if pops is None else pops.sum())}
        if parameters.get(self.RADII) is not None:
            rows = [[g["group"] if g["group"] is not None else self.tr("all points"),
                     g["points"], g["population"], g["radius"], g["sd"], g["dm"],
                     self.tr("ArcGIS default") if g["radius_default"] else self.tr("given")]
                    for g in plan]
            results[self.RADII] = write_table(
                self, parameters, self.RADII, context,
                [("industry", "string"), ("points", "int"), ("population", "double"),
                 ("radius", "double"), ("std_dist", "double"), ("median_dist", "double"),
                 ("radius_rule", "string")], rows)
        feedback.setProgress(100)
        return results

    def _read_points(self, source, code_field=None, pop_field=None, feedback=None):
        """(x, y, codes or None, populations or None) of every point of ``source`` (each part of
        a multipoint counts); features without geometry are skipped and counted in the log."""
        fields = source.fields()
        attrs = [f for f in (code_field, pop_field) if f]
        idx = [fields.lookupField(f) for f in attrs]
        req = QgsFeatureRequest().setSubsetOfAttributes(idx)
        xs, ys, codes, pops = [], [], [], []
        skipped = 0
        total = source.featureCount() or 1
        # points cannot be invalid geometries: skip the per-feature GEOS validity check
        for i, feat in enumerate(source.getFeatures(req, SOURCE_SKIP_VALIDITY)):
            if i % 5000 == 0:
                self.check_canceled(feedback)
                if feedback is not None:
                    feedback.setProgress(20.0 * i / total)
            g = feat.geometry()
            if g is None or g.isNull() or g.isEmpty():
                skipped += 1
                continue
            pts = g.asMultiPoint() if g.isMultipart() else [g.asPoint()]
            code = feat[code_field] if code_field else None
            pop = None
            if pop_field:
                v = feat[pop_field]
                try:
                    pop = float(v)
                except (TypeError, ValueError):
                    pop = float("nan")
                if not (pop == pop) or v is None or (hasattr(v, "isNull") and v.isNull()):
                    raise QgsProcessingException(
                        self.tr("Feature {} has no number in the population field '{}' "
                                "({}). Fill it in, or run without a population field.")
                        .format(feat.id(), pop_field, v))
            for p in pts:
                xs.append(p.x())
                ys.append(p.y())
                if code_field:
                    codes.append(None if (code is None or (hasattr(code, "isNull")
                                                             and code.isNull())) else code)
                if pop_field:
                    pops.append(pop)
        if skipped and feedback is not None:
            feedback.pushWarning(self.tr("{} features without geometry were skipped.").format(
                skipped))
        return (np.asarray(xs, np.float64), np.asarray(ys, np.float64),
                codes if code_field else None,
                np.asarray(pops, np.float64) if pop_field else None)

    def _grid(self, parameters, context, crs, x, y, rmax):
        ref = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        if ref is not None:
            rg = layer_grid(ref, ref.name())
            if rg.crs.isValid() and rg.crs != crs:
                raise QgsProcessingException(
                    self.tr("The reference raster is in {} but the points are in {}; reproject "
                            "one of them.").format(rg.crs.authid(), crs.authid()))
            if abs(rg.cell_width - rg.cell_height) > 1e-9 * rg.cell_width:
                raise QgsProcessingException(
                    self.tr("The reference raster has rectangular cells ({:g} × {:g}); kernel "
                            "density needs square cells.").format(rg.cell_width,
                                                                  rg.cell_height))
            gt = rg.geotransform
            grid = kde.GridSpec(gt[0], gt[3], rg.cell_width, rg.width, rg.height)
            return grid, RasterGrid(rg.width, rg.height, grid.geotransform, crs.toWkt())
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        if parameters.get(self.EXTENT) not in (None, ""):
            e = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            box = (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum())
            grow = 0.0
        else:
            box = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
            grow = rmax if self.parameterAsBoolean(parameters, self.GROW, context) else 0.0
        if cell <= 0:
            side = min(box[2] - box[0], box[3] - box[1]) + 2 * grow
            if side <= 0:
                raise QgsProcessingException(
                    self.tr("The extent has no width or height, so the default cell size "
                            "(shorter side / 250) is 0; give a cell size."))
            cell = side / 250.0
        grid = self.run_core(kde.snapped_grid, *box, cell, grow=grow)
        return grid, RasterGrid(grid.width, grid.height, grid.geotransform, crs.toWkt())
