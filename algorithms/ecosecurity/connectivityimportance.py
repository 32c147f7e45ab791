"""ecoecon:connectivityimportance — PC / dPC (Conefor 2.6) of source patches, with grades."""
import math

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsSpatialIndex)

from ...core import vocabulary as vocab
from ...core.ecosecurity import connectivityimportance as conn
from ...core.validate import check_ids
from .. import deps
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, FIELD_NUMERIC, FILE_FILE, NUMBER_DOUBLE, NUMBER_INTEGER,
                      SINK_FAST_INSERT, TYPE_VECTOR, TYPE_VECTOR_POLYGON, WKB_MULTIPOLYGON,
                      make_field)
from ..raster_io import read_aligned, read_raster, require_projected
from ..tables import parse_numbers, write_table
from ..vector_io import make_fields, polygonize_labels, rasterize


DIST_EDGE, DIST_CENTROID, DIST_COST = 0, 1, 2
UNITS = (("km2", 1e-6), ("ha", 1e-4), ("m2", 1.0))

#: the node-importance fields, in the order of Conefor's node_importances.txt
IMPORTANCE_FIELDS = ("dA", "dIIC", "dIICintra", "dIICflux", "dIICconnector", "dPC",
                     "dPCintra", "dPCflux", "dPCconnector")


