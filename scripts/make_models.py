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
                       QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelOutput,
                       QgsProcessingModelParameter, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString)
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "resources", "models")


def _src_param(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def _src_child(child, output):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child, output)


def _static(value):
    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


def _if_ran(child, output):
    """The output of an optional step, or nothing when the step did not run (its branch was
    off): a pre-calculated value of ``var('<step>_<output>')``, so that the step it feeds still
    runs without it (a plain link would skip it too). The step waits for ``child`` (``after``);
    QGIS names the variable after the step's description, which the provider binds when it
    loads the model (``provider.bind_output_variables``, also after translation)."""
    # (a step that did not run leaves a value that is NULL but not None in Python: the
    # expression turns it into a plain NULL)
    var = "var('%s_%s')" % (child, output)
    return QgsProcessingModelChildParameterSource.fromExpression(
        "if(%s IS NULL, NULL, %s)" % (var, var))


def _branches(model, child_id, conditions, x, y, description):
    """A conditional branch step (native:condition): one branch per ``(name, expression)``;
    a step that depends on a branch runs only when its expression is true."""
    c = QgsProcessingModelChildAlgorithm("native:condition")
    c.setChildId(child_id)
    c.setDescription(description)
    c.setPosition(QPointF(x, y))
    c.setConfiguration({"conditions": [{"name": n, "expression": e} for n, e in conditions]})
    model.addChildAlgorithm(c)


def _input(model, param, x, y):
    comp = QgsProcessingModelParameter(param.name())
    comp.setDescription(param.description())  # the modeler's box label (QGIS 3.40+)
    model.addModelParameter(param, comp)
    model.parameterComponent(param.name()).setPosition(QPointF(x, y))


