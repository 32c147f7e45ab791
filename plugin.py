"""Plugin object: registers the Processing provider and loads the translation."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

PLUGIN_DIR = os.path.dirname(__file__)


def locale_name():
    """The user's QGIS locale, e.g. 'zh_CN' (the override setting first, as QGIS does)."""
    s = QgsSettings()
    if s.value("locale/overrideFlag", False, type=bool):
        loc = s.value("locale/userLocale", "") or ""
    else:
        loc = QLocale.system().name()
    return str(loc or "en")


def load_translator(locale=None):
    """Install the translator for ``locale`` if ``i18n/ecoecon_<locale>.qm`` exists.
    Returns the translator (keep a reference) or None."""
    loc = locale or locale_name()
    for cand in (loc, loc.split("_")[0]):
        path = os.path.join(PLUGIN_DIR, "i18n", "ecoecon_%s.qm" % cand)
        if os.path.exists(path):
            tr = QTranslator()
            if tr.load(path):
                QCoreApplication.installTranslator(tr)
                return tr
    return None


class EcoEconPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None  # keep a reference: an unreferenced provider is garbage-collected
        self.translator = load_translator()

    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            from .provider.provider import EcoEconProvider
            self.provider = EcoEconProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
