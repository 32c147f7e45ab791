"""Side-by-side speed of ecoecon water yield, habitat quality and carbon against InVEST 3.20.2.

Same inputs for both: the InVEST reference bundle (300 x 300 cells) and an enlargement made by
tiling every bundle input 5 x 5 (1500 x 1500 = 2.25 M cells; polygons copied into each tile).

For each model and size, each side runs in a fresh process (so peak memory is that run's):
* ``invest``: ``natcap.invest.<model>.execute(args)`` (the timed part), fresh workspace,
  n_workers = -1 (synchronous, as the reference runs), in the venv of install_invest_peer.sh ($INVEST_PEER_PYTHON).
* ``core``: our core function on arrays already in memory (read with GDAL, untimed).
* ``alg``: ``processing.run('ecoecon:…')`` from files to files (everything timed: reading,
  aligning, rasterising polygons, computing, writing GeoTIFFs).
Time = best of ``--repeat`` runs; memory = peak RSS of the process (ru_maxrss), with the RSS
just before the timed call, so the increment is visible.

Usage (QGIS Python, from the repository root):
    nice .venv/bin/python benchmarks/ecosystem/bench_wateryield_habitatquality_carbonstorage.py \
        [--sizes 1,5] [--repeat 2] [--models awy,hq,carbon] [--out RESULTS_classify.md]
"""
import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUNDLE = os.path.join(os.path.dirname(ROOT), "shared", "data", "invest_reference")
# the InVEST peer: a venv made by ../shared/data/invest_reference/install_invest_peer.sh
INVEST_PY = os.environ.get("INVEST_PEER_PYTHON",
                           os.path.join(ROOT, "invest-peer-venv", "bin", "python"))
QGIS_PY = os.environ.get("ECOECON_PYTHON", os.path.join(ROOT, ".venv", "bin", "python"))
THREATS = ("crops", "railroad", "urban", "timber", "roads1", "roads2", "roads3")


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def current_rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return float(line.split()[1]) / 1024.0
    return float("nan")


# --------------------------------------------------------------------------------------------
# inputs
def tile_raster(src, dst, n):
    from osgeo import gdal
    import numpy as np
    ds = gdal.Open(src)
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray()
    big = np.tile(a, (n, n))
    out = gdal.GetDriverByName("GTiff").Create(dst, big.shape[1], big.shape[0], 1, b.DataType,
                                               ["COMPRESS=DEFLATE", "TILED=YES"])
    out.SetGeoTransform(ds.GetGeoTransform())
    out.SetProjection(ds.GetProjection())
    ob = out.GetRasterBand(1)
    if b.GetNoDataValue() is not None:
        ob.SetNoDataValue(b.GetNoDataValue())
    ob.WriteArray(big)
    out = None


def tile_vector(src, dst, n, width, height):
    """Copies of every polygon shifted into each tile (the watershed: one polygon per tile,
    ws_id numbered)."""
    from osgeo import ogr
    s = ogr.Open(src)
    lyr = s.GetLayer()
    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(dst):
        drv.DeleteDataSource(dst)
    d = drv.CreateDataSource(dst)
    out = d.CreateLayer(lyr.GetName(), lyr.GetSpatialRef(), lyr.GetGeomType())
    defn = lyr.GetLayerDefn()
    for i in range(defn.GetFieldCount()):
        out.CreateField(defn.GetFieldDefn(i))
    k = 0
    for ti in range(n):
        for tj in range(n):
            lyr.ResetReading()
            for f in lyr:
                g = f.GetGeometryRef().Clone()
                dx, dy = tj * width, -ti * height
                g = ogr.CreateGeometryFromWkt(_shift_wkt(g, dx, dy))
                nf = ogr.Feature(out.GetLayerDefn())
                for i in range(defn.GetFieldCount()):
                    nf.SetField(i, f.GetField(i))
                if defn.GetFieldIndex("ws_id") >= 0:
                    nf.SetField("ws_id", k)
                nf.SetGeometry(g)
                out.CreateFeature(nf)
                k += 1
    d = None


def _shift_wkt(g, dx, dy):
    g = g.Clone()
    # move every point: OGR has no translate, so walk the geometry
    def walk(geom):
        if geom.GetGeometryCount():
            for i in range(geom.GetGeometryCount()):
                walk(geom.GetGeometryRef(i))
        else:
            for i in range(geom.GetPointCount()):
                x, y = geom.GetX(i), geom.GetY(i)
                geom.SetPoint_2D(i, x + dx, y + dy)
    walk(g)
    return g.ExportToWkt()


