"""ecoecon:connectivityimportance — PC / dPC (Conefor 2.6) of source patches, with grades."""
import math

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterBand,
                       QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsSpatialIndex)

from ...core.ecosecurity import connectivity as conn
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER,
                      SINK_FAST_INSERT, TYPE_VECTOR, TYPE_VECTOR_POLYGON, WKB_MULTIPOLYGON,
                      make_field)
from ..raster_io import read_aligned, read_raster, require_projected
from ..tables import parse_numbers, write_table
from ..vector_io import make_fields, polygonize_labels

gdal.UseExceptions()

DIST_EDGE, DIST_CENTROID, DIST_COST = 0, 1, 2
UNITS = (("km2", 1e-6), ("ha", 1e-4), ("m2", 1.0))

#: the node-importance fields, in the order of Conefor's node_importances.txt
IMPORTANCE_FIELDS = ("dA", "dIIC", "dIICintra", "dIICflux", "dIICconnector", "dPC",
                     "dPCintra", "dPCflux", "dPCconnector")


class ConnectivityImportance(EcoEconAlgorithm):
    NAME = "connectivityimportance"
    GROUP_ID = "ecosecurity"
    REQUIRES = ("scipy", "jenkspy")

    INPUT, PATCH_RASTER, BAND, ID_FIELD, AREA_FIELD, AREA_UNIT = (
        "INPUT", "PATCH_RASTER", "BAND", "ID_FIELD", "AREA_FIELD", "AREA_UNIT")
    DISTANCE, RESISTANCE, D0, P0, MAX_LINK, ADJ_DIST, IIC = (
        "DISTANCE", "RESISTANCE", "D0", "P0", "MAX_LINK", "ADJ_DIST", "IIC")
    LANDSCAPE, LANDSCAPE_AREA, THRESHOLDS, N_GRADES = (
        "LANDSCAPE", "LANDSCAPE_AREA", "THRESHOLDS", "N_GRADES")
    OUTPUT, TABLE, SCAN = "OUTPUT", "TABLE", "SCAN"
    PCNUM, EC_PC, PC = "PCNUM", "EC_PC", "PC"

    def displayName(self):
        return self.tr("Connectivity importance of sources (PC / dPC)")

    def shortHelpString(self):
        return self.tr(
            "Ranks habitat (source) patches by their importance for landscape connectivity with "
            "the probability of connectivity index, as Conefor 2.6 does, and grades them.\n\n"
            "Input: source patches as polygons (with an optional area field) or as a patch "
            "raster (cell value = patch id, 0 or nodata = no patch), in a projected CRS in "
            "metres. Patch attribute a_i = the area field, or the area in the chosen unit "
            "(default km²).\n"
            "Distances d_ij: edge-to-edge Euclidean (default; touching patches d = 0), centroid "
            "Euclidean (the polygon centroid, replaced by a point on the surface where the "
            "centroid falls outside the polygon, as Makurhini), or least-cost distance between "
            "patch edges over a resistance raster (ArcGIS cost-distance convention: a step "
            "costs its length × the mean resistance of its two cells; nodata is a barrier; "
            "unit: resistance × metres).\n"
            "Direct probability p_ij = exp(−k·d_ij) with p(d0) = p0 (default p0 = 0.5); touching "
            "patches get p = 1. Pairs farther apart than the maximum link distance get no "
            "direct link (0 = every pair is linked, Conefor 'all').\n"
            "p*_ij = the maximum product probability over all paths; PCnum = Σ_i Σ_j a_i·a_j·"
            "p*_ij (i = j included); EC(PC) = √PCnum; PC = PCnum / A_L² when the landscape "
            "area A_L is given (a study-area layer or a number, in the area unit).\n"
            "dPC_k = 100·(PCnum − PCnum without patch k and every path through it) / PCnum, "
            "split into dPCintra = 100·a_k²/PCnum, dPCflux = 100·2·a_k·Σ_{j≠k} a_j·p*_kj/PCnum "
            "and dPCconnector = dPC − intra − flux (Saura & Rubio 2010). dIIC (integral index "
            "of connectivity, links where d ≤ the adjacency distance, default d0) and dA = "
            "100·a_k/Σa are given too. All d-values are percentages.\n"
            "With centroid distances and all pairs linked, dPCconnector is 0 for every patch "
            "(the direct link always beats a detour); edge-to-edge and least-cost distances "
            "give connector values.\n"
            "Grades: natural breaks (Jenks) of dPC in 3 classes by default: grade 1 = crucial, "
            "2 = important, 3 = ordinary (field grade_name holds these English words).\n"
            "Threshold scan: give several distances d0 (the paper tests seven) to get PCnum, "
            "EC(PC) and PC for each, to pick a threshold; without a list the scan table holds "
            "the main d0 only.\n"
            "Outputs: the patches with the importance fields and grades, a table of the same "
            "values, the scan table, and PCnum, EC(PC) and PC as numbers.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Source patches (polygons)"), [TYPE_VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PATCH_RASTER, self.tr("Or: patch raster (cell value = patch id)"),
            optional=True))
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Patch raster band"), 1, self.PATCH_RASTER, optional=True))
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
            NUMBER_DOUBLE, 10000.0, minValue=1e-9))
        self.addParameter(QgsProcessingParameterNumber(
            self.P0, self.tr("Connection probability p0 at d0"), NUMBER_DOUBLE, 0.5,
            minValue=1e-9, maxValue=0.999999))
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
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Graded sources"), TYPE_VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TABLE, self.tr("Node importance table"), TYPE_VECTOR,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SCAN, self.tr("PC per distance threshold"), TYPE_VECTOR,
            optional=True, createByDefault=False))
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

    def _rasterize(self, geoms, grid):
        drv = gdal.GetDriverByName("MEM")
        ds = drv.Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
        ds.SetGeoTransform(grid.geotransform)
        srs = osr.SpatialReference()
        if grid.crs_wkt:
            srs.ImportFromWkt(grid.crs_wkt)
            ds.SetProjection(grid.crs_wkt)
        mem = ogr.GetDriverByName("Memory").CreateDataSource("")
        lyr = mem.CreateLayer("p", srs=srs, geom_type=ogr.wkbMultiPolygon)
        lyr.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
        # the largest first, so a small patch inside a large one keeps its cells
        order = np.argsort([-g.area() for g in geoms], kind="stable")
        for i in order:
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField(0, int(i) + 1)
            f.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geoms[i].asWkb())))
            lyr.CreateFeature(f)
        gdal.RasterizeLayer(ds, [1], lyr, options=["ATTRIBUTE=id"])
        labels = ds.GetRasterBand(1).ReadAsArray().astype(np.int32)
        present = np.bincount(labels.ravel(), minlength=len(geoms) + 1)
        gt = grid.geotransform
        for i in np.flatnonzero(present[1:] == 0):
            # a patch smaller than a cell: take the cell under its point on surface
            p = geoms[i].pointOnSurface().asPoint()
            c = int((p.x() - gt[0]) / gt[1])
            r = int((p.y() - gt[3]) / gt[5])
            if 0 <= r < grid.height and 0 <= c < grid.width:
                labels[r, c] = i + 1
        return labels

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        source = self.parameterAsSource(parameters, self.INPUT, context)
        has_raster = parameters.get(self.PATCH_RASTER) not in (None, "")
        if source is not None and has_raster:
            raise QgsProcessingException(
                self.tr("Give either source patch polygons or a patch raster, not both."))
        if source is None and not has_raster:
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
        if source is not None:
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
        if dist_type == DIST_EDGE:
            dist = self._edge_distances(geoms, max_link, feedback, 5, 30)
        elif dist_type == DIST_CENTROID:
            dist = conn.point_distances(self._centroids(geoms))
        else:
            res_layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
            if res_layer is None:
                raise QgsProcessingException(
                    self.tr("Least-cost distances need the resistance raster."))
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
        names = conn.GRADE_NAMES if k == 3 else None
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
        new_cols = ([("area_" + unit_name if feats is None or not self.parameterAsString(
            parameters, self.AREA_FIELD, context) else "attribute", "double")]
            + [(f, "double") for f in IMPORTANCE_FIELDS]
            + [("grade", "int"), ("grade_name", "string")])
        new_names = {c.lower() for c, _ in new_cols}

        def extra(i):
            g = int(grades[i])
            return ([float(areas[i])]
                    + [None if values[f][i] is None else float(values[f][i])
                       for f in IMPORTANCE_FIELDS]
                    + [g, names[g - 1] if names else "grade %d" % g])

        if feats is not None:
            keep = [j for j, fld in enumerate(in_fields) if fld.name().lower() not in new_names]
            fields = make_fields([])
            for j in keep:
                fields.append(in_fields[j])
            for c, kind in new_cols:
                fields.append(make_field(c, kind))
        else:
            fields = make_fields([("id", "int")] + new_cols)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          WKB_MULTIPOLYGON, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        out = []
        for i in range(n):
            f = QgsFeature(fields)
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
        id_kind = "int" if all(isinstance(v, int) for v in ids) else "string"
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
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.TABLE: table, self.SCAN: scan_dest,
                self.PCNUM: r["PCnum"], self.EC_PC: r["EC_PC"], self.PC: r["PC"]}
