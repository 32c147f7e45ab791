"""ecoecon:soilconservation — RUSLE soil conservation and InVEST's SDR model (3.20)."""
import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ...core.ecosystem.soilconservation import soil_conservation
from ...core.ecosystem.soilconservation import watershed_window as core_window
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_VECTOR,
                      TYPE_VECTOR_POLYGON)
from ..raster_io import (layer_grid, read_aligned, read_raster, require_projected,
                         write_raster)
from ..tables import read_table, write_table
from ..vector_io import rasterize


class SoilConservation(EcoEconAlgorithm):
    NAME = "soilconservation"
    GROUP_ID = "ecosystem"
    EXCLUSIVE_MIN = ("K_B", "SDR_MAX", "L_MAX")
    REQUIRES = ("scipy", "skimage")

    DEM, EROSIVITY, ERODIBILITY, LULC, TABLE = ("DEM", "EROSIVITY", "ERODIBILITY", "LULC",
                                                "TABLE")
    THRESHOLD, K_B, IC0, SDR_MAX, L_MAX, FLOW_DIR = ("THRESHOLD", "K_B", "IC0", "SDR_MAX",
                                                     "L_MAX", "FLOW_DIR")
    DRAINAGE, WATERSHEDS, WS_ID_FIELD = "DRAINAGE", "WATERSHEDS", "WS_ID_FIELD"
    # raster outputs: (parameter, core key, always written, data type)
    RASTERS = (("SOIL_CONSERVATION", "soil_conservation", True, "Float32"),
               ("USLE", "usle", True, "Float32"),
               ("SED_EXPORT", "sed_export", True, "Float32"),
               ("SDR", "sdr", True, "Float32"),
               ("RKLS", "rkls", False, "Float32"),
               ("LS", "ls", False, "Float64"),
               ("IC", "ic", False, "Float32"),
               ("AVOIDED_EXPORT", "avoided_export", False, "Float32"),
               ("SED_DEPOSITION", "sed_deposition", False, "Float32"),
               ("STREAM", "stream", False, "Byte"),
               ("FLOW_ACCUMULATION", "flow_accumulation", False, "Float64"))
    WATERSHED_TABLE = "WATERSHED_TABLE"
    TOTAL_SOIL_CONSERVATION, TOTAL_SED_EXPORT, TOTAL_USLE = (
        "TOTAL_SOIL_CONSERVATION", "TOTAL_SED_EXPORT", "TOTAL_USLE")

    def displayName(self):
        return self.tr("Soil conservation (RUSLE + InVEST SDR)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM (m)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.EROSIVITY, self.tr("Rainfall erosivity R (MJ·mm/(ha·h·yr))")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.ERODIBILITY, self.tr("Soil erodibility K (t·ha·h/(ha·MJ·mm))")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.LULC, self.tr("Land use")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TABLE, self.tr("Biophysical table (lucode, usle_c, usle_p)"), [TYPE_VECTOR]))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Threshold flow accumulation (cells)"), NUMBER_INTEGER,
            1000, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.K_B, self.tr("Borselli k parameter"), NUMBER_DOUBLE, 2.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.IC0, self.tr("Borselli IC0 parameter"), NUMBER_DOUBLE, 0.5))
        self.addParameter(QgsProcessingParameterNumber(
            self.SDR_MAX, self.tr("Maximum SDR"), NUMBER_DOUBLE, 0.8, minValue=0.0,
            maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.L_MAX, self.tr("Maximum L value (l_max)"), NUMBER_DOUBLE, 122.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.FLOW_DIR, self.tr("Flow direction"),
            [self.tr("MFD (multiple flow direction, InVEST default)"),
             self.tr("D8 (single flow direction)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DRAINAGE, self.tr("Drainage raster (1 = drains to stream)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WATERSHEDS, self.tr("Watersheds"), [TYPE_VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WS_ID_FIELD, self.tr("Watershed id field"), None, self.WATERSHEDS, FIELD_ANY,
            optional=True))
        labels = {
            "SOIL_CONSERVATION": self.tr("Soil conservation RKLS − USLE (t/ha/yr)"),
            "USLE": self.tr("Soil loss USLE (t/ha/yr)"),
            "SED_EXPORT": self.tr("Sediment export (t/ha/yr)"),
            "SDR": self.tr("Sediment delivery ratio"),
            "RKLS": self.tr("Potential soil loss RKLS (t/ha/yr)"),
            "LS": self.tr("LS factor"),
            "IC": self.tr("Connectivity index IC"),
            "AVOIDED_EXPORT": self.tr("Avoided export (t/ha/yr)"),
            "SED_DEPOSITION": self.tr("Sediment deposition (t/ha/yr)"),
            "STREAM": self.tr("Streams"),
            "FLOW_ACCUMULATION": self.tr("Flow accumulation (cells)"),
        }
        for name, _, always, _ in self.RASTERS:
            self.addParameter(QgsProcessingParameterRasterDestination(
                name, labels[name], optional=name != "SOIL_CONSERVATION",
                createByDefault=always))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.WATERSHED_TABLE, self.tr("Watershed totals (t/yr)"), TYPE_VECTOR,
            optional=True))
        self.addOutput(QgsProcessingOutputNumber(
            self.TOTAL_SOIL_CONSERVATION, self.tr("Total soil conservation (t/yr)")))
        self.addOutput(QgsProcessingOutputNumber(
            self.TOTAL_SED_EXPORT, self.tr("Total sediment export (t/yr)")))
        self.addOutput(QgsProcessingOutputNumber(
            self.TOTAL_USLE, self.tr("Total soil loss USLE (t/yr)")))

    # ------------------------------------------------------------------------------------
    def _watershed_zones(self, source, id_field, grid, context):
        """Rasterise the watershed polygons on the DEM grid by the rule of
        :mod:`algorithms.vector_io` (cell centres; a watershed smaller than a cell keeps a cell;
        a later polygon wins an overlap): zone raster (1..n, 0 outside) and the list of
        (zone, id value)."""
        xform = None
        if source.sourceCrs().isValid() and source.sourceCrs() != grid.crs:
            xform = QgsCoordinateTransform(source.sourceCrs(), grid.crs,
                                           context.transformContext())
        ids, records = [], []
        for i, feat in enumerate(source.getFeatures(), start=1):
            geom = feat.geometry()
            if geom is None or geom.isEmpty():
                continue
            if xform is not None:
                geom.transform(xform)
            records.append((geom, i))
            ids.append((i, feat[id_field] if id_field else feat.id()))
        if not ids:
            raise QgsProcessingException(self.tr("The watershed layer has no polygon."))
        ext = None  # the watersheds' envelope (xmin, xmax, ymin, ymax) in the grid's CRS
        for geom, _ in records:
            bb = geom.boundingBox()
            e = (bb.xMinimum(), bb.xMaximum(), bb.yMinimum(), bb.yMaximum())
            ext = e if ext is None else (min(ext[0], e[0]), max(ext[1], e[1]),
                                         min(ext[2], e[2]), max(ext[3], e[3]))
        self._ws_extent = ext
        return rasterize(records, grid), ids

    @staticmethod
    def watershed_window(extent, grid):
        """Rows and columns of the DEM grid that InVEST's SDR works on when watersheds are
        given: the watersheds' bounding box snapped outwards to the DEM's cells and cut to
        the grid (pygeoprocessing's 'intersection' alignment on the DEM). Returns
        ``(row0, row1, col0, col1)``."""
        return core_window(extent, grid.geotransform, (grid.height, grid.width))

    def processAlgorithm(self, parameters, context, feedback):
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        # with watersheds, work only inside their bounding box (as InVEST: its grid, its scan
        # order): only that window of the inputs is read, and the outputs are written on the
        # DEM grid with nodata around it
        ws = self.parameterAsSource(parameters, self.WATERSHEDS, context)
        zones, ids, win, window = None, [(1, 0)], None, None
        if ws is not None:
            full_grid = layer_grid(dem_layer, self.tr("DEM"))
            id_field = self.parameterAsString(parameters, self.WS_ID_FIELD, context)
            zones, ids = self._watershed_zones(ws, id_field, full_grid, context)
            r0, r1, c0, c1 = self.watershed_window(self._ws_extent, full_grid)
            if r0 >= r1 or c0 >= c1:
                raise QgsProcessingException(self.tr(
                    "The watersheds do not overlap the DEM; check their CRS and extent."))
            if (r1 - r0, c1 - c0) != full_grid.shape:
                win = (slice(r0, r1), slice(c0, c1))
                window = (r0, r1, c0, c1)
                feedback.pushInfo(self.tr(
                    "Working inside the watersheds' bounding box: {} × {} of {} × {} cells."
                ).format(r1 - r0, c1 - c0, full_grid.height, full_grid.width))
                zones = zones[win].copy()
        # (inside a window, a raster without data there is reported by the core, which
        # names the watersheds)
        need = window is None
        # the rasters in their own data types where they are on the DEM's grid (an int16 DEM,
        # float32 factors, a byte land use: the core gives the same bits as from float64,
        # in less memory)
        dem, dem_ok, grid = read_raster(dem_layer, 1, self.tr("DEM"), need, window, native=True)
        require_projected(grid, self.tr("The DEM"))
        if abs(grid.cell_width - grid.cell_height) > 1e-6 * grid.cell_width:
            raise QgsProcessingException(
                self.tr("The DEM cells are {:g} × {:g}; the SDR model needs square cells. "
                        "Resample the DEM to square cells first.").format(
                    grid.cell_width, grid.cell_height))
        r_fac, r_ok = read_aligned(self.parameterAsRasterLayer(parameters, self.EROSIVITY,
                                                               context),
                                   grid, 1, self.tr("erosivity"), "bilinear", feedback,
                                   need, window, native=True)
        k_fac, k_ok = read_aligned(self.parameterAsRasterLayer(parameters, self.ERODIBILITY,
                                                               context),
                                   grid, 1, self.tr("erodibility"), "bilinear", feedback,
                                   need, window, native=True)
        lulc, l_ok = read_aligned(self.parameterAsRasterLayer(parameters, self.LULC, context),
                                  grid, 1, self.tr("land use"), "nearest", feedback, need,
                                  window, native=True)
        valid = dem_ok & r_ok & k_ok & l_ok
        del dem_ok, r_ok, k_ok, l_ok
        drainage = None
        dr_layer = self.parameterAsRasterLayer(parameters, self.DRAINAGE, context)
        if dr_layer is not None:
            dr, dr_ok = read_aligned(dr_layer, grid, 1, self.tr("drainage"), "nearest",
                                     feedback, need, window)
            valid &= dr_ok
            drainage = dr == 1
            del dr, dr_ok
        table = read_table(self, parameters, self.TABLE, context,
                           self.tr("biophysical table"))
        table.require("lucode", "usle_c", "usle_p")
        codes = table.codes("lucode")
        usle_c = dict(zip(codes, table.numbers("usle_c")))
        usle_p = dict(zip(codes, table.numbers("usle_p")))
        if ws is not None:
            valid &= zones > 0
        else:
            zones = valid.astype(np.int32)
        self.check_canceled(feedback)
        feedback.setProgress(5)
        method = "mfd" if self.parameterAsEnum(parameters, self.FLOW_DIR, context) == 0 \
            else "d8"
        results = {}
        dests = {}
        for name, key, always, dtype in self.RASTERS:
            path = self.parameterAsOutputLayer(parameters, name, context)
            if path:
                dests[key] = (name, path, dtype)

        def sink(key, arr):
            # each output written (to its temporary file of the run's output transaction) as
            # soon as the core has it, and let go of: peak memory
            if key not in dests:
                return
            name, path, dtype = dests[key]
            ok = ~np.isnan(arr)
            np.nan_to_num(arr, copy=False)
            # with watersheds: the window written into the DEM's grid, nodata around it
            write_raster(path, arr, ok, grid, dtype,
                         offset=None if win is None else (win[0].start, win[1].start))
            results[name] = path

        _, totals = self.run_core(
            soil_conservation, dem, r_fac, k_fac, lulc, valid, usle_c, usle_p,
            grid.cell_width,
            threshold=self.parameterAsInt(parameters, self.THRESHOLD, context),
            k_b=self.parameterAsDouble(parameters, self.K_B, context),
            ic0=self.parameterAsDouble(parameters, self.IC0, context),
            sdr_max=self.parameterAsDouble(parameters, self.SDR_MAX, context),
            l_max=self.parameterAsDouble(parameters, self.L_MAX, context),
            method=method, drainage=drainage, zones=zones,
            progress=self.progress(feedback, 5, 90), sink=sink)
        self.check_canceled(feedback)
        results = {name: results[name] for name, _, _, _ in self.RASTERS if name in results}
        rows = []
        for zone, wid in ids:
            t = totals.get(zone, {})
            rows.append([wid if isinstance(wid, (int, float, str)) else str(wid)]
                        + [t.get(k, 0.0) for k in ("usle_tot", "sed_export", "sed_dep",
                                                    "avoid_exp", "avoid_eros")])
        id_kind = "int64" if all(isinstance(r[0], int) for r in rows) else (
            "double" if all(isinstance(r[0], (int, float)) for r in rows) else "string")
        if parameters.get(self.WATERSHED_TABLE):
            dest = write_table(self, parameters, self.WATERSHED_TABLE, context,
                               [("ws_id", id_kind), ("usle_tot", "double"),
                                ("sed_export", "double"), ("sed_dep", "double"),
                                ("avoid_exp", "double"), ("avoid_eros", "double")], rows)
            results[self.WATERSHED_TABLE] = dest
        results[self.TOTAL_SOIL_CONSERVATION] = float(sum(r[5] for r in rows))
        results[self.TOTAL_SED_EXPORT] = float(sum(r[2] for r in rows))
        results[self.TOTAL_USLE] = float(sum(r[1] for r in rows))
        feedback.setProgress(100)
        return results
