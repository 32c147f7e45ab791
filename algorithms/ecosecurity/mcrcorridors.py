"""ecoecon:mcrcorridors — minimum cumulative resistance, least-cost corridors (type I/II/III),
corridor width zone and MCR security zones."""
import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterBand,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ...core.ecosecurity import corridors as co
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_VECTOR_LINE,
                      TYPE_VECTOR_POLYGON, WKB_LINESTRING)
from ..raster_io import (INT_NODATA, read_aligned, read_raster, require_projected,
                         write_raster)
from ..tables import parse_numbers
from ..vector_io import write_features

gdal.UseExceptions()

POLICY_KEYS = ("adjacent", "adjacent_no_crossing", "mst", "cost_limit")
GRADE_WORDS = {"crucial": co.CRUCIAL, "important": co.IMPORTANT, "ordinary": co.ORDINARY,
               "关键": co.CRUCIAL, "重要": co.IMPORTANT, "一般": co.ORDINARY,
               "1": co.CRUCIAL, "2": co.IMPORTANT, "3": co.ORDINARY}


def rasterize_sources(geoms, grid):
    """Burn polygons (QgsGeometry in the grid's CRS) as labels 1..n: cells whose centre lies
    inside (ArcGIS Polygon to Raster default); a polygon that covers no cell centre gets the
    cells it touches. Later polygons win where they overlap."""
    drv = ogr.GetDriverByName("Memory")
    mem = drv.CreateDataSource("")
    srs = osr.SpatialReference()
    if grid.crs_wkt:
        srs.ImportFromWkt(grid.crs_wkt)
    lyr = mem.CreateLayer("s", srs=srs, geom_type=ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("lab", ogr.OFTInteger))
    for k, g in enumerate(geoms, start=1):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("lab", k)
        f.SetGeometry(ogr.CreateGeometryFromWkb(bytes(g.asWkb())))
        lyr.CreateFeature(f)

    def burn(opts):
        ds = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Int32)
        ds.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            ds.SetProjection(grid.crs_wkt)
        gdal.RasterizeLayer(ds, [1], lyr, options=["ATTRIBUTE=lab"] + opts)
        return ds.GetRasterBand(1).ReadAsArray().astype(np.int32)

    lab = burn([])
    n = len(geoms)
    have = np.bincount(lab.ravel(), minlength=n + 1) > 0
    if not have[1:].all():
        touched = burn(["ALL_TOUCHED=TRUE"])
        miss = np.flatnonzero(~have)
        miss = miss[miss > 0]
        put = np.isin(touched, miss) & (lab == 0)
        lab[put] = touched[put]
    return lab


