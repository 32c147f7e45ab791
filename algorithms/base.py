"""Base class shared by every Eco-Economic Planner algorithm."""
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterBand, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core import vocabulary
from ..core.errors import InputError
from ..core.progress import Canceled, Progress
from . import deps, outputs
from .compat import FLAG_ADVANCED, NUMBER_INTEGER
from .help import help_html

ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons")


def _homepage():
    """``homepage`` of metadata.txt (the one place the project's address is written)."""
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "metadata.txt")
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("homepage="):
                    return line.split("=", 1)[1].strip()
    except OSError:  # pragma: no cover
        pass
    return ""


HOMEPAGE = _homepage()

# The display names of core.vocabulary (source grades, corridor types, conflict elements) in
# the interface's language (i18n/zh_CN/core.ts, context EcoEconVocabulary). The core's general
# translation hook, when there is one, takes this over.
vocabulary._tr = lambda text: QCoreApplication.translate("EcoEconVocabulary", text)

# Group ids are API (models refer to them); the names are translated with a fixed context so
# pylupdate5 and the run-time lookup agree (see scripts/i18n.py).
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


class EcoEconAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` (lower case, fixed: it is API), ``GROUP_ID`` and, when they need
    packages QGIS does not ship, ``REQUIRES`` (import names, see :mod:`algorithms.deps`); they
    implement ``displayName``, ``initAlgorithm`` and ``processAlgorithm``; their help is the file
    ``resources/help/<NAME>.md`` and its translations (see :mod:`algorithms.help`).

    Rules every subclass follows: all user-facing strings go through ``self.tr``; all inputs are
    read and checked and all computing is done before the first output is written; core
    ``InputError`` becomes a ``QgsProcessingException`` (use :meth:`run_core`).
    """

    NAME = ""
    GROUP_ID = "general"
    REQUIRES = ()
    #: number parameters whose minimum (maximum) value is excluded, e.g. ``("K",)`` for K > 0
    #: with ``minValue=0`` (see :meth:`check_number_ranges`)
    EXCLUSIVE_MIN = ()
    EXCLUSIVE_MAX = ()

    def __init_subclass__(cls, **kwargs):
        """Every ``processAlgorithm`` runs inside an output transaction (outputs all or
        nothing, destinations and number ranges checked before any work): see
        :mod:`algorithms.outputs`."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "__wrapped_by_outputs__", False):
            def checked(self, parameters, context, feedback, _process=process):
                msg = self.check_number_ranges(parameters, context)
                if msg:
                    raise QgsProcessingException(msg)
                return _process(self, parameters, context, feedback)
            checked.__name__ = "processAlgorithm"
            cls.processAlgorithm = outputs.transactional(checked)

    # The base class's own strings are translated in the context "EcoEconAlgorithm", spelled out
    # at each call so pylupdate5 finds them (``self.tr`` would look them up in the subclass's
    # context, where pylupdate5 never puts them).
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

    # --- help ----------------------------------------------------------------------------
    @staticmethod
    def help_locale():
        """The locale of the active translation of this plugin ('en' when none is installed).

        The catalogue says its own language: the translation of the message below is its
        locale code (``zh_CN`` in ``i18n/zh_CN/common.ts``), so the help follows the interface
        whichever way the translator was installed (the plugin, a test, QGIS's locale)."""
        loc = QCoreApplication.translate(
            "EcoEconHelp", "en (translate as the locale code of this translation, e.g. zh_CN)")
        return "en" if loc.startswith("en (") else loc.strip()

    def help_text(self):
        """The help of this algorithm as HTML, in the language of the interface."""
        return help_html(self.NAME, self.help_locale())

    def shortHelpString(self):
        return self.help_text()

    def helpUrl(self):
        """The algorithm's row of the README's table on the project page."""
        return "%s#%s" % (HOMEPAGE, self.NAME)

    def add_advanced(self, param):
        """Add ``param`` under "Advanced parameters" of the dialog."""
        param.setFlags(param.flags() | FLAG_ADVANCED)
        self.addParameter(param)

    # --- the shared parameter pairs ---------------------------------------------------------
    def add_raster_and_band(self, layer_id, label, band_id, band_label=None, optional=False,
                            defaultValue=None):  # noqa: N803 (QGIS's keyword)
        """A raster layer parameter and its band (default 1, optional: empty = band 1)."""
        self.addParameter(QgsProcessingParameterRasterLayer(layer_id, label, defaultValue,
                                                            optional))
        self.addParameter(QgsProcessingParameterBand(
            band_id, band_label or QCoreApplication.translate("EcoEconAlgorithm", "Band"), 1,
            layer_id, optional=True))

    def add_sample_and_seed(self, sample_id, seed_id, sample_default=10000, seed_default=0):
        """The advanced pair of a seeded random sample for natural breaks: maximum sample
        size (≥ 100) and seed (≥ 0). Same seed, same breaks."""
        self.add_advanced(QgsProcessingParameterNumber(
            sample_id, QCoreApplication.translate("EcoEconAlgorithm",
                                                  "Natural breaks: maximum sample size"),
            NUMBER_INTEGER, sample_default, minValue=100))
        self.add_advanced(QgsProcessingParameterNumber(
            seed_id, QCoreApplication.translate("EcoEconAlgorithm", "Random seed of the sample"),
            NUMBER_INTEGER, seed_default, minValue=0))

    # --- parameter ranges -----------------------------------------------------------------
    def checkParameterValues(self, parameters, context):
        msg = self.check_number_ranges(parameters, context)
        if msg:
            return False, msg
        try:
            outputs.check_destinations(self, parameters, context)
        except QgsProcessingException as e:
            return False, str(e)
        return super().checkParameterValues(parameters, context)

    def check_number_ranges(self, parameters, context=None):
        """A message naming the first number parameter outside its valid range (its meaning,
        its id, the value and the range), or ``""``. Replaces QGIS's generic "Incorrect
        parameter value for Z"."""
        from qgis.core import QgsProcessingParameterNumber
        for p in self.parameterDefinitions():
            if not isinstance(p, QgsProcessingParameterNumber):
                continue
            value = parameters.get(p.name())
            if value is None or value == "":
                continue
            try:
                v = float(value)
            except (TypeError, ValueError):
                continue  # an expression or a model input: QGIS checks it
            lo, hi = p.minimum(), p.maximum()
            lo_open, hi_open = p.name() in self.EXCLUSIVE_MIN, p.name() in self.EXCLUSIVE_MAX
            has_lo, has_hi = lo > -1.7e308, hi < 1.7e308
            bad = (v != v or (has_lo and (v < lo or (lo_open and v == lo)))
                   or (has_hi and (v > hi or (hi_open and v == hi))))
            if not bad:
                continue
            if has_lo and has_hi:
                rng = QCoreApplication.translate("EcoEconAlgorithm", "between {:g} and {:g}").format(lo, hi)
                if lo_open or hi_open:
                    rng = QCoreApplication.translate("EcoEconAlgorithm", "greater than {:g} and less than {:g}").format(lo, hi) \
                        if lo_open and hi_open else (
                            QCoreApplication.translate("EcoEconAlgorithm", "greater than {:g} and at most {:g}").format(lo, hi)
                            if lo_open else
                            QCoreApplication.translate("EcoEconAlgorithm", "at least {:g} and less than {:g}").format(lo, hi))
            elif has_lo:
                rng = (QCoreApplication.translate("EcoEconAlgorithm", "greater than {:g}") if lo_open
                       else QCoreApplication.translate("EcoEconAlgorithm", "at least {:g}")).format(lo)
            else:
                rng = (QCoreApplication.translate("EcoEconAlgorithm", "less than {:g}") if hi_open
                       else QCoreApplication.translate("EcoEconAlgorithm", "at most {:g}")).format(hi)
            return QCoreApplication.translate("EcoEconAlgorithm", "{} ({}) is {:g}, but it must be {}. Give a value in this "
                           "range.").format(p.description(), p.name(), v, rng)
        return ""

    # --- dependencies -------------------------------------------------------------------
    def canExecute(self):
        msg = deps.missing_message(self.REQUIRES)
        return (False, msg) if msg else (True, "")

    def check_dependencies(self):
        msg = deps.missing_message(self.REQUIRES)
        if msg:
            raise QgsProcessingException(msg)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """Every run checks ``REQUIRES`` first (also from scripts and models, which do not
        ask :meth:`canExecute`): a missing package stops it with the pip command."""
        self.check_dependencies()
        return True

    # --- progress, cancel, errors --------------------------------------------------------
    @staticmethod
    def progress(feedback, start=0.0, stop=100.0):
        """A core :class:`Progress` that drives ``feedback`` between ``start`` and ``stop`` %."""
        return Progress(callback=feedback.setProgress if feedback else None,
                        is_canceled=feedback.isCanceled if feedback else None,
                        start=start, stop=stop, log=feedback.pushInfo if feedback else None)

    def run_core(self, func, *args, **kwargs):
        """Call a core function, turning its input errors and cancellation into
        ``QgsProcessingException`` with the core's message."""
        try:
            return func(*args, **kwargs)
        except Canceled:
            raise QgsProcessingException(QCoreApplication.translate(
                "EcoEconAlgorithm", "Canceled by the user; nothing was written."))
        except InputError as e:
            raise QgsProcessingException(str(e))

    def check_canceled(self, feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(QCoreApplication.translate(
                "EcoEconAlgorithm", "Canceled by the user; nothing was written."))
