"""Start QGIS headless with Processing and the Eco-Economic Planner provider (for scripts)."""
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_KEEP = []


def start():
    """Returns the provider. Keeps the QgsApplication and the provider referenced."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    if "ecoecon" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "ecoecon", os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT])
        mod = importlib.util.module_from_spec(spec)
        sys.modules["ecoecon"] = mod
        spec.loader.exec_module(mod)
    from ecoecon.provider.provider import EcoEconProvider
    prov = EcoEconProvider()
    QgsApplication.processingRegistry().addProvider(prov)
    _KEEP.extend([app, prov])
    return prov
