"""ecoecon:ecologicalsources — source patches: cells of the chosen classes, patches ≥ area."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString)

from ...core.patches import patches_min_area, size_guidance
from ..base import EcoEconAlgorithm
from ..compat import NUMBER_DOUBLE, TYPE_VECTOR_POLYGON, WKB_MULTIPOLYGON
from ..raster_io import INT_NODATA, read_raster, require_projected, write_raster
from ..tables import parse_numbers
from ..vector_io import polygonize_labels, write_features


class EcologicalSources(EcoEconAlgorithm):
    NAME = "ecologicalsources"
    GROUP_ID = "ecosecurity"
    REQUIRES = ("scipy",)

    INPUT, BAND, CLASSES, MIN_AREA, CONNECTIVITY = ("INPUT", "BAND", "CLASSES", "MIN_AREA",
                                                    "CONNECTIVITY")
    OUTPUT, POLYGONS, N_SOURCES, TOTAL_AREA = "OUTPUT", "POLYGONS", "N_SOURCES", "TOTAL_AREA"

    def displayName(self):
        return self.tr("Ecological sources")

    def initAlgorithm(self, config=None):
        self.add_raster_and_band(self.INPUT, self.tr("Importance class raster"), self.BAND)
        self.addParameter(QgsProcessingParameterString(
            self.CLASSES, self.tr("Source class value(s), comma separated"), defaultValue="4"))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, self.tr("Minimum patch area (km²)"), NUMBER_DOUBLE, 10.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.CONNECTIVITY, self.tr("Patch connectivity"),
            [self.tr("8 neighbours (FRAGSTATS default)"), self.tr("4 neighbours")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Source patches (raster)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.POLYGONS, self.tr("Source patches"), TYPE_VECTOR_POLYGON))
        self.addOutput(QgsProcessingOutputNumber(self.N_SOURCES, self.tr("Number of sources")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_AREA,
                                                 self.tr("Total source area (km²)")))

    #: fewer sources than this is "a handful": the log then suggests other minimum areas
    FEW_SOURCES = 5

    def _guide(self, all_areas, kept, min_area, feedback):
        """Log the patch-size distribution of the chosen classes and, when the minimum area
        leaves only a handful of sources, the minimum areas that would give 10, 50, 200."""
        g = size_guidance(all_areas)
        if g["n"] == 0:
            return
        q = g["quantiles"]
        feedback.pushInfo(self.tr(
            "Patches of the chosen classes: {} (area km²: smallest {:.4g}, median {:.4g}, "
            "90th percentile {:.4g}, largest {:.4g}).").format(g["n"], *q))
        bins = []
        for lo, hi, n in g["bins"]:
            bins.append(self.tr("{:g}–{:g} km²: {}").format(lo, hi, n) if hi is not None
                        else self.tr("≥ {:g} km²: {}").format(lo, n))
        feedback.pushInfo(self.tr("Patch sizes: {}.").format("; ".join(bins)))
        if kept < self.FEW_SOURCES:
            hints = []
            for k, a in sorted(g["minimum_for"].items()):
                if a is None:
                    hints.append(self.tr("{} sources: not possible ({} patches in all)")
                                 .format(k, g["n"]))
                else:
                    hints.append(self.tr("{} sources: minimum area ≤ {:.4g} km²").format(k, a))
            feedback.pushWarning(self.tr(
                "The minimum area of {:g} km² leaves {} source(s); the default may not fit "
                "this region (its cell size or extent). {}.").format(
                min_area, kept, "; ".join(hints)))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        name = layer.name() if layer else self.tr("class raster")
        arr, valid, grid = read_raster(layer, self.parameterAsInt(parameters, self.BAND,
                                                                 context), name)
        require_projected(grid, name)
        classes = parse_numbers(self.parameterAsString(parameters, self.CLASSES, context),
                                self.tr("Source class values"))
        if not classes:
            raise QgsProcessingException(self.tr("Give at least one source class value."))
        mask = valid & np.isin(arr, classes)
        if not mask.any():
            present = np.unique(arr[valid])
            shown = ", ".join("%g" % v for v in present[:20]) + (" …" if present.size > 20
                                                                   else "")
            raise QgsProcessingException(
                self.tr("No cell of {} has the class value(s) {}. The raster holds: {}.")
                .format(name, ", ".join("%g" % c for c in classes), shown))
        feedback.setProgress(20)
        conn = 8 if self.parameterAsEnum(parameters, self.CONNECTIVITY, context) == 0 else 4
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        labels, areas, largest, all_areas = patches_min_area(mask, grid.cell_area, min_area,
                                                             conn, all_areas=True)
        self._guide(all_areas, areas.size, min_area, feedback)
        if areas.size == 0:
            raise QgsProcessingException(
                self.tr("No patch of class {} reaches the minimum area of {:g} km²: the largest "
                        "is {:.4g} km². Lower the minimum area or include more classes.")
                .format(", ".join("%g" % c for c in classes), min_area, largest))
        feedback.pushInfo(self.tr("{} source patches, {:.4g} km² in all.").format(
            areas.size, areas.sum()))
        self.check_canceled(feedback)
        feedback.setProgress(50)
        geoms = polygonize_labels(labels, grid, conn)
        self.check_canceled(feedback)
        feedback.setProgress(80)
        counts = np.bincount(labels.ravel(), minlength=areas.size + 1)[1:]
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(path, labels, valid, grid, "Int32", nodata=INT_NODATA)
        records = [(geoms[i], [i, float(areas[i - 1]), int(counts[i - 1])])
                   for i in range(1, areas.size + 1)]
        dest = write_features(self, parameters, self.POLYGONS, context,
                              [("id", "int"), ("area_km2", "double"), ("cells", "int64")],
                              WKB_MULTIPOLYGON, grid.crs, records)
        feedback.setProgress(100)
        return {self.OUTPUT: path, self.POLYGONS: dest, self.N_SOURCES: int(areas.size),
                self.TOTAL_AREA: float(areas.sum())}
