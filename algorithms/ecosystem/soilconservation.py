"""ecoecon:soilconservation — RUSLE soil conservation and InVEST's SDR model (3.20)."""
import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (QgsCoordinateTransform, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ...core.ecosystem.sdr import soil_conservation
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_VECTOR,
                      TYPE_VECTOR_POLYGON)
from ..raster_io import read_aligned, read_raster, require_projected, write_raster
from ..tables import read_table, write_table

gdal.UseExceptions()


class SoilConservation(EcoEconAlgorithm):
    NAME = "soilconservation"
    GROUP_ID = "ecosystem"
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

    def shortHelpString(self):
        return self.tr(
            "Soil conservation as the ecological-security literature maps it, RKLS − USLE "
            "(potential minus actual soil loss), together with InVEST's sediment delivery "
            "ratio (SDR) model, computed as natcap.invest 3.20 does (on InVEST's sample data "
            "every cell of every output agrees with InVEST 3.20.2 within 1e-5 relative, with "
            "the same nodata cells, and the watershed totals within 1e-6).\n\n"
            "Inputs: DEM (m, projected CRS with square cells); rainfall erosivity R "
            "(MJ·mm/(ha·h·yr)); soil erodibility K (t·ha·h/(ha·MJ·mm)); land use and a "
            "biophysical table with columns lucode, usle_c and usle_p (a code of the raster "
            "missing from the table stops the run). R and K are resampled bilinearly, land "
            "use by nearest neighbour onto the DEM grid. A cell is computed only where all "
            "inputs hold data (and inside the watersheds when given).\n\n"
            "Method: the DEM is pit-filled; slope in percent from a 3×3 window; flow by D8 or "
            "MFD (default, as InVEST); flow accumulation FA counts cells, the cell itself "
            "included; streams: D8 FA > threshold, MFD traced upstream from outlets with FA ≥ "
            "threshold through cells with FA ≥ 0.7·threshold (default threshold 1000 cells); "
            "an optional drainage raster (1 = drains to the stream) is added to the streams.\n"
            "LS (Desmet & Govers, InVEST ≥ 3.14): L = ((A + c²)^(m+1) − A^(m+1)) / "
            "(c^(m+2)·x^m·22.13^m), capped at l_max (default 122), with A = √((FA − 1)·c²), "
            "c the cell size, θ = atan(slope/100), m = 0.2/0.3/0.4/0.5 for slope ≤ 1/3.5/5/9 % "
            "and β/(1 + β) above, β = (sin θ/0.0896)/(3·sin^0.8 θ + 0.56); S = 10.8·sin θ + "
            "0.03 below 9 %, 16.8·sin θ − 0.5 above.\n"
            "RKLS = R·K·LS; USLE = RKLS·C·P; soil conservation = RKLS − USLE (InVEST's "
            "avoided erosion), all in t/ha/yr and nodata on streams.\n"
            "SDR (Borselli): IC = log10(d_up/d_dn), d_up = W̄·S̄·√(FA·c²), d_dn = Σ 1/(W·S) "
            "along the flow path to the stream, W = max(C, 0.001), S = slope/100 clamped to "
            "[0.005, 1]; SDR = SDR_max/(1 + exp((IC0 − IC)/k_b)) (defaults k_b = 2, IC0 = "
            "0.5, SDR_max = 0.8), 1 on streams. Sediment export = USLE·SDR; deposition is "
            "routed from the ridges down; avoided export = (RKLS − USLE)·SDR + deposition "
            "(t/ha/yr). Cells whose flow never reaches a stream have no IC, SDR or export "
            "(nodata), as in InVEST.\n\n"
            "InVEST conventions kept on purpose, though they look odd: d_dn is counted in cell "
            "steps (no cell size and no √2, which makes IC log10(cell size) higher than a "
            "metric d_dn would); x in L is |sin θ| + |cos θ| of the slope angle, not of the "
            "aspect; MFD proportions are rounded to 4-bit integers (0–15) per direction; the "
            "drop to a diagonal neighbour is divided by √2; flats drain by the shortest path "
            "(steps 1 and √2) to their lowest edge, equally short paths chosen as "
            "pygeoprocessing's first-in-first-out queue chooses them, and flats with no lower "
            "edge drain over "
            "the raster edge or into nodata; D8 streams need FA strictly above the "
            "threshold.\n\n"
            "Outputs: soil conservation, USLE, sediment export and SDR always; RKLS, LS, IC, "
            "avoided export, deposition, streams (1/0) and flow accumulation (cells) when "
            "asked. The watershed table gives, per polygon (or for the whole area when no "
            "watersheds are given), usle_tot, sed_export, sed_dep, avoid_exp and avoid_eros in "
            "t/yr: Σ over its cells of the t/ha/yr value × cell area in ha, as InVEST 3.15+.")

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
            self.K_B, self.tr("Borselli k parameter"), NUMBER_DOUBLE, 2.0, minValue=1e-9))
        self.addParameter(QgsProcessingParameterNumber(
            self.IC0, self.tr("Borselli IC0 parameter"), NUMBER_DOUBLE, 0.5))
        self.addParameter(QgsProcessingParameterNumber(
            self.SDR_MAX, self.tr("Maximum SDR"), NUMBER_DOUBLE, 0.8, minValue=1e-9,
            maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.L_MAX, self.tr("Maximum L value (l_max)"), NUMBER_DOUBLE, 122.0,
            minValue=1e-9))
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
        """Rasterise the watershed polygons (by cell centre) on the DEM grid: zone raster
        (1..n, 0 outside) and the list of (zone, id value)."""
        drv = ogr.GetDriverByName("Memory")
        ds = drv.CreateDataSource("ws")
        srs = osr.SpatialReference()
        srs.ImportFromWkt(grid.crs_wkt)
        lyr = ds.CreateLayer("ws", srs=srs, geom_type=ogr.wkbMultiPolygon)
        lyr.CreateField(ogr.FieldDefn("zone", ogr.OFTInteger))
        xform = None
        if source.sourceCrs().isValid() and source.sourceCrs() != grid.crs:
            xform = QgsCoordinateTransform(source.sourceCrs(), grid.crs,
                                           context.transformContext())
        ids = []
        for i, feat in enumerate(source.getFeatures(), start=1):
            geom = feat.geometry()
            if geom is None or geom.isEmpty():
                continue
            if xform is not None:
                geom.transform(xform)
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("zone", i)
            f.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geom.asWkb())))
            lyr.CreateFeature(f)
            ids.append((i, feat[id_field] if id_field else feat.id()))
        if not ids:
            raise QgsProcessingException(self.tr("The watershed layer has no polygon."))
        mem = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1,
                                                 gdal.GDT_Int32)
        mem.SetGeoTransform(grid.geotransform)
        mem.SetProjection(grid.crs_wkt)
        gdal.RasterizeLayer(mem, [1], lyr, options=["ATTRIBUTE=zone"])
        return mem.GetRasterBand(1).ReadAsArray(), ids

    def processAlgorithm(self, parameters, context, feedback):
        self.check_dependencies()
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        dem, dem_ok, grid = read_raster(dem_layer, 1, self.tr("DEM"))
        require_projected(grid, self.tr("The DEM"))
        if abs(grid.cell_width - grid.cell_height) > 1e-6 * grid.cell_width:
            raise QgsProcessingException(
                self.tr("The DEM cells are {:g} × {:g}; the SDR model needs square cells. "
                        "Resample the DEM to square cells first.").format(
                    grid.cell_width, grid.cell_height))
        r_fac, r_ok = read_aligned(self.parameterAsRasterLayer(parameters, self.EROSIVITY,
                                                               context),
                                   grid, 1, self.tr("erosivity"), "bilinear", feedback)
        k_fac, k_ok = read_aligned(self.parameterAsRasterLayer(parameters, self.ERODIBILITY,
                                                               context),
                                   grid, 1, self.tr("erodibility"), "bilinear", feedback)
        lulc, l_ok = read_aligned(self.parameterAsRasterLayer(parameters, self.LULC, context),
                                  grid, 1, self.tr("land use"), "nearest", feedback)
        valid = dem_ok & r_ok & k_ok & l_ok
        drainage = None
        dr_layer = self.parameterAsRasterLayer(parameters, self.DRAINAGE, context)
        if dr_layer is not None:
            dr, dr_ok = read_aligned(dr_layer, grid, 1, self.tr("drainage"), "nearest",
                                     feedback)
            valid &= dr_ok
            drainage = dr == 1
        table = read_table(self, parameters, self.TABLE, context,
                           self.tr("biophysical table"))
        table.require("lucode", "usle_c", "usle_p")
        codes = table.codes("lucode")
        usle_c = dict(zip(codes, table.numbers("usle_c")))
        usle_p = dict(zip(codes, table.numbers("usle_p")))
        zones, ids = None, [(1, 0)]
        ws = self.parameterAsSource(parameters, self.WATERSHEDS, context)
        if ws is not None:
            id_field = self.parameterAsString(parameters, self.WS_ID_FIELD, context)
            zones, ids = self._watershed_zones(ws, id_field, grid, context)
            valid &= zones > 0
        else:
            zones = valid.astype(np.int32)
        self.check_canceled(feedback)
        feedback.setProgress(5)
        method = "mfd" if self.parameterAsEnum(parameters, self.FLOW_DIR, context) == 0 \
            else "d8"
        outputs, totals = self.run_core(
            soil_conservation, dem, r_fac, k_fac, lulc, valid, usle_c, usle_p,
            grid.cell_width,
            threshold=self.parameterAsInt(parameters, self.THRESHOLD, context),
            k_b=self.parameterAsDouble(parameters, self.K_B, context),
            ic0=self.parameterAsDouble(parameters, self.IC0, context),
            sdr_max=self.parameterAsDouble(parameters, self.SDR_MAX, context),
            l_max=self.parameterAsDouble(parameters, self.L_MAX, context),
            method=method, drainage=drainage, zones=zones,
            progress=self.progress(feedback, 5, 90))
        self.check_canceled(feedback)
        results = {}
        for name, key, always, dtype in self.RASTERS:
            path = self.parameterAsOutputLayer(parameters, name, context)
            if not path:
                continue
            arr = outputs[key]
            ok = ~np.isnan(arr)
            write_raster(path, np.nan_to_num(arr), ok, grid, dtype)
            results[name] = path
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