def _child(model, child_id, alg_id, params, outputs, x, y, description, after=()):
    """A child step; every mandatory parameter not given takes the algorithm's own default
    (so the model states only what differs from the defaults). ``after``: steps it waits for
    without taking their outputs as sources, as ``child`` or ``(child, branch)``."""
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
    c.setDependencies([QgsProcessingModelChildDependency(*(a if isinstance(a, tuple) else (a,)))
                       for a in after])
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
        "fields 'code' and 'value'. Optional steps, off by default (they solve a circuit or "
        "scan circles along every corridor, so they take longer): 'Map pinch points' adds the "
        "corridors' pinch points (circuit theory) and the SDP's corridors to keep wide; 'Map "
        "barriers to restore' adds the barrier zones (Barrier Mapper) and the SDP's "
        "restoration priorities.")})
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
    inp(QgsProcessingParameterBoolean("pinch_points", "Map pinch points of the corridors "
                                      "(circuit theory; slower)", False))
    inp(N("corridor_width", "Pinch points: corridor width threshold (resistance × m)",
          NUMBER_DOUBLE, 10000.0, minValue=0))
    inp(QgsProcessingParameterBoolean("barriers", "Map barriers to restore (Barrier Mapper; "
                                      "slower)", False))
    inp(QgsProcessingParameterString("barrier_radii", "Barriers: search radii (m, comma "
                                     "separated)", "1000"))
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
        # the optional steps: a branch each, switched by the model's boolean inputs
        ("branch", None, (("pinch_points", "@pinch_points"), ("barriers", "@barriers")),
         None, "Optional steps (pinch points, barriers)"),
        ("pinch", "ecoecon:pinchpoints",
         {"SOURCES": C("conn", "OUTPUT"), "RESISTANCE": C("res", "OUTPUT"),
          "CORRIDORS": C("mcr", "CORRIDORS"), "WIDTH": P("corridor_width")},
         {"CURRENT": "Corridor current", "PINCH_ZONES": "Pinch-point zones",
          "CORRIDOR_TABLE": "Corridor effective resistance"}, "Corridor pinch points",
         [("branch", "pinch_points")]),
        ("barr", "ecoecon:barriers",
         {"SOURCES": C("conn", "OUTPUT"), "RESISTANCE": C("res", "OUTPUT"),
          "CORRIDORS": C("mcr", "CORRIDORS"), "RADII": P("barrier_radii")},
         {"SCORE": "Barrier improvement score", "BARRIER_ZONES": "Barrier zones"},
         "Barriers to restore", [("branch", "barriers")]),
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
          "CORRIDORS": C("mcr", "CORRIDORS"), "TYPE_FIELD": S("type"),
          # the zones of the optional steps when they ran (nothing otherwise)
          "PINCH_ZONES": _if_ran("pinch", "PINCH_ZONES"),
          "BARRIER_ZONES": _if_ran("barr", "BARRIER_ZONES")},
         {"ECONOMIC_CORES": "Economic cores", "DEVELOPMENT_AXES": "Development axes",
          "BELTS": "Industrial belts", "BARRIERS": "Ecological barrier areas",
          "ECO_AXES": "Ecological axes", "CONFLICT_ZONES": "SDP conflict zones",
          "KEEP_WIDE": "Corridors to keep wide",
          "RESTORATION_PRIORITIES": "Restoration priorities"},
         "Sustainable development pattern", ["pinch", "barr"]),
    ]
    for i, (cid, alg, params, outs, desc, *after) in enumerate(steps):
        x, y = 420 + 480 * (i // 7), 60 + 150 * (i % 7)
        if alg is None:
            _branches(m, cid, params, x, y, desc)
        else:
            _child(m, cid, alg, params, outs, x, y, desc, *after)
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


# ---------------------------------------------------------------------------------------------
# What each input and output of the models is (shown in the model's help panel and written to
# the README's table by ``--readme``), and the order in which the dialog shows the inputs: the
# order in which the workflow uses them ('parameterOrder' of the .model3 file; the ids never
# change: they are the API of users' scripts).
WORKFLOW_INPUTS = [
    ("landuse", "Land-use raster (class codes of the biophysical, sensitivity, carbon and "
                "resistance tables)."),
    ("dem", "Elevation (m), for soil conservation and resistance."),
    ("slope", "Slope (%), a resistance factor."),
    ("precipitation", "Annual precipitation (mm/yr), water yield."),
    ("eto", "Reference evapotranspiration ET0 (mm/yr), water yield."),
    ("root_depth", "Depth to the root-restricting layer (mm), water yield."),
    ("pawc", "Plant-available water content (fraction 0–1), water yield."),
    ("biophysical", "InVEST biophysical table: lucode, lulc_veg, root_depth, kc, usle_c, "
                    "usle_p."),
    ("erosivity", "Rainfall erosivity R (MJ·mm/(ha·h·yr)), soil conservation."),
    ("erodibility", "Soil erodibility K (t·ha·h/(ha·MJ·mm)), soil conservation."),
    ("threats", "InVEST threat table (threat, max_dist in m, weight, decay), habitat quality."),
    ("threat_rasters", "One raster per threat (non-zero = threat), named as the table's "
                       "threats."),
    ("sensitivity", "InVEST sensitivity table (lucode, habitat, one column per threat)."),
    ("carbon_pools", "InVEST carbon pools (lucode, c_above, c_below, c_soil, c_dead; Mg/ha)."),
    ("min_source_area", "Smallest ecological source (km²; paper: 10)."),
    ("distance_threshold", "Dispersal distance d0 of the connectivity index PC/dPC (m)."),
    ("resistance_table", "Resistance of each land-use class (code, value; paper 5 … 100)."),
    ("firms", "Firm points in the same projected CRS."),
    ("firm_code", "Industry code of each firm (first 3 characters: industry; first 2: "
                  "two-digit group)."),
    ("draws", "Counterfactual draws of the co-agglomeration test (paper: 1000)."),
    ("n_core", "Number of core two-digit industries for the economic pattern."),
    ("cell_size", "Cell of the kernel density of the core industries (m)."),
    ("districts", "Administrative units for the conflict table by unit (optional)."),
    ("district_name", "Name field of the administrative units."),
    ("pinch_points", "Optional step (default off): pinch points of the corridors by circuit "
                     "theory (Pinchpoint Mapper), and the SDP's corridors to keep wide."),
    ("corridor_width", "Pinch points: the corridor zone is the normalised least-cost "
                       "corridor up to this cost-distance width (resistance × m)."),
    ("barriers", "Optional step (default off): barriers to restore (Barrier Mapper), and the "
                 "SDP's restoration priorities."),
    ("barrier_radii", "Barriers: radii of the restored circles (m, comma separated; each at "
                      "least one cell)."),
]
WORKFLOW_OUTPUTS = {
    "wy:Water yield": "Water yield per cell (mm/yr).",
    "sc:Soil conservation": "Soil conservation RKLS − USLE (t/(ha·yr)).",
    "hq:Habitat quality": "Habitat quality (0–1).",
    "cs:Carbon storage": "Carbon stored (Mg/ha).",
    "combine:Service importance": "Composite importance of the four services (0–1).",
    "combine:Importance classes": "Importance classes (natural breaks; 4 = extremely "
                                  "important).",
    "combine:Importance class table": "Class breaks, cells and areas of the importance "
                                      "classes.",
    "sources:Ecological sources": "Source patches of the top class above the minimum area.",
    "conn:Graded sources": "Sources with dPC, dIIC … and grade (1 crucial, 2 important, 3 "
                           "ordinary).",
    "conn:Connectivity table": "The connectivity indices of every source as a table.",
    "res:Resistance": "Weighted resistance surface.",
    "mcr:Minimum cumulative resistance": "Minimum cumulative resistance to the nearest "
                                         "source.",
    "mcr:Corridors": "Least-cost corridors with type I / II / III, length (km) and cost.",
    "coagg:Co-agglomeration pairs": "Coagg index of every pair of industries and its "
                                    "significance.",
    "coagg:Co-agglomeration by group": "Pairs and significant pairs per two-digit group (the "
                                       "paper's Table 3).",
    "coagg:Core industries": "The core two-digit industries, ranked.",
    "kde:Core industry density": "Kernel density of the core industries' firms (per km²).",
    "econ:Economic intensity classes": "Density classes (natural breaks; 5 = highest).",
    "econ:High-intensity zones": "Polygons of the high-intensity classes.",
    "conf:Conflict codes": "10 × ecological element + economic class per cell.",
    "conf:Conflict zones": "Polygons of ecological elements in high-intensity economy.",
    "conf:Conflicts by source grade": "Source grade × economic class areas (km²) and shares.",
    "conf:Conflicts by corridor type": "Corridor length and zone area in high-intensity "
                                       "economy per type.",
    "conf:Conflicts by district": "Source, corridor, high-intensity and conflict areas per "
                                  "administrative unit.",
    "sdp:Economic cores": "The economic development cores.",
    "sdp:Development axes": "Development axes between the cores.",
    "sdp:Industrial belts": "Industrial development belts near the axes.",
    "sdp:Ecological barrier areas": "Chains of crucial and important sources.",
    "sdp:Ecological axes": "Chains of type I and II corridors.",
    "sdp:SDP conflict zones": "Where economic and ecological elements of the pattern overlap.",
    "pinch:Corridor current": "Optional step: current through each cell of the corridors (A, "
                              "1 A between the two sources of a corridor).",
    "pinch:Pinch-point zones": "Optional step: the top share of each corridor's current, "
                               "with its maximum and mean current.",
    "pinch:Corridor effective resistance": "Optional step: least-cost distance, effective "
                                           "resistance and their ratio per corridor.",
    "barr:Barrier improvement score": "Optional step: drop in the least-cost distance per "
                                      "metre of restored diameter (maximum over corridors "
                                      "and radii).",
    "barr:Barrier zones": "Optional step: the top barrier cells as zones with their score.",
    "sdp:Corridors to keep wide": "With pinch points: pinch-point zones on the corridors, by "
                                  "their largest current.",
    "sdp:Restoration priorities": "With barriers: barrier zones ranked by improvement "
                                  "score.",
}
LAND_USE_INPUTS = [
    ("landuse", "Land use at the start year (class codes)."),
    ("esv_table", "Ecological coefficients per class (code + value fields per ha)."),
    ("esv_fields", "The coefficient field(s) of the ESV table."),
    ("unit_value", "Value of one standard equivalent (currency/ha); 1 for tables in currency."),
    ("econ_table", "Economic benefit per class (code, econ_per_ha)."),
    ("constraints", "Constraints of the land-use structure (type, code, value)."),
    ("drivers", "Driving factors of the suitability (rasters)."),
    ("restricted", "Restricted areas that never change (e.g. the ecological security "
                   "pattern)."),
    ("elasticities", "Conversion elasticity of each class, ascending codes (0–1)."),
    ("start_year", "Year of the start map."),
    ("target_year", "Target year of the simulation."),
    ("observed", "Observed land use at the target year (validation)."),
]
LAND_USE_OUTPUTS = {
    "esv:ESV by class": "ESV and economic benefit per class (areas, per-ha values, totals).",
    "esv:ESV per cell": "ESV of each cell (currency).",
    "lp:Optimal land-use structure": "Current and optimal area (km²) of each class, with ESV "
                                     "and benefit.",
    "lp:LP constraints": "Constraints, binding or not, and shadow prices.",
    "suit:Suitability": "Probability of each class per cell (one band per class).",
    "suit:Suitability models": "Fit of each class's logistic model (AUC).",
    "clues:Simulated land use": "Simulated land use at the target year.",
    "clues:Simulated land use by year": "Simulated land use, one band per year.",
    "clues:Allocation deviation": "Demand and remaining deviation per year.",
    "acc:Accuracy": "Kappa, quantity and allocation disagreement, Figure of Merit.",
    "lsm:Class metrics": "FRAGSTATS class metrics of the simulated map.",
    "lsm:Landscape metrics": "FRAGSTATS landscape metrics of the simulated map.",
}
SOURCES_INPUTS = [
    ("landuse", "Land-use raster (class codes)."),
    ("habitat_table", "Habitat score of each land-use class (code, value 0–1)."),
    ("services", "Ecosystem-service rasters (water yield, soil conservation, carbon, ...)."),
    ("n_classes", "Number of importance classes (paper: 4); the top class gives sources."),
    ("min_area", "Minimum source area in km² (paper: 10)."),
]
SOURCES_OUTPUTS = {
    "habitat:Habitat score": "Habitat score of each cell (0–1).",
    "combine:Composite importance": "Composite importance (0–1).",
    "combine:Importance classes": "Importance classes (natural breaks).",
    "combine:Class table": "Class breaks and areas.",
    "sources:Source patches (raster)": "Source patches (raster ids).",
    "sources:Source patches": "Source patches (polygons, area km²).",
}
SPECS = {"eco_economic_workflow": (WORKFLOW_INPUTS, WORKFLOW_OUTPUTS),
         "land_use_loop": (LAND_USE_INPUTS, LAND_USE_OUTPUTS),
         "sources_from_services": (SOURCES_INPUTS, SOURCES_OUTPUTS)}


def describe(m):
    """Help of every input and output (keys as QGIS's model help expects them) and the order
    of the inputs; a model input or output without a description is an error."""
    inputs, outputs = SPECS[m.name()]
    names = {d.name() for d in m.parameterDefinitions() if not d.isDestination()}
    dests = {d.name() for d in m.parameterDefinitions() if d.isDestination()}
    missing = (names - {n for n, _ in inputs}) | (dests - set(outputs))
    if missing:
        raise SystemExit("%s: no description for %s" % (m.name(), sorted(missing)))
    help_ = dict(m.helpContent())
    help_.update({n: t for n, t in inputs})
    help_.update(outputs)
    m.setHelpContent(help_)
    return [n for n, _ in inputs]


def readme_tables(models):
    """Markdown: every model input and output name, for scripting."""
    out = []
    for m in models:
        inputs, outputs = SPECS[m.name()]
        out.append("**`ecoecon:%s`**\n" % m.name())
        out.append("| input | what it is | | output | what it is |")
        out.append("|---|---|---|---|---|")
        outs = sorted(outputs.items())
        for i in range(max(len(inputs), len(outs))):
            a = ("`%s`" % inputs[i][0], inputs[i][1]) if i < len(inputs) else ("", "")
            b = ("`%s`" % outs[i][0], outs[i][1]) if i < len(outs) else ("", "")
            out.append("| %s | %s | | %s | %s |" % (a + b))
        out.append("")
    return "\n".join(out)


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
    models = []
    for build in (sources_from_services, eco_economic_workflow, land_use_loop):
        m = build()
        path = os.path.join(OUT, m.name() + ".model3")
        ok, errors = m.validate()
        if not ok:
            raise SystemExit("%s does not validate: %s" % (m.name(), errors))
        m.setParameterOrder(describe(m))
        m.toFile(path)
        with open(path, encoding="utf-8") as f:
            bound = "var(" in f.read()
        if bound:
            # the variables of the optional steps' outputs, bound on the model as QGIS loads
            # it (the provider binds them again when it loads the model)
            from ecoecon.provider.provider import bind_output_variables
            m = QgsProcessingModelAlgorithm()
            m.fromFile(path)
            unbound = bind_output_variables(m)
            if unbound:
                raise SystemExit("%s: no step output for %s" % (m.name(), unbound))
            m.toFile(path)
        models.append(m)
        print("wrote", path)
    if "--readme" in sys.argv:
        print(readme_tables(models))
    QgsApplication.processingRegistry().removeProvider(prov)


if __name__ == "__main__":
    main()
