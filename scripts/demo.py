#!/usr/bin/env python3
"""The main job: the whole eco-economic workflow on a SYNTHETIC demo region, into one folder.

    scripts/demo.sh [output-folder] [--reduced] [--draws N]

1. generates the seeded virtual city region (scripts/demo_region.py; labelled SYNTHETIC),
2. runs the bundled graphical model ``ecoecon:eco_economic_workflow`` (services → sources →
   connectivity → resistance → corridors; firms → co-agglomeration → core industries → kernel
   density → economic pattern; → conflicts → sustainable development pattern),
3. writes a styled QGIS project, PNG maps rendered by QGIS's layout engine and an HTML report.
"""
import argparse
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qgis_session import start  # noqa: E402

MODEL = "ecoecon:eco_economic_workflow"


def model_parameters(p, facts, out, reduced, draws):
    """Inputs of the workflow model from the generated region, and every model output as a
    file in ``out/layers``."""
    from qgis.core import QgsApplication
    params = {"landuse": p["landuse"], "dem": p["dem"], "precipitation": p["precipitation"],
              "eto": p["eto"], "root_depth": p["root_depth"], "pawc": p["pawc"],
              "erosivity": p["erosivity"], "erodibility": p["erodibility"],
              "slope": p["slope"], "biophysical": p["biophysical"], "threats": p["threats"],
              "sensitivity": p["sensitivity"], "carbon_pools": p["carbon_pools"],
              "resistance_table": p["resistance_landuse"],
              "threat_rasters": [p["threat_urban"], p["threat_cropland"], p["threat_roads"]],
              "firms": p["firms"], "firm_code": "code", "districts": p["admin"],
              "district_name": "name", "min_source_area": 2.0 if reduced else 10.0,
              "distance_threshold": 10000.0, "draws": draws, "n_core": 3,
              "cell_size": 500.0}
    alg = QgsApplication.processingRegistry().createAlgorithmById(MODEL)
    layers = os.path.join(out, "layers")
    os.makedirs(layers, exist_ok=True)
    names = {}
    for d in alg.destinationParameterDefinitions():
        slug = re.sub("[^a-z0-9]+", "_", d.name().split(":")[1].lower()).strip("_")
        ext = "tif" if d.type() == "rasterDestination" else "gpkg"
        params[d.name()] = names[d.name()] = os.path.join(layers, slug + "." + ext)
    return params, names


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="demo_output")
    ap.add_argument("--reduced", action="store_true", help="a small region (for tests)")
    ap.add_argument("--draws", type=int, default=None,
                    help="co-agglomeration draws (default 99, 49 with --reduced)")
    a = ap.parse_args(argv)
    draws = a.draws or (49 if a.reduced else 99)
    t0 = time.time()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    print("Eco-Economic Planner demo on a SYNTHETIC region -> %s" % out, flush=True)
    start()
    import demo_region
    import processing
    import report
    from qgis.core import QgsProcessingFeedback, QgsRectangle

    p, facts = demo_region.make_region(os.path.join(out, "inputs"), reduced=a.reduced)
    with open(os.path.join(out, "inputs", "facts_SYNTHETIC.json"), "w") as fh:
        json.dump(facts, fh, indent=1)
    print("[1/4] SYNTHETIC region: %d × %d cells, %d firms (%.0f s)"
          % (facts["shape"][0], facts["shape"][1], facts["n_firms"], time.time() - t0),
          flush=True)

    class Feedback(QgsProcessingFeedback):
        last = [-10]

        def __init__(self):
            super().__init__()
            self.progressChanged.connect(self._progress)

        def _progress(self, value):
            if value - self.last[0] >= 10:
                self.last[0] = value
                print("      model %3.0f %% (%.0f s)" % (value, time.time() - t0), flush=True)

        def pushWarning(self, text):
            print("      warning: " + text, flush=True)

        def reportError(self, text, fatalError=False):
            print("      error: " + text, flush=True)

    params, names = model_parameters(p, facts, out, a.reduced, draws)
    t1 = time.time()
    res = processing.run(MODEL, params, feedback=Feedback())
    model_s = time.time() - t1
    ch = res["CHILD_RESULTS"]
    print("[2/4] workflow model done in %.0f s: %d sources, %d corridors, core industries %s"
          % (model_s, ch["sources"]["N_SOURCES"], ch["mcr"]["N_CORRIDORS"],
             ch["coagg"]["CORE_CODES"]), flush=True)
    n = names
    L = {"landuse": p["landuse"], "districts": p["admin"],
         "importance": n["combine:Service importance"],
         "importance_classes": n["combine:Importance classes"],
         "water_yield": n["wy:Water yield"], "soil_conservation": n["sc:Soil conservation"],
         "habitat_quality": n["hq:Habitat quality"], "carbon": n["cs:Carbon storage"],
         "resistance": n["res:Resistance"], "density": n["kde:Core industry density"],
         "econ_classes": n["econ:Economic intensity classes"],
         "sources": n["conn:Graded sources"], "corridors": n["mcr:Corridors"],
         "conflicts": n["conf:Conflict zones"],
         "conf_sources": n["conf:Conflicts by source grade"],
         "conf_corridors": n["conf:Conflicts by corridor type"],
         "conf_districts": n["conf:Conflicts by district"],
         "coagg_groups": n["coagg:Co-agglomeration by group"],
         "core_industries": n["coagg:Core industries"],
         "cores": n["sdp:Economic cores"], "axes": n["sdp:Development axes"],
         "belts": n["sdp:Industrial belts"], "barriers": n["sdp:Ecological barrier areas"],
         "eco_axes": n["sdp:Ecological axes"], "sdp_conflicts": n["sdp:SDP conflict zones"]}
    lay = report.styled_layers(L)
    extent = QgsRectangle(lay["landuse"].extent())
    project = report.build_project(lay, os.path.join(out, "eco_economic_SYNTHETIC.qgz"),
                                   extent)
    print("[3/4] QGIS project eco_economic_SYNTHETIC.qgz written", flush=True)
    maps = report.render_maps(project, lay, out, extent)
    path = report.write_html(os.path.join(out, "report.html"), L, maps, facts, model_s)
    print("[4/4] %d maps and the report %s written; finished in %.0f s"
          % (len(maps), os.path.basename(path), time.time() - t0), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
