"""Base class shared by every Eco-Economic Planner algorithm."""
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputLayerDefinition)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import InputError
from ..core.progress import Canceled, Progress
from . import deps

ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons")

# Group ids are API (models refer to them); the names are translated with a fixed context so
# pylupdate5 and the run-time lookup agree (see i18n/README.md).
GROUP_IDS = ("general", "ecosystem", "ecosecurity", "industry", "landuse", "synthesis")


def group_name(group_id):
    names = {
        "general": QCoreApplication.translate("EcoEconGroups", "General raster tools"),
        "ecosystem": QCoreApplication.translate("EcoEconGroups", "Ecosystem services"),
        "ecosecurity": QCoreApplication.translate("EcoEconGroups", "Ecological security pattern"),
        "industry": QCoreApplication.translate("EcoEconGroups", "Economic production pattern"),
        "landuse": QCoreApplication.translate("EcoEconGroups", "Land-use scenarios"),
        "synthesis": QCoreApplication.translate("EcoEconGroups",
                                                "Conflicts and development pattern"),
    }
    return names[group_id]


def output_skipped(alg, parameters, name):
    """True when ``name`` is an optional output the caller did not ask for: left out of
    ``parameters`` (qgis_process, processing.run) or skipped in the dialog. Its writer then
    writes nothing and the results leave it out."""
    from .compat import FLAG_OPTIONAL
    d = alg.parameterDefinition(name)
    if d is None or not d.isDestination() or not (d.flags() & FLAG_OPTIONAL):
        return False
    v = parameters.get(name)
    if isinstance(v, QgsProcessingOutputLayerDefinition):
        v = v.sink.staticValue()
    return v is None or v == ""


class EcoEconAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` (lower case, fixed: it is API), ``GROUP_ID`` and, when they need
    packages QGIS does not ship, ``REQUIRES`` (import names, see :mod:`algorithms.deps`); they
    implement ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``.

    Rules every subclass follows: all user-facing strings go through ``self.tr``; all inputs are
    read and checked and all computing is done before the first output is written; core
    ``InputError`` becomes a ``QgsProcessingException`` (use :meth:`run_core`).
    """

    NAME = ""
    GROUP_ID = "general"
    REQUIRES = ()

    def tr(self, string):
        return QCoreApplication.translate(type(self).__name__, string)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.NAME

    def group(self):
        return group_name(self.GROUP_ID)

    def groupId(self):
        return self.GROUP_ID

    def icon(self):
        path = os.path.join(ICON_DIR, self.GROUP_ID + ".svg")
        return QIcon(path if os.path.exists(path) else os.path.join(ICON_DIR, "ecoecon.svg"))

    def svgIconPath(self):
        path = os.path.join(ICON_DIR, self.GROUP_ID + ".svg")
        return path if os.path.exists(path) else os.path.join(ICON_DIR, "ecoecon.svg")

    def add_advanced(self, param):
        """Add ``param`` under "Advanced parameters" of the dialog."""
        from .compat import FLAG_ADVANCED
        param.setFlags(param.flags() | FLAG_ADVANCED)
        self.addParameter(param)

    # --- dependencies -------------------------------------------------------------------
    def canExecute(self):
        msg = deps.missing_message(self.REQUIRES)
        return (False, msg) if msg else (True, "")

    def check_dependencies(self):
        msg = deps.missing_message(self.REQUIRES)
        if msg:
            raise QgsProcessingException(msg)

    # --- progress, cancel, errors --------------------------------------------------------
    @staticmethod
    def progress(feedback, start=0.0, stop=100.0):
        """A core :class:`Progress` that drives ``feedback`` between ``start`` and ``stop`` %."""
        return Progress(callback=feedback.setProgress if feedback else None,
                        is_canceled=feedback.isCanceled if feedback else None,
                        start=start, stop=stop)

    def run_core(self, func, *args, **kwargs):
        """Call a core function, turning its input errors and cancellation into
        ``QgsProcessingException`` with the core's message."""
        try:
            return func(*args, **kwargs)
        except Canceled:
            raise QgsProcessingException(self.tr("Canceled by the user; nothing was written."))
        except InputError as e:
            raise QgsProcessingException(str(e))

    def check_canceled(self, feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled by the user; nothing was written."))
