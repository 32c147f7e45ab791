"""ecoecon:habitatquality — InVEST Habitat Quality: degradation, quality and rarity."""
import os

from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsRasterLayer)

from ...core.ecosystem.habitatquality import METHODS, Threat, habitat_quality, rarity
from ..base import EcoEconAlgorithm
from ..compat import (FIELD_NUMERIC, NUMBER_DOUBLE, TYPE_RASTER, TYPE_VECTOR,
                      TYPE_VECTOR_POLYGON)
from ..raster_io import read_aligned, read_raster, require_projected, write_raster
from ..tables import read_table, write_table
from .inputs import code_field, rasterize_attribute, table_dir


def _stem(path):
    return os.path.splitext(os.path.basename(str(path).split("|")[0]))[0].lower()


class HabitatQuality(EcoEconAlgorithm):
    NAME = "habitatquality"
    GROUP_ID = "ecosystem"
    EXCLUSIVE_MIN = ("K",)

    LULC, THREATS, THREAT_RASTERS, SENSITIVITY = ("LULC", "THREATS", "THREAT_RASTERS",
                                                  "SENSITIVITY")
    ACCESS, ACCESS_FIELD, K, METHOD, DIST_UNITS, BASELINE = (
        "ACCESS", "ACCESS_FIELD", "K", "METHOD", "DIST_UNITS", "BASELINE")
    DEGRADATION, QUALITY, RARITY, RARITY_TABLE = ("DEGRADATION", "QUALITY", "RARITY",
                                                  "RARITY_TABLE")

    def displayName(self):
        return self.tr("Habitat quality (InVEST)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LULC, self.tr("Land-use map (current)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.THREATS, self.tr("Threats table (threat, max_dist, weight, decay)"),
            [TYPE_VECTOR]))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.THREAT_RASTERS, self.tr("Threat rasters (else: cur_path of the table)"),
            TYPE_RASTER, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SENSITIVITY, self.tr("Sensitivity table (lucode, habitat, one column per "
                                      "threat)"), [TYPE_VECTOR]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ACCESS, self.tr("Access polygons"), [TYPE_VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ACCESS_FIELD, self.tr("Access field (0–1)"), "access", self.ACCESS,
            FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, self.tr("Half-saturation constant k"), NUMBER_DOUBLE, 0.5,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Threat impact"),
            [self.tr("Nearest threat cell (InVEST 3.13+)"),
             self.tr("Convolution over all threat cells (InVEST 3.3–3.12)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DIST_UNITS, self.tr("Units of max_dist"),
            [self.tr("Metres (InVEST 3.15+)"), self.tr("Kilometres (InVEST before 3.15)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.BASELINE, self.tr("Baseline land-use map (for rarity)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.DEGRADATION, self.tr("Habitat degradation")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.QUALITY, self.tr("Habitat quality")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.RARITY, self.tr("Habitat rarity"), optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.RARITY_TABLE, self.tr("Rarity per class"), TYPE_VECTOR, optional=True,
            createByDefault=True))

    # --- inputs ---------------------------------------------------------------------------
    def _threat_layers(self, parameters, context, table, names, feedback):
        layers = self.parameterAsLayerList(parameters, self.THREAT_RASTERS, context) or []
        paths = (table.values(table.field("cur_path")) if table.has("cur_path")
                 else [None] * len(names))
        folder = table_dir(self, parameters, self.THREATS, context)
        out = []
        for name, cur in zip(names, paths):
            keys = {name.lower(), name.lower() + "_c"}
            if cur:
                keys.add(_stem(cur))
            found = [lyr for lyr in layers
                     if lyr.name().lower() in keys or _stem(lyr.source()) in keys]
            if found:
                out.append(found[0])
                continue
            if cur and folder:
                path = cur if os.path.isabs(cur) else os.path.join(folder, cur)
                if os.path.exists(path):
                    lyr = QgsRasterLayer(path, name)
                    if lyr.isValid():
                        out.append(lyr)
                        continue
            raise QgsProcessingException(
                self.tr("No raster found for the threat '{}'. Add it to 'Threat rasters' "
                        "(named '{}' or '{}_c'), or give its path in the cur_path column of "
                        "the threats table.").format(name, name, name))
        return out

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.LULC, context)
        name = layer.name() if layer else self.tr("land-use map")
        lulc, valid, grid = read_raster(layer, 1, name)
        require_projected(grid, name)
        threats_t = read_table(self, parameters, self.THREATS, context, self.tr("threats table"))
        names = [str(v).strip() for v in threats_t.values("threat")]
        if any(not n for n in names):
            raise QgsProcessingException(self.tr("The threats table has a row without a "
                                                 "threat name."))
        max_d = threats_t.numbers("max_dist")
        if self.parameterAsEnum(parameters, self.DIST_UNITS, context) == 1:
            max_d = [d * 1000.0 for d in max_d]
        weights = threats_t.numbers("weight")
        decays = ([str(v).strip().lower() for v in threats_t.values("decay")]
                  if threats_t.has("decay") else ["linear"] * len(names))
        sens_t = read_table(self, parameters, self.SENSITIVITY, context,
                            self.tr("sensitivity table"))
        codes = sens_t.codes(code_field(sens_t))
        habitat = sens_t.numbers("habitat")
        sensitivity = {}
        for n in names:
            col = n if sens_t.has(n) else "L_" + n  # L_<threat>: tables before InVEST 3.15
            if not sens_t.has(col):
                raise QgsProcessingException(
                    self.tr("The sensitivity table has no column for the threat '{}' (its "
                            "columns: {}).").format(n, ", ".join(sens_t.fields)))
            sensitivity[n] = sens_t.numbers(col)
        layers = self._threat_layers(parameters, context, threats_t, names, feedback)
        threats = []
        for i, (n, lyr) in enumerate(zip(names, layers)):
            self.check_canceled(feedback)
            arr, ok = read_aligned(lyr, grid, 1, lyr.name(), "nearest", feedback,
                                   require_data=False)
            threats.append(Threat(n, max_d[i], weights[i], decays[i], arr, ok))
            feedback.setProgress(20 * (i + 1) / len(names))
        access = None
        if parameters.get(self.ACCESS) not in (None, ""):
            src = self.parameterAsSource(parameters, self.ACCESS, context)
            field = self.parameterAsString(parameters, self.ACCESS_FIELD, context) or "access"
            access = rasterize_attribute(src, grid, context, field, 1.0, 0.0, 1.0,
                                         self.tr("access"))
        base = vbase = None
        base_layer = self.parameterAsRasterLayer(parameters, self.BASELINE, context)
        if base_layer is not None:
            base, vbase = read_aligned(base_layer, grid, 1, base_layer.name(), "nearest",
                                       feedback)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        k = self.parameterAsDouble(parameters, self.K, context)
        res = self.run_core(habitat_quality, lulc, valid, codes, habitat, sensitivity,
                            threats, (grid.cell_height, grid.cell_width), k, access, method,
                            progress=self.progress(feedback, 20, 85))
        rar = None
        if base is not None:
            rar = self.run_core(rarity, lulc, valid, base, vbase, grid.cell_area)
        self.check_canceled(feedback)
        feedback.setProgress(90)
        deg_path = self.parameterAsOutputLayer(parameters, self.DEGRADATION, context)
        q_path = self.parameterAsOutputLayer(parameters, self.QUALITY, context)
        write_raster(deg_path, res.degradation, res.valid, grid, "Float32")
        write_raster(q_path, res.quality, res.valid, grid, "Float32")
        results = {self.DEGRADATION: deg_path, self.QUALITY: q_path}
        if rar is not None:
            r_path = self.parameterAsOutputLayer(parameters, self.RARITY, context)
            if r_path:
                write_raster(r_path, rar[0], rar[1], grid, "Float32")
                results[self.RARITY] = r_path
            if parameters.get(self.RARITY_TABLE) is not None:
                results[self.RARITY_TABLE] = write_table(
                    self, parameters, self.RARITY_TABLE, context,
                    [("lucode", "int"), ("rarity_value", "double")],
                    [[c, v] for c, v in sorted(rar[2].items())])
        if res.valid.any():
            feedback.pushInfo(self.tr("Degradation: mean {:.6g}, max {:.6g}; quality: mean "
                                      "{:.6g}.").format(
                float(res.degradation[res.valid].mean()),
                float(res.degradation[res.valid].max()),
                float(res.quality[res.valid].mean())))
        feedback.setProgress(100)
        return results
