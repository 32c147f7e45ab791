"""Cancel latency of the long algorithms through ``processing.run`` (not run by CI).

Each algorithm runs on a realistic size (the InVEST bundle tiled 5 × 5 = 2.25 M cells for the
services; a 1,500 × 1,500 resistance with 300 sources for MCR; …) with a feedback whose
``isCanceled()`` flips to True N seconds after the start. Measured: the time from the flip to
the ``QgsProcessingException`` ("latency"), the progress at the flip and at the end, the stage
lines the log printed, and whether any output file exists afterwards (it must not).

    nice python benchmarks/general/bench_cancel.py [--work DIR] [--only a,b] [--flips 3,12]

Prints a Markdown table. Wall times depend on the machine's load; the latency is the number
that matters (goal: ≤ 2 s).
"""
import argparse
import os
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "benchmarks", "ecosystem"))
sys.path.insert(0, os.path.join(ROOT, "benchmarks", "ecosecurity"))
sys.path.insert(0, os.path.join(ROOT, "benchmarks", "industry"))


def _bench(*names):
    """The first importable of ``names`` (the benchmark modules were renamed after the method
    ids; either name works)."""
    import importlib
    for n in names:
        try:
            return importlib.import_module(n)
        except ImportError:
            continue
    raise ImportError(names[0])


def _inputs(work):
    """Every input file, built once under ``work``."""
    awy = _bench("bench_wateryield_habitatquality_carbonstorage", "bench_awy_hq_carbon")
    bc = _bench("bench_mcrcorridors", "bench_corridors")
    from osgeo import gdal
    base = awy.prepare(work, 5)          # 1500 × 1500 awy_sdr / hq / carbon
    j = lambda *p: os.path.join(base, *p)  # noqa: E731
    f = {"base": base}
    mcr = os.path.join(work, "mcr")
    os.makedirs(mcr, exist_ok=True)
    if not os.path.exists(os.path.join(mcr, "lab.tif")):
        res, valid, lab = bc.landscape(1500, 1500, 300, seed=1)
        bc.write_tif(os.path.join(mcr, "res.tif"), np.where(valid, res, -1).astype(np.float32),
                     -1, gdal.GDT_Float32)
        bc.write_tif(os.path.join(mcr, "lab.tif"), lab, 0, gdal.GDT_Int32)
    f["res"], f["lab"] = os.path.join(mcr, "res.tif"), os.path.join(mcr, "lab.tif")
    kde = os.path.join(work, "firms.gpkg")
    if not os.path.exists(kde):
        bench_kde = _bench("bench_kerneldensity", "bench_kde")
        x, y = bench_kde.make_points(200_000)
        bench_kde.write_gpkg(kde, x, y)
    f["firms"] = kde
    # patch raster for connectivity: the MCR sources
    f["lulc"] = j("awy_sdr", "lulc.tif")
    clues = os.path.join(work, "clues")
    if not os.path.exists(os.path.join(clues, "init.tif")):
        os.makedirs(clues, exist_ok=True)
        sys.path.insert(0, os.path.join(ROOT, "benchmarks", "landuse"))
        bench_clues = _bench("bench_cluesallocation", "bench_clues")
        init, valid, suit, D = bench_clues.synthetic(1500, 1500, 6, 10)
        bc.write_tif(os.path.join(clues, "init.tif"), init + 1, -1, gdal.GDT_Int32)
        for k in range(suit.shape[0]):
            bc.write_tif(os.path.join(clues, "s%d.tif" % k), suit[k], -1, gdal.GDT_Float32)
        f["clues_matrix"] = []
        with open(os.path.join(clues, "demand.csv"), "w") as fh:
            fh.write("year,class,demand\n")
            for t in range(D.shape[0]):
                for k in range(D.shape[1]):
                    fh.write("%d,%d,%d\n" % (2021 + t, k + 1, D[t, k]))
    f["clues"] = clues
    return f


def _where():
    """The plugin's innermost three frames (file:function:line) of the current stack: where the
    check that ended a gap sits."""
    import traceback
    fr = [f for f in traceback.extract_stack()[:-2]
          if os.path.abspath(f.filename).startswith(ROOT) and "benchmarks" not in f.filename]
    return " < ".join("%s:%s:%d" % (os.path.basename(f.filename), f.name, f.lineno)
                      for f in fr[-3:][::-1])


