"""ecoecon:carbonstorage — carbon stored per cell from a pools table (InVEST 3.20 Carbon)."""
from qgis.core import (QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ...core.ecosystem.carbonstorage import POOLS, carbon_storage
from ..base import EcoEconAlgorithm
from ..compat import TYPE_VECTOR
from ..raster_io import read_aligned, read_raster, require_projected, write_raster
from ..tables import write_table
from .inputs import read_lulc_table


class CarbonStorage(EcoEconAlgorithm):
    NAME = "carbonstorage"
    GROUP_ID = "ecosystem"

    LULC, POOLS_TABLE, LULC_FUTURE = "LULC", "POOLS", "LULC_FUTURE"
    OUTPUT, FUTURE, CHANGE, SUMMARY = "OUTPUT", "FUTURE", "CHANGE", "SUMMARY"
    TOTAL, TOTAL_FUTURE, TOTAL_CHANGE = "TOTAL", "TOTAL_FUTURE", "TOTAL_CHANGE"

    def displayName(self):
        return self.tr("Carbon storage (InVEST)")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LULC, self.tr("Land-use map (current / baseline)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POOLS_TABLE, self.tr("Carbon pools table (lucode, c_above, c_below, c_soil, "
                                      "c_dead; Mg/ha)"), [TYPE_VECTOR]))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.LULC_FUTURE, self.tr("Future (alternate) land-use map"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Carbon storage (Mg/ha)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.FUTURE, self.tr("Future carbon storage (Mg/ha)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CHANGE, self.tr("Change in carbon storage (Mg/ha)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Carbon totals"), TYPE_VECTOR, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL, self.tr("Total carbon (Mg)")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_FUTURE,
                                                 self.tr("Total future carbon (Mg)")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_CHANGE,
                                                 self.tr("Total change in carbon (Mg)")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.LULC, context)
        name = layer.name() if layer else self.tr("land-use map")
        lulc, valid, grid = read_raster(layer, 1, name)
        require_projected(grid, name)
        _, codes, pools = read_lulc_table(self, parameters, self.POOLS_TABLE, context,
                                          self.tr("carbon pools table"), POOLS)
        fut_layer = self.parameterAsRasterLayer(parameters, self.LULC_FUTURE, context)
        fut = vfut = None
        if fut_layer is not None:
            fut, vfut = read_aligned(fut_layer, grid, 1, fut_layer.name(), "nearest", feedback)
        feedback.setProgress(20)
        res = self.run_core(carbon_storage, lulc, valid, codes, pools, grid.cell_area, fut,
                            vfut, progress=self.progress(feedback, 20, 70))
        self.check_canceled(feedback)
        if fut is not None:
            both, n_cur = int(res.valid_change.sum()), int(res.valid.sum())
            if both < n_cur or both < int(res.valid_future.sum()):
                feedback.pushWarning(self.tr(
                    "The future land-use map {} and the current map {} hold data on different "
                    "cells: {} cells have data in both, of {} in the current map ({:.1%}) and "
                    "{} in the future map. The totals cover different areas and are not "
                    "comparable; the change is computed only where both maps hold data. Give "
                    "maps of the same extent for a comparison.").format(
                    fut_layer.name(), name, both, n_cur, both / max(n_cur, 1),
                    int(res.valid_future.sum())))
        ha = grid.cell_area / 1e4
        rows = [[self.tr("current"), res.total, _mean(res.total, ha, res.valid),
                 int(res.valid.sum())]]
        if fut is not None:
            rows.append([self.tr("future"), res.total_future,
                         _mean(res.total_future, ha, res.valid_future),
                         int(res.valid_future.sum())])
            rows.append([self.tr("change"), res.total_change,
                         _mean(res.total_change, ha, res.valid_change),
                         int(res.valid_change.sum())])
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        write_raster(out, res.storage, res.valid, grid, "Float32")
        results = {self.OUTPUT: out, self.TOTAL: res.total, self.TOTAL_FUTURE: None,
                   self.TOTAL_CHANGE: None}
        if fut is not None:
            for key, arr, ok in ((self.FUTURE, res.future, res.valid_future),
                                 (self.CHANGE, res.change, res.valid_change)):
                path = self.parameterAsOutputLayer(parameters, key, context)
                if path:
                    write_raster(path, arr, ok, grid, "Float32")
                    results[key] = path
            results[self.TOTAL_FUTURE] = res.total_future
            results[self.TOTAL_CHANGE] = res.total_change
        if parameters.get(self.SUMMARY) is not None:
            results[self.SUMMARY] = write_table(
                self, parameters, self.SUMMARY, context,
                [("map", "string"), ("total_mg", "double"), ("mean_mg_ha", "double"),
                 ("cells", "int64")], rows)
        feedback.pushInfo(self.tr("Total carbon: {:.6g} Mg.").format(res.total))
        if fut is not None:
            feedback.pushInfo(self.tr("Future: {:.6g} Mg; change: {:.6g} Mg.").format(
                res.total_future, res.total_change))
        feedback.setProgress(100)
        return results


def _mean(total, ha, valid):
    n = int(valid.sum())
    return total / (n * ha) if n else None
