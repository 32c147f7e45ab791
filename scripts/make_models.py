#!/usr/bin/env python3
"""Regenerate the bundled graphical models in resources/models/ (run with the project venv:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_models.py``).

Models refer to algorithms by id (``ecoecon:...``): those ids are API and never change.
"""
import os
import sys

# Qt writes XML attributes in hash order: a fixed seed makes regenerated files diff cleanly
# (it must be set before Qt starts, so re-run this script under it)
if os.environ.get("QT_HASH_SEED") != "0":
    os.environ["QT_HASH_SEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

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
    comp = QgsProcessingModelParameter(param.name())
    comp.setDescription(param.description())  # the modeler's box label (QGIS 3.40+)
    model.addModelParameter(param, comp)
    model.parameterComponent(param.name()).setPosition(QPointF(x, y))


def _child(model, child_id, alg_id, params, outputs, x, y, description):
    """A child step; every mandatory parameter not given takes the algorithm's own default
    (so the model states only what differs from the defaults)."""
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    if alg is None:
        raise SystemExit("algorithm %s is not registered" % alg_id)
    from ecoecon.algorithms.compat import FLAG_OPTIONAL
    params = dict(params)
    for d in alg.parameterDefinitions():
        if d.name() in params or d.isDestination() or d.flags() & FLAG_OPTIONAL:
            continue
        if d.defaultValue() is not None:
            params[d.name()] = _static(d.defaultValue())
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    c.setPosition(QPointF(x, y))
    for name, sources in params.items():
        c.addParameterSources(name, sources if isinstance(sources, list) else [sources])
    outs = {}
    for out_name, label in outputs.items():
        o = QgsProcessingModelOutput(label)
        o.setDescription(label)  # QGIS 3.40+'s modeler shows an output box by its description
        o.setChildOutputName(out_name)
        o.setChildId(child_id)
        outs[label] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)
    return c


def sources_from_services():
    from qgis.core import QgsProcessing  # noqa: F401
    from ecoecon.algorithms.compat import TYPE_RASTER, TYPE_VECTOR, NUMBER_DOUBLE, NUMBER_INTEGER
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


