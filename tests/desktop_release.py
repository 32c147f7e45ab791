"""Run inside the real QGIS desktop (``qgis --code tests/desktop_release.py``) by
tests/algorithms/test_release_zip.py, with the release ZIP unpacked into a clean profile:
records what the user sees (plugin active, menu action, names, parameters, help, a model, an
error message, in QGIS's language), opens a dialog and the installer's dialog and saves
screenshots, runs an algorithm, writes $ECOECON_OUT/report.json and quits QGIS."""
import json
import os
import traceback

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface, plugins

OUT = os.environ["ECOECON_OUT"]
DATA = os.environ["ECOECON_DATA"]


def _shot(dlg, name, report):
    dlg.resize(1000, 700)
    dlg.show()
    for _ in range(10):
        QgsApplication.processEvents()
    path = os.path.join(OUT, name + ".png")
    if dlg.grab().save(path):
        report["screens"].append(path)


def _run():
    report = {"active_plugins": list(active_plugins), "screens": [], "errors": {}}
    try:
        import processing
        reg = QgsApplication.processingRegistry()
        report["translation"] = QgsApplication.instance().translation()
        report["plugin_file"] = getattr(__import__("ecoecon"), "__file__", "")
        p = plugins.get("ecoecon")
        report["menu_action"] = p.action.text() if p is not None and p.action else None
        alg = reg.algorithmById("ecoecon:combineservices")
        report["name"] = alg.displayName()
        report["group"] = alg.group()
        report["parameter"] = alg.parameterDefinition("N_CLASSES").description()
        report["help"] = alg.shortHelpString()
        model = reg.algorithmById("ecoecon:sources_from_services")
        report["model"] = model.displayName()
        report["model_parameter"] = model.parameterDefinition("landuse").description()
        inst = reg.algorithmById("ecoecon:installdependencies")
        report["installer"] = inst.displayName()
        report["installer_help"] = inst.shortHelpString()
        # a dialog, the installer's dialog (from the plugin's menu action) and a model's dialog
        _shot(processing.createAlgorithmDialog("ecoecon:combineservices", {}),
              "zh_combineservices", report)
        _shot(p.open_installer(), "zh_installdependencies", report)
        _shot(processing.createAlgorithmDialog("ecoecon:sources_from_services", {}),
              "zh_model_sources_from_services", report)
        # a dialog of an algorithm whose package is missing: its message points to the
        # installer (jenkspy made missing for this one dialog)
        from ecoecon.algorithms import deps
        real = deps.missing
        deps.missing = lambda mods: [m for m in mods if m == "jenkspy"]
        try:
            report["missing_message"] = reg.algorithmById(
                "ecoecon:combineservices").canExecute()[1]
            # what the Processing Toolbox shows when such an algorithm is opened (its own
            # dialog class and text, ProcessingToolbox.executeAlgorithm)
            from qgis.PyQt.QtCore import QCoreApplication
            text = QCoreApplication.translate(
                "ProcessingToolbox", "<h3>This algorithm cannot be run :-( </h3>\n{0}").format(
                    report["missing_message"])
            try:
                from processing.gui.MessageDialog import MessageDialog
                dlg = MessageDialog()
                dlg.setTitle(QCoreApplication.translate("ProcessingToolbox",
                                                        "Error executing algorithm"))
                dlg.setMessage(text)
            except ImportError:  # pragma: no cover - a QGIS without that dialog class
                from qgis.PyQt.QtWidgets import QMessageBox
                dlg = QMessageBox()
                dlg.setText(text)
            _shot(dlg, "zh_missing_package", report)
        finally:
            deps.missing = real
        # an algorithm runs
        res = processing.run("ecoecon:ecologicalsources", {
            "INPUT": os.path.join(DATA, "cls.tif"), "CLASSES": "4", "MIN_AREA": 1.0,
            "OUTPUT": os.path.join(OUT, "sources.tif"),
            "POLYGONS": os.path.join(OUT, "sources.gpkg")},
            context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        report["run"] = {"N_SOURCES": res["N_SOURCES"], "TOTAL_AREA": res["TOTAL_AREA"],
                         "OUTPUT": res["OUTPUT"]}
        # an error raised in core/, as the user reads it
        try:
            processing.run("ecoecon:combineservices", {
                "INPUTS": [os.path.join(DATA, "left.tif"), os.path.join(DATA, "right.tif")],
                "OUTPUT": os.path.join(OUT, "c.tif"), "CLASSES": os.path.join(OUT, "k.tif"),
                "BREAKS": os.path.join(OUT, "b.csv"), "MISSING": 0},
                context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
            report["error"] = None
        except Exception as e:
            report["error"] = str(e)
    except Exception:
        report["errors"]["<run>"] = traceback.format_exc()
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=1, ensure_ascii=False)
    QTimer.singleShot(200, iface.actionExit().trigger)


QTimer.singleShot(1500, _run)
