"""The Processing provider ``ecoecon``: every algorithm under ``algorithms/`` and every model in
``resources/models/``."""
import glob
import importlib
import inspect
import os
import pkgutil
import re

from qgis.core import QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import algorithms
from ..algorithms import outputs
from ..algorithms.base import ICON_DIR, EcoEconAlgorithm
from ..algorithms.compat import EXPRESSION_SOURCE, MSG_WARNING
from ..core import i18n as core_i18n

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
                                     % (info.name, e), "Processing", MSG_WARNING)
            continue
        for _, cls in inspect.getmembers(mod, inspect.isclass):
            if (issubclass(cls, EcoEconAlgorithm) and cls is not EcoEconAlgorithm
                    and cls.__module__ == mod.__name__ and cls.NAME):
                found[cls.NAME] = cls
    return [found[k] for k in sorted(found)]


def model_paths():
    return sorted(glob.glob(os.path.join(MODEL_DIR, "*.model3")))


# QGIS does not translate .model3 files. The bundled models are loaded, then their visible
# texts (parameter and output descriptions, step descriptions, help) are replaced by their
# translations in the context "EcoEconModels" before the provider adds them; ids (the model
# name, parameter names, output names such as "combine:Class table") stay as they are.
# scripts/i18n.py (model_messages) extracts those texts from the .model3 files.
MODEL_CONTEXT = "EcoEconModels"


def _model_titles():
    return {
        "eco_economic_workflow": QCoreApplication.translate(
            "EcoEconModels", "Eco-economic workflow (sources, corridors, industries, SDP)"),
        "land_use_loop": QCoreApplication.translate(
            "EcoEconModels", "Land-use scenario loop (ESV, LP, CLUE-S, accuracy, metrics)"),
        "sources_from_services": QCoreApplication.translate(
            "EcoEconModels", "Ecological sources from ecosystem services"),
    }


def _mtr(text):
    return QCoreApplication.translate(MODEL_CONTEXT, text) if text else text


_VAR = re.compile(r"var\('([^']*)'\)")


def _output_variables(model, dependent_id):
    """{(step id, output name): expression variable} of the outputs QGIS hands to the step
    ``dependent_id`` (one call of QGIS's variable listing, which is slow: a few hundred ms
    per call on the workflow model)."""
    from qgis.core import QgsProcessingContext
    context = QgsProcessingContext()
    found = model.variablesForChildAlgorithm(dependent_id, context, {}, {})
    names = {}
    for name, d in found.items():
        src = d.source
        out = src.outputName()
        if out and name.endswith("_" + out):
            names[(src.outputChildId(), out)] = name
    return names


def output_variable(model, child_id, output, dependent_id):
    """The name of the expression variable under which QGIS hands the output ``output`` of
    step ``child_id`` to the step ``dependent_id`` (QGIS names it after the step's
    description, so it changes when the description is translated), or None."""
    return _output_variables(model, dependent_id).get((child_id, output))


def bind_output_variables(model, by_step_id=False):
    """Point every ``var('…')`` of a step's pre-calculated values that names an output of a
    step it waits for — as ``<step id>_<OUTPUT>`` or by the variable QGIS gives that output —
    at the variable the running QGIS gives it (QGIS names it after the step's description,
    so it changes with a translation), or with ``by_step_id`` back at ``<step id>_<OUTPUT>``.
    The optional steps of the workflow hand their zones on this way, so that a step that did
    not run leaves the value empty instead of skipping the steps after it. Returns the names
    it could not bind."""
    children = model.childAlgorithms()        # a copy: read everything first
    unbound, updates = [], {}
    for cid, child in children.items():
        outs = {dep: [o.name() for o in children[dep].algorithm().outputDefinitions()]
                for dep in model.dependsOnChildAlgorithms(cid)
                if children[dep].algorithm() is not None}
        sources = child.parameterSources()
        changed = set()
        known = {}                            # the variables of this step, listed once

        def variable(dep, out, cid=cid, known=known):
            if not known:
                known.update(_output_variables(model, cid) or {None: None})
            return known.get((dep, out))
        for pname, srcs in sources.items():
            for src in srcs:
                if src.source() != EXPRESSION_SOURCE:
                    continue

                def rebind(m):
                    for dep in sorted(outs):
                        for out in outs[dep]:
                            var = variable(dep, out)
                            if m.group(1) in ("%s_%s" % (dep, out), var):
                                return "var('%s')" % ("%s_%s" % (dep, out) if by_step_id
                                                       else var)
                    unbound.append(m.group(1))
                    return m.group(0)
                expr = _VAR.sub(rebind, src.expression())
                if expr != src.expression():
                    src.setExpression(expr)
                    changed.add(pname)
        if changed:
            updates[cid] = {n: sources[n] for n in changed}
    for cid, changed in updates.items():
        child = children[cid]
        for pname, srcs in changed.items():
            child.addParameterSources(pname, srcs)   # replaces that parameter's sources
        model.setChildAlgorithm(child)
    return unbound


def translate_model(model):
    """Replace the visible texts of ``model`` by their translations (in place)."""
    bind_output_variables(model, by_step_id=True)   # before the descriptions change
    for d in list(model.parameterDefinitions()):
        if d.isDestination() or not d.description():
            continue
        nd = d.clone()
        nd.setDescription(_mtr(d.description()))
        model.updateModelParameter(nd)
    for cid in list(model.childAlgorithms()):
        child = model.childAlgorithm(cid)
        child.setDescription(_mtr(child.description()))
        outs = child.modelOutputs()
        for key, out in outs.items():
            out.setDescription(_mtr(out.description() or out.name()))
        child.setModelOutputs(outs)
    model.updateDestinationParameters()
    model.setHelpContent({k: _mtr(v) if isinstance(v, str) else v
                          for k, v in model.helpContent().items()})
    bind_output_variables(model)   # the variables follow the translated step descriptions
    return model


class EcoEconModel(outputs.model_class()):
    """A bundled model with a translated display name and group (the model's name is its id
    and stays as it is), whose run is all or nothing over its steps."""

    def displayName(self):
        return _model_titles().get(self.name(), self.name())

    def group(self):
        return _mtr(super().group())

    def createInstance(self):
        m = EcoEconModel()
        m.loadVariant(self.toVariant())
        m.setSourceFilePath(self.sourceFilePath())
        return m


def load_model(path):
    """The bundled model at ``path``, translated, or None when it cannot be read."""
    model = EcoEconModel()
    if not model.fromFile(path):
        return None
    model.setSourceFilePath(path)
    return translate_model(model)


class EcoEconProvider(QgsProcessingProvider):
    def __init__(self):
        super().__init__()
        # messages raised in core/ go through Qt's translators from now on
        core_i18n.set_translator(QCoreApplication.translate)

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
            model = load_model(path)
            if model is not None:
                self.addAlgorithm(model)
            else:  # pragma: no cover
                QgsMessageLog.logMessage("Eco-Economic Planner: cannot read model %s" % path,
                                         "Processing", MSG_WARNING)