def cases(f, out):
    j = lambda *p: os.path.join(f["base"], *p)  # noqa: E731
    o = lambda name: os.path.join(out, name)  # noqa: E731
    return {
        "soilconservation": {
            "DEM": j("awy_sdr", "dem.tif"), "EROSIVITY": j("awy_sdr", "erosivity_SYNTHETIC.tif"),
            "ERODIBILITY": j("awy_sdr", "erodibility_SYNTHETIC.tif"),
            "LULC": j("awy_sdr", "lulc.tif"), "TABLE": j("awy_sdr", "biophysical_sdr.csv"),
            "THRESHOLD": 1000, "FLOW_DIR": 0, "SOIL_CONSERVATION": o("sc.tif"),
            "USLE": o("u.tif"), "SED_EXPORT": o("e.tif"), "SDR": o("s.tif")},
        "wateryield": {
            "LULC": j("awy_sdr", "lulc.tif"), "PRECIP": j("awy_sdr", "precipitation.tif"),
            "ETO": j("awy_sdr", "eto_SYNTHETIC.tif"),
            "DEPTH": j("awy_sdr", "depth_to_root_rest_layer_SYNTHETIC.tif"),
            "PAWC": j("awy_sdr", "pawc_SYNTHETIC.tif"),
            "BIOPHYSICAL": j("awy_sdr", "biophysical_awy.csv"), "Z": 5,
            "WATERSHEDS": j("awy_sdr", "watershed.gpkg"), "WATERSHED_ID": "ws_id",
            "OUTPUT": o("wyield.tif"), "AET": o("aet.tif"), "WATERSHED_TABLE": o("ws.csv")},
        "habitatquality": {
            "LULC": j("hq", "lulc_cur.tif"), "THREATS": j("hq", "threats.csv"),
            "SENSITIVITY": j("hq", "sensitivity.csv"), "ACCESS": j("hq", "access.gpkg"),
            "K": 0.05, "BASELINE": j("hq", "lulc_bas.tif"), "DEGRADATION": o("deg.tif"),
            "QUALITY": o("q.tif"), "RARITY": o("rarity.tif"), "RARITY_TABLE": o("rarity.csv")},
        "carbonstorage": {
            "LULC": j("carbon", "lulc_bas.tif"), "POOLS": j("carbon", "carbon_pools.csv"),
            "LULC_FUTURE": j("carbon", "lulc_alt.tif"), "OUTPUT": o("bas.tif"),
            "FUTURE": o("alt.tif"), "CHANGE": o("chg.tif"), "SUMMARY": o("sum.csv")},
        "mcrcorridors": {
            "SOURCE_RASTER": f["lab"], "RESISTANCE": f["res"], "POLICY": 0, "WIDTH": 15000.0,
            "MCR": o("mcr.tif"), "ALLOCATION": o("al.tif"), "CORRIDORS": o("cor.gpkg"),
            "CORRIDOR_ZONE": o("cz.tif")},
        "connectivityimportance": {
            "PATCH_RASTER": f["lab"], "DISTANCE": 2, "RESISTANCE": f["res"], "D0": 50000.0,
            "OUTPUT": o("g.gpkg"), "TABLE": o("t.csv"), "SCAN": o("scan.csv")},
        # the same with a maximum link distance: bounded searches, a full run in minutes
        "connectivityimportance/maxlink": {
            "PATCH_RASTER": f["lab"], "DISTANCE": 2, "RESISTANCE": f["res"], "D0": 50000.0,
            "MAX_LINK": 250000.0, "OUTPUT": o("g.gpkg"), "TABLE": o("t.csv"),
            "SCAN": o("scan.csv")},
        "landscapemetrics": {
            "INPUT": f["lulc"], "CONNECT_DISTANCE": 300.0,
            "CLASS_TABLE": o("c.csv"), "LANDSCAPE_TABLE": o("l.csv")},
        "kerneldensity": {
            "INPUT": f["firms"], "CELL_SIZE": 250.0, "RADIUS": 0, "OUTPUT": o("kd.tif")},
        "cluesallocation": {
            "INITIAL": os.path.join(f["clues"], "init.tif"), "START_YEAR": 2020,
            "DEMAND": os.path.join(f["clues"], "demand.csv"),
            "SUITABILITY": [os.path.join(f["clues"], "s%d.tif" % k) for k in range(6)],
            "ELASTICITY": "0.3, 0.2, 0.1, 0.4, 0.5, 0.2", "OUTPUT": o("sim.tif"),
            "FINAL": o("final.tif"), "LOG": o("log.csv"), "DEVIATION": o("dev.csv")},
        "combineservices": {
            "INPUTS": [j("awy_sdr", "precipitation.tif"), j("awy_sdr", "eto_SYNTHETIC.tif"),
                       j("awy_sdr", "pawc_SYNTHETIC.tif")],
            "WEIGHTS": "0.5,0.3,0.2", "N_CLASSES": 5, "OUTPUT": o("c.tif"),
            "CLASSES": o("k.tif"), "BREAKS": o("b.csv")},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "ecoecon_cancel"))
    ap.add_argument("--only", default="",
                    help="comma-separated cases (algorithm ids; 'connectivityimportance/"
                         "maxlink' is that algorithm with a maximum link distance)")
    ap.add_argument("--flips", default="inf,5",
                    help="seconds before the cancel; inf = a full run that measures the longest "
                         "gap between two cancel checks (the worst-case latency)")
    a = ap.parse_args(argv)
    os.makedirs(a.work, exist_ok=True)
    from qgis_session import start
    start()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    class Flip(QgsProcessingFeedback):
        def __init__(self, after):
            super().__init__()
            self.t0 = time.perf_counter()
            self.after = after
            self.progress_at_flip = None
            self.lines = []
            self.progressChanged.connect(self._p)
            self.last = 0.0
            self.last_check = self.t0
            self.last_check_progress = 0.0
            self.max_gap = (0.0, 0.0, 0.0)
            self.gap_end = ""

        def _p(self, v):
            self.last = v

        def isCanceled(self):
            now = time.perf_counter()
            gap = now - self.last_check
            if gap > self.max_gap[0]:
                self.max_gap = (gap, self.last_check_progress, self.last)
                self.gap_end = _where()
            self.last_check, self.last_check_progress = now, self.last
            if now - self.t0 >= self.after:
                if self.progress_at_flip is None:
                    self.progress_at_flip = self.last
                return True
            return False

        def pushInfo(self, text):
            self.lines.append(text)

        def pushWarning(self, text):
            self.lines.append(text)

    t = time.perf_counter()
    f = _inputs(a.work)
    print("inputs ready in %.0f s" % (time.perf_counter() - t), flush=True)
    flips = [float(x) for x in a.flips.split(",")]
    only = [x for x in a.only.split(",") if x]
    rows = []
    for alg in (only or list(cases(f, "").keys())):
        for after in flips:
            out = tempfile.mkdtemp(prefix="c_", dir=a.work)
            params = cases(f, out)[alg]
            fb = Flip(after)
            t0 = time.perf_counter()
            status = "finished"
            try:
                processing.run("ecoecon:" + alg.split("/")[0], params, context=QgsProcessingContext(),
                               feedback=fb)
            except QgsProcessingException as e:
                status = "canceled" if "anceled" in str(e) else "error: %s" % e
            end = time.perf_counter() - t0
            lat = end - after if status == "canceled" else float("nan")
            written = [n for n in os.listdir(out)]
            if status == "finished":   # the gap to the end of the run counts too
                fb.isCanceled()
            rows.append((alg, after, status, end, lat, fb.progress_at_flip, len(fb.lines),
                         written, fb.max_gap))
            print("| %s | %s | %s | %.1f | %.2f | %.2f (%.0f→%.0f %%, ended at %s) | %s | %d | %s |" % (
                alg, after, status, end, lat, fb.max_gap[0], fb.max_gap[1], fb.max_gap[2],
                fb.gap_end or "the end of the run",
                "-" if fb.progress_at_flip is None else "%.0f" % fb.progress_at_flip,
                len(fb.lines), ",".join(written) if status != "canceled" else
                (",".join(written) or "none")), flush=True)
    return rows


if __name__ == "__main__":
    main()