def eco_economic_workflow():
    """Every step of the paper, from raw inputs to the sustainable development pattern."""
    from ecoecon.algorithms.compat import (NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_RASTER, TYPE_VECTOR,
                                   TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON, FIELD_ANY)
    from qgis.core import QgsProcessingParameterField
    m = QgsProcessingModelAlgorithm("eco_economic_workflow", "Workflow models", "models")
    m.setHelpContent({"ALG_DESC": (
        "The whole ecological-security / economic-production workflow in one run: "
        "water yield, soil conservation, habitat quality and carbon → combined importance "
        "classes → ecological sources → connectivity grades (dPC) → AHP-weighted resistance → "
        "MCR corridors; firms → Wasserstein co-agglomeration → core industries → kernel "
        "density → economic intensity classes; → eco-economic conflicts → sustainable "
        "development pattern. Tables are in InVEST's formats; the resistance table has "
        "fields 'code' and 'value'.")})
    y = [40]

    def inp(param):
        _input(m, param, 60, y[0])
        y[0] += 60

    R = QgsProcessingParameterRasterLayer
    for name, label in (("landuse", "Land use"), ("dem", "DEM (m)"),
                        ("precipitation", "Precipitation (mm/yr)"),
                        ("eto", "Reference ET0 (mm/yr)"),
                        ("root_depth", "Depth to root-restricting layer (mm)"),
                        ("pawc", "Plant-available water content (fraction)"),
                        ("erosivity", "Rainfall erosivity R"), ("erodibility", "Soil erodibility K"),
                        ("slope", "Slope (%)")):
        inp(R(name, label))
    T = QgsProcessingParameterFeatureSource
    for name, label in (("biophysical", "Biophysical table (lucode, kc, root_depth, lulc_veg, "
                                        "usle_c, usle_p)"),
                        ("threats", "Threat table"), ("sensitivity", "Habitat sensitivity table"),
                        ("carbon_pools", "Carbon pools table"),
                        ("resistance_table", "Land-use resistance table (code, value)")):
        inp(T(name, label, [TYPE_VECTOR]))
    inp(QgsProcessingParameterMultipleLayers("threat_rasters", "Threat rasters", TYPE_RASTER))
    inp(T("firms", "Firm points", [TYPE_VECTOR_POINT]))
    inp(QgsProcessingParameterField("firm_code", "Industry code field", None, "firms",
                                    FIELD_ANY))
    p = T("districts", "Administrative units", [TYPE_VECTOR_POLYGON], optional=True)
    inp(p)
    inp(QgsProcessingParameterField("district_name", "Unit name field", None, "districts",
                                    FIELD_ANY, optional=True))
    N = QgsProcessingParameterNumber
    inp(N("min_source_area", "Minimum source area (km²)", NUMBER_DOUBLE, 10.0, minValue=0))
    inp(N("distance_threshold", "Connectivity distance threshold d0 (m)", NUMBER_DOUBLE,
          10000.0, minValue=0))
    inp(N("draws", "Co-agglomeration counterfactual draws", NUMBER_INTEGER, 1000, minValue=1))
    inp(N("n_core", "Number of core industries (two-digit groups)", NUMBER_INTEGER, 3,
          minValue=1))
    inp(N("cell_size", "Kernel density cell size (m)", NUMBER_DOUBLE, 500.0, minValue=1))
    P, C, S = _src_param, _src_child, _static
    steps = [
        ("wy", "ecoecon:wateryield", {"LULC": P("landuse"), "PRECIP": P("precipitation"),
                                      "ETO": P("eto"), "DEPTH": P("root_depth"),
                                      "PAWC": P("pawc"), "BIOPHYSICAL": P("biophysical")},
         {"OUTPUT": "Water yield"}, "Water yield"),
        ("sc", "ecoecon:soilconservation", {"DEM": P("dem"), "EROSIVITY": P("erosivity"),
                                            "ERODIBILITY": P("erodibility"),
                                            "LULC": P("landuse"), "TABLE": P("biophysical")},
         {"SOIL_CONSERVATION": "Soil conservation"}, "Soil conservation"),
        ("hq", "ecoecon:habitatquality", {"LULC": P("landuse"), "THREATS": P("threats"),
                                          "THREAT_RASTERS": P("threat_rasters"),
                                          "SENSITIVITY": P("sensitivity")},
         {"QUALITY": "Habitat quality"}, "Habitat quality"),
        ("cs", "ecoecon:carbonstorage", {"LULC": P("landuse"), "POOLS": P("carbon_pools")},
         {"OUTPUT": "Carbon storage"}, "Carbon storage"),
        ("combine", "ecoecon:combineservices",
         {"INPUTS": [C("wy", "OUTPUT"), C("sc", "SOIL_CONSERVATION"), C("hq", "QUALITY"),
                     C("cs", "OUTPUT")],
          # soil loss is nodata on stream cells (InVEST): combine what is there
          "MISSING": S(1)},
         {"OUTPUT": "Service importance", "CLASSES": "Importance classes",
          "BREAKS": "Importance class table"}, "Combine services"),
        ("sources", "ecoecon:ecologicalsources",
         {"INPUT": C("combine", "CLASSES"), "MIN_AREA": P("min_source_area")},
         {"POLYGONS": "Ecological sources"}, "Ecological sources"),
        ("conn", "ecoecon:connectivityimportance",
         {"INPUT": C("sources", "POLYGONS"), "D0": P("distance_threshold")},
         {"OUTPUT": "Graded sources", "TABLE": "Connectivity table"},
         "Connectivity importance (dPC)"),
        ("res", "ecoecon:resistancesurface",
         {"LANDUSE": P("landuse"), "LANDUSE_TABLE": P("resistance_table"),
          "CODE_FIELD": S("code"), "VALUE_FIELD": S("value"), "SLOPE": P("slope"),
          "ELEVATION": P("dem"), "SERVICE": C("combine", "OUTPUT")},
         {"OUTPUT": "Resistance"}, "Resistance surface"),
        ("mcr", "ecoecon:mcrcorridors",
         {"SOURCES": C("conn", "OUTPUT"), "GRADE_FIELD": S("grade"),
          "RESISTANCE": C("res", "OUTPUT")},
         {"MCR": "Minimum cumulative resistance", "CORRIDORS": "Corridors"}, "MCR corridors"),
        ("coagg", "ecoecon:coagglomeration",
         {"INPUT": P("firms"), "CODE_FIELD": P("firm_code"), "DRAWS": P("draws"),
          "N_CORE": P("n_core")},
         {"PAIRS": "Co-agglomeration pairs", "GROUPS": "Co-agglomeration by group",
          "CORE": "Core industries"}, "Co-agglomeration"),
        ("kde", "ecoecon:kerneldensity",
         {"INPUT": P("firms"), "CODE_FIELD": P("firm_code"),
          "CODES": C("coagg", "CORE_CODES"), "CODE_LEVEL": S(2), "SEPARATE": S(False),
          "CELL_SIZE": P("cell_size"), "REFERENCE": P("landuse")},
         {"OUTPUT": "Core industry density"}, "Kernel density of core industries"),
        ("econ", "ecoecon:economicpattern", {"INPUT": C("kde", "OUTPUT")},
         {"OUTPUT": "Economic intensity classes", "ZONES": "High-intensity zones"},
         "Economic pattern"),
        ("conf", "ecoecon:ecoeconomicconflicts",
         {"ECONOMIC": C("econ", "OUTPUT"), "SOURCES": C("conn", "OUTPUT"),
          "GRADE_FIELD": S("grade"), "CORRIDORS": C("mcr", "CORRIDORS"),
          "TYPE_FIELD": S("type"), "ADMIN": P("districts"), "NAME_FIELD": P("district_name")},
         {"OUTPUT": "Conflict codes", "POLYGONS": "Conflict zones",
          "SOURCE_TABLE": "Conflicts by source grade",
          "CORRIDOR_TABLE": "Conflicts by corridor type",
          "ADMIN_TABLE": "Conflicts by district"}, "Eco-economic conflicts"),
        ("sdp", "ecoecon:sustainabledevelopmentpattern",
         {"DENSITY": C("kde", "OUTPUT"), "CLASSES": C("econ", "OUTPUT"),
          "SOURCES": C("conn", "OUTPUT"), "GRADE_FIELD": S("grade"),
          "CORRIDORS": C("mcr", "CORRIDORS"), "TYPE_FIELD": S("type")},
         {"ECONOMIC_CORES": "Economic cores", "DEVELOPMENT_AXES": "Development axes",
          "BELTS": "Industrial belts", "BARRIERS": "Ecological barrier areas",
          "ECO_AXES": "Ecological axes", "CONFLICT_ZONES": "SDP conflict zones"},
         "Sustainable development pattern"),
    ]
    for i, (cid, alg, params, outs, desc) in enumerate(steps):
        _child(m, cid, alg, params, outs, 420 + 480 * (i // 7), 60 + 150 * (i % 7), desc)
    return m


def land_use_loop():
    """ESV → LP land-use structure → suitability → CLUE-S (the ESP as restricted area) →
    accuracy → landscape metrics."""
    from ecoecon.algorithms.compat import (NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_RASTER, TYPE_VECTOR,
                                   FIELD_ANY)
    from qgis.core import QgsProcessingParameterField, QgsProcessingParameterString
    m = QgsProcessingModelAlgorithm("land_use_loop", "Workflow models", "models")
    m.setHelpContent({"ALG_DESC": (
        "The land-use scenario loop: ecosystem service value of the current map → the "
        "land-use structure that maximises the economic benefit under the constraint table "
        "(linear programming) → logistic suitability of each class from the drivers → CLUE-S "
        "allocation of the optimal areas from the start year to the target year, with the "
        "ecological security pattern (e.g. sources and type I corridors) as restricted area → "
        "accuracy against an observed map of the target year → landscape metrics of the "
        "simulated map. The class table of the ESV step feeds the LP; the LP's optimal areas "
        "(km²) are the demand of the target year.")})
    y = [40]

    def inp(param):
        _input(m, param, 60, y[0])
        y[0] += 60
    T = QgsProcessingParameterFeatureSource
    inp(QgsProcessingParameterRasterLayer("landuse", "Land use at the start year"))
    inp(QgsProcessingParameterRasterLayer("observed", "Observed land use at the target year "
                                          "(for validation)"))
    inp(T("esv_table", "ESV coefficient table (code, per-ha values)", [TYPE_VECTOR]))
    inp(QgsProcessingParameterField("esv_fields", "ESV coefficient field(s)", "total",
                                    "esv_table", FIELD_ANY, allowMultiple=True))
    inp(QgsProcessingParameterNumber("unit_value", "Value of one standard equivalent "
                                     "(currency/ha)", NUMBER_DOUBLE, 1.0, minValue=0))
    inp(T("econ_table", "Economic benefit table (code, econ_per_ha)", [TYPE_VECTOR]))
    inp(T("constraints", "Land-use constraint table (type, code, value)", [TYPE_VECTOR]))
    inp(QgsProcessingParameterMultipleLayers("drivers", "Driving factors", TYPE_RASTER))
    inp(QgsProcessingParameterMultipleLayers("restricted", "Restricted areas (ESP)",
                                             TYPE_RASTER, optional=True))
    inp(QgsProcessingParameterString("elasticities", "Conversion elasticities (ascending "
                                     "codes)", "", optional=True))
    inp(QgsProcessingParameterNumber("start_year", "Start year", NUMBER_INTEGER, 2020))
    inp(QgsProcessingParameterNumber("target_year", "Target year", NUMBER_INTEGER, 2030))
    P, C, S = _src_param, _src_child, _static
    steps = [
        ("esv", "ecoecon:ecosystemservicevalue",
         {"INPUT": P("landuse"), "TABLE": P("esv_table"), "VALUE_FIELDS": P("esv_fields"),
          "UNIT_VALUE": P("unit_value"), "ECON_TABLE": P("econ_table"),
          "ECON_FIELD": S("econ_per_ha")},
         {"OUTPUT_TABLE": "ESV by class", "OUTPUT": "ESV per cell"},
         "Ecosystem service value"),
        ("lp", "ecoecon:landusestructure",
         {"CLASSES": C("esv", "OUTPUT_TABLE"), "CONSTRAINTS": P("constraints"),
          "OBJECTIVE": S(0)},
         {"OUTPUT": "Optimal land-use structure", "CONSTRAINTS_OUT": "LP constraints"},
         "Land-use structure (LP)"),
        ("suit", "ecoecon:landusesuitability",
         {"INPUT": P("landuse"), "DRIVERS": P("drivers")},
         {"OUTPUT": "Suitability", "MODELS": "Suitability models"}, "Land-use suitability"),
        ("clues", "ecoecon:cluesallocation",
         {"INITIAL": P("landuse"), "START_YEAR": P("start_year"), "DEMAND": C("lp", "OUTPUT"),
          "VALUE_FIELD": S("optimal_km2"), "TARGET_YEAR": P("target_year"), "UNIT": S(2),
          "SUITABILITY": [C("suit", "OUTPUT")], "ELASTICITY": P("elasticities"),
          "RESTRICTED": P("restricted")},
         {"FINAL": "Simulated land use", "OUTPUT": "Simulated land use by year",
          "DEVIATION": "Allocation deviation"}, "CLUE-S allocation"),
        ("acc", "ecoecon:landuseaccuracy",
         {"REFERENCE": P("observed"), "SIMULATED": C("clues", "FINAL"),
          "INITIAL": P("landuse")},
         {"OUTPUT": "Accuracy"}, "Accuracy (Kappa, FoM)"),
        ("lsm", "ecoecon:landscapemetrics", {"INPUT": C("clues", "FINAL")},
         {"CLASS_TABLE": "Class metrics", "LANDSCAPE_TABLE": "Landscape metrics"},
         "Landscape metrics"),
    ]
    for i, (cid, alg, params, outs, desc) in enumerate(steps):
        _child(m, cid, alg, params, outs, 420 + 480 * (i // 4), 60 + 150 * (i % 4), desc)
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
    from ecoecon.provider.provider import EcoEconProvider
    prov = EcoEconProvider()
    QgsApplication.processingRegistry().addProvider(prov)
    os.makedirs(OUT, exist_ok=True)
    for build in (sources_from_services, eco_economic_workflow, land_use_loop):
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
