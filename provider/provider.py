"""The Processing provider ``ecoecon``: every algorithm under ``algorithms/`` and every model in
``resources/models/``."""
import glob
import importlib
import inspect
import os
import pkgutil

from qgis.core import (Qgis, QgsMessageLog, QgsProcessingModelAlgorithm,
                       QgsProcessingProvider)
from qgis.PyQt.QtGui import QIcon

from .. import algorithms
from ..algorithms.base import ICON_DIR, EcoEconAlgorithm

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
MODEL_DIR = os.path.join(PLUGIN_DIR, "resources", "models")


def algorithm_classes():
    """Every concrete algorithm class below ``algorithms/``, sorted by id.

    A module that cannot be imported (a missing package imported at module level — which
    the code avoids — or a bug) is reported in the QGIS log and skipped, so one broken
    family never stops the plugin from loading.
    """
    found = {}
    prefix = algorithms.__name__ + "."
    for info in pkgutil.walk_packages(algorithms.__path__, prefix):
        try:
            mod = importlib.import_module(info.name)
        except Exception as e:  # pragma: no cover - reported to the user
            QgsMessageLog.logMessage("Eco-Economic Planner: cannot load %s: %s"
                                     % (info.name, e), "Processing", Qgis.MessageLevel.Warning)
            continue
        for _, cls in inspect.getmembers(mod, inspect.isclass):
            if (issubclass(cls, EcoEconAlgorithm) and cls is not EcoEconAlgorithm
                    and cls.__module__ == mod.__name__ and cls.NAME):
                found[cls.NAME] = cls
    return [found[k] for k in sorted(found)]


def model_paths():
    return sorted(glob.glob(os.path.join(MODEL_DIR, "*.model3")))


class EcoEconProvider(QgsProcessingProvider):
    def id(self):
        return "ecoecon"

    def name(self):
        return "Eco-Economic Planner"

    def longName(self):
        return self.name()

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):
        return os.path.join(ICON_DIR, "ecoecon.svg")

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        for path in model_paths():
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                model.setSourceFilePath(path)
                self.addAlgorithm(model)
            else:  # pragma: no cover
                QgsMessageLog.logMessage("Eco-Economic Planner: cannot read model %s" % path,
                                         "Processing", Qgis.MessageLevel.Warning)
