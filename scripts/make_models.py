#!/usr/bin/env python3
"""Regenerate the bundled graphical models in resources/models/ (run with the project venv:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_models.py``).

Models refer to algorithms by id (``ecoecon:...``): those ids are API and never change.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsProcessingModelAlgorithm,
                       QgsProcessingModelChildAlgorithm, QgsProcessingModelChildParameterSource,
                       QgsProcessingModelOutput, QgsProcessingModelParameter,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer)
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "models")


def _src_param(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def _src_child(child, output):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child, output)


def _static(value):
    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


def _input(model, param, x, y):
    model.addModelParameter(param, QgsProcessingModelParameter(param.name()))
    model.parameterComponent(param.name()).setPosition(QPointF(x, y))


def _child(model, child_id, alg_id, params, outputs, x, y, description):
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    c.setPosition(QPointF(x, y))
    for name, sources in params.items():
        c.addParameterSources(name, sources if isinstance(sources, list) else [sources])
    outs = {}
    for out_name, label in outputs.items():
        o = QgsProcessingModelOutput(label)
        o.setChildOutputName(out_name)
        o.setChildId(child_id)
        outs[label] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)
    return c


def sources_from_services():
    from qgis.core import QgsProcessing  # noqa: F401
    from algorithms_compat import TYPE_RASTER, TYPE_VECTOR, NUMBER_DOUBLE, NUMBER_INTEGER
    m = QgsProcessingModelAlgorithm("sources_from_services", "Workflow models", "models")
    m.setHelpContent({
        "ALG_DESC": "Ecological sources from ecosystem services, in one run: the land-use map "
                    "is turned into a habitat score by a class map (table with fields 'code' "
                    "and 'value'), combined with the service rasters (normalised, equal "
                    "weights) into an importance surface classed by natural breaks, and the "
                    "patches of the top class that reach the minimum area become the sources.",
        "landuse": "Land-use raster (class codes).",
        "habitat_table": "Table with fields 'code' (land-use code) and 'value' (habitat score "
                         "0–1).",
        "services": "Ecosystem-service rasters (water yield, soil conservation, carbon, ...).",
        "n_classes": "Number of importance classes (paper: 4); the top class gives sources.",
        "min_area": "Minimum source area in km² (paper: 10)."})
    _input(m, QgsProcessingParameterRasterLayer("landuse", "Land-use raster"), 80, 60)
    _input(m, QgsProcessingParameterFeatureSource("habitat_table",
                                                  "Habitat score table (code, value)",
                                                  [TYPE_VECTOR]), 80, 130)
    _input(m, QgsProcessingParameterMultipleLayers("services", "Ecosystem-service rasters",
                                                   TYPE_RASTER), 80, 200)
    _input(m, QgsProcessingParameterNumber("n_classes", "Number of importance classes",
                                           NUMBER_INTEGER, 4, minValue=2, maxValue=12),
           80, 270)
    _input(m, QgsProcessingParameterNumber("min_area", "Minimum source area (km²)",
                                           NUMBER_DOUBLE, 10.0, minValue=0.0), 80, 340)
    _child(m, "habitat", "ecoecon:reclassifybytable",
           {"INPUT": _src_param("landuse"), "TABLE": _src_param("habitat_table"),
            "CODE_FIELD": _static("code"), "VALUE_FIELD": _static("value"),
            "UNMATCHED": _static(1), "DATA_TYPE": _static(0), "BOUNDS": _static(0)},
           {"OUTPUT": "Habitat score"}, 380, 90, "Land use → habitat score")
    _child(m, "combine", "ecoecon:combineservices",
           {"INPUTS": [_src_param("services"), _src_child("habitat", "OUTPUT")],
            "WEIGHTS": _static(""), "N_CLASSES": _src_param("n_classes"),
            "METHOD": _static(0), "SAMPLE_SIZE": _static(10000), "SEED": _static(0)},
           {"OUTPUT": "Composite importance", "CLASSES": "Importance classes",
            "BREAKS": "Class table"}, 380, 220, "Combine services")
    _child(m, "sources", "ecoecon:ecologicalsources",
           {"INPUT": _src_child("combine", "CLASSES"), "CLASSES": _src_param("n_classes"),
            "MIN_AREA": _src_param("min_area"), "CONNECTIVITY": _static(0)},
           {"OUTPUT": "Source patches (raster)", "POLYGONS": "Source patches"},
           380, 350, "Ecological sources")
    return m


def main():
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, os.path.dirname(ROOT))
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "ecoecon", os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT])
    mod = importlib.util.module_from_spec(spec)
    sys.modules["ecoecon"] = mod
    spec.loader.exec_module(mod)
    import ecoecon.algorithms.compat as compat
    sys.modules["algorithms_compat"] = compat
    from ecoecon.provider.provider import EcoEconProvider
    prov = EcoEconProvider()
    QgsApplication.processingRegistry().addProvider(prov)
    os.makedirs(OUT, exist_ok=True)
    for build in (sources_from_services,):
        m = build()
        path = os.path.join(OUT, m.name() + ".model3")
        ok, errors = m.validate()
        if not ok:
            raise SystemExit("%s does not validate: %s" % (m.name(), errors))
        m.toFile(path)
        print("wrote", path)
    QgsApplication.processingRegistry().removeProvider(prov)


if __name__ == "__main__":
    main()
