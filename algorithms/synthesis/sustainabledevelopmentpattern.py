"""ecoecon:sustainabledevelopmentpattern — the SDP's elements as labelled vector layers."""
import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsGeometry, QgsPointXY,
                       QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString)

from ...core import vocabulary as vocab
from ...core.synthesis import sustainabledevelopmentpattern as sdp
from ...core.synthesis.ecoeconomicconflicts import top_classes
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_VECTOR_LINE,
                      TYPE_VECTOR_POLYGON, WKB_MULTILINESTRING, WKB_MULTIPOLYGON)
from ..raster_io import read_aligned, read_raster, require_projected
from ..tables import parse_numbers
from ..vector_io import polygonize_labels, rasterize, write_features
from .common import check_on_grid, corridor_features, source_features


class SustainableDevelopmentPattern(EcoEconAlgorithm):
    NAME = "sustainabledevelopmentpattern"
    GROUP_ID = "synthesis"
    REQUIRES = ("scipy", "skimage")

    DENSITY, CLASSES, HIGH, SECONDARY = "DENSITY", "CLASSES", "HIGH_CLASSES", "SECONDARY_CLASSES"
    SOURCES, GRADE_FIELD, CORRIDORS, TYPE_FIELD = ("SOURCES", "GRADE_FIELD", "CORRIDORS",
                                                   "TYPE_FIELD")
    N_CORES, N_AXES, N_BELTS, N_ECO_AXES, N_BARRIERS = ("N_CORES", "N_AXES", "N_BELTS",
                                                        "N_ECO_AXES", "N_BARRIERS")
    BELT_LINK, BELT_DISTANCE, BARRIER_LINK, BUFFER = ("BELT_LINK", "BELT_DISTANCE",
                                                      "BARRIER_LINK", "AXIS_BUFFER")
    CORES, AXES, BELTS, BARRIERS, ECO_AXES, CONFLICTS = ("ECONOMIC_CORES", "DEVELOPMENT_AXES",
                                                         "BELTS", "BARRIERS", "ECO_AXES",
                                                         "CONFLICT_ZONES")
    # optional: the zones of 'Corridor pinch points' and 'Barriers to restore'
    PINCH_ZONES, BARRIER_ZONES, N_KEEP_WIDE, N_RESTORE = ("PINCH_ZONES", "BARRIER_ZONES",
                                                          "N_KEEP_WIDE", "N_RESTORE")
    KEEP_WIDE, RESTORATION = "KEEP_WIDE", "RESTORATION_PRIORITIES"

    def displayName(self):
        return self.tr("Sustainable development pattern")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DENSITY, self.tr("Economic density (kernel density of core industries)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.CLASSES, self.tr("Economic intensity classes")))
        self.addParameter(QgsProcessingParameterString(
            self.HIGH, self.tr("High-intensity classes (empty = the two highest)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SECONDARY, self.tr("Secondary classes for belts (empty = the class below)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SOURCES, self.tr("Graded ecological sources"), [TYPE_VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.GRADE_FIELD, self.tr("Grade field"), "grade", self.SOURCES, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CORRIDORS, self.tr("Typed corridors"), [TYPE_VECTOR_LINE]))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, self.tr("Corridor type field"), "type", self.CORRIDORS, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PINCH_ZONES, self.tr("Pinch-point zones (of 'Corridor pinch points'; "
                                      "optional)"), [TYPE_VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BARRIER_ZONES, self.tr("Barrier zones (of 'Barriers to restore'; optional)"),
            [TYPE_VECTOR_POLYGON], optional=True))
        for name, label, default in ((self.N_CORES, self.tr("Number of economic cores"), 2),
                                     (self.N_AXES, self.tr("Number of development axes"), 1),
                                     (self.N_BELTS, self.tr("Number of industrial belts"), 2),
                                     (self.N_ECO_AXES, self.tr("Number of ecological axes"), 5),
                                     (self.N_BARRIERS,
                                      self.tr("Number of ecological barrier areas"), 5),
                                     (self.N_KEEP_WIDE,
                                      self.tr("Number of corridors to keep wide"), 10),
                                     (self.N_RESTORE,
                                      self.tr("Number of restoration priorities"), 10)):
            self.addParameter(QgsProcessingParameterNumber(name, label, NUMBER_INTEGER,
                                                           default, minValue=0))
        for name, label, default in (
                (self.BELT_LINK, self.tr("Belt link distance (m)"), 5000.0),
                (self.BELT_DISTANCE, self.tr("Belt distance to an axis (m)"), 5000.0),
                (self.BARRIER_LINK, self.tr("Barrier link distance (m)"), 5000.0),
                (self.BUFFER, self.tr("Axis buffer for conflict zones (m)"), 1000.0)):
            self.addParameter(QgsProcessingParameterNumber(name, label, NUMBER_DOUBLE, default,
                                                           minValue=0.0))
        for name, label, kind in ((self.CORES, self.tr("Economic development cores"),
                                   TYPE_VECTOR_POLYGON),
                                  (self.AXES, self.tr("Development axes"), TYPE_VECTOR_LINE),
                                  (self.BELTS, self.tr("Industrial development belts"),
                                   TYPE_VECTOR_POLYGON),
                                  (self.BARRIERS, self.tr("Ecological barrier areas"),
                                   TYPE_VECTOR_POLYGON),
                                  (self.ECO_AXES, self.tr("Ecological axes"), TYPE_VECTOR_LINE),
                                  (self.CONFLICTS, self.tr("SDP conflict zones"),
                                   TYPE_VECTOR_POLYGON),
                                  (self.KEEP_WIDE, self.tr("Corridors to keep wide (pinch "
                                                           "points on the corridors)"),
                                   TYPE_VECTOR_POLYGON),
                                  (self.RESTORATION, self.tr("Restoration priorities (barrier "
                                                             "zones by improvement score)"),
                                   TYPE_VECTOR_POLYGON)):
            # the cores are the primary output; the other elements are optional (qgis_process
            # and scripts may leave them out) and created by default in the dialog
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, label, kind, optional=name != self.CORES, createByDefault=True))

    # ------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        dl = self.parameterAsRasterLayer(parameters, self.DENSITY, context)
        dname = dl.name() if dl else self.tr("density")
        dens, valid, grid = read_raster(dl, 1, dname)
        require_projected(grid, dname)
        cl = self.parameterAsRasterLayer(parameters, self.CLASSES, context)
        cls, cvalid = read_aligned(cl, grid, 1, cl.name() if cl else "classes", "nearest",
                                   feedback)
        valid &= cvalid
        ec = np.where(valid, np.rint(cls), 0).astype(np.int32)
        cell = grid.cell_width
        high = self._classes(parameters, self.HIGH, context) or top_classes(ec, valid, 2)
        if not high:
            raise QgsProcessingException(self.tr("The class raster has no positive class."))
        secondary = self._classes(parameters, self.SECONDARY, context) or (min(high) - 1,)
        rule_hi = ",".join(map(str, high))
        n_cores = self.parameterAsInt(parameters, self.N_CORES, context)
        feedback.pushInfo(self.tr("High-intensity classes: {}; secondary: {}").format(
            rule_hi, ",".join(map(str, secondary))))

        # economic cores
        hmask = np.isin(ec, high) & valid
        labels, stats = sdp.rank_clusters(hmask, np.where(valid, dens, 0), grid.cell_area)
        if n_cores > len(stats):
            feedback.pushWarning(self.tr("Only {} high-intensity clusters exist; {} cores were "
                                         "asked.").format(len(stats), n_cores))
        n_cores = min(n_cores, len(stats))
        core_ids = list(range(1, n_cores + 1))
        core_lab = np.where(labels <= n_cores, labels, 0)
        core_geoms = polygonize_labels(core_lab, grid) if n_cores else {}
        feedback.setProgress(15)

        # development axes
        axes = []
        if n_cores >= 2:
            fr = sdp.friction_from_density(dens, valid)
            pairs = self.run_core(sdp.least_cost_paths, fr, core_lab, core_ids, cell)
            axes = sdp.minimum_spanning_pairs(pairs, self.parameterAsInt(
                parameters, self.N_AXES, context))
        axis_geoms = [self._line(grid, a["cells"]) for a in axes]
        axis_mask = np.zeros(grid.shape, bool)
        for a in axes:
            axis_mask[a["cells"][:, 0], a["cells"][:, 1]] = True
        self.check_canceled(feedback)
        feedback.setProgress(35)

        # industrial belts
        smask = ((np.isin(ec, secondary) | hmask) & valid) & (core_lab == 0)
        chains, nch = sdp.link_clusters(smask, self.parameterAsDouble(
            parameters, self.BELT_LINK, context) / cell)
        near = (sdp.near_lines(chains, nch, axis_mask, self.parameterAsDouble(
            parameters, self.BELT_DISTANCE, context) / cell) if axes else np.ones(nch, bool))
        belt_lab, belts, mass = sdp.select_belts(
            chains, nch, near, np.where(valid, dens, 0), grid.cell_area,
            self.parameterAsInt(parameters, self.N_BELTS, context))
        belt_geoms = polygonize_labels(belt_lab, grid) if belts else {}
        feedback.setProgress(50)

        # ecological barrier areas
        ctx_tr = context.transformContext()
        src = self.parameterAsSource(parameters, self.SOURCES, context)
        tr_s = QgsCoordinateTransform(src.sourceCrs(), grid.crs, ctx_tr)
        sources = source_features(src, self.parameterAsString(
            parameters, self.GRADE_FIELD, context) or "grade", self.tr("graded sources"), tr_s)
        check_on_grid(sources, grid, self.tr("graded sources"), dname, feedback)
        idx_raster = rasterize([(g, i + 1) for i, (g, grade, _) in enumerate(sources)
                                if vocab.grade_role(grade) in (vocab.CRUCIAL, vocab.IMPORTANT)],
                               grid)
        groups = sdp.source_groups(idx_raster, self.parameterAsDouble(
            parameters, self.BARRIER_LINK, context) / cell)
        geoms = [QgsGeometry.unaryUnion([sources[m - 1][0] for m in members])
                 for members in groups]
        areas = [g.area() / 1e6 for g in geoms]
        barriers = [(areas[i], groups[i], geoms[i]) for i in sdp.rank_by_value(
            areas, self.parameterAsInt(parameters, self.N_BARRIERS, context))]
        feedback.setProgress(65)

        # ecological axes
        cor = self.parameterAsSource(parameters, self.CORRIDORS, context)
        tr_c = QgsCoordinateTransform(cor.sourceCrs(), grid.crs, ctx_tr)
        all_corridors = corridor_features(cor, self.parameterAsString(
            parameters, self.TYPE_FIELD, context) or "type", self.tr("typed corridors"), tr_c)
        corridors = [c for c in all_corridors if c[1] in (1, 2)]
        edges, edge_corridor = [], []
        for k, (g, t, _) in enumerate(corridors):
            ends = self._ends(g)
            if ends is None:
                continue
            u, v = (self._nearest_source(sources, p) for p in ends)
            edges.append((u, v, g.length()))
            edge_corridor.append(k)
        chains_e = sdp.axis_chains(len(sources), edges, self.parameterAsInt(
            parameters, self.N_ECO_AXES, context))
        self.check_canceled(feedback)
        feedback.setProgress(80)

        # conflict zones
        buf = self.parameterAsDouble(parameters, self.BUFFER, context)
        econ_el = ([(self.tr("economic core {}").format(k), g) for k, g in
                    sorted(core_geoms.items())]
                   + [(self.tr("industrial belt {}").format(k), g) for k, g in
                      sorted(belt_geoms.items())]
                   + [(self.tr("development axis {}").format(i + 1), g.buffer(buf, 8))
                      for i, g in enumerate(axis_geoms)])
        eco_lines = [QgsGeometry.collectGeometry([corridors[edge_corridor[e]][0]
                                                  for e in ch["edges"]]) for ch in chains_e]
        eco_el = ([(self.tr("ecological barrier area {}").format(i + 1), b[2])
                   for i, b in enumerate(barriers)]
                  + [(self.tr("ecological axis {}").format(i + 1), g.buffer(buf, 8))
                     for i, g in enumerate(eco_lines)])
        inters = {}

        def overlap(i, j):
            eg, og = econ_el[i][1], eco_el[j][1]
            if not eg.intersects(og):
                return None
            inters[i, j] = eg.intersection(og)
            return inters[i, j].area()
        conflicts = [(inters[i, j], [econ_el[i][0], eco_el[j][0], a / 1e6]) for i, j, a in
                     sdp.overlapping_pairs(len(econ_el), len(eco_el), overlap)]

        # corridors to keep wide, restoration priorities
        axis_of = {}        # feature id of a type I/II corridor -> rank of its ecological axis
        for i, ch in enumerate(chains_e):
            for e in ch["edges"]:
                axis_of.setdefault(corridors[edge_corridor[e]][2].id(), i + 1)
        keep_wide = self._keep_wide(parameters, context, all_corridors, axis_of, grid, ctx_tr)
        restore = self._restoration(parameters, context, all_corridors, grid, ctx_tr)
        feedback.setProgress(90)

        # --- outputs ---
        res = {}
        res[self.CORES] = write_features(
            self, parameters, self.CORES, context,
            [("rank", "int"), ("area_km2", "double"), ("mass", "double"),
             ("mean_density", "double"), ("rule", "string")], WKB_MULTIPOLYGON, grid.crs,
            [(core_geoms[k], [k, stats[k - 1]["area_km2"], stats[k - 1]["mass"],
                              stats[k - 1]["mean"],
                              self.tr("cluster {} of classes {} by economic mass").format(
                                  k, rule_hi)]) for k in sorted(core_geoms)])
        res[self.AXES] = write_features(
            self, parameters, self.AXES, context,
            [("rank", "int"), ("from_core", "int"), ("to_core", "int"), ("cost", "double"),
             ("length_km", "double"), ("rule", "string")], WKB_MULTILINESTRING, grid.crs,
            [(g, [i + 1, a["a"], a["b"], a["cost"], g.length() / 1000.0,
                  self.tr("least-cost path between cores over 1/density friction, minimum "
                          "spanning tree")]) for i, (a, g) in enumerate(zip(axes, axis_geoms))])
        res[self.BELTS] = write_features(
            self, parameters, self.BELTS, context,
            [("rank", "int"), ("area_km2", "double"), ("mass", "double"), ("rule", "string")],
            WKB_MULTIPOLYGON, grid.crs,
            [(belt_geoms[k], [k, belt_geoms[k].area() / 1e6, float(mass[belts[k - 1] - 1]),
                              self.tr("secondary clusters linked within the belt link "
                                      "distance, near an axis")]) for k in sorted(belt_geoms)])
        res[self.BARRIERS] = write_features(
            self, parameters, self.BARRIERS, context,
            [("rank", "int"), ("n_sources", "int"), ("area_km2", "double"),
             ("sources", "string"), ("rule", "string")], WKB_MULTIPOLYGON, grid.crs,
            [(self._multi(b[2]), [i + 1, len(b[1]), b[0],
                                  ",".join(str(sources[m - 1][2]) for m in b[1]),
                                  self.tr("crucial and important sources linked within the "
                                          "barrier link distance")])
             for i, b in enumerate(barriers)])
        res[self.ECO_AXES] = write_features(
            self, parameters, self.ECO_AXES, context,
            [("rank", "int"), ("n_corridors", "int"), ("length_km", "double"),
             ("sources", "string"), ("rule", "string")], WKB_MULTILINESTRING, grid.crs,
            [(self._multi(g), [i + 1, len(ch["edges"]), ch["length"] / 1000.0,
                               ",".join(str(sources[n][2]) for n in ch["nodes"]),
                               self.tr("longest chain of type I/II corridors")])
             for i, (ch, g) in enumerate(zip(chains_e, eco_lines))])
        res[self.CONFLICTS] = write_features(
            self, parameters, self.CONFLICTS, context,
            [("economic", "string"), ("ecological", "string"), ("area_km2", "double")],
            WKB_MULTIPOLYGON, grid.crs, [(self._multi(g), a) for g, a in conflicts])
        if keep_wide is not None:
            res[self.KEEP_WIDE] = write_features(
                self, parameters, self.KEEP_WIDE, context,
                [("rank", "int"), ("zone", "int"), ("from_id", "int64"), ("to_id", "int64"),
                 ("corridor_type", "string"), ("eco_axis", "int"), ("max_current", "double"),
                 ("mean_current", "double"), ("area_km2", "double"), ("rule", "string")],
                WKB_MULTIPOLYGON, grid.crs,
                [(self._multi(g), [i + 1] + attrs + [self.tr(
                    "pinch-point zone on an ecological corridor, by its largest current")])
                 for i, (g, attrs) in enumerate(keep_wide)])
            feedback.pushInfo(self.tr("{} corridors to keep wide.").format(len(keep_wide)))
        if restore is not None:
            res[self.RESTORATION] = write_features(
                self, parameters, self.RESTORATION, context,
                [("rank", "int"), ("zone", "int"), ("from_id", "int64"), ("to_id", "int64"),
                 ("corridor_type", "string"), ("score", "double"), ("radius", "double"),
                 ("area_km2", "double"), ("rule", "string")],
                WKB_MULTIPOLYGON, grid.crs,
                [(self._multi(g), [i + 1] + attrs + [self.tr(
                    "barrier zone by improvement score (least-cost distance saved per metre "
                    "restored)")]) for i, (g, attrs) in enumerate(restore)])
            feedback.pushInfo(self.tr("{} restoration priorities.").format(len(restore)))
        feedback.pushInfo(self.tr("{} cores, {} axes, {} belts, {} barrier areas, {} ecological "
                                  "axes, {} conflict zones.").format(
            len(core_geoms), len(axes), len(belt_geoms), len(barriers), len(chains_e),
            len(conflicts)))
        feedback.setProgress(100)
        return res

    # --- pinch points and barriers -------------------------------------------------------
    def _zones(self, parameters, name, context, grid, ctx_tr, needed):
        """(label, [(geometry in the grid CRS, feature)], field of each needed name) of an
        optional zone layer; None when it is not given."""
        src = self.parameterAsSource(parameters, name, context)
        if src is None:
            return None
        label = self.parameterDefinition(name).description()
        low = {f.lower(): f for f in src.fields().names()}
        missing = [f for f in needed if f not in low]
        if missing:
            raise QgsProcessingException(self.tr(
                "The layer '{}' has no field {} (it has: {}). Give the zones as 'Corridor "
                "pinch points' or 'Barriers to restore' write them.").format(
                label, ", ".join(missing), ", ".join(src.fields().names())))
        tr = QgsCoordinateTransform(src.sourceCrs(), grid.crs, ctx_tr)
        feats = []
        for f in src.getFeatures():
            if not f.hasGeometry() or f.geometry().isEmpty():
                continue
            g = QgsGeometry(f.geometry())
            g.transform(tr)
            feats.append((g, f))
        return label, feats, {n: low[n] for n in needed}

    @staticmethod
    def _value(f, field):
        v = f[field] if field else None
        try:
            return None if v is None or (hasattr(v, "isNull") and v.isNull()) else float(v)
        except (TypeError, ValueError):
            return None

    def _on_corridors(self, feats, fld, all_corridors):
        """The corridor (index in ``all_corridors``) of each zone: the corridor of the same
        two sources (fields from_id, to_id of both layers), else the corridor line that
        crosses the zone (the longest part inside it)."""
        ids = {n.lower(): n for n in (all_corridors[0][2].fields().names()
                                      if all_corridors else [])}
        if "from_id" in fld and "from_id" in ids and "to_id" in ids:
            cpairs = [(self._value(f, ids["from_id"]), self._value(f, ids["to_id"]))
                      for _, _, f in all_corridors]
            zpairs = [(self._value(f, fld["from_id"]), self._value(f, fld["to_id"]))
                      for _, f in feats]
            return sdp.match_corridors(zpairs, cpairs)
        out = []
        for g, _ in feats:
            best, k = 0.0, -1
            for i, (cg, _, _) in enumerate(all_corridors):
                if cg.intersects(g):
                    ln = cg.intersection(g).length()
                    if ln > best:
                        best, k = ln, i
            out.append(k)
        return out

    def _zone_attrs(self, f, fld, corridor, all_corridors):
        zone = self._value(f, fld.get("zone"))
        ids = [self._value(f, fld.get("from_id")), self._value(f, fld.get("to_id"))]
        ctype = vocab.TYPE_WORDS.get(all_corridors[corridor][1], "") if corridor >= 0 else ""
        return ([None if zone is None else int(zone)]
                + [None if v is None else int(v) for v in ids] + [ctype])

    def _keep_wide(self, parameters, context, all_corridors, axis_of, grid, ctx_tr):
        z = self._zones(parameters, self.PINCH_ZONES, context, grid, ctx_tr,
                        ["max_current"])
        if z is None:
            return None
        _, feats, fld = z
        low = {n.lower(): n for n in (feats[0][1].fields().names() if feats else [])}
        fld.update({n: low[n] for n in ("zone", "from_id", "to_id", "mean_current")
                    if n in low})
        on = self._on_corridors(feats, fld, all_corridors)
        mx = [self._value(f, fld["max_current"]) for _, f in feats]
        mean = [self._value(f, fld.get("mean_current")) for _, f in feats]
        order = sdp.corridors_to_keep_wide(mx, mean, on, self.parameterAsInt(
            parameters, self.N_KEEP_WIDE, context))
        return [(feats[i][0], self._zone_attrs(feats[i][1], fld, on[i], all_corridors)
                 + [axis_of.get(all_corridors[on[i]][2].id(), 0), mx[i], mean[i],
                    feats[i][0].area() / 1e6]) for i in order]

    def _restoration(self, parameters, context, all_corridors, grid, ctx_tr):
        z = self._zones(parameters, self.BARRIER_ZONES, context, grid, ctx_tr, ["score"])
        if z is None:
            return None
        _, feats, fld = z
        low = {n.lower(): n for n in (feats[0][1].fields().names() if feats else [])}
        fld.update({n: low[n] for n in ("zone", "from_id", "to_id", "radius") if n in low})
        on = self._on_corridors(feats, fld, all_corridors)
        score = [self._value(f, fld["score"]) for _, f in feats]
        area = [g.area() / 1e6 for g, _ in feats]
        order = sdp.restoration_priorities(score, area, self.parameterAsInt(
            parameters, self.N_RESTORE, context))
        return [(feats[i][0], self._zone_attrs(feats[i][1], fld, on[i], all_corridors)
                 + [score[i], self._value(feats[i][1], fld.get("radius")), area[i]])
                for i in order]

    def _classes(self, parameters, name, context):
        vals = parse_numbers(self.parameterAsString(parameters, name, context), name)
        return tuple(int(v) for v in vals)

    @staticmethod
    def _line(grid, cells):
        x, y = grid.cell_centers(cells[:, 0], cells[:, 1])
        g = QgsGeometry.fromPolylineXY([QgsPointXY(a, b) for a, b in zip(x, y)])
        g.convertToMultiType()
        return g

    @staticmethod
    def _multi(g):
        g = QgsGeometry(g)
        g.convertToMultiType()
        return g

    @staticmethod
    def _ends(g):
        parts = g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]
        pts = [p for part in parts for p in part]
        if len(pts) < 2:
            return None
        return QgsGeometry.fromPointXY(pts[0]), QgsGeometry.fromPointXY(pts[-1])

    @staticmethod
    def _nearest_source(sources, point):
        d = [g.distance(point) for g, _, _ in sources]
        return int(np.argmin(d))