def prepare(workdir, n):
    """Inputs for size factor n (1 = the bundle as is) under workdir/n{n}/."""
    base = os.path.join(workdir, "n%d" % n)
    marker = os.path.join(base, ".done")
    if os.path.exists(marker):
        return base
    from osgeo import gdal
    for sub in ("awy_sdr", "hq", "carbon"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
        src_dir = os.path.join(BUNDLE, "inputs", sub)
        for f in os.listdir(src_dir):
            src, dst = os.path.join(src_dir, f), os.path.join(base, sub, f)
            if f.endswith(".csv"):
                shutil.copyfile(src, dst)
            elif f.endswith(".tif"):
                if n == 1:
                    shutil.copyfile(src, dst)
                else:
                    tile_raster(src, dst, n)
            elif f.endswith(".gpkg"):
                ds = gdal.Open(os.path.join(BUNDLE, "inputs", sub,
                                            "lulc.tif" if sub == "awy_sdr" else "lulc_cur.tif"))
                gt = ds.GetGeoTransform()
                w, h = ds.RasterXSize * gt[1], ds.RasterYSize * -gt[5]
                tile_vector(src, dst, n, w, h)
    open(marker, "w").close()
    return base


# --------------------------------------------------------------------------------------------
# InVEST worker (runs in the InVEST venv)
def invest_args(base, model, ws):
    j = lambda *p: os.path.join(base, *p)  # noqa: E731
    if model == "awy":
        return "natcap.invest.annual_water_yield", {
            "workspace_dir": ws, "lulc_path": j("awy_sdr", "lulc.tif"),
            "precipitation_path": j("awy_sdr", "precipitation.tif"),
            "eto_path": j("awy_sdr", "eto_SYNTHETIC.tif"),
            "pawc_path": j("awy_sdr", "pawc_SYNTHETIC.tif"),
            "depth_to_root_rest_layer_path": j("awy_sdr",
                                               "depth_to_root_rest_layer_SYNTHETIC.tif"),
            "watersheds_path": j("awy_sdr", "watershed.gpkg"), "sub_watersheds_path": "",
            "biophysical_table_path": j("awy_sdr", "biophysical_awy.csv"),
            "seasonality_constant": 5, "demand_table_path": "", "valuation_table_path": "",
            "results_suffix": "", "n_workers": -1}
    if model == "hq":
        return "natcap.invest.habitat_quality", {
            "workspace_dir": ws, "lulc_cur_path": j("hq", "lulc_cur.tif"), "lulc_fut_path": "",
            "lulc_bas_path": j("hq", "lulc_bas.tif"),
            "threats_table_path": j("hq", "threats.csv"),
            "sensitivity_table_path": j("hq", "sensitivity.csv"),
            "access_vector_path": j("hq", "access.gpkg"), "half_saturation_constant": 0.05,
            "results_suffix": "", "n_workers": -1}
    return "natcap.invest.carbon", {
        "workspace_dir": ws, "lulc_bas_path": j("carbon", "lulc_bas.tif"),
        "lulc_alt_path": j("carbon", "lulc_alt.tif"),
        "carbon_pools_path": j("carbon", "carbon_pools.csv"), "calc_sequestration": True,
        "lulc_bas_year": 2000, "lulc_alt_year": 2030, "do_valuation": False,
        "results_suffix": "", "n_workers": -1}


def worker_invest(base, model, scratch):
    import importlib
    import logging
    logging.basicConfig(level=logging.ERROR)
    modname, _ = invest_args(base, model, "")
    mod = importlib.import_module(modname)
    ws = tempfile.mkdtemp(prefix="inv_", dir=scratch)
    _, args = invest_args(base, model, ws)
    before = current_rss_mb()
    t0 = time.perf_counter()
    mod.execute(args)
    t = time.perf_counter() - t0
    shutil.rmtree(ws, ignore_errors=True)
    return {"time": t, "rss_before": before, "peak": rss_mb()}


# --------------------------------------------------------------------------------------------
# our core (plain numpy/scipy, no QGIS)
def _load_pkg():
    import importlib.util
    spec = importlib.util.spec_from_file_location("ecoecon", os.path.join(ROOT, "__init__.py"),
                                                  submodule_search_locations=[ROOT])
    m = importlib.util.module_from_spec(spec)
    sys.modules["ecoecon"] = m
    spec.loader.exec_module(m)


def _read(path):
    import numpy as np
    from osgeo import gdal
    ds = gdal.Open(path)
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    v = b.GetMaskBand().ReadAsArray() > 0
    return a, v, ds


def _csv(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def worker_core(base, model):
    _load_pkg()
    from osgeo import gdal, ogr
    j = lambda *p: os.path.join(base, *p)  # noqa: E731
    if model == "awy":
        from ecoecon.core.ecosystem.wateryield import water_yield
        lu, vl, _ = _read(j("awy_sdr", "lulc.tif"))
        arrs = []
        for f in ("precipitation.tif", "eto_SYNTHETIC.tif",
                  "depth_to_root_rest_layer_SYNTHETIC.tif", "pawc_SYNTHETIC.tif"):
            a, v, _ = _read(j("awy_sdr", f))
            arrs += [a, v]
        t = _csv(j("awy_sdr", "biophysical_awy.csv"))
        col = lambda k: [float(r[k]) for r in t]  # noqa: E731
        call = lambda: water_yield(lu, vl, *arrs, [int(r["lucode"]) for r in t],  # noqa: E731
                                   col("kc"), col("root_depth"), col("lulc_veg"), 5)
    elif model == "hq":
        from ecoecon.core.ecosystem.habitatquality import Threat, habitat_quality, rarity
        lu, vl, ds = _read(j("hq", "lulc_cur.tif"))
        th = _csv(j("hq", "threats.csv"))
        se = _csv(j("hq", "sensitivity.csv"))
        threats = []
        for r in th:
            a, v, _ = _read(j("hq", r["cur_path"]))
            threats.append(Threat(r["threat"], float(r["max_dist"]), float(r["weight"]),
                                  r["decay"], a, v))
        mem = gdal.GetDriverByName("MEM").Create("", ds.RasterXSize, ds.RasterYSize, 1,
                                                 gdal.GDT_Float64)
        mem.SetGeoTransform(ds.GetGeoTransform())
        mem.SetProjection(ds.GetProjection())
        mem.GetRasterBand(1).Fill(1.0)
        vec = ogr.Open(j("hq", "access.gpkg"))
        gdal.RasterizeLayer(mem, [1], vec.GetLayer(), options=["ATTRIBUTE=access"])
        access = mem.GetRasterBand(1).ReadAsArray()
        bl, vb, _ = _read(j("hq", "lulc_bas.tif"))
        codes = [int(r["lucode"]) for r in se]
        hab = [float(r["habitat"]) for r in se]
        sens = {r["threat"]: [float(s[r["threat"]]) for s in se] for r in th}

        def call():
            habitat_quality(lu, vl, codes, hab, sens, threats, (30.0, 30.0), 0.05, access)
            rarity(lu, vl, bl, vb, 900.0)
    else:
        from ecoecon.core.ecosystem.carbonstorage import POOLS, carbon_storage
        b, vb, _ = _read(j("carbon", "lulc_bas.tif"))
        a, va, _ = _read(j("carbon", "lulc_alt.tif"))
        t = _csv(j("carbon", "carbon_pools.csv"))
        pools = {p: [float(r[p]) for r in t] for p in POOLS}
        call = lambda: carbon_storage(b, vb, [int(r["lucode"]) for r in t],  # noqa: E731
                                      pools, 900.0, a, va)
    before = current_rss_mb()
    t0 = time.perf_counter()
    call()
    return {"time": time.perf_counter() - t0, "rss_before": before, "peak": rss_mb()}


# --------------------------------------------------------------------------------------------
# our algorithms through processing.run (QGIS)
def worker_alg(base, model, scratch):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    _load_pkg()
    from ecoecon.provider.provider import EcoEconProvider
    prov = EcoEconProvider()
    QgsApplication.processingRegistry().addProvider(prov)
    import processing
    out = tempfile.mkdtemp(prefix="alg_", dir=scratch)
    j = lambda *p: os.path.join(base, *p)  # noqa: E731
    o = lambda name: os.path.join(out, name)  # noqa: E731
    if model == "awy":
        alg, params = "ecoecon:wateryield", {
            "LULC": j("awy_sdr", "lulc.tif"), "PRECIP": j("awy_sdr", "precipitation.tif"),
            "ETO": j("awy_sdr", "eto_SYNTHETIC.tif"),
            "DEPTH": j("awy_sdr", "depth_to_root_rest_layer_SYNTHETIC.tif"),
            "PAWC": j("awy_sdr", "pawc_SYNTHETIC.tif"),
            "BIOPHYSICAL": j("awy_sdr", "biophysical_awy.csv"), "Z": 5,
            "WATERSHEDS": j("awy_sdr", "watershed.gpkg"), "WATERSHED_ID": "ws_id",
            "OUTPUT": o("wyield.tif"), "AET": o("aet.tif"), "WATERSHED_TABLE": o("ws.csv")}
    elif model == "hq":
        alg, params = "ecoecon:habitatquality", {
            "LULC": j("hq", "lulc_cur.tif"), "THREATS": j("hq", "threats.csv"),
            "SENSITIVITY": j("hq", "sensitivity.csv"), "ACCESS": j("hq", "access.gpkg"),
            "K": 0.05, "BASELINE": j("hq", "lulc_bas.tif"), "DEGRADATION": o("deg.tif"),
            "QUALITY": o("q.tif"), "RARITY": o("rarity.tif"), "RARITY_TABLE": o("rarity.csv")}
    else:
        alg, params = "ecoecon:carbonstorage", {
            "LULC": j("carbon", "lulc_bas.tif"), "POOLS": j("carbon", "carbon_pools.csv"),
            "LULC_FUTURE": j("carbon", "lulc_alt.tif"), "OUTPUT": o("bas.tif"),
            "FUTURE": o("alt.tif"), "CHANGE": o("chg.tif"), "SUMMARY": o("sum.csv")}
    before = current_rss_mb()
    t0 = time.perf_counter()
    processing.run(alg, params, context=QgsProcessingContext(),
                   feedback=QgsProcessingFeedback())
    t = time.perf_counter() - t0
    shutil.rmtree(out, ignore_errors=True)
    return {"time": t, "rss_before": before, "peak": rss_mb()}


# --------------------------------------------------------------------------------------------
def spawn(py, kind, base, model, scratch):
    cmd = [py, os.path.abspath(__file__), "--worker", kind, "--base", base, "--model", model,
           "--scratch", scratch]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("%s %s failed:\n%s" % (kind, model, r.stderr[-3000:]))
    return json.loads(r.stdout.strip().splitlines()[-1])


MODEL_NAMES = {"awy": "Water yield", "hq": "Habitat quality", "carbon": "Carbon"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker")
    ap.add_argument("--base")
    ap.add_argument("--model")
    ap.add_argument("--scratch", default=None)
    ap.add_argument("--sizes", default="1,5")
    ap.add_argument("--models", default="awy,hq,carbon")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(),
                                                      "ecoecon_bench_awy_hq_carbon"))
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    if a.worker:
        fn = {"invest": lambda: worker_invest(a.base, a.model, a.scratch),
              "core": lambda: worker_core(a.base, a.model),
              "alg": lambda: worker_alg(a.base, a.model, a.scratch)}[a.worker]
        print(json.dumps(fn()))
        return
    os.makedirs(a.workdir, exist_ok=True)
    rows = []
    for n in [int(s) for s in a.sizes.split(",")]:
        base = prepare(a.workdir, n)
        cells = (300 * n) ** 2
        for model in a.models.split(","):
            res = {}
            for kind, py in (("invest", INVEST_PY), ("core", sys.executable),
                             ("alg", sys.executable)):
                runs = [spawn(py, kind, base, model, a.workdir) for _ in range(a.repeat)]
                best = min(runs, key=lambda r: r["time"])
                best["peak"] = max(r["peak"] for r in runs)
                res[kind] = best
                print("%-7s n=%d %-6s %8.3f s  peak %7.1f MB (before %7.1f MB)" % (
                    model, n, kind, best["time"], best["peak"], best["rss_before"]),
                    flush=True)
            rows.append((model, cells, res))
    lines = ["| model | cells | InVEST 3.20.2 execute() | ecoecon core | ratio core | "
             "ecoecon processing.run (files→files) | ratio run | peak RSS InVEST / core / run "
             "(MB) |", "|---|---|---|---|---|---|---|---|"]
    for model, cells, r in rows:
        inv, core, alg = r["invest"]["time"], r["core"]["time"], r["alg"]["time"]
        lines.append("| %s | %s | %.3f s | %.3f s | %.1f× faster | %.3f s | %.1f× faster | "
                     "%.0f / %.0f / %.0f |" % (
                         MODEL_NAMES[model], format(cells, ","), inv, core, inv / core, alg,
                         inv / alg, r["invest"]["peak"], r["core"]["peak"], r["alg"]["peak"]))
    text = "\n".join(lines)
    print(text)
    if a.out:
        with open(a.out, "w") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
