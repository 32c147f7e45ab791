"""ecoecon:wateryield — InVEST 3.20 Annual Water Yield (Budyko / Zhang)."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ...core.ecosystem.wateryield import water_yield, zonal_means
from ..base import EcoEconAlgorithm
from ..compat import FIELD_ANY, NUMBER_DOUBLE, TYPE_VECTOR, TYPE_VECTOR_POLYGON
from ..raster_io import read_aligned, read_raster, require_projected, write_raster
from ..tables import write_table
from .inputs import polygon_zones, read_lulc_table


class WaterYield(EcoEconAlgorithm):
    NAME = "wateryield"
    GROUP_ID = "ecosystem"

    LULC, PRECIP, ETO, DEPTH, PAWC = "LULC", "PRECIP", "ETO", "DEPTH", "PAWC"
    BIOPHYSICAL, Z, WATERSHEDS, WATERSHED_ID = "BIOPHYSICAL", "Z", "WATERSHEDS", "WATERSHED_ID"
    OUTPUT, AET, WATERSHED_TABLE = "OUTPUT", "AET", "WATERSHED_TABLE"

    def displayName(self):
        return self.tr("Water yield (InVEST)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.LULC, self.tr("Land-use map")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PRECIP, self.tr("Precipitation (mm/yr)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.ETO, self.tr("Reference evapotranspiration ET0 (mm/yr)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEPTH, self.tr("Depth to root-restricting layer (mm)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PAWC, self.tr("Plant-available water content (fraction)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BIOPHYSICAL, self.tr("Biophysical table (lucode, kc, root_depth, lulc_veg)"),
            [TYPE_VECTOR]))
        self.addParameter(QgsProcessingParameterNumber(
            self.Z, self.tr("Seasonality constant Z"), NUMBER_DOUBLE, 5.0, minValue=1.0,
            maxValue=30.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WATERSHEDS, self.tr("Watershed polygons"), [TYPE_VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WATERSHED_ID, self.tr("Watershed id field"), None, self.WATERSHEDS, FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Water yield (mm/yr)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.AET, self.tr("Actual evapotranspiration (mm/yr)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.WATERSHED_TABLE, self.tr("Water yield per watershed"), TYPE_VECTOR,
            optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.LULC, context)
        name = layer.name() if layer else self.tr("land-use map")
        lulc, vl, grid = read_raster(layer, 1, name)
        require_projected(grid, name)
        arrays = []
        for i, key in enumerate((self.PRECIP, self.ETO, self.DEPTH, self.PAWC)):
            self.check_canceled(feedback)
            lyr = self.parameterAsRasterLayer(parameters, key, context)
            arrays.extend(read_aligned(lyr, grid, 1, lyr.name() if lyr else key, "nearest",
                                       feedback))
            feedback.setProgress(5 * (i + 1))
        table, codes, bio = read_lulc_table(self, parameters, self.BIOPHYSICAL, context,
                                            self.tr("biophysical table"), ("kc", "lulc_veg"))
        # root_depth is only used for vegetated classes (InVEST ignores it elsewhere), so it
        # may be empty there
        roots = table.numbers("root_depth", allow_empty=True)
        for c, r, v in zip(codes, roots, bio["lulc_veg"]):
            if r is None and v == 1:
                raise QgsProcessingException(
                    self.tr("The biophysical table has no root_depth for the vegetated class "
                            "{}.").format(c))
        bio["root_depth"] = [1.0 if r is None else r for r in roots]
        z = self.parameterAsDouble(parameters, self.Z, context)
        ws = None
        if parameters.get(self.WATERSHEDS) not in (None, ""):
            ws = self.parameterAsSource(parameters, self.WATERSHEDS, context)
        feedback.setProgress(20)
        res = self.run_core(water_yield, lulc, vl, *arrays, codes, bio["kc"],
                            bio["root_depth"], bio["lulc_veg"], z,
                            progress=self.progress(feedback, 20, 70))
        rows = None
        if ws is not None:
            id_field = self.parameterAsString(parameters, self.WATERSHED_ID, context)
            zones = polygon_zones(ws, grid, context, id_field or None, feedback)
            self.check_canceled(feedback)
            layers = [(arrays[0], arrays[1]), (res.pet, res.valid_pet),
                      (res.aet, res.valid), (res.wyield, res.valid)]
            means, counts = zonal_means([z_[2] for z_ in zones], layers)
            id_kind = _id_kind(ws, id_field)
            rows = []
            for (fid, area, _), m, n in zip(zones, means, counts):
                m = [None if np.isnan(v) else float(v) for v in m]
                vol = None if m[3] is None else m[3] * area / 1000.0
                if fid is not None:
                    fid = {"int64": int, "double": float, "string": str}[id_kind](fid)
                rows.append([fid] + m + [vol, int(n[3])])
        feedback.setProgress(80)
        self.check_canceled(feedback)
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(out, res.wyield, res.valid, grid, "Float32")
        results = {self.OUTPUT: out}
        aet_path = self.parameterAsOutputLayer(parameters, self.AET, context)
        if aet_path:
            write_raster(aet_path, res.aet, res.valid, grid, "Float32")
            results[self.AET] = aet_path
        if rows is not None and parameters.get(self.WATERSHED_TABLE) is not None:
            results[self.WATERSHED_TABLE] = write_table(
                self, parameters, self.WATERSHED_TABLE, context,
                [("ws_id", id_kind), ("precip_mn", "double"), ("PET_mn", "double"),
                 ("AET_mn", "double"), ("wyield_mn", "double"), ("wyield_vol", "double"),
                 ("cells", "int64")], rows)
        if res.valid.any():
            feedback.pushInfo(self.tr("Mean water yield: {:.6g} mm/yr over {} cells.").format(
                float(res.wyield[res.valid].mean()), int(res.valid.sum())))
        feedback.setProgress(100)
        return results


def _id_kind(source, id_field):
    """Field kind of the watershed id in the output table: the id field's own kind (integer,
    real or text), or integer for the feature id."""
    if not id_field:
        return "int64"
    for f in source.fields():
        if f.name().lower() == id_field.lower():
            if f.isNumeric():
                return "int64" if "int" in f.typeName().lower() else "double"
            return "string"
    return "string"