class ConnectivityImportance(EcoEconAlgorithm):
    NAME = "connectivityimportance"
    GROUP_ID = "ecosecurity"
    EXCLUSIVE_MIN = ("D0", "P0")
    EXCLUSIVE_MAX = ("P0",)
    REQUIRES = ("scipy", "jenkspy")

    INPUT, PATCH_RASTER, BAND, ID_FIELD, AREA_FIELD, AREA_UNIT = (
        "INPUT", "PATCH_RASTER", "BAND", "ID_FIELD", "AREA_FIELD", "AREA_UNIT")
    DISTANCE, RESISTANCE, D0, P0, MAX_LINK, ADJ_DIST, IIC = (
        "DISTANCE", "RESISTANCE", "D0", "P0", "MAX_LINK", "ADJ_DIST", "IIC")
    LANDSCAPE, LANDSCAPE_AREA, THRESHOLDS, N_GRADES = (
        "LANDSCAPE", "LANDSCAPE_AREA", "THRESHOLDS", "N_GRADES")
    OUTPUT, TABLE, SCAN = "OUTPUT", "TABLE", "SCAN"
    NODES_FILE, LINKS_FILE, LINKS_TYPE, OVERALL = (
        "NODES_FILE", "LINKS_FILE", "LINKS_TYPE", "OVERALL")
    PCNUM, EC_PC, PC = "PCNUM", "EC_PC", "PC"

    def displayName(self):
        return self.tr("Connectivity importance of sources (PC / dPC)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Source patches (polygons)"), [TYPE_VECTOR_POLYGON],
            optional=True))
        self.add_raster_and_band(self.PATCH_RASTER, self.tr("Or: patch raster (cell value = patch id)"),
                                 self.BAND, band_label=self.tr("Patch raster band"), optional=True)
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Patch id field (empty = feature id)"), None, self.INPUT,
            FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_FIELD, self.tr("Patch attribute (area) field (empty = polygon area)"),
            None, self.INPUT, FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.AREA_UNIT, self.tr("Area unit (when areas are measured)"),
            [self.tr("km²"), self.tr("ha"), self.tr("m²")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DISTANCE, self.tr("Distance between patches"),
            [self.tr("Edge-to-edge Euclidean"),
             self.tr("Centroid Euclidean (point on surface when outside)"),
             self.tr("Least-cost between patch edges (resistance raster)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, self.tr("Resistance raster (least-cost distance only)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.D0, self.tr("Distance d0 at which the probability is p0 (m, or cost units)"),
            NUMBER_DOUBLE, 10000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.P0, self.tr("Connection probability p0 at d0"), NUMBER_DOUBLE, 0.5,
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_LINK, self.tr("Maximum link distance (0 = link every pair)"),
            NUMBER_DOUBLE, 0.0, minValue=0.0))
        p = QgsProcessingParameterBoolean(
            self.IIC, self.tr("Also compute dIIC (about doubles the time)"), defaultValue=True)
        self.add_advanced(p)
        p = QgsProcessingParameterNumber(
            self.ADJ_DIST, self.tr("IIC adjacency distance (0 = d0)"), NUMBER_DOUBLE, 0.0,
            minValue=0.0)
        self.add_advanced(p)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDSCAPE, self.tr("Study area, for PC = PCnum / A_L² (optional)"),
            [TYPE_VECTOR_POLYGON], optional=True))
        p = QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA, self.tr("Or: landscape area A_L, in the area unit (0 = none)"),
            NUMBER_DOUBLE, 0.0, minValue=0.0)
        self.add_advanced(p)
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Thresholds d0 to scan, comma separated (optional)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.N_GRADES, self.tr("Number of grades (natural breaks of dPC)"), NUMBER_INTEGER,
            3, minValue=2, maxValue=9))
        self.addParameter(QgsProcessingParameterFile(
            self.NODES_FILE, self.tr("Or: Conefor node file (id, attribute)"), FILE_FILE,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.LINKS_FILE, self.tr("Conefor connection file (id, id, value; unlisted pairs "
                                     "are not connected), instead of measured distances"),
            FILE_FILE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LINKS_TYPE, self.tr("Values of the connection file"),
            [self.tr("Distances"), self.tr("Probabilities")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Graded sources"), TYPE_VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TABLE, self.tr("Node importance table"), TYPE_VECTOR,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SCAN, self.tr("PC per distance threshold"), TYPE_VECTOR,
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OVERALL, self.tr("Overall indices (Conefor's overall_indices)"), TYPE_VECTOR,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.PCNUM, self.tr("PCnum")))
        self.addOutput(QgsProcessingOutputNumber(self.EC_PC, self.tr("EC(PC)")))
        self.addOutput(QgsProcessingOutputNumber(self.PC, self.tr("PC (needs A_L)")))

    # ------------------------------------------------------------------ inputs
    def _patches_from_vector(self, source, parameters, context, scale, feedback):
        require_projected(source.sourceCrs(), source.sourceName() or self.tr("Source patches"))
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        feats, ids, areas, geoms = [], [], [], []
        for f in source.getFeatures():
            g = f.geometry()
            label = f[id_field] if id_field else f.id()
            if g is None or g.isEmpty():
                raise QgsProcessingException(
                    self.tr("The patch {} has no geometry; remove it or fix it.").format(label))
            if area_field:
                v = f[area_field]
                try:
                    a = float(v)
                except (TypeError, ValueError):
                    a = float("nan")
                if not (a > 0 and math.isfinite(a)):
                    raise QgsProcessingException(
                        self.tr("The patch {} has the attribute '{}' = {}; every patch needs a "
                                "positive number.").format(label, area_field, v))
            else:
                a = g.area() * scale
                if not a > 0:
                    raise QgsProcessingException(
                        self.tr("The patch {} has no area; remove it or fix its "
                                "geometry.").format(label))
            feats.append(f)
            ids.append(label)
            areas.append(a)
            geoms.append(g)
        if not feats:
            raise QgsProcessingException(self.tr("The source patch layer has no feature."))
        if id_field:  # ids name the patches in every output: present and unique
            ids = [None if (v is None or (hasattr(v, "isNull") and v.isNull())) else v
                   for v in ids]
            self.run_core(check_ids, ids, source.sourceName() or "source patch layer",
                          id_field)
        return feats, ids, np.array(areas), geoms, source.sourceCrs(), source.fields()

    def _patches_from_raster(self, parameters, context, scale):
        layer = self.parameterAsRasterLayer(parameters, self.PATCH_RASTER, context)
        name = layer.name() if layer else self.tr("patch raster")
        arr, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                 context), name)
        require_projected(grid, name)
        ok = valid & (arr > 0)
        if not ok.any():
            raise QgsProcessingException(
                self.tr("The raster {} holds no patch (no cell value > 0).").format(name))
        vals = arr[ok]
        if np.any(vals != np.round(vals)):
            raise QgsProcessingException(
                self.tr("The raster {} holds non-integer values; patch ids must be whole "
                        "numbers.").format(name))
        ids, counts = np.unique(vals.astype(np.int64), return_counts=True)
        labels = np.zeros(arr.shape, dtype=np.int32)
        labels[ok] = np.searchsorted(ids, vals.astype(np.int64)) + 1
        polys = polygonize_labels(labels, grid, 8)
        geoms = [polys[i + 1] for i in range(ids.size)]
        areas = counts * grid.cell_area * scale
        return labels, grid, [int(i) for i in ids], areas, geoms

    # ------------------------------------------------------------------ distances
    def _edge_distances(self, geoms, max_link, feedback, p0, p1):
        n = len(geoms)
        d = np.full((n, n), np.inf)
        np.fill_diagonal(d, 0.0)
        index = QgsSpatialIndex()
        for i, g in enumerate(geoms):
            f = QgsFeature(i)
            f.setGeometry(g)
            index.addFeature(f)
        engines = []
        for g in geoms:
            e = QgsGeometry.createGeometryEngine(g.constGet())
            e.prepareGeometry()
            engines.append(e)
        for i, g in enumerate(geoms):
            if max_link:
                box = g.boundingBox()
                box.grow(max_link)
                cands = [j for j in index.intersects(box) if j > i]
            else:
                cands = range(i + 1, n)
            for j in cands:
                d[i, j] = d[j, i] = engines[i].distance(geoms[j].constGet())
            if i % 10 == 0:
                self.check_canceled(feedback)
                feedback.setProgress(p0 + (p1 - p0) * (i + 1) / n)
        return d

    @staticmethod
    def _centroids(geoms):
        xy = []
        for g in geoms:
            c = g.centroid()
            if c.isEmpty() or not g.contains(c):
                c = g.pointOnSurface()
            p = c.asPoint()
            xy.append((p.x(), p.y()))
        return np.array(xy)

    @staticmethod
    def _rasterize(geoms, grid):
        """Patch ids 1..n on the grid (vector_io's rule); the largest first, so a small patch
        inside a large one keeps its cells."""
        order = np.argsort([-g.area() for g in geoms], kind="stable")
        return rasterize([(geoms[i], int(i) + 1) for i in order], grid)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        has_raster = parameters.get(self.PATCH_RASTER) not in (None, "")
        nodes_file = self.parameterAsFile(parameters, self.NODES_FILE, context)
        links_file = self.parameterAsFile(parameters, self.LINKS_FILE, context)
        conefor = bool(nodes_file or links_file)
        if nodes_file and (source is not None or has_raster):
            raise QgsProcessingException(
                self.tr("Give either a Conefor node file or source patches, not both."))
        if source is not None and has_raster:
            raise QgsProcessingException(
                self.tr("Give either source patch polygons or a patch raster, not both."))
        if source is None and not has_raster and not nodes_file:
            raise QgsProcessingException(
                self.tr("Give the source patches: a polygon layer or a patch raster."))
        unit_name, scale = UNITS[self.parameterAsEnum(parameters, self.AREA_UNIT, context)]
        dist_type = self.parameterAsEnum(parameters, self.DISTANCE, context)
        d0 = self.parameterAsDouble(parameters, self.D0, context)
        p0 = self.parameterAsDouble(parameters, self.P0, context)
        max_link = self.parameterAsDouble(parameters, self.MAX_LINK, context) or None
        adj = self.parameterAsDouble(parameters, self.ADJ_DIST, context) or d0
        thresholds = parse_numbers(self.parameterAsString(parameters, self.THRESHOLDS,
                                                          context), self.tr("Thresholds"))
        if any(t <= 0 for t in thresholds):
            raise QgsProcessingException(self.tr("Every scanned threshold must be > 0."))
        n_grades = self.parameterAsInt(parameters, self.N_GRADES, context)

        labels = grid = None
        if nodes_file:
            nid, areas = self.run_core(conn.read_conefor_nodes, nodes_file)
            ids = [int(v) if v.lstrip("-").isdigit() else v for v in nid]
            feats = geoms = in_fields = None
            from qgis.core import QgsCoordinateReferenceSystem
            crs = QgsCoordinateReferenceSystem()
        elif source is not None:
            feats, ids, areas, geoms, crs, in_fields = self._patches_from_vector(
                source, parameters, context, scale, feedback)
        else:
            labels, grid, ids, areas, geoms = self._patches_from_raster(parameters, context,
                                                                        scale)
            feats, crs, in_fields = None, grid.crs, None
        n = len(ids)
        feedback.pushInfo(self.tr("{} patches, total attribute {:.6g}.").format(n, areas.sum()))
        feedback.setProgress(5)

        # landscape area
        la = self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context) or None
        land = self.parameterAsSource(parameters, self.LANDSCAPE, context)
        if la is None and land is not None:
            la = sum(f.geometry().area() for f in land.getFeatures()
                     if f.hasGeometry()) * scale
            if not la:
                raise QgsProcessingException(self.tr("The study area layer has no area."))

        # distances
        links_prob = self.parameterAsEnum(parameters, self.LINKS_TYPE, context) == 1
        if links_file:
            dist = self.run_core(conn.read_conefor_links, links_file, [str(i) for i in ids],
                                 "prob" if links_prob else "dist", d0, p0)
            if links_prob:
                adj = math.inf    # IIC: every listed pair with p > 0 is a link
        elif nodes_file:
            raise QgsProcessingException(self.tr(
                "A Conefor node file needs its connection file (LINKS_FILE)."))
        elif dist_type == DIST_EDGE:
            dist = self._edge_distances(geoms, max_link, feedback, 5, 30)
        elif dist_type == DIST_CENTROID:
            dist = conn.point_distances(self._centroids(geoms))
        else:
            res_layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
            if res_layer is None:
                raise QgsProcessingException(
                    self.tr("Least-cost distances need the resistance raster."))
            missing = deps.missing_message(("skimage",))   # its Dijkstra, as mcrcorridors
            if missing:
                raise QgsProcessingException(missing)
            if grid is None:
                res, rvalid, rgrid = read_raster(res_layer, 1, res_layer.name())
                require_projected(rgrid, res_layer.name())
                on_grid = geoms
                if rgrid.crs != crs:
                    feedback.pushInfo(self.tr("Reprojecting the patches to the CRS of the "
                                              "resistance raster."))
                    xform = QgsCoordinateTransform(crs, rgrid.crs, context.transformContext())
                    on_grid = []
                    for g in geoms:
                        g = QgsGeometry(g)
                        g.transform(xform)
                        on_grid.append(g)
                lab = self._rasterize(on_grid, rgrid)
                cw, ch = rgrid.cell_width, rgrid.cell_height
            else:
                res, rvalid = read_aligned(res_layer, grid, 1, res_layer.name(), "continuous",
                                           feedback)
                lab = labels
                cw, ch = grid.cell_width, grid.cell_height
            limit = max_link
            if not limit:
                feedback.pushInfo(self.tr(
                    "No maximum link distance: every patch is searched over the whole "
                    "resistance raster. Set a maximum link distance (in resistance × metres) "
                    "to bound the searches and run much faster."))
            dist = self.run_core(conn.least_cost_distances, lab, n, res, rvalid, cw, ch,
                                 limit, progress=self.progress(feedback, 5, 30), names=ids)
        self.check_canceled(feedback)
        feedback.setProgress(30)

        r = self.run_core(conn.pc_importance, areas, dist, d0, p0, max_link, la,
                          progress=self.progress(feedback, 30, 85))
        if self.parameterAsBool(parameters, self.IIC, context):
            ri = self.run_core(conn.iic_importance, areas, dist, adj, la,
                               progress=self.progress(feedback, 85, 95))
        else:  # the dIIC fields stay empty (NULL)
            ri = {f: [None] * n for f in IMPORTANCE_FIELDS if f.startswith("dIIC")}
        scan = self.run_core(conn.threshold_scan, areas, dist, thresholds or [d0], p0,
                             max_link, la, progress=self.progress(feedback, 95, 99))
        grades, breaks = conn.grade_by_breaks(r["dPC"], n_grades)
        k = len(breaks) - 1
        feedback.pushInfo(self.tr("PCnum = {:.7g}, EC(PC) = {:.7g}{}; {} links, {} "
                                  "component(s).").format(
            r["PCnum"], r["EC_PC"],
            "" if r["PC"] is None else self.tr(", PC = {:.7g}").format(r["PC"]),
            r["links"], r["components"]))
        feedback.pushInfo(self.tr("dPC breaks of the grades: {}").format(
            ", ".join("%.6g" % b for b in breaks)))
        self.check_canceled(feedback)

        # ------------------------------------------------------------------ outputs
        values = {f: (ri[f] if f.startswith("dIIC") else r[f]) for f in IMPORTANCE_FIELDS}
        new_cols = ([("attribute" if nodes_file else "area_" + unit_name
                      if feats is None or not self.parameterAsString(
            parameters, self.AREA_FIELD, context) else "attribute", "double")]
            + [(f, "double") for f in IMPORTANCE_FIELDS]
            + [("grade", "int"), ("grade_name", "string")])
        new_names = {c.lower() for c, _ in new_cols}

        def extra(i):
            g = int(grades[i])
            return ([float(areas[i])]
                    + [None if values[f][i] is None else float(values[f][i])
                       for f in IMPORTANCE_FIELDS]
                    + [g, vocab.grade_word(g, k)])

        id_kind = "int" if all(isinstance(v, int) for v in ids) else "string"
        if feats is not None:
            keep = [j for j, fld in enumerate(in_fields) if fld.name().lower() not in new_names]
            fields = make_fields([])
            for j in keep:
                fields.append(in_fields[j])
            for c, kind in new_cols:
                fields.append(make_field(c, kind))
        elif geoms is None:   # Conefor node file: the nodes, without geometry
            fields = make_fields([("id", id_kind)] + new_cols)
        else:
            fields = make_fields([("id", "int")] + new_cols)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          WKB_MULTIPOLYGON, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        out = []
        for i in range(n):
            f = QgsFeature(fields)
            if geoms is not None:
                g = QgsGeometry(geoms[i])
                if not g.isMultipart():
                    g.convertToMultiType()
                f.setGeometry(g)
            if feats is not None:
                attrs = feats[i].attributes()
                f.setAttributes([attrs[j] for j in keep] + extra(i))
            else:
                f.setAttributes([ids[i]] + extra(i))
            out.append(f)
        sink.addFeatures(out, SINK_FAST_INSERT)
        if conefor:   # Conefor's node_importances columns (percent), then the grades
            table = write_table(self, parameters, self.TABLE, context,
                                [("Node", id_kind)] + [(f, "double") for f in IMPORTANCE_FIELDS]
                                + [("grade", "int"), ("grade_name", "string")],
                                [[ids[i] if id_kind == "int" else str(ids[i])] + extra(i)[1:]
                                 for i in range(n)])
        else:
            table = write_table(self, parameters, self.TABLE, context,
                                [("node", id_kind)] + new_cols,
                                [[ids[i] if id_kind == "int" else str(ids[i])] + extra(i)
                                 for i in range(n)])
        scan_dest = write_table(self, parameters, self.SCAN, context,
                                [("distance", "double"), ("probability", "double"),
                                 ("links", "int"), ("components", "int"),
                                 ("PCnum", "double"), ("EC_PC", "double"), ("PC", "double")],
                                [[s["distance"], p0, s["links"], s["components"], s["PCnum"],
                                  s["EC_PC"], s["PC"]] for s in scan])
        result = {self.OUTPUT: dest, self.TABLE: table, self.SCAN: scan_dest,
                  self.PCNUM: r["PCnum"], self.EC_PC: r["EC_PC"], self.PC: r["PC"]}
        if parameters.get(self.OVERALL) is not None:
            rows = [["PCnum", r["PCnum"]], ["EC(PC)", r["EC_PC"]]]
            if r["PC"] is not None:
                rows.append(["PC", r["PC"]])
            if "IICnum" in ri:
                rows += [["IICnum", ri["IICnum"]], ["EC(IIC)", ri["EC_IIC"]]]
                if ri.get("IIC") is not None:
                    rows.append(["IIC", ri["IIC"]])
            result[self.OVERALL] = write_table(self, parameters, self.OVERALL, context,
                                               [("index", "string"), ("value", "double")],
                                               rows)
        feedback.setProgress(100)
        return result
