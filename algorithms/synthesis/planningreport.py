"""ecoecon:planningreport — the planning report of any region: a styled QGIS project with one
print layout per map, PNG and PDF maps, and an HTML report in the papers' units."""
import datetime
import os

import numpy as np
from qgis.core import (QgsProcessingException,
                       QgsProcessingOutputFile, QgsProcessingOutputHtml,
                       QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer,
                       QgsProject, QgsRasterLayer, QgsRectangle, QgsReferencedRectangle)

from ...core.landuse.landscapemetrics import landscape_metrics
from ...core.synthesis import planningreport as pr
from ..base import EcoEconAlgorithm
from ..compat import (FLAG_NO_THREADING, NUMBER_DOUBLE, TYPE_VECTOR, TYPE_VECTOR_LINE,
                      TYPE_VECTOR_POLYGON)
from ..report import layouts, palette, styles
from ..report.html import Report

# parameter id → kind; the order is the workflow's (the dialog shows them in this order)
INPUTS = [
    ("LANDUSE", "raster"), ("LANDUSE_NAMES", "table"), ("DISTRICTS", "polygon"),
    ("WATER_YIELD", "raster"), ("SOIL_CONSERVATION", "raster"), ("HABITAT_QUALITY", "raster"),
    ("CARBON", "raster"), ("IMPORTANCE", "raster"), ("IMPORTANCE_CLASSES", "raster"),
    ("SOURCES", "polygon"), ("RESISTANCE", "raster"), ("MCR", "raster"),
    ("CORRIDORS", "line"),
    ("DENSITY", "raster"), ("ECONOMIC_CLASSES", "raster"), ("CORE_INDUSTRIES", "table"),
    ("COAGG_GROUPS", "table"),
    ("CONFLICT_ZONES", "polygon"), ("CONFLICTS_BY_GRADE", "table"),
    ("CONFLICTS_BY_TYPE", "table"), ("CONFLICTS_BY_DISTRICT", "table"),
    ("ECONOMIC_CORES", "polygon"), ("DEVELOPMENT_AXES", "line"),
    ("INDUSTRIAL_BELTS", "polygon"), ("BARRIERS", "polygon"), ("ECO_AXES", "line"),
    ("SDP_CONFLICTS", "polygon"), ("KEEP_WIDE", "polygon"), ("RESTORATION_PRIORITIES", "polygon"),
    ("SIMULATED", "raster"), ("OBSERVED", "raster"), ("ESV_TABLE", "table"),
    ("LP_TABLE", "table"), ("ACCURACY", "table"),
]

#: groups of the project, top to bottom, in the order of the workflow; the base map last
GROUPS = [("services", ["IMPORTANCE_CLASSES", "IMPORTANCE", "WATER_YIELD", "SOIL_CONSERVATION",
                        "HABITAT_QUALITY", "CARBON"]),
          ("esp", ["SOURCES", "CORRIDORS", "MCR", "RESISTANCE"]),
          ("epp", ["ECONOMIC_CLASSES", "DENSITY"]),
          ("conflicts", ["CONFLICT_ZONES"]),
          ("sdp", ["SDP_CONFLICTS", "KEEP_WIDE", "RESTORATION_PRIORITIES", "DEVELOPMENT_AXES",
                   "ECO_AXES", "ECONOMIC_CORES", "INDUSTRIAL_BELTS", "BARRIERS"]),
          ("landuse", ["SIMULATED", "OBSERVED"]),
          ("base", ["DISTRICTS", "LANDUSE"])]

#: drawing order of the project (top first): pattern layers above every raster
DRAW_ORDER = ["SDP_CONFLICTS", "KEEP_WIDE", "RESTORATION_PRIORITIES", "CONFLICT_ZONES", "DEVELOPMENT_AXES", "ECO_AXES", "CORRIDORS",
              "ECONOMIC_CORES", "INDUSTRIAL_BELTS", "BARRIERS", "SOURCES", "DISTRICTS",
              "SIMULATED", "OBSERVED", "ECONOMIC_CLASSES", "DENSITY", "IMPORTANCE_CLASSES",
              "IMPORTANCE", "MCR", "RESISTANCE", "WATER_YIELD", "SOIL_CONSERVATION",
              "HABITAT_QUALITY", "CARBON", "LANDUSE"]

#: the maps: key, layers top first (the first present of a tuple is used)
MAPS = [("services", [("IMPORTANCE_CLASSES", "IMPORTANCE", "WATER_YIELD", "CARBON",
                       "SOIL_CONSERVATION", "HABITAT_QUALITY"), "DISTRICTS"]),
        ("esp", ["KEEP_WIDE", "RESTORATION_PRIORITIES", "CORRIDORS", "SOURCES", "DISTRICTS",
                 ("RESISTANCE", "MCR")]),
        ("epp", ["ECONOMIC_CORES", "DEVELOPMENT_AXES", "DISTRICTS",
                 ("ECONOMIC_CLASSES", "DENSITY")]),
        ("conflicts", ["CONFLICT_ZONES", "CORRIDORS", "SOURCES", "DISTRICTS",
                       ("ECONOMIC_CLASSES", "DENSITY")]),
        ("sdp", ["SDP_CONFLICTS", "KEEP_WIDE", "RESTORATION_PRIORITIES", "DEVELOPMENT_AXES",
                 "ECO_AXES", "ECONOMIC_CORES", "INDUSTRIAL_BELTS", "BARRIERS", "DISTRICTS",
                 "LANDUSE"]),
        ("landuse", ["DISTRICTS", ("SIMULATED",)])]

SERVICES = [("WATER_YIELD", "water_yield"), ("SOIL_CONSERVATION", "soil_conservation"),
            ("HABITAT_QUALITY", "habitat_quality"), ("CARBON", "carbon")]

SECTION_KEYS = ("overview", "services", "esp", "epp", "conflicts", "sdp", "landuse")


def _table_rows(layer):
    """(field names, rows as dicts) of a table or vector layer."""
    names = [f.name() for f in layer.fields()]
    rows = []
    for f in layer.getFeatures():
        vals = []
        for a in f.attributes():
            try:
                if a is None or a.isNull():
                    a = None
            except AttributeError:
                pass
            vals.append(a)
        rows.append(dict(zip(names, vals)))
    return names, rows


def _first(names, *cands):
    low = {n.lower(): n for n in names}
    for c in cands:
        if c.lower() in low:
            return low[c.lower()]
    return None


