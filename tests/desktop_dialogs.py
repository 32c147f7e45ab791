"""Run inside the real QGIS desktop (``qgis --code tests/desktop_dialogs.py``) by
tests/algorithms/test_desktop.py: opens the dialog of every Eco-Economic Planner algorithm,
saves a screenshot of each into $ECOECON_SHOTS and a report.json, then quits QGIS."""
import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface

OUT = os.environ["ECOECON_SHOTS"]


def _shoot():
    report = {"active_plugins": list(active_plugins), "dialogs": {}, "errors": {}}
    try:
        import processing
        prov = QgsApplication.processingRegistry().providerById("ecoecon")
        report["provider"] = prov is not None
        for alg in (prov.algorithms() if prov else []):
            try:
                dlg = processing.createAlgorithmDialog(alg.id(), {})
                if dlg is None:
                    raise RuntimeError("createAlgorithmDialog returned None")
                dlg.resize(1000, 700)
                dlg.show()
                for _ in range(5):
                    QgsApplication.processEvents()
                path = os.path.join(OUT, alg.id().replace(":", "_") + ".png")
                if not dlg.grab().save(path):
                    raise RuntimeError("screenshot not saved")
                report["dialogs"][alg.id()] = {"png": path, "title": dlg.windowTitle()}
                dlg.close()
                dlg.deleteLater()
            except Exception:
                report["errors"][alg.id()] = traceback.format_exc()
        # the bundled models also open in the graphical modeler
        report["modeler"] = {}
        from processing.modeler.ModelerDialog import ModelerDialog
        for alg in (prov.algorithms() if prov else []):
            if not hasattr(alg, "childAlgorithms"):
                continue
            try:
                dlg = ModelerDialog.create(alg.create())
                dlg.resize(1200, 800)
                dlg.show()
                for _ in range(5):
                    QgsApplication.processEvents()
                path = os.path.join(OUT, "modeler_" + alg.name() + ".png")
                if not dlg.grab().save(path):
                    raise RuntimeError("screenshot not saved")
                report["modeler"][alg.id()] = {"png": path,
                                               "children": len(alg.childAlgorithms())}
                dlg.close()
            except Exception:
                report["errors"]["modeler " + alg.id()] = traceback.format_exc()
    except Exception:
        report["errors"]["<setup>"] = traceback.format_exc()
    with open(os.path.join(OUT, "report.json"), "w") as fh:
        json.dump(report, fh, indent=1)
    QTimer.singleShot(200, iface.actionExit().trigger)


QTimer.singleShot(1500, _shoot)