class McrCorridors(EcoEconAlgorithm):
    NAME = "mcrcorridors"
    GROUP_ID = "ecosecurity"
    REQUIRES = ("skimage",)

    (SOURCES, ID_FIELD, GRADE_FIELD, SOURCE_RASTER, RESISTANCE, BAND, POLICY, COST_LIMIT,
     WIDTH, ZONE_CLASSES, ZONE_BREAKS) = (
        "SOURCES", "ID_FIELD", "GRADE_FIELD", "SOURCE_RASTER", "RESISTANCE", "BAND", "POLICY",
        "COST_LIMIT", "WIDTH", "ZONE_CLASSES", "ZONE_BREAKS")
    MCR, ALLOCATION, CORRIDORS, CORRIDOR_ZONE, ZONES, N_CORRIDORS = (
        "MCR", "ALLOCATION", "CORRIDORS", "CORRIDOR_ZONE", "ZONES", "N_CORRIDORS")

    def displayName(self):
        return self.tr("MCR corridors")

    def shortHelpString(self):
        return self.tr(
            "Minimum cumulative resistance (MCR) model: the cumulative resistance surface, the "
            "least-cost corridors between ecological sources and their type, an optional "
            "corridor width zone and optional security zones.\n\n"
            "Cumulative resistance (cost distance, ArcGIS convention): a move between the "
            "centres of two neighbouring cells (8 neighbours) costs its length × (r_a + r_b)/2, "
            "with the length = cell size or √2 × cell size; source cells cost 0; resistance "
            "nodata cells are barriers. Output in resistance × metres. Equal to ArcGIS Cost "
            "Distance and to GRASS r.cost (no knight's move) × cell size. The allocation "
            "raster gives the id of the nearest source.\n"
            "Sources: polygons (cells whose centre is inside; a polygon too small for any "
            "centre gets the cells it touches) with an optional id field (default: 1, 2, … in "
            "feature order) and an optional grade field (crucial / important / ordinary, or "
            "1 / 2 / 3 with 1 = crucial, as the fields grade_name or grade of 'Connectivity "
            "importance'; grades above 3 count as ordinary), or a patch raster (id > 0, no "
            "grades).\n"
            "Corridors: least-cost paths between source pairs chosen by the pair policy: "
            "sources whose allocation zones touch (default; Linkage Mapper adjacency); the "
            "same without paths that cross a third source (Linkage Mapper); the minimum "
            "spanning tree of the touching zones (one path per link of a spanning network); "
            "or all pairs whose least-cost distance is within the cost limit. Fields: from_id, "
            "to_id, cost (resistance × m), length_km, type, crosses (ids of third sources on "
            "the path).\n"
            "Type I: the path touches a crucial source; type II: it touches an important "
            "source and no crucial one; type III: the rest.\n"
            "Corridor zone (optional, width threshold > 0, resistance × m): the normalised "
            "least-cost corridor CWD_i + CWD_j − LCD_ij of every corridor, the minimum where "
            "corridors overlap, kept where ≤ the threshold (Linkage Mapper); 0 on the path.\n"
            "Security zones (optional): classes 1 (lowest cumulative resistance) to k of the "
            "cumulative resistance, by the given break values or by natural breaks.\n"
            "Method: one multi-source pass with allocation, then bounded per-source searches "
            "up to the largest needed cost (exact). The raster must be in a projected CRS in "
            "metres.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SOURCES, self.tr("Ecological sources (polygons)"), [TYPE_VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Source id field"), parentLayerParameterName=self.SOURCES,
            type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.GRADE_FIELD, self.tr("Source grade field (crucial / important / ordinary)"),
            parentLayerParameterName=self.SOURCES, type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.SOURCE_RASTER, self.tr("Or: source patch raster (id > 0)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, self.tr("Resistance surface")))
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Resistance band"), 1, self.RESISTANCE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.POLICY, self.tr("Pair policy"),
            [self.tr("Sources with touching allocation zones"),
             self.tr("Touching zones, without paths crossing a third source (Linkage Mapper)"),
             self.tr("Minimum spanning tree"),
             self.tr("All pairs within the cost limit")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.COST_LIMIT, self.tr("Cost limit for 'all pairs' (resistance × m)"),
            NUMBER_DOUBLE, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WIDTH, self.tr("Corridor width threshold (resistance × m; 0 = no zone)"),
            NUMBER_DOUBLE, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ZONE_CLASSES, self.tr("Security zones: number of natural-breaks classes "
                                       "(0 = none)"), NUMBER_INTEGER, 0, minValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.ZONE_BREAKS, self.tr("Security zones: break values (resistance × m, comma "
                                      "separated; override the natural breaks)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.MCR, self.tr("Minimum cumulative resistance")))
        # Secondary outputs are optional (qgis_process and scripts may leave them out); the
        # dialog and the modeler create the corridors by default, the allocation on request.
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.ALLOCATION, self.tr("Nearest source (allocation)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CORRIDORS, self.tr("Corridors"), TYPE_VECTOR_LINE, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CORRIDOR_ZONE, self.tr("Corridor zone (normalised least-cost corridor)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.ZONES, self.tr("Security zones"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.N_CORRIDORS,
                                                 self.tr("Number of corridors")))

    # --- inputs ---------------------------------------------------------------------------
    def _grade(self, value, fid):
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return co.ORDINARY
        key = str(value).strip().lower()
        if key.endswith(".0"):
            key = key[:-2]
        if key.startswith("grade "):   # 'grade 4' of 'Connectivity importance' with > 3 grades
            key = key[6:].strip()
        if key == "":
            return co.ORDINARY
        if key.isdigit() and int(key) >= 3:   # grades 3, 4, …: neither crucial nor important
            return co.ORDINARY
        if key not in GRADE_WORDS:
            raise QgsProcessingException(
                self.tr("Source {}: the grade '{}' is not one of crucial, important, ordinary "
                        "(or 1, 2, 3). Fix the grade field or leave it empty.").format(fid, value))
        return GRADE_WORDS[key]

    def _sources(self, parameters, context, grid, feedback):
        """(labels 1..n on the grid, user ids per label, grades per label)."""
        source = self.parameterAsSource(parameters, self.SOURCES, context)
        if source is not None:
            id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
            grade_field = self.parameterAsString(parameters, self.GRADE_FIELD, context)
            req = QgsFeatureRequest().setDestinationCrs(grid.crs, context.transformContext())
            geoms, ids, grades = [], [], {}
            for k, f in enumerate(source.getFeatures(req), start=1):
                if feedback.isCanceled():
                    self.check_canceled(feedback)
                if not f.hasGeometry() or f.geometry().isEmpty():
                    continue
                geoms.append(QgsGeometry(f.geometry()))
                ids.append(f[id_field] if id_field else len(geoms))
                if grade_field:
                    grades[len(geoms)] = self._grade(f[grade_field], ids[-1])
            if not geoms:
                raise QgsProcessingException(self.tr("The source layer has no polygon."))
            try:
                uid = [int(v) for v in ids]
                if any(float(a) != float(b) for a, b in zip(uid, ids)) or len(set(uid)) < len(uid):
                    raise ValueError
            except (TypeError, ValueError):
                feedback.pushWarning(self.tr(
                    "The id field does not hold distinct whole numbers; sources are numbered "
                    "1, 2, … in feature order instead."))
                uid = list(range(1, len(geoms) + 1))
            labels = rasterize_sources(geoms, grid)
            if not grade_field:
                feedback.pushInfo(self.tr("No grade field: every corridor is of type III."))
            return labels, np.array([0] + uid, dtype=np.int64), grades
        layer = self.parameterAsRasterLayer(parameters, self.SOURCE_RASTER, context)
        if layer is None:
            raise QgsProcessingException(
                self.tr("Give the ecological sources, as polygons or as a patch raster."))
        arr, ok = read_aligned(layer, grid, 1, layer.name(), "nearest", feedback)
        vals = np.where(ok & (arr > 0), np.round(arr), 0)
        if not (vals > 0).any():
            raise QgsProcessingException(
                self.tr("The source raster {} has no cell with an id > 0.").format(layer.name()))
        uniq, inv = np.unique(vals, return_inverse=True)
        labels = inv.reshape(vals.shape).astype(np.int32)
        if uniq[0] != 0:
            labels += 1
            uniq = np.concatenate([[0], uniq])
        feedback.pushInfo(self.tr("Source raster: {} sources; no grades, so every corridor "
                                  "is of type III.").format(uniq.size - 1))
        return labels, uniq.astype(np.int64), {}

    # --- run --------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        name = layer.name() if layer else self.tr("resistance surface")
        res, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                  context), name)
        require_projected(grid, name)
        labels, uid, grades = self._sources(parameters, context, grid, feedback)
        policy = POLICY_KEYS[self.parameterAsEnum(parameters, self.POLICY, context)]
        limit = self.parameterAsDouble(parameters, self.COST_LIMIT, context)
        width = self.parameterAsDouble(parameters, self.WIDTH, context)
        zone_path = self.parameterAsOutputLayer(parameters, self.ZONES, context)
        cz_path = self.parameterAsOutputLayer(parameters, self.CORRIDOR_ZONE, context)
        breaks = parse_numbers(self.parameterAsString(parameters, self.ZONE_BREAKS, context),
                               self.tr("Security zone breaks"))
        nzones = self.parameterAsInt(parameters, self.ZONE_CLASSES, context)
        if zone_path and not breaks and nzones < 2:
            raise QgsProcessingException(
                self.tr("Security zones were asked for: give their break values or a number "
                        "of natural-breaks classes ≥ 2."))
        if cz_path and width <= 0:
            raise QgsProcessingException(
                self.tr("The corridor zone was asked for: give a width threshold > 0 "
                        "(resistance × m)."))
        if not zone_path:
            breaks, nzones = [], 0
        if not cz_path:
            width = 0.0
        lost = [int(uid[k]) for k in range(1, uid.size)
                if not (labels[valid] == k).any()]
        if lost:
            feedback.pushWarning(self.tr(
                "{} source(s) lie entirely on resistance nodata and are ignored: {}").format(
                len(lost), ", ".join(str(x) for x in lost[:30])))
        feedback.setProgress(5)
        out = self.run_core(co.mcr_corridors, res, valid, labels,
                            (grid.cell_width, grid.cell_height), grades=grades, policy=policy,
                            cost_limit=limit if policy == "cost_limit" else None, width=width,
                            zone_breaks=breaks or None, zone_classes=nzones,
                            progress=self.progress(feedback, 5, 90))
        feedback.pushInfo(self.tr(
            "{} pairs of touching allocation zones; {} corridors; {} bounded searches.").format(
            out.n_adjacent, len(out.corridors), out.runs))
        if out.dropped_crossing:
            feedback.pushInfo(self.tr("{} corridors dropped because they cross a third "
                                      "source.").format(len(out.dropped_crossing)))
        self.check_canceled(feedback)

        # outputs, all computed above
        reach = np.isfinite(out.cost)
        mcr_path = self.parameterAsOutputLayer(parameters, self.MCR, context)
        write_raster(mcr_path, out.cost, reach, grid, "Float32")
        al_path = self.parameterAsOutputLayer(parameters, self.ALLOCATION, context)
        if al_path:
            write_raster(al_path, uid[out.allocation], out.allocation > 0, grid, "Int32",
                         nodata=INT_NODATA)
        records = []
        for c in out.corridors:
            x, y = grid.cell_centers(c.rows, c.cols)
            geom = QgsGeometry.fromPolylineXY([QgsPointXY(float(a), float(b))
                                               for a, b in zip(x, y)])
            records.append((geom, [int(uid[c.from_id]), int(uid[c.to_id]), float(c.cost),
                                   c.length / 1000.0, co.TYPE_NAMES[c.ctype],
                                   ",".join(str(int(uid[t])) for t in c.crosses)]))
        dest = write_features(self, parameters, self.CORRIDORS, context,
                              [("from_id", "int64"), ("to_id", "int64"), ("cost", "double"),
                               ("length_km", "double"), ("type", "string"),
                               ("crosses", "string")], WKB_LINESTRING, grid.crs, records)
        result = {self.MCR: mcr_path, self.N_CORRIDORS: len(out.corridors)}
        if al_path:
            result[self.ALLOCATION] = al_path
        if dest is not None:
            result[self.CORRIDORS] = dest
        if cz_path:
            write_raster(cz_path, out.nlcc, np.isfinite(out.nlcc), grid, "Float32")
            result[self.CORRIDOR_ZONE] = cz_path
        if zone_path:
            write_raster(zone_path, out.zones, out.zones > 0, grid, "Int16")
            feedback.pushInfo(self.tr("Security zone breaks: {}").format(
                ", ".join("%.6g" % b for b in out.zone_breaks)))
            result[self.ZONES] = zone_path
        feedback.setProgress(100)
        return result