class PlanningReport(EcoEconAlgorithm):
    NAME = "planningreport"
    GROUP_ID = "synthesis"
    REQUIRES = ("scipy",)

    TITLE, NOTE, CONNECT_DISTANCE, FOLDER = "TITLE", "NOTE", "CONNECT_DISTANCE", "OUTPUT_FOLDER"
    HTML, PROJECT, N_MAPS = "HTML", "PROJECT", "N_MAPS"

    def flags(self):
        # print layouts, fonts and a QgsProject of its own: run in the main thread
        return super().flags() | FLAG_NO_THREADING

    def displayName(self):
        return self.tr("Planning report (maps, project, tables)")

    def _labels(self):
        return {
            "LANDUSE": self.tr("Land use (start year)"),
            "LANDUSE_NAMES": self.tr("Land-use class names (table: code, name)"),
            "DISTRICTS": self.tr("Administrative units"),
            "WATER_YIELD": self.tr("Water yield (mm/yr)"),
            "SOIL_CONSERVATION": self.tr("Soil conservation (t/ha/yr)"),
            "HABITAT_QUALITY": self.tr("Habitat quality (0–1)"),
            "CARBON": self.tr("Carbon storage (Mg/ha)"),
            "IMPORTANCE": self.tr("Service importance (composite)"),
            "IMPORTANCE_CLASSES": self.tr("Service importance classes"),
            "SOURCES": self.tr("Graded ecological sources"),
            "RESISTANCE": self.tr("Resistance surface"),
            "MCR": self.tr("Minimum cumulative resistance"),
            "CORRIDORS": self.tr("Ecological corridors by type"),
            "DENSITY": self.tr("Core-industry density"),
            "ECONOMIC_CLASSES": self.tr("Economic intensity classes"),
            "CORE_INDUSTRIES": self.tr("Core industries (table)"),
            "COAGG_GROUPS": self.tr("Co-agglomeration by two-digit group (table)"),
            "CONFLICT_ZONES": self.tr("Eco-economic conflict zones"),
            "CONFLICTS_BY_GRADE": self.tr("Conflicts by source grade (table)"),
            "CONFLICTS_BY_TYPE": self.tr("Conflicts by corridor type (table)"),
            "CONFLICTS_BY_DISTRICT": self.tr("Conflicts by administrative unit (table)"),
            "ECONOMIC_CORES": self.tr("Economic development cores"),
            "DEVELOPMENT_AXES": self.tr("Development axes"),
            "INDUSTRIAL_BELTS": self.tr("Industrial development belts"),
            "BARRIERS": self.tr("Ecological barrier areas"),
            "ECO_AXES": self.tr("Ecological axes"),
            "SDP_CONFLICTS": self.tr("SDP conflict zones"),
            "KEEP_WIDE": self.tr("Corridors to keep wide"),
            "RESTORATION_PRIORITIES": self.tr("Restoration priorities"),
            "SIMULATED": self.tr("Simulated land use (target year)"),
            "OBSERVED": self.tr("Observed land use (target year)"),
            "ESV_TABLE": self.tr("Values per land-use class (ESV table)"),
            "LP_TABLE": self.tr("Optimal land-use structure (LP table)"),
            "ACCURACY": self.tr("Simulation accuracy (table)"),
        }

    def initAlgorithm(self, config=None):
        labels = self._labels()
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Report title (empty = a default title)"), defaultValue="",
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NOTE, self.tr("Data note printed on every map (source, year, caveats)"),
            defaultValue="", optional=True))
        kinds = {"table": [TYPE_VECTOR], "polygon": [TYPE_VECTOR_POLYGON],
                 "line": [TYPE_VECTOR_LINE]}
        for key, kind in INPUTS:
            if kind == "raster":
                p = QgsProcessingParameterRasterLayer(key, labels[key], optional=True)
            else:
                p = QgsProcessingParameterVectorLayer(key, labels[key], kinds[kind],
                                                      optional=True)
            self.addParameter(p)
        self.add_advanced(QgsProcessingParameterNumber(
            self.CONNECT_DISTANCE, self.tr("CONNECT threshold distance of the landscape "
                                           "metrics (m)"), NUMBER_DOUBLE, 1000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.FOLDER, self.tr("Report folder")))
        self.addOutput(QgsProcessingOutputHtml(self.HTML, self.tr("Planning report")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, self.tr("QGIS project")))
        self.addOutput(QgsProcessingOutputNumber(self.N_MAPS, self.tr("Maps written")))

    # ------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        labels = self._labels()
        given = {}
        for key, kind in INPUTS:
            if kind == "raster":
                lyr = self.parameterAsRasterLayer(parameters, key, context)
            else:
                lyr = self.parameterAsVectorLayer(parameters, key, context)
            if lyr is not None:
                if not lyr.isValid():
                    raise QgsProcessingException(self.tr("The layer given as '{}' cannot be "
                                                         "read.").format(labels[key]))
                given[key] = lyr
        spatial = [k for k, kind in INPUTS if kind != "table" and k in given]
        if not spatial:
            raise QgsProcessingException(self.tr(
                "Give at least one map layer (e.g. the land use, a service, the sources or the "
                "economic classes); every input of the report is optional, but not all of "
                "them."))
        folder = self.parameterAsString(parameters, self.FOLDER, context)
        os.makedirs(folder, exist_ok=True)
        os.makedirs(os.path.join(folder, "styles"), exist_ok=True)
        ref = next(given[k] for k in spatial if isinstance(given[k], QgsRasterLayer)) \
            if any(isinstance(given[k], QgsRasterLayer) for k in spatial) else given[spatial[0]]
        crs = ref.crs()
        extent = QgsRectangle(ref.extent())
        lang = "zh-CN" if self.tr("Eco-economic planning report") != \
            "Eco-economic planning report" else "en"
        title = (self.parameterAsString(parameters, self.TITLE, context)
                 or self.tr("Eco-economic planning report"))
        note = self.parameterAsString(parameters, self.NOTE, context)

        # 1. styled layers (new layers on the same files, so the project refers to them)
        lu_names = self._landuse_names(given.get("LANDUSE_NAMES"))
        lay = {}
        for key in spatial:
            kept = self._kept(key, given[key], folder, context, feedback)
            lay[key] = self._styled(key, kept, labels[key], lu_names)
            self.check_canceled(feedback)
        feedback.setProgress(15)

        # 2. project: groups in workflow order, pattern layers drawn on top
        project = QgsProject()
        project.setCrs(crs)
        project.setTitle(title)
        self._tree(project, lay)
        for key, lyr in lay.items():
            lyr.saveNamedStyle(os.path.join(folder, "styles", key.lower() + ".qml"))
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
        feedback.setProgress(25)

        # 3. one layout per map, exported to PNG and PDF
        stamp = datetime.date.today().isoformat()
        crs_text = crs.authid() or crs.description()
        map_note = self.tr("{}Coordinate reference system: {}. Made with Eco-Economic "
                           "Planner (ecoecon:planningreport), {}.").format(
            (note.rstrip(". ") + ". ") if note else "", crs_text, stamp)
        titles = self._map_titles()
        maps = {}
        for i, (key, spec) in enumerate(MAPS):
            layers = []
            for item in spec:
                cands = item if isinstance(item, tuple) else (item,)
                k = next((c for c in cands if c in lay), None)
                if k is not None:
                    layers.append(lay[k])
            base = (lay.get("DISTRICTS"), lay.get("LANDUSE"))   # never a map on their own
            main = [x for x in layers if all(x is not b for b in base)]
            if not main:
                continue
            mtitle = titles[key]
            if key == "services" and "IMPORTANCE_CLASSES" not in lay and \
                    "IMPORTANCE" not in lay:
                mtitle = self.tr("Ecosystem services: {}").format(main[0].name())
            layout = layouts.make_layout(
                project, mtitle, mtitle, layers,
                extent, map_note, self.tr("Legend"), lambda x: isinstance(x, QgsRasterLayer))
            try:
                maps[key] = layouts.export(layout, folder, key)
            except RuntimeError as e:
                raise QgsProcessingException(self.tr("The map '{}' could not be exported: "
                                                     "{}").format(titles[key], e))
            feedback.pushInfo(self.tr("Map written: {}").format(maps[key][0]))
            feedback.setProgress(25 + 45 * (i + 1) / len(MAPS))
            self.check_canceled(feedback)
        qgz = os.path.join(folder, "planning_report.qgz")
        if not project.write(qgz):
            raise QgsProcessingException(self.tr("The project {} could not be written: "
                                                 "{}").format(qgz, project.error()))
        feedback.pushInfo(self.tr("Project written: {}").format(qgz))

        # 4. the HTML report
        rep = Report(title)
        self._report(rep, given, lay, maps, note, lu_names, parameters, context, feedback)
        html_path = rep.write(os.path.join(folder, "report.html"), lang)
        feedback.pushInfo(self.tr("Report written: {}").format(html_path))
        feedback.setProgress(100)
        project.clear()
        return {self.HTML: html_path, self.PROJECT: qgz, self.N_MAPS: len(maps),
                self.FOLDER: folder}

    # --- styling --------------------------------------------------------------------------
    def _landuse_names(self, table):
        names = {k: v for k, (v, _) in palette.landuse_classes().items()}
        if table is None:
            return names
        fields, rows = _table_rows(table)
        cf = _first(fields, "code", "lucode", "value", "class")
        nf = _first(fields, "name", "lulc_desc", "label", "description", "lulc_name")
        if cf is None or nf is None:
            raise QgsProcessingException(self.tr(
                "The land-use class table needs a code field (code, lucode, value or class) "
                "and a name field (name, lulc_desc, label or description); it has {}.").format(
                ", ".join(fields)))
        out = {}
        for r in rows:
            try:
                out[int(float(r[cf]))] = str(r[nf])
            except (TypeError, ValueError):
                continue
        return out

    def _landuse_classes(self, path, lu_names):
        defaults = palette.landuse_classes()
        out = []
        extra = palette.extra_colours()
        for c in styles.present_codes(path):
            name = lu_names.get(c) or self.tr("class {}").format(c)
            colour = defaults[c][1] if c in defaults and (c not in lu_names or
                                                          lu_names[c] == defaults[c][0]) \
                else next(extra)
            out.append((c, name, colour))
        return out

    def _kept(self, key, lyr, folder, context, feedback):
        """The layer whose data the project and its maps refer to: the given one when its
        data are a file that outlives this QGIS session; a copy in ``<folder>/data/``, written
        now, when they are a temporary output of Processing (a model's unnamed output: QGIS
        deletes its folder on exit) or live only in memory — the project would otherwise
        open with those layers missing or empty."""
        from osgeo import gdal
        from qgis.core import QgsProcessingUtils, QgsVectorFileWriter, QgsVectorLayer
        src = lyr.source()
        path = src.split("|")[0]
        temp = os.path.normcase(os.path.realpath(QgsProcessingUtils.tempFolder()))
        if lyr.providerType() in ("gdal", "ogr") and os.path.isfile(path) and not \
                os.path.normcase(os.path.realpath(path)).startswith(temp + os.sep):
            return lyr
        data = os.path.join(folder, "data")
        os.makedirs(data, exist_ok=True)
        if isinstance(lyr, QgsRasterLayer):
            out = os.path.join(data, key.lower() + ".tif")
            ds = gdal.Translate(out, src, format="GTiff",
                                creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
            ok = ds is not None
            ds = None
            copy = QgsRasterLayer(out, lyr.name(), "gdal") if ok else None
        else:
            out = os.path.join(data, key.lower() + ".gpkg")
            opts = QgsVectorFileWriter.SaveVectorOptions()
            opts.driverName = "GPKG"
            opts.layerName = key.lower()
            QgsVectorFileWriter.writeAsVectorFormatV3(lyr, out, context.transformContext(), opts)
            copy = QgsVectorLayer(out, lyr.name(), "ogr") if os.path.isfile(out) else None
            ok = copy is not None and copy.featureCount() == lyr.featureCount()
        if not ok or not copy.isValid():
            raise QgsProcessingException(self.tr(
                "The layer given as '{}' is a temporary output; copying it into {} for the "
                "project failed. Save it to a file first (name the output in the model or "
                "the dialog).").format(lyr.name(), data))
        feedback.pushInfo(self.tr("'{}' is a temporary output: copied to {}, so that the "
                                  "project keeps it.").format(lyr.name(), out))
        return copy

    def _styled(self, key, given, label, lu_names):
        src = given.source()
        if isinstance(given, QgsRasterLayer):
            lyr = styles.raster(src, label)
            if key in ("LANDUSE", "SIMULATED", "OBSERVED"):
                return styles.paletted(lyr, self._landuse_classes(src, lu_names))
            if key == "IMPORTANCE_CLASSES":
                codes = styles.present_codes(src)
                return styles.paletted(lyr, palette.importance_classes(max(codes or [1])))
            if key == "ECONOMIC_CLASSES":
                codes = [c for c in styles.present_codes(src) if c > 0]
                return styles.paletted(lyr, palette.economic_classes(max(codes or [1])))
            ramp = {"WATER_YIELD": ("water_yield", "mm"),
                    "SOIL_CONSERVATION": ("soil_conservation", "t/ha"),
                    "HABITAT_QUALITY": ("habitat_quality", ""),
                    "CARBON": ("carbon", "Mg/ha"), "IMPORTANCE": ("importance", ""),
                    "RESISTANCE": ("resistance", ""), "MCR": ("mcr", ""),
                    "DENSITY": ("density", "")}[key]
            return styles.pseudocolour(lyr, palette.RAMPS[ramp[0]], ramp[1])
        lyr = styles.vector(src, label)
        if not lyr.isValid():
            raise QgsProcessingException(self.tr("The layer {} ({}) cannot be read.").format(
                label, src))
        field = self._required_field(key, lyr)
        if key == "SOURCES":
            return styles.sources(lyr, field)
        if key == "CORRIDORS":
            return styles.corridors(lyr, field)
        return {"DISTRICTS": styles.districts, "CONFLICT_ZONES": styles.conflicts,
                "SDP_CONFLICTS": styles.conflicts, "ECONOMIC_CORES": styles.cores,
                "DEVELOPMENT_AXES": styles.axes, "INDUSTRIAL_BELTS": styles.belts,
                "BARRIERS": styles.barriers, "ECO_AXES": styles.eco_axes,
                "KEEP_WIDE": styles.keep_wide,
                "RESTORATION_PRIORITIES": styles.restoration}[key](lyr)

    def _required_field(self, key, lyr):
        """The field a pattern layer is read by (a refusal naming it and its writer when it
        is missing); None for the layers that need none."""
        need = {"SOURCES": ("grade", self.tr(
                    "The graded sources need a 'grade' field (1 crucial, 2 important, "
                    "3 ordinary), as 'Connectivity importance' writes.")),
                "CORRIDORS": ("type", self.tr(
                    "The corridors need a 'type' field (I, II, III), as 'MCR corridors' "
                    "writes.")),
                "KEEP_WIDE": ("max_current", self.tr(
                    "The corridors to keep wide need a 'max_current' field, as 'Sustainable "
                    "development pattern' writes them from the pinch-point zones.")),
                "RESTORATION_PRIORITIES": ("score", self.tr(
                    "The restoration priorities need a 'score' field, as 'Sustainable "
                    "development pattern' writes them from the barrier zones."))}
        if key not in need:
            return None
        field = _first([f.name() for f in lyr.fields()], need[key][0])
        if field is None:
            raise QgsProcessingException(need[key][1])
        return field

    def _group_names(self):
        return {"services": self.tr("Ecosystem services"),
                "esp": self.tr("Ecological security pattern"),
                "epp": self.tr("Economic production pattern"),
                "conflicts": self.tr("Eco-economic conflicts"),
                "sdp": self.tr("Sustainable development pattern"),
                "landuse": self.tr("Land-use scenarios"),
                "base": self.tr("Base map")}

    def _map_titles(self):
        return {"services": self.tr("Ecosystem service importance"),
                "esp": self.tr("Ecological security pattern"),
                "epp": self.tr("Economic production pattern"),
                "conflicts": self.tr("Eco-economic conflicts"),
                "sdp": self.tr("Sustainable development pattern"),
                "landuse": self.tr("Simulated land use")}

    def _tree(self, project, lay):
        """Groups in the workflow's order; at first only the development pattern and the base
        map are shown, and each other group shows its top layer when switched on."""
        root = project.layerTreeRoot()
        names = self._group_names()
        for gkey, keys in GROUPS:
            present = [k for k in keys if k in lay]
            if not present:
                continue
            grp = root.addGroup(names[gkey])
            shown = gkey in ("sdp", "base")
            grp.setItemVisibilityChecked(shown)
            grp.setExpanded(shown)
            for i, k in enumerate(present):
                project.addMapLayer(lay[k], False)
                node = grp.addLayer(lay[k])
                node.setItemVisibilityChecked(shown or i == 0)
                node.setExpanded(False)
        order = [lay[k] for k in DRAW_ORDER if k in lay]
        root.setHasCustomLayerOrder(True)
        root.setCustomLayerOrder(order)

    # --- the report -----------------------------------------------------------------------
    def _report(self, rep, given, lay, maps, note, lu_names, parameters, context, feedback):
        ref = next((given[k] for k in ("LANDUSE", "ECONOMIC_CLASSES", "IMPORTANCE_CLASSES",
                                       "WATER_YIELD", "CARBON", "SOIL_CONSERVATION",
                                       "HABITAT_QUALITY", "SIMULATED") if k in given), None)
        # overview
        rep.h2("overview", self.tr("Overview"))
        if note:
            rep.p(note, "note")
        if ref is not None:
            a, valid, cell_area, gt = styles.read_band(ref.source())
            rep.p(self.tr("Grid: {} × {} cells of {:g} m × {:g} m; {:,.2f} km² with data; "
                          "coordinate reference system {}.").format(
                a.shape[0], a.shape[1], abs(gt[1]), abs(gt[5]), valid.sum() * cell_area / 1e6,
                ref.crs().authid()))
        rep.p(self.tr("Inputs given: {} of {}. Sections whose inputs were not given say so."
                      ).format(len(given), len(INPUTS)))
        rep.p(self.tr("Files: the QGIS project planning_report.qgz (groups in the order of the "
                      "workflow, one print layout per map), the maps as PNG and PDF, and a QML "
                      "style per layer in styles/."))
        self._services(rep, given, maps)
        feedback.setProgress(78)
        self._esp(rep, given, maps)
        self._epp(rep, given, maps)
        feedback.setProgress(84)
        self._conflicts(rep, given, maps)
        self._sdp(rep, given, maps)
        feedback.setProgress(88)
        self._landuse(rep, given, maps, lu_names, parameters, context, feedback)

    def _map(self, rep, maps, key):
        if key in maps:
            rep.image(os.path.basename(maps[key][0]), self._map_titles()[key])

    def _services(self, rep, given, maps):
        rep.h2("services", self.tr("Ecosystem services"))
        names = {"water_yield": self.tr("Water yield"),
                 "soil_conservation": self.tr("Soil conservation"),
                 "habitat_quality": self.tr("Habitat quality"),
                 "carbon": self.tr("Carbon storage")}
        units = {"water_yield": ("mm/yr", "m³/yr", "10⁸ m³/yr"),
                 "soil_conservation": ("t/(ha·yr)", "t/yr", "10⁴ t/yr"),
                 "habitat_quality": ("0–1", None, None),
                 "carbon": ("Mg/ha", "Mg", "Tg")}
        rows = []
        for key, kind in SERVICES:
            if key not in given:
                rows.append([names[kind], self.tr("not provided"), None, None, None, None,
                             None])
                continue
            a, valid, cell_area, _ = styles.read_band(given[key].source())
            s = pr.service_summary(kind, a, valid, cell_area)
            u = units[kind]
            rows.append([names[kind], u[0], s["mean"], u[1] or "–", s["total"],
                         u[2] or "–", s["total_large"]])
        if not any(k in given for k, _ in SERVICES):
            rep.missing(self.tr("Not provided: no ecosystem service raster was given."))
        else:
            rep.table(self.tr("Ecosystem services: mean per cell and regional total"),
                      self.tr("Water yield: volume = Σ depth (mm) / 1000 × cell area (m³); soil "
                              "conservation (avoided erosion RKLS − USLE): Σ t/ha × cell "
                              "area (ha); carbon: Σ Mg/ha × cell area (ha), 1 Tg = 10⁶ Mg; "
                              "habitat quality is a 0–1 index, reported as its mean."),
                      [self.tr("service"), self.tr("unit per cell"), self.tr("mean"),
                       self.tr("total unit"), self.tr("total"), self.tr("paper unit"),
                       self.tr("total in paper unit")], rows,
                      [None, None, 3, None, 0, None, "s4"])
        if "IMPORTANCE_CLASSES" in given:
            a, valid, cell_area, _ = styles.read_band(given["IMPORTANCE_CLASSES"].source())
            codes = np.rint(np.where(valid, a, 0)).astype(int)
            present = [c for c in np.unique(codes[valid]) if c > 0]
            n = int(max(present)) if present else 1
            cls = {c: nm for c, nm, _ in palette.importance_classes(n)}
            rows = [[cls.get(c, str(c)), km2, pct] for c, _, km2, pct in
                    pr.class_areas(codes, valid & (codes > 0), cell_area, range(1, n + 1))]
            rep.table(self.tr("Area of the service-importance classes"),
                      self.tr("Natural-breaks classes of the composite importance of the "
                              "services; share = % of the area with data."),
                      [self.tr("class"), self.tr("area (km²)"), self.tr("share (%)")], rows,
                      [None, 2, 1])
        else:
            rep.missing(self.tr("Not provided: importance classes."))
        self._map(rep, maps, "services")

    def _esp(self, rep, given, maps):
        rep.h2("esp", self.tr("Ecological security pattern"))
        if "SOURCES" in given:
            fields, rows = _table_rows(given["SOURCES"])
            gf = _first(fields, "grade")
            af = _first(fields, "area_km2", "area")
            df = _first(fields, "dPC")
            grades = [int(r[gf]) if r[gf] is not None else 0 for r in rows]
            areas = [float(r[af] or 0.0) if af else 0.0 for r in rows]
            if not af:
                areas = [f.geometry().area() / 1e6 for f in given["SOURCES"].getFeatures()]
            dpc = [float(r[df] or 0.0) if df else np.nan for r in rows]
            gnames = {c: n for c, n, _ in palette.source_grades()}
            summ = pr.grade_summary(grades, areas, dpc)
            rep.table(self.tr("Ecological sources by grade"),
                      self.tr("dPC (%) of a source = 100 · (PC − PC without that source) / "
                              "PC: the share of the landscape's probability of connectivity "
                              "that depends on that one source. It is a per-source index; "
                              "values of different sources are not added."),
                      [self.tr("grade"), self.tr("sources"), self.tr("area (km²)"),
                       self.tr("share of source area (%)"), self.tr("dPC min (%)"),
                       self.tr("dPC max (%)"), self.tr("dPC mean (%)")],
                      [[gnames[r["grade"]], r["sources"], r["area_km2"], r["share_pct"],
                        r["index_min"], r["index_max"], r["index_mean"]] for r in summ],
                      [None, None, 2, 1, 2, 2, 2])
            idf = _first(fields, "id", "fid")
            order = sorted(range(len(rows)), key=lambda i: -(dpc[i] if np.isfinite(dpc[i])
                                                             else -1))
            rep.table(self.tr("Sources by connectivity importance (top 15)"),
                      self.tr("Each source's own dPC (%), largest first."),
                      [self.tr("rank"), self.tr("source"), self.tr("grade"),
                       self.tr("area (km²)"), "dPC (%)"],
                      [[k + 1, rows[i][idf] if idf else i + 1, gnames.get(grades[i], "–"),
                        areas[i], dpc[i]] for k, i in enumerate(order[:15])],
                      [None, None, None, 2, 2])
        else:
            rep.missing(self.tr("Not provided: graded ecological sources."))
        if "CORRIDORS" in given:
            fields, rows = _table_rows(given["CORRIDORS"])
            tf = _first(fields, "type")
            lf = _first(fields, "length_km")
            lengths = ([float(r[lf] or 0.0) for r in rows] if lf else
                       [f.geometry().length() / 1000.0
                        for f in given["CORRIDORS"].getFeatures()])
            tnames = {c: n for c, n, _, _, _ in palette.corridor_types()}
            rep.table(self.tr("Ecological corridors by type"),
                      self.tr("Least-cost corridors of the MCR model: type I joins crucial "
                              "sources, type II important ones, type III the rest; lengths "
                              "along the path."),
                      [self.tr("type"), self.tr("corridors"), self.tr("total length (km)"),
                       self.tr("mean length (km)"), self.tr("share of length (%)")],
                      [[tnames[r["type"]], r["corridors"], r["length_km"], r["mean_km"],
                        r["share_pct"]] for r in pr.type_summary([r[tf] for r in rows],
                                                                 lengths)],
                      [None, None, 2, 2, 1])
        else:
            rep.missing(self.tr("Not provided: corridors."))
        rows = []
        for key, label in (("RESISTANCE", self.tr("Resistance")),
                           ("MCR", self.tr("Minimum cumulative resistance"))):
            if key in given:
                a, valid, _, _ = styles.read_band(given[key].source())
                v = a[valid]
                rows.append([label, float(v.mean()), float(v.min()), float(v.max())])
        if rows:
            rep.table(self.tr("Resistance surfaces"),
                      self.tr("Resistance is dimensionless (AHP-weighted factor scores); the "
                              "MCR is the least accumulated resistance to the nearest source."),
                      [self.tr("surface"), self.tr("mean"), self.tr("min"), self.tr("max")],
                      rows, [None, 2, 2, 2])
        self._map(rep, maps, "esp")

    def _epp(self, rep, given, maps):
        rep.h2("epp", self.tr("Economic production pattern"))
        if "ECONOMIC_CLASSES" in given:
            a, valid, cell_area, _ = styles.read_band(given["ECONOMIC_CLASSES"].source())
            codes = np.rint(np.where(valid, a, 0)).astype(int)
            present = [c for c in np.unique(codes[valid]) if c > 0]
            n = int(max(present)) if present else 1
            cls = {c: nm for c, nm, _ in palette.economic_classes(n)}
            rep.table(self.tr("Area of the economic intensity classes"),
                      self.tr("Classes of the kernel density of the core industries (natural "
                              "breaks); share = % of the area with data."),
                      [self.tr("class"), self.tr("area (km²)"), self.tr("share (%)")],
                      [[cls.get(c, str(c)), km2, pct] for c, _, km2, pct in
                       pr.class_areas(codes, valid & (codes > 0), cell_area,
                                      range(1, n + 1))], [None, 2, 1])
        else:
            rep.missing(self.tr("Not provided: economic intensity classes."))
        for key, caption, definition in (
                ("CORE_INDUSTRIES", self.tr("Core industries"),
                 self.tr("Two-digit groups ranked by their significantly co-agglomerated "
                         "industry pairs (Wasserstein co-agglomeration index).")),
                ("COAGG_GROUPS", self.tr("Co-agglomeration by two-digit group"),
                 self.tr("Pairs counted by the row industry; sig = pairs significantly "
                         "co-agglomerated against the counterfactual draws."))):
            if key in given:
                fields, rows = _table_rows(given[key])
                fields = [f for f in fields if f.lower() not in ("fid", "ogc_fid")]
                rep.table(caption, definition, fields, [[r[f] for f in fields] for r in rows],
                          [3] * len(fields))
            else:
                rep.missing(self.tr("Not provided: {}.").format(caption.lower()))
        self._map(rep, maps, "epp")

    def _conflicts(self, rep, given, maps):
        rep.h2("conflicts", self.tr("Eco-economic conflicts"))
        gnames = {c: n for c, n, _ in palette.source_grades()}
        gtext = {"crucial source": gnames[1], "important source": gnames[2],
                 "ordinary source": gnames[3]}
        if "CONFLICTS_BY_GRADE" in given:
            fields, rows = _table_rows(given["CONFLICTS_BY_GRADE"])
            recs = [(r["grade"], r["econ_class"], str(r["high"]).lower() in ("yes", "1",
                                                                                "true", "是"),
                     r["area_km2"]) for r in rows]
            folded = pr.conflicts_by_grade(recs)
            rep.table(self.tr("Conflicts by source grade"),
                      self.tr("Area of each source grade and the part of it in the "
                              "high-intensity economic classes (the conflict)."),
                      [self.tr("grade"), self.tr("source area (km²)"),
                       self.tr("in high-intensity classes (km²)"), self.tr("conflict share (%)")],
                      [[gtext.get(r["grade"], r["grade"]), r["area_km2"], r["conflict_km2"],
                        r["conflict_pct"]] for r in folded], [None, 2, 2, 1])
            classes = sorted({int(r["econ_class"]) for r in rows})
            piv = {}
            for r in rows:
                piv.setdefault(r["grade"], {})[int(r["econ_class"])] = r["area_km2"]
            rep.table(self.tr("Source grades × economic classes (km²)"),
                      self.tr("Cross-tabulation of the source grades with the economic "
                              "intensity classes (0 = no economic class)."),
                      [self.tr("grade")] + [str(c) for c in classes],
                      [[gtext.get(g, g)] + [d.get(c, 0.0) for c in classes]
                       for g, d in piv.items()], [None] + [2] * len(classes))
        else:
            rep.missing(self.tr("Not provided: conflicts by source grade."))
        if "CONFLICTS_BY_TYPE" in given:
            fields, rows = _table_rows(given["CONFLICTS_BY_TYPE"])
            tnames = {c: n for c, n, _, _, _ in palette.corridor_types()}
            rep.table(self.tr("Conflicts by corridor type"),
                      self.tr("Corridor length inside the high-intensity economic classes, "
                              "and the conflict area of the corridor zones (corridor line "
                              "buffered to the corridor width)."),
                      [self.tr("type"), self.tr("corridors"), self.tr("length (km)"),
                       self.tr("length in high-intensity classes (km)"),
                       self.tr("share of length (%)"), self.tr("corridor zone (km²)"),
                       self.tr("conflict area (km²)")],
                      [[tnames.get(r["type"], r["type"]), r["count"], r["length_km"],
                        r["high_length_km"], 100.0 * (r["high_share"] or 0.0), r["zone_km2"],
                        r["conflict_km2"]] for r in rows], [None, None, 2, 2, 1, 2, 2])
        else:
            rep.missing(self.tr("Not provided: conflicts by corridor type."))
        if "CONFLICTS_BY_DISTRICT" in given:
            fields, rows = _table_rows(given["CONFLICTS_BY_DISTRICT"])
            rep.table(self.tr("Conflicts by administrative unit"),
                      self.tr("Areas per unit; conflict share = conflict area / (source + "
                              "corridor-zone area)."),
                      [self.tr("unit"), self.tr("area (km²)"), self.tr("sources (km²)"),
                       self.tr("corridor zones (km²)"), self.tr("high-intensity economy (km²)"),
                       self.tr("conflict (km²)"), self.tr("conflict share (%)")],
                      [[r["unit"], r["area_km2"], r["source_km2"], r["corridor_km2"],
                        r["high_econ_km2"], r["conflict_km2"],
                        100.0 * (r["conflict_share"] or 0.0)] for r in rows],
                      [None, 2, 2, 2, 2, 2, 1])
        else:
            rep.missing(self.tr("Not provided: conflicts by administrative unit."))
        if "CONFLICT_ZONES" in given:
            fields, rows = _table_rows(given["CONFLICT_ZONES"])
            if rows:
                by = {}
                for r in rows:
                    k = r.get("element") or "–"
                    by[k] = by.get(k, 0.0) + float(r.get("area_km2") or 0.0)
                rep.table(self.tr("Conflict zones by ecological element"),
                          self.tr("Polygons where an ecological element lies in a "
                                  "high-intensity economic class."),
                          [self.tr("element"), self.tr("area (km²)")],
                          [[k, v] for k, v in by.items()], [None, 2])
            else:
                rep.p(self.tr("No conflict zone: no ecological element lies in a "
                              "high-intensity economic class."))
        self._map(rep, maps, "conflicts")

    def _sdp(self, rep, given, maps):
        rep.h2("sdp", self.tr("Sustainable development pattern"))
        labels = self._labels()
        rows = []
        any_given = False
        for key in ("ECONOMIC_CORES", "DEVELOPMENT_AXES", "INDUSTRIAL_BELTS", "BARRIERS",
                    "ECO_AXES", "SDP_CONFLICTS"):
            if key not in given:
                rows.append([labels[key], self.tr("not provided"), None, None])
                continue
            any_given = True
            lyr = given[key]
            feats = list(lyr.getFeatures())
            area = sum(f.geometry().area() for f in feats) / 1e6
            length = sum(f.geometry().length() for f in feats) / 1000.0
            line = key in ("DEVELOPMENT_AXES", "ECO_AXES")
            rows.append([labels[key], len(feats), None if line else area,
                         length if line else None])
        if not any_given:
            rep.missing(self.tr("Not provided: no element of the sustainable development "
                                "pattern was given."))
        else:
            rep.table(self.tr("Elements of the sustainable development pattern"),
                      self.tr("Number of each element, area of the zones (km²) and length of "
                              "the axes (km)."),
                      [self.tr("element"), self.tr("number"), self.tr("area (km²)"),
                       self.tr("length (km)")], rows, [None, None, 2, 2])
            if "SDP_CONFLICTS" in given:
                fields, rows = _table_rows(given["SDP_CONFLICTS"])
                if rows:
                    rep.table(self.tr("Where economic and ecological elements overlap"),
                              self.tr("Overlap of an economic element (core, belt, buffered "
                                      "axis) with an ecological one (barrier area, buffered "
                                      "ecological axis)."),
                              [self.tr("economic element"), self.tr("ecological element"),
                               self.tr("area (km²)")],
                              [[r["economic"], r["ecological"], r["area_km2"]] for r in rows],
                              [None, None, 2])
        self._priorities(rep, given, any_given)
        self._map(rep, maps, "sdp")

    def _priorities(self, rep, given, pattern_given):
        """Corridors to keep wide and restoration priorities, when the SDP was given the
        zones of the optional pinch-point and barrier steps."""
        def ranked(key):
            fields, rows = _table_rows(given[key])
            rf = _first(fields, "rank")
            return fields, sorted(rows, key=lambda r: r[rf] if rf and r[rf] is not None
                                  else float("inf"))

        def pair(r, fields):
            a, b = (_first(fields, n) for n in ("from_id", "to_id"))
            return "{}–{}".format(r[a], r[b]) if a and b and r[a] is not None and \
                r[b] is not None else "–"

        def get(r, fields, name):
            f = _first(fields, name)
            return r[f] if f else None
        if "KEEP_WIDE" in given:
            fields, rows = ranked("KEEP_WIDE")
            rep.h3(self.tr("Corridors to keep wide"))
            rep.table(self.tr("Corridors to keep wide: pinch points on the ecological "
                              "corridors"),
                      self.tr("Pinch-point zones on the corridors, largest current first: "
                              "with 1 A flowing between a corridor's two sources (circuit "
                              "theory), the current crowds into few cells where the corridor "
                              "narrows; keep these places wide and free of construction. "
                              "Ecological axis: the rank of the axis the corridor belongs to "
                              "(– none)."),
                      [self.tr("rank"), self.tr("corridor (sources)"), self.tr("type"),
                       self.tr("ecological axis"), self.tr("largest current (A)"),
                       self.tr("mean current (A)"), self.tr("area (km²)")],
                      [[get(r, fields, "rank"), pair(r, fields),
                        get(r, fields, "corridor_type") or "–",
                        get(r, fields, "eco_axis") or "–", get(r, fields, "max_current"),
                        get(r, fields, "mean_current"), get(r, fields, "area_km2")]
                       for r in rows], [None, None, None, None, 3, 3, 2])
        if "RESTORATION_PRIORITIES" in given:
            fields, rows = ranked("RESTORATION_PRIORITIES")
            rep.h3(self.tr("Restoration priorities"))
            rep.table(self.tr("Restoration priorities: barriers on the ecological corridors"),
                      self.tr("Barrier zones, highest improvement score first: the drop in "
                              "the corridor's least-cost distance (resistance × m) per metre "
                              "of restored diameter when a circle of the given radius is "
                              "restored to the lowest resistance (Barrier Mapper, McRae et "
                              "al. 2012)."),
                      [self.tr("rank"), self.tr("corridor (sources)"), self.tr("type"),
                       self.tr("improvement score"), self.tr("radius (m)"),
                       self.tr("area (km²)")],
                      [[get(r, fields, "rank"), pair(r, fields),
                        get(r, fields, "corridor_type") or "–", get(r, fields, "score"),
                        get(r, fields, "radius"), get(r, fields, "area_km2")] for r in rows],
                      [None, None, None, 2, 0, 2])
        if pattern_given and "KEEP_WIDE" not in given and \
                "RESTORATION_PRIORITIES" not in given:
            rep.p(self.tr("Corridors to keep wide and restoration priorities: switch on the "
                          "optional pinch-point and barrier steps of the workflow model, or "
                          "give the sustainable development pattern the zones of 'Corridor "
                          "pinch points' and 'Barriers to restore'."))

    # --- land-use scenarios -----------------------------------------------------------------
    def _areas(self, layer):
        a, valid, cell_area, gt = styles.read_band(layer.source())
        codes = np.rint(np.where(valid, a, 0)).astype(int)
        return ({c: km2 for c, _, km2, _ in pr.class_areas(codes, valid, cell_area)},
                codes, valid, abs(gt[1]))

    def _landuse(self, rep, given, maps, lu_names, parameters, context, feedback):
        rep.h2("landuse", self.tr("Land-use scenarios"))
        if "SIMULATED" not in given and "LP_TABLE" not in given:
            rep.missing(self.tr("Not provided: no land-use scenario (simulated map or LP "
                                "structure) was given; run the land-use loop model to add "
                                "this section."))
            return
        scen = []   # (name, {code: km²}, map data or None), in the order of time
        for key, name in (("LANDUSE", self.tr("start year (map)")),
                          ("LP_TABLE", self.tr("LP optimum")),
                          ("SIMULATED", self.tr("simulated (CLUE-S)")),
                          ("OBSERVED", self.tr("observed (target year)"))):
            if key not in given:
                continue
            if key != "LP_TABLE":
                areas, codes, valid, cell = self._areas(given[key])
                scen.append((name, areas, (codes, valid, cell)))
                continue
            fields, rows = _table_rows(given[key])
            cf = _first(fields, "code")
            of = _first(fields, "optimal_km2")
            if cf and of:
                scen.append((name, {int(r[cf]): float(r[of] or 0.0)
                                    for r in rows if r[cf] is not None}, None))

        def cname(c):
            return lu_names.get(c) or self.tr("class {}").format(c)
        codes_all, rows = pr.structure_table([(n, a) for n, a, _ in scen])
        header = [self.tr("land use")]
        for n, _, _ in scen:
            header += [n + " (km²)", n + " (%)"]
        body = []
        for c, cells in rows:
            r = [cname(c) if c is not None else self.tr("total")]
            for km2, pct in cells:
                r += [km2, pct]
            body.append(r)
        rep.table(self.tr("Land-use structure per scenario"),
                  self.tr("Area (km²) and share (%) of each class: the start map, the "
                          "structure of the linear programme, the CLUE-S allocation and, for "
                          "validation, the observed map."),
                  header, body, [None] + [2, 1] * len(scen))
        if "ESV_TABLE" in given:
            fields, rows = _table_rows(given["ESV_TABLE"])
            cf = _first(fields, "code")
            ef = _first(fields, "esv_per_ha")
            kf = _first(fields, "econ_per_ha")
            esv = {int(r[cf]): float(r[ef] or 0.0) for r in rows if r[cf] is not None}
            econ = ({int(r[cf]): float(r[kf] or 0.0) for r in rows if r[cf] is not None}
                    if kf else None)
            vals = pr.value_table([(n, a) for n, a, _ in scen], esv, econ)
            big = max(abs(v["esv"]) for v in vals) >= 1e8
            div, unit = (1e8, "10⁸") if big else (1e4, "10⁴")
            rep.table(self.tr("Ecosystem service value and economic benefit per scenario"),
                      self.tr("ESV = Σ area (ha) × coefficient (currency/ha) of the ESV "
                              "table; economic benefit likewise with the economic "
                              "coefficients; change against the first column's scenario."),
                      [self.tr("scenario"), self.tr("ESV ({} currency units)").format(unit),
                       self.tr("ESV change ({})").format(unit), self.tr("ESV change (%)"),
                       self.tr("economic benefit ({} currency units)").format(unit),
                       self.tr("benefit change ({})").format(unit),
                       self.tr("benefit change (%)")],
                      [[v["name"], v["esv"] / div, v["esv_change"] / div, v["esv_change_pct"],
                        None if v["econ"] is None else v["econ"] / div,
                        None if v["econ_change"] is None else v["econ_change"] / div,
                        v["econ_change_pct"]] for v in vals], [None, 4, 4, 2, 4, 4, 2])
            miss = sorted({c for v in vals for c in v["missing"]})
            if miss:
                rep.p(self.tr("Classes without an ESV coefficient (counted as 0): {}").format(
                    ", ".join(cname(c) for c in miss)), "missing")
        else:
            rep.missing(self.tr("Not provided: the ESV table (values per land-use class)."))
        if "ACCURACY" in given:
            fields, rows = _table_rows(given["ACCURACY"])
            mf, vf = _first(fields, "measure"), _first(fields, "value")
            nf = _first(fields, "note")
            keep = ("Po", "Kappa", "Kno", "Klocation", "quantity_disagreement",
                    "allocation_disagreement", "FoM")
            rep.table(self.tr("Accuracy of the simulation against the observed map"),
                      self.tr("Po overall agreement, Cohen's Kappa, quantity and allocation "
                              "disagreement (Pontius & Millones 2011), Figure of Merit of the "
                              "change (Pontius et al. 2008); all as fractions 0–1."),
                      [self.tr("measure"), self.tr("value"), self.tr("note")],
                      [[r[mf], r[vf], r[nf] if nf else ""] for r in rows if r[mf] in keep],
                      [None, 4, None])
        else:
            rep.missing(self.tr("Not provided: the accuracy table."))
        maps_scen = [(n, m) for n, _, m in scen if m is not None]
        if maps_scen:
            dist = self.parameterAsDouble(parameters, self.CONNECT_DISTANCE, context)
            res = []
            for n, (codes, valid, cell) in maps_scen:
                res.append((n, self.run_core(landscape_metrics, codes, valid, cell,
                                             connect_distance=dist)))
                self.check_canceled(feedback)
            classes = sorted({c for _, m in res for c in m.classes})
            header = [self.tr("land use")]
            for n, _ in res:
                header += ["PLAND (%) " + n, "LPI (%) " + n, "AI (%) " + n]
            body = []
            for c in classes:
                r = [cname(c)]
                for _, m in res:
                    if c in m.classes:
                        k = m.classes.index(c)
                        r += [m.by_class["PLAND"][k], m.by_class["LPI"][k], m.by_class["AI"][k]]
                    else:
                        r += [None, None, None]
                body.append(r)
            rep.table(self.tr("Class-level landscape metrics per scenario"),
                      self.tr("PLAND share of the landscape, LPI largest patch index, AI "
                              "aggregation index (FRAGSTATS definitions, 8-cell patches)."),
                      header, body, [None] + [2] * (3 * len(res)))
            rep.table(self.tr("Landscape-level metrics per scenario"),
                      self.tr("LSI landscape shape index, SHDI Shannon diversity, SHEI Shannon "
                              "evenness, CONNECT (%) share of patch pairs of a class within "
                              "the threshold distance ({:g} m).").format(dist),
                      [self.tr("scenario"), "LSI", "SHDI", "SHEI", "CONNECT (%)"],
                      [[n, m.landscape["LSI"], m.landscape["SHDI"], m.landscape["SHEI"],
                        m.landscape["CONNECT"]] for n, m in res], [None, 3, 4, 4, 2])
        self._map(rep, maps, "landuse")
