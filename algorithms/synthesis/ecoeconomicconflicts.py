"""ecoecon:ecoeconomicconflicts — where the ecological security pattern meets intense economy."""
import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsGeometry, QgsProcessingException,
                       QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString)

from ...core import vocabulary as vocab
from ...core.synthesis import ecoeconomicconflicts as cf
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, NUMBER_DOUBLE, TYPE_VECTOR, TYPE_VECTOR_LINE,
                      TYPE_VECTOR_POLYGON, WKB_MULTIPOLYGON)
from ..raster_io import read_raster, require_projected, write_raster
from ..tables import parse_numbers, write_table
from ..vector_io import polygonize_labels, rasterize, write_features
from .common import check_on_grid, corridor_features, source_features


class EcoEconomicConflicts(EcoEconAlgorithm):
    NAME = "ecoeconomicconflicts"
    GROUP_ID = "synthesis"
    REQUIRES = ("scipy",)

    ECONOMIC, BAND, HIGH = "ECONOMIC", "BAND", "HIGH_CLASSES"
    SOURCES, GRADE_FIELD = "SOURCES", "GRADE_FIELD"
    CORRIDORS, TYPE_FIELD, WIDTH = "CORRIDORS", "TYPE_FIELD", "CORRIDOR_WIDTH"
    ADMIN, NAME_FIELD = "ADMIN", "NAME_FIELD"
    OUTPUT, POLYGONS = "OUTPUT", "POLYGONS"
    SOURCE_TABLE, CORRIDOR_TABLE, ADMIN_TABLE = "SOURCE_TABLE", "CORRIDOR_TABLE", "ADMIN_TABLE"

    def displayName(self):
        return self.tr("Eco-economic conflicts")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.ECONOMIC, self.tr("Economic intensity classes (raster)"),
                                 self.BAND)
        self.addParameter(QgsProcessingParameterString(
            self.HIGH, self.tr("High-intensity classes, comma separated (empty = the two "
                               "highest)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SOURCES, self.tr("Graded ecological sources"), [TYPE_VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.GRADE_FIELD, self.tr("Grade field (crucial / important / ordinary)"), "grade",
            self.SOURCES, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Typed corridors"), [TYPE_VECTOR_LINE], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, self.tr("Corridor type field (I / II / III)"), "type",
            self.CORRIDORS, FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.WIDTH, self.tr("Corridor width (m)"), NUMBER_DOUBLE, 200.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ADMIN, self.tr("Administrative units"), [TYPE_VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Unit name field"), None, self.ADMIN, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Conflict codes")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POLYGONS, self.tr("Conflict zones"), TYPE_VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SOURCE_TABLE, self.tr("Conflicts by source grade"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CORRIDOR_TABLE, self.tr("Conflicts by corridor type"), TYPE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ADMIN_TABLE, self.tr("Conflicts by administrative unit"), TYPE_VECTOR,
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.ECONOMIC, context)
        name = layer.name() if layer else self.tr("economic classes")
        econ, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                  context) or 1, name)
        require_projected(grid, name)
        ec = np.where(valid, np.rint(econ), 0).astype(np.int32)
        if ec[valid].min() < 0 or ec[valid].max() > 9:
            raise QgsProcessingException(
                self.tr("{} must hold economic classes 0..9 (it holds {:g}..{:g}). Classify "
                        "the density first with 'Economic pattern'.").format(
                    name, ec[valid].min(), ec[valid].max()))
        high = parse_numbers(self.parameterAsString(parameters, self.HIGH, context),
                             self.tr("High-intensity classes"))
        high = tuple(int(h) for h in high) if high else cf.top_classes(ec, valid, 2)
        feedback.pushInfo(self.tr("High-intensity economic classes: {}").format(
            ", ".join(map(str, high))))
        ctx_tr = context.transformContext()

        src = self.parameterAsSource(parameters, self.SOURCES, context)
        gfield = self.parameterAsString(parameters, self.GRADE_FIELD, context) or "grade"
        tr_s = QgsCoordinateTransform(src.sourceCrs(), grid.crs, ctx_tr)
        sources = source_features(src, gfield, self.tr("graded sources"), tr_s)
        check_on_grid(sources, grid, self.tr("graded sources"), name, feedback)
        # burn ordinary first so that crucial wins where polygons overlap
        grade = rasterize([(g, c) for g, c, _ in sorted(sources, key=lambda s: -s[1])], grid)
        feedback.setProgress(20)
        corr_src = self.parameterAsSource(parameters, self.CORRIDORS, context)
        corridors = []
        width = self.parameterAsDouble(parameters, self.WIDTH, context)
        ctype = np.zeros(grid.shape, np.int32)
        if corr_src is not None:
            tfield = self.parameterAsString(parameters, self.TYPE_FIELD, context) or "type"
            tr_c = QgsCoordinateTransform(corr_src.sourceCrs(), grid.crs, ctx_tr)
            corridors = corridor_features(corr_src, tfield, self.tr("typed corridors"), tr_c)
            check_on_grid(corridors, grid, self.tr("typed corridors"), name, feedback)
            zones = [(g.buffer(width / 2.0, 8) if width > 0 else g, t)
                     for g, t, _ in sorted(corridors, key=lambda c: -c[1])]
            ctype = rasterize(zones, grid, all_touched=width <= 0)
        self.check_canceled(feedback)
        feedback.setProgress(40)
        n_grades = max(s[1] for s in sources)
        el = cf.element_raster(grade, ctype, valid, max(3, n_grades))
        codes = cf.conflict_codes(el, ec, valid)
        k = int(ec[valid].max())
        cell_area = grid.cell_area
        rows = cf.crosstab(el, ec, valid, cell_area, n_econ=k, high_classes=high,
                           n_grades=n_grades)
        src_el = vocab.source_elements(n_grades)
        src_rows = [[r["label"], r["econ_class"], "yes" if r["high"] else "no",
                     r["area_km2"], r["share"]] for r in rows if r["element"] in src_el]
        summary = {s["element"]: s for s in cf.conflict_summary(el, ec, valid, cell_area, high,
                                                                n_grades)}
        # conflict polygons: one polygon set per (element, class) in conflict
        conflict_mask = (el > 0) & np.isin(ec, high) & valid
        ids = np.where(conflict_mask, codes, 0)
        geoms = polygonize_labels(ids, grid) if conflict_mask.any() else {}
        self.check_canceled(feedback)
        feedback.setProgress(60)
        # corridor lengths inside high-intensity zones (exact line ∩ polygon lengths)
        cor_rows = []
        if corridors:
            hz = polygonize_labels(np.isin(ec, high) & valid, grid)
            zone = hz.get(1, QgsGeometry())
            for t in (1, 2, 3):
                lines = [g for g, tt, _ in corridors if tt == t]
                total = sum(g.length() for g in lines) / 1000.0
                inside = sum(g.intersection(zone).length() for g in lines
                             if not zone.isEmpty()) / 1000.0
                s = summary.get(vocab.corridor_offset(n_grades) + t,
                                {"area_km2": 0.0, "conflict_km2": 0.0})
                cor_rows.append([vocab.TYPE_WORDS[t], len(lines), total, inside,
                                 inside / total if total > 0 else 0.0, s["area_km2"],
                                 s["conflict_km2"]])
        admin_rows = None
        adm = self.parameterAsSource(parameters, self.ADMIN, context)
        if adm is not None:
            nfield = self.parameterAsString(parameters, self.NAME_FIELD, context)
            tr_a = QgsCoordinateTransform(adm.sourceCrs(), grid.crs, ctx_tr)
            feats = list(adm.getFeatures())
            recs = []
            for i, f in enumerate(feats, start=1):
                g = f.geometry()
                g.transform(tr_a)
                recs.append((g, i))
            zones = rasterize(recs, grid)
            zr = cf.zonal_conflicts(zones, el, ec, valid, cell_area, high, n_grades)
            admin_rows = [[str(feats[r["zone"] - 1][nfield]) if nfield else
                           str(feats[r["zone"] - 1].id()), r["area_km2"], r["source_km2"],
                           r["corridor_km2"], r["high_econ_km2"], r["conflict_km2"],
                           r["conflict_share"]] for r in zr]
        self.check_canceled(feedback)
        feedback.setProgress(80)
        # --- outputs (everything is computed) ---
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(out, codes, valid, grid, "Int16", nodata=-1)
        records = []
        for code, g in sorted(geoms.items()):
            e, c = divmod(code, 10)
            records.append((g, [int(code), vocab.element_label(e, n_grades), int(c),
                                g.area() / 1e6]))
        poly = write_features(self, parameters, self.POLYGONS, context,
                              [("code", "int"), ("element", "string"), ("econ_class", "int"),
                               ("area_km2", "double")], WKB_MULTIPOLYGON, grid.crs, records)
        st = write_table(self, parameters, self.SOURCE_TABLE, context,
                         [("grade", "string"), ("econ_class", "int"), ("high", "string"),
                          ("area_km2", "double"), ("share", "double")], src_rows)
        ct = write_table(self, parameters, self.CORRIDOR_TABLE, context,
                         [("type", "string"), ("count", "int"), ("length_km", "double"),
                          ("high_length_km", "double"), ("high_share", "double"),
                          ("zone_km2", "double"), ("conflict_km2", "double")], cor_rows)
        results = {self.OUTPUT: out, self.POLYGONS: poly, self.SOURCE_TABLE: st,
                   self.CORRIDOR_TABLE: ct}
        if admin_rows is not None and parameters.get(self.ADMIN_TABLE) is not None:
            results[self.ADMIN_TABLE] = write_table(
                self, parameters, self.ADMIN_TABLE, context,
                [("unit", "string"), ("area_km2", "double"), ("source_km2", "double"),
                 ("corridor_km2", "double"), ("high_econ_km2", "double"),
                 ("conflict_km2", "double"), ("conflict_share", "double")], admin_rows)
        for e, s in sorted(summary.items()):
            feedback.pushInfo(self.tr("{}: {:.2f} km², of which {:.2f} km² ({:.1%}) in "
                                      "high-intensity economy").format(
                s["label"], s["area_km2"], s["conflict_km2"], s["conflict_share"]))
        feedback.setProgress(100)
        return results

