#!/usr/bin/env python3
"""The main job: the whole eco-economic workflow on a SYNTHETIC demo region, into one folder.

    scripts/demo.sh [output-folder] [--reduced] [--draws N]

1. generates the seeded virtual city region (scripts/demo_region.py; labelled SYNTHETIC),
2. runs the bundled graphical model ``ecoecon:eco_economic_workflow`` (services → sources →
   connectivity → resistance → corridors; firms → co-agglomeration → core industries → kernel
   density → economic pattern; → conflicts → sustainable development pattern),
3. runs the land-use loop ``ecoecon:land_use_loop`` (ESV → LP structure → suitability →
   CLUE-S with the ecological security pattern as restricted area → accuracy → metrics),
4. writes the report with ``ecoecon:planningreport`` (scripts/report.py): a styled QGIS
   project with a print layout per map, PNG and PDF maps and an HTML report.

Every model step is logged with its start, its share of the run and its time.
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
LAND_USE_MODEL = "ecoecon:land_use_loop"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _destinations(alg_id, folder, strip_child=True):
    """A file in ``folder`` for every destination of a model (processing.run needs each)."""
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    os.makedirs(folder, exist_ok=True)
    out = {}
    for d in alg.destinationParameterDefinitions():
        name = d.name().split(":")[1] if strip_child and ":" in d.name() else d.name()
        slug = re.sub("[^a-z0-9]+", "_", name.lower()).strip("_")
        ext = "tif" if d.type() == "rasterDestination" else "gpkg"
        out[d.name()] = os.path.join(folder, slug + "." + ext)
    return out


def model_inputs(p, reduced, draws):
    """The inputs of the workflow model from the generated region (its outputs unnamed)."""
    return {"landuse": p["landuse"], "dem": p["dem"], "precipitation": p["precipitation"],
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


def model_parameters(p, out, reduced, draws):
    """The inputs of the workflow model (:func:`model_inputs`) and every model output as a
    file in ``out/layers``."""
    params = model_inputs(p, reduced, draws)
    names = _destinations(MODEL, os.path.join(out, "layers"))
    params.update(names)
    return params, names


def restricted_area(conflict_codes, path):
    """The ecological security pattern as CLUE-S restricted area: the sources (elements 1–3)
    and the type I corridor zones (element 4) of the conflict-code raster (10·element +
    economic class)."""
    import numpy as np
    from osgeo import gdal
    ds = gdal.Open(conflict_codes)
    a = ds.GetRasterBand(1).ReadAsArray()
    esp = ((a >= 10) & (a < 50)).astype(np.int16)
    drv = gdal.GetDriverByName("GTiff")
    out = drv.Create(path, ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Int16,
                     ["COMPRESS=DEFLATE"])
    out.SetGeoTransform(ds.GetGeoTransform())
    out.SetProjection(ds.GetProjection())
    out.GetRasterBand(1).WriteArray(esp)
    out = None
    return path, int(esp.sum())


def land_use_parameters(p, restricted, out):
    params = {"landuse": p["landuse"], "observed": p["landuse_later"],
              "esv_table": p["esv_equivalents"],
              "esv_fields": ["total"], "unit_value": 3406.5,
              "econ_table": p["economic_benefit"], "constraints": p["lu_constraints"],
              "drivers": [p["dem"], p["slope"], p["dist_city"], p["dist_road"]],
              "restricted": [restricted], "elasticities": "0.3,0.8,0.4,0.9,1.0,0.5",
              "start_year": 2020, "target_year": 2030}
    names = _destinations(LAND_USE_MODEL, os.path.join(out, "landuse"))
    params.update(names)
    return params, names


def make_feedback(t0, label):
    """A feedback that logs the start, share and time of every model step (QGIS's model
    runner reports them as 'Running <step> [k/n]' and 'OK. Execution took … s'), and the
    progress every 10 %."""
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.last = -10
            self.step_t = None
            self.progressChanged.connect(self._progress)

        def _progress(self, value):
            if value - self.last >= 10:
                self.last = value
                print("      %s %3.0f %% (%.0f s)" % (label, value, time.time() - t0),
                      flush=True)

        def setProgressText(self, text):
            # 'Running <step> [k/n]' from QGIS's model runner (verbose log level)
            print("      %s: %s (at %.0f s, %.0f %%)" % (label, text.strip(),
                                                      time.time() - t0, self.progress()),
                  flush=True)

        def _step(self, text):
            t = text.strip()
            if t.startswith("OK. Execution took"):
                print("      %s: %s" % (label, t), flush=True)

        def pushInfo(self, text):
            self._step(text)

        def pushDebugInfo(self, text):
            self._step(text)

        def pushWarning(self, text):
            print("      warning: " + text, flush=True)

        def reportError(self, text, fatalError=False):
            print("      error: " + text, flush=True)
    return Feedback()


def verbose_context():
    """A processing context at the verbose log level: only then does QGIS's model runner
    report each step ('Running <step> [k/n]', 'OK. Execution took … s'); at the default level
    a model is silent between the messages of its children."""
    from qgis.core import QgsProcessingContext
    ctx = QgsProcessingContext()
    if hasattr(ctx, "setLogLevel"):  # QGIS >= 3.20
        ctx.setLogLevel(QgsProcessingContext.LogLevel.Verbose)
    return ctx


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

    p, facts = demo_region.make_region(os.path.join(out, "inputs"), reduced=a.reduced)
    with open(os.path.join(out, "inputs", "facts_SYNTHETIC.json"), "w") as fh:
        json.dump(facts, fh, indent=1)
    print("[1/4] SYNTHETIC region: %d × %d cells, %d firms (%.0f s)"
          % (facts["shape"][0], facts["shape"][1], facts["n_firms"], time.time() - t0),
          flush=True)

    params, names = model_parameters(p, out, a.reduced, draws)
    t1 = time.time()
    res = processing.run(MODEL, params, feedback=make_feedback(t0, "workflow"),
                         context=verbose_context())
    model_s = time.time() - t1
    ch = res["CHILD_RESULTS"]
    print("[2/4] workflow model done in %.0f s: %d sources, %d corridors, core industries %s"
          % (model_s, ch["sources"]["N_SOURCES"], ch["mcr"]["N_CORRIDORS"],
             ch["coagg"]["CORE_CODES"]), flush=True)

    rpath, n_restricted = restricted_area(names["conf:Conflict codes"],
                                          os.path.join(out, "inputs", "esp_restricted.tif"))
    lparams, lnames = land_use_parameters(p, rpath, out)
    t2 = time.time()
    processing.run(LAND_USE_MODEL, lparams, feedback=make_feedback(t0, "land use"),
                   context=verbose_context())
    print("[3/4] land-use loop done in %.0f s (%d cells of the ESP restricted)"
          % (time.time() - t2, n_restricted), flush=True)

    L = report.workflow_layers(names, lnames, p)
    r = report.run_report(L, out, "SYNTHETIC demo region (scripts/demo_region.py): no number "
                                  "describes a real place.",
                          feedback=make_feedback(t0, "report"))
    print("[4/4] %d maps, the project %s and the report %s written; finished in %.0f s"
          % (r["N_MAPS"], os.path.basename(r["PROJECT"]), os.path.basename(r["HTML"]),
             time.time() - t0), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
