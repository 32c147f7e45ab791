"""Plugin object: registers the Processing provider, loads the translation that matches QGIS's
language, makes the plugin's private package folder importable and offers the package
installer in the Plugins menu."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

PLUGIN_DIR = os.path.dirname(__file__)
MENU = "Eco-Economic Planner"

# Chinese as QGIS names it. QGIS's Options dialog stores the name of its own catalogue
# (qgis_zh-Hans.qm -> "zh-Hans", qgis_zh-Hant.qm -> "zh-Hant"); a system locale gives
# "zh_CN", "zh_TW", "zh_HK", ... Simplified Chinese maps to ecoecon_zh_CN.qm. There is no
# Traditional Chinese catalogue: Traditional codes get English (not Simplified Chinese, which
# a Traditional reader did not ask for) until an ecoecon_zh_TW.qm is added.
_SIMPLIFIED = {"zh", "zh_hans", "zh_cn", "zh_sg", "zh_hans_cn", "zh_hans_sg", "zh_my",
               "zh_hans_my"}
_TRADITIONAL = {"zh_hant", "zh_tw", "zh_hk", "zh_mo", "zh_hant_tw", "zh_hant_hk",
                "zh_hant_mo"}


def locale_name():
    """The language QGIS itself uses: ``QgsApplication.translation()`` where the running QGIS
    says it, else what QGIS decides at start-up: ``locale/userLocale`` when
    ``locale/overrideFlag`` is true and a locale is set, the system locale otherwise."""
    code = ""
    app = QgsApplication.instance()
    try:  # an instance method in 3.22, static later: calling it on the instance fits both
        code = (app.translation() if app is not None else "") or ""
    except (AttributeError, TypeError):  # pragma: no cover
        code = ""
    if not code:
        s = QgsSettings()
        user = s.value("locale/userLocale", "") or ""
        if s.value("locale/overrideFlag", False, type=bool) and user:
            code = user
        else:
            code = QLocale().name()
    return str(code or "en")


def catalogue_names(code):
    """Catalogue suffixes to try for a QGIS language code, best first (may be empty)."""
    norm = str(code or "").replace("-", "_").split(".")[0].split("@")[0]
    low = norm.lower()
    if low in _SIMPLIFIED or low.startswith("zh_hans"):
        return ["zh_CN"]
    if low in _TRADITIONAL or low.startswith("zh_hant"):
        return ["zh_TW"]  # none is shipped: English
    parts = norm.split("_")
    out = [norm] if norm else []
    if len(parts) > 1 and parts[0]:
        out.append(parts[0])
    return out


def catalogue_path(code):
    """The ``i18n/ecoecon_<x>.qm`` that serves ``code``, or None (English)."""
    for cand in catalogue_names(code):
        path = os.path.join(PLUGIN_DIR, "i18n", "ecoecon_%s.qm" % cand)
        if os.path.exists(path):
            return path
    return None


def load_translator(locale=None):
    """Install the translator for ``locale`` (default: QGIS's language) when a catalogue
    exists. Returns the translator (keep a reference) or None."""
    path = catalogue_path(locale or locale_name())
    if path:
        tr = QTranslator()
        if tr.load(path):
            QCoreApplication.installTranslator(tr)
            return tr
    return None


def install_core_translation():
    """Route the messages of ``core/`` (which cannot import Qt) through Qt's translators."""
    from .core import i18n
    i18n.set_translator(QCoreApplication.translate)


class EcoEconPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None  # keep a reference: an unreferenced provider is garbage-collected
        self.action = None
        from .algorithms import deps
        deps.activate()  # before any algorithm imports an optional package
        self.translator = load_translator()
        install_core_translation()

    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            from .provider.provider import EcoEconProvider
            self.provider = EcoEconProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is not None:
            from qgis.PyQt.QtGui import QIcon
            from qgis.PyQt.QtWidgets import QAction
            self.action = QAction(
                QIcon(os.path.join(PLUGIN_DIR, "resources", "icons", "ecoecon.svg")),
                QCoreApplication.translate("EcoEconPlugin", "Install missing Python packages…"),
                self.iface.mainWindow())
            self.action.setObjectName("ecoecon_install_packages")
            self.action.triggered.connect(self.open_installer)
            self.iface.addPluginToMenu(MENU, self.action)

    def open_installer(self):
        """The installer algorithm's dialog (the same as from the Processing Toolbox)."""
        import processing
        from .algorithms.deps import INSTALLER_ID
        dlg = processing.createAlgorithmDialog(INSTALLER_ID, {})
        if dlg is not None:
            dlg.show()
        return dlg

    def unload(self):
        if self.action is not None:
            remove = getattr(self.iface, "removePluginMenu", None)
            if remove is not None:
                remove(MENU, self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
