"""The demo's report: a caller of the algorithm ``ecoecon:planningreport`` (which any toolbox
user can run on their own region). Maps the output files of the two workflow models to the
report's inputs."""
import os

REPORT = "ecoecon:planningreport"

#: report input ← output of the workflow model (child:output name)
WORKFLOW = {
    "WATER_YIELD": "wy:Water yield", "SOIL_CONSERVATION": "sc:Soil conservation",
    "HABITAT_QUALITY": "hq:Habitat quality", "CARBON": "cs:Carbon storage",
    "IMPORTANCE": "combine:Service importance",
    "IMPORTANCE_CLASSES": "combine:Importance classes",
    "SOURCES": "conn:Graded sources", "RESISTANCE": "res:Resistance",
    "MCR": "mcr:Minimum cumulative resistance", "CORRIDORS": "mcr:Corridors",
    "DENSITY": "kde:Core industry density",
    "ECONOMIC_CLASSES": "econ:Economic intensity classes",
    "CORE_INDUSTRIES": "coagg:Core industries",
    "COAGG_GROUPS": "coagg:Co-agglomeration by group",
    "CONFLICT_ZONES": "conf:Conflict zones",
    "CONFLICTS_BY_GRADE": "conf:Conflicts by source grade",
    "CONFLICTS_BY_TYPE": "conf:Conflicts by corridor type",
    "CONFLICTS_BY_DISTRICT": "conf:Conflicts by district",
    "ECONOMIC_CORES": "sdp:Economic cores", "DEVELOPMENT_AXES": "sdp:Development axes",
    "INDUSTRIAL_BELTS": "sdp:Industrial belts", "BARRIERS": "sdp:Ecological barrier areas",
    "ECO_AXES": "sdp:Ecological axes", "SDP_CONFLICTS": "sdp:SDP conflict zones",
    # written only when the model's optional pinch-point and barrier steps ran
    "KEEP_WIDE": "sdp:Corridors to keep wide",
    "RESTORATION_PRIORITIES": "sdp:Restoration priorities",
}
#: report input ← output of the land-use loop model
LAND_USE = {"SIMULATED": "clues:Simulated land use", "ESV_TABLE": "esv:ESV by class",
            "LP_TABLE": "lp:Optimal land-use structure", "ACCURACY": "acc:Accuracy"}


def workflow_layers(names, landuse_names=None, region=None):
    """Report inputs from the output files of the workflow model (``names``: destination id
    → file), of the land-use loop (``landuse_names``) and the region's own inputs."""
    # an output of a step that did not run (an optional step switched off) has no file
    L = {k: names[v] for k, v in WORKFLOW.items() if v in names and os.path.exists(names[v])}
    if landuse_names:
        L.update({k: landuse_names[v] for k, v in LAND_USE.items() if v in landuse_names
                  and os.path.exists(landuse_names[v])})
    if region:
        L["LANDUSE"] = region["landuse"]
        L["DISTRICTS"] = region["admin"]
        if landuse_names and "landuse_later" in region:
            L["OBSERVED"] = region["landuse_later"]
    return L


def run_report(layers, folder, note="", title="", feedback=None):
    """Run ``ecoecon:planningreport`` into ``folder``; returns its results."""
    import processing
    params = dict(layers)
    params.update({"NOTE": note, "TITLE": title, "OUTPUT_FOLDER": os.path.abspath(folder)})
    return processing.run(REPORT, params, feedback=feedback)
