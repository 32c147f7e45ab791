"""ecoecon:mcrcorridors — minimum cumulative resistance, least-cost corridors (type I/II/III),
corridor width zone and MCR security zones."""
import numpy as np
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ...core import vocabulary as vocab
from ...core.ecosecurity import mcrcorridors as co
from ...core.errors import InputError
from ...core.patches import relabel_ids
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_VECTOR_LINE,
                      TYPE_VECTOR_POLYGON, WKB_LINESTRING)
from ..raster_io import (INT_NODATA, read_aligned, read_raster, require_projected,
                         write_raster)
from ..tables import parse_numbers
from ..vector_io import rasterize, write_features

POLICY_KEYS = ("adjacent", "adjacent_no_crossing", "mst", "cost_limit")


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
        self.add_raster_and_band(self.RESISTANCE, self.tr("Resistance surface"),
                                 self.BAND, band_label=self.tr("Resistance band"))
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
        """The grade of a source (1, 2, …; empty = ordinary), read as core.vocabulary says."""
        try:
            g = vocab.parse_grade(value)
        except InputError:
            raise QgsProcessingException(
                self.tr("Source {}: the grade '{}' is not crucial, important, ordinary or a "
                        "whole number 1, 2, 3, … Fix the grade field or leave it "
                        "empty.").format(fid, value))
        return vocab.ORDINARY if g is None else g

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
            labels = rasterize([(g, k) for k, g in enumerate(geoms, start=1)], grid)
            if not grade_field:
                feedback.pushInfo(self.tr("No grade field: every corridor is of type III."))
            return labels, np.array([0] + uid, dtype=np.int64), grades
        layer = self.parameterAsRasterLayer(parameters, self.SOURCE_RASTER, context)
        if layer is None:
            raise QgsProcessingException(
                self.tr("Give the ecological sources, as polygons or as a patch raster."))
        arr, ok = read_aligned(layer, grid, 1, layer.name(), "nearest", feedback)
        self.check_canceled(feedback)
        vals = np.where(ok & (arr > 0), np.round(arr), 0)
        if not (vals > 0).any():
            raise QgsProcessingException(
                self.tr("The source raster {} has no cell with an id > 0.").format(layer.name()))
        labels, uniq = relabel_ids(vals)
        self.check_canceled(feedback)
        feedback.pushInfo(self.tr("Source raster: {} sources; no grades, so every corridor "
                                  "is of type III.").format(uniq.size - 1))
        return labels, uniq.astype(np.int64), {}

    def _warn_split(self, valid, labels, cost, feedback):
        """Warn when nodata cells (barriers) cut the sources apart or leave cells with data
        unreachable."""
        sp = co.nodata_split(valid, labels, cost)
        if sp.parts > 1:
            feedback.pushWarning(self.tr(
                "Nodata cells of the resistance split the study area into {} parts that hold "
                "sources ({} sources each); corridors cannot cross nodata, so sources in "
                "different parts get no corridor. {} nodata cells lie inside the study "
                "area.").format(sp.parts, ", ".join(str(n) for n in sp.part_sources[:10]),
                                sp.holes))
        if sp.unreachable:
            feedback.pushWarning(self.tr(
                "{} cells with a resistance value are unreachable from every source (cut off "
                "by nodata); their cumulative resistance is nodata.").format(sp.unreachable))
        if sp.holes and (sp.parts > 1 or sp.unreachable):
            feedback.pushWarning(self.tr(
                "If those nodata cells are land (for example a service that is nodata on "
                "streams), build the services and the resistance with 'Combine the rasters / "
                "factors that hold data'."))

    # --- run --------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        name = layer.name() if layer else self.tr("resistance surface")
        res, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                  context), name)
        require_projected(grid, name)
        self.check_canceled(feedback)
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
            w_sug, r_med, half = co.suggest_width(res, valid,
                                                  (grid.cell_width, grid.cell_height))
            hint = "" if not w_sug else " " + self.tr(
                "Suggested: {:.6g} (resistance × m): a band at least about {:.4g} m each "
                "side of the path (5 cells) at the median resistance {:.4g}, wider along "
                "long corridors; a band of half-width h m needs about 1.41 × h × {:.4g}.").format(
                w_sug, half, r_med, r_med)
            raise QgsProcessingException(
                self.tr("The corridor zone was asked for: give a width threshold > 0 "
                        "(resistance × m).") + hint)
        if not zone_path:
            breaks, nzones = [], 0
        if not cz_path:
            width = 0.0
        self.check_canceled(feedback)
        on_data = np.bincount(labels[valid].ravel(), minlength=uid.size) > 0
        lost = [int(uid[k]) for k in range(1, uid.size) if not on_data[k]]
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
        self._warn_split(valid, labels, out.cost, feedback)
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
