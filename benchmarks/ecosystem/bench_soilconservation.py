"""Side-by-side timing: our soil conservation / SDR core against InVEST 3.20.2's SDR
``execute()`` on the same inputs: the shared bundle (300 × 300) and a ~2-million-cell
enlargement made by mirror-tiling it (1410 × 1410).

Both sides are timed end to end from GeoTIFF inputs to GeoTIFF outputs, each in its own fresh
process (peak memory = that process's maximum resident set size). Run with the plugin's venv:

    nice python benchmarks/ecosystem/bench_soilconservation.py [--peer PATH/TO/invest-peer-venv/bin/python]
        [--repeat 3] [--methods mfd,d8]
        [--sizes bundle,big[,terraced][,watersheds][,watersheds-lib]] [--float64]

"watersheds" is the tiled grid with three watersheds (bounding box 600 × 600) through
``processing.run`` (QGIS start-up in the peak, not in the time); "watersheds-lib" the same case
through the core as a library (no QGIS: only the window read, outputs on the window's grid);
both interleaved with InVEST. The core-direct runs read the rasters in their own data types, as
the algorithm does (int16 DEM, float32 factors, byte land use); ``--float64``: as float64, as
the algorithm did before 3 December 2026.

"terraced" is the enlargement with its heights rounded to multiples of 20 m: 70 % of the cells
on flats, a stress test of the plateau routing (not in the default run).

Not run by CI.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap

import numpy as np
from osgeo import gdal, ogr, osr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUNDLE = os.path.join(os.path.dirname(ROOT), "shared", "data", "invest_reference")
INPUTS = ("dem.tif", "erosivity_SYNTHETIC.tif", "erodibility_SYNTHETIC.tif", "lulc.tif")


def _mirror_tile(a, n):
    row = np.concatenate([a if i % 2 == 0 else a[:, ::-1] for i in range(5)], axis=1)
    full = np.concatenate([row if j % 2 == 0 else row[::-1] for j in range(5)], axis=0)
    return full[:n, :n]


def make_big(src_dir, dst_dir, n=1410, terrace=None):
    os.makedirs(dst_dir, exist_ok=True)
    for name in INPUTS:
        ds = gdal.Open(os.path.join(src_dir, name))
        b = ds.GetRasterBand(1)
        a = _mirror_tile(b.ReadAsArray(), n)
        if terrace and name == "dem.tif":
            nd = b.GetNoDataValue()
            keep = (a == nd) if nd is not None else np.zeros(a.shape, bool)
            a = np.where(keep, a, np.round(a / terrace) * terrace).astype(a.dtype)
        out = gdal.GetDriverByName("GTiff").Create(
            os.path.join(dst_dir, name), n, n, 1, b.DataType,
            ["TILED=YES", "COMPRESS=DEFLATE"])
        out.SetGeoTransform(ds.GetGeoTransform())
        out.SetProjection(ds.GetProjection())
        ob = out.GetRasterBand(1)
        if b.GetNoDataValue() is not None:
            ob.SetNoDataValue(b.GetNoDataValue())
        ob.WriteArray(a)
        out = None
    gt = gdal.Open(os.path.join(dst_dir, "dem.tif")).GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(gdal.Open(os.path.join(dst_dir, "dem.tif")).GetProjection())
    drv = ogr.GetDriverByName("GPKG")
    path = os.path.join(dst_dir, "watershed.gpkg")
    if os.path.exists(path):
        os.remove(path)
    vds = drv.CreateDataSource(path)
    lyr = vds.CreateLayer("watershed", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("ws_id", ogr.OFTInteger))
    x0, y0 = gt[0], gt[3]
    x1, y1 = x0 + n * gt[1], y0 + n * gt[5]
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("ws_id", 0)
    f.SetGeometry(poly)
    lyr.CreateFeature(f)
    vds = None
    import shutil
    shutil.copy(os.path.join(src_dir, "biophysical_sdr.csv"), dst_dir)
    return dst_dir


#: the measuring scripts' peak: this process's own high-water mark (ru_maxrss carries the
#: parent's over exec)
PEAK_MB = '''def peak_mb():
    try:
        with open("/proc/self/status") as fh:
            return [int(l.split()[1]) for l in fh if l.startswith("VmHWM")][0] / 1024
    except (OSError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
'''


OURS = textwrap.dedent(r'''
import csv, json, os, resource, sys, time
#PEAK_MB#
sys.path.insert(0, {root!r})
import tests.conftest  # registers the package as 'ecoecon'
import numpy as np
from osgeo import gdal
from ecoecon.core.ecosystem.soilconservation import soil_conservation
import scipy.sparse.linalg, skimage.morphology  # imports are not timed on either side
gdal.UseExceptions()
t0 = time.perf_counter()
d, ws, method = {inp!r}, {ws!r}, {method!r}
def rd(name):
    ds = gdal.Open(os.path.join(d, name)); b = ds.GetRasterBand(1)
    a = b.ReadAsArray(); nd = b.GetNoDataValue()
    a = a if {native!r} else a.astype(np.float64)  # (own types, as the algorithm reads them)
    return a, (np.isfinite(a) if nd is None else a != nd), ds
dem, vd, ds = rd("dem.tif"); r, vr, _ = rd("erosivity_SYNTHETIC.tif")
k, vk, _ = rd("erodibility_SYNTHETIC.tif"); lu, vl, _ = rd("lulc.tif")
rows = list(csv.DictReader(open(os.path.join(d, "biophysical_sdr.csv"))))
c = {{int(x["lucode"]): float(x["usle_c"]) for x in rows}}
p = {{int(x["lucode"]): float(x["usle_p"]) for x in rows}}
valid = vd & vr & vk & vl
drv = gdal.GetDriverByName("GTiff")
def sink(key, arr):  # each output written as soon as it is final (as the algorithm does)
    o = drv.Create(os.path.join(ws, key + ".tif"), arr.shape[1], arr.shape[0], 1,
                   gdal.GDT_Float32, ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3"])
    o.SetGeoTransform(ds.GetGeoTransform()); o.SetProjection(ds.GetProjection())
    b = o.GetRasterBand(1); b.SetNoDataValue(-3.4028234663852886e+38)
    arr[np.isnan(arr)] = -3.4028234663852886e+38  # (in place, as the algorithm does)
    b.WriteArray(arr); o = None
out, tot = soil_conservation(dem, r, k, lu, valid, c, p, abs(ds.GetGeoTransform()[1]),
                             method=method, zones=valid.astype(np.int32), sink=sink)
el = time.perf_counter() - t0
print(json.dumps({{"seconds": el, "peak_mb": peak_mb(),
                  "totals": tot[1]}}))
''')

PEER = textwrap.dedent(r'''
import json, logging, os, resource, time
#PEAK_MB#
logging.disable(logging.CRITICAL)
t0 = time.perf_counter()
from natcap.invest.sdr import sdr
mb0 = peak_mb()
d, ws, method = {inp!r}, {ws!r}, {method!r}
args = {{"workspace_dir": ws, "results_suffix": "", "dem_path": os.path.join(d, "dem.tif"),
        "erosivity_path": os.path.join(d, "erosivity_SYNTHETIC.tif"),
        "erodibility_path": os.path.join(d, "erodibility_SYNTHETIC.tif"),
        "lulc_path": os.path.join(d, "lulc.tif"),
        "watersheds_path": os.path.join(d, "watershed.gpkg"),
        "biophysical_table_path": os.path.join(d, "biophysical_sdr.csv"),
        "threshold_flow_accumulation": 1000, "k_param": 2, "ic_0_param": 0.5,
        "sdr_max": 0.8, "l_max": 122, "drainage_path": "", "flow_dir_algorithm": method.upper(),
        "n_workers": -1}}
t1 = time.perf_counter()
sdr.execute(args)
el = time.perf_counter() - t1
print(json.dumps({{"seconds": el, "import_s": t1 - t0, "import_mb": mb0,
                  "peak_mb": peak_mb()}}))
''')


def add_watersheds(big_dir, tiles=((1, 1), (1, 2), (2, 1))):
    """Three watersheds built from the bundle: its watershed polygon (the 300 × 300 window)
    placed on three tiles of the mirror-tiled grid; their bounding box covers 600 × 600 of
    the 1410 × 1410 cells. Written to ``watersheds3.gpkg`` beside the tiled rasters."""
    ds = gdal.Open(os.path.join(big_dir, "dem.tif"))
    gt = ds.GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(ds.GetProjection())
    path = os.path.join(big_dir, "watersheds3.gpkg")
    if os.path.exists(path):
        os.remove(path)
    vds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = vds.CreateLayer("watersheds", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("ws_id", ogr.OFTInteger))
    for i, (tr, tc) in enumerate(tiles):
        x0, y0 = gt[0] + tc * 300 * gt[1], gt[3] + tr * 300 * gt[5]
        x1, y1 = x0 + 300 * gt[1], y0 + 300 * gt[5]
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
            ring.AddPoint_2D(x, y)
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("ws_id", i)
        f.SetGeometry(poly)
        lyr.CreateFeature(f)
    vds = None
    return path


OURS_ALG = textwrap.dedent(r'''
import json, os, resource, sys, time
#PEAK_MB#
sys.path.insert(0, os.path.join({root!r}, "scripts"))
from qgis_session import start
start()
import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback
import scipy.sparse.linalg, skimage.morphology  # imports are not timed on either side
mb0 = peak_mb()
d, ws, method, wsh = {inp!r}, {ws!r}, {method!r}, {wsh!r}
outs = {outs!r}
params = {{
    "DEM": os.path.join(d, "dem.tif"), "EROSIVITY": os.path.join(d, "erosivity_SYNTHETIC.tif"),
    "ERODIBILITY": os.path.join(d, "erodibility_SYNTHETIC.tif"),
    "LULC": os.path.join(d, "lulc.tif"), "TABLE": os.path.join(d, "biophysical_sdr.csv"),
    "FLOW_DIR": 0 if method == "mfd" else 1, "THRESHOLD": 1000, "WATERSHEDS": wsh,
    "WS_ID_FIELD": "ws_id", "WATERSHED_TABLE": os.path.join(ws, "ws.csv")}}
for name in outs:  # all eleven rasters, as InVEST writes them all
    params[name] = os.path.join(ws, name.lower() + ".tif")
t0 = time.perf_counter()
res = processing.run("ecoecon:soilconservation", params, context=QgsProcessingContext(),
                     feedback=QgsProcessingFeedback())
el = time.perf_counter() - t0
print(json.dumps({{"seconds": el, "import_mb": mb0,
                  "peak_mb": peak_mb(),
                  "total": res["TOTAL_SOIL_CONSERVATION"]}}))
''')

#: the real-watershed case through the core as a library (no QGIS): the installable package
#: (``ecoecon.core`` as a namespace package, as ``pip install .`` lays it out), only the
#: watersheds' window of each input read (GDAL), the watersheds rasterised on it (cell
#: centres, a later polygon wins), each output written as soon as it is final, on the window's
#: grid (as InVEST writes its outputs)
OURS_LIB = textwrap.dedent(r'''
import csv, json, os, resource, sys, tempfile, time
#PEAK_MB#
pkg = tempfile.mkdtemp()
os.makedirs(os.path.join(pkg, "ecoecon"))
os.symlink(os.path.join({root!r}, "core"), os.path.join(pkg, "ecoecon", "core"))
sys.path.insert(0, pkg)
import numpy as np
from osgeo import gdal, ogr
from ecoecon.core.ecosystem.soilconservation import soil_conservation, watershed_window
import scipy.sparse.linalg, skimage.morphology  # imports are not timed on either side
assert "qgis" not in sys.modules
gdal.UseExceptions()
mb0 = peak_mb()
t0 = time.perf_counter()
d, ws, method, wsh = {inp!r}, {ws!r}, {method!r}, {wsh!r}
vds = ogr.Open(wsh); lyr = vds.GetLayer(0)
xmin, xmax, ymin, ymax = lyr.GetExtent()
dem_ds = gdal.Open(os.path.join(d, "dem.tif"))
gt = dem_ds.GetGeoTransform()
r0, r1, c0, c1 = watershed_window((xmin, xmax, ymin, ymax), gt,
                                  (dem_ds.RasterYSize, dem_ds.RasterXSize))
h, w = r1 - r0, c1 - c0
wgt = (gt[0] + c0 * gt[1], gt[1], 0.0, gt[3] + r0 * gt[5], 0.0, gt[5])
def rd(name):  # the window only
    ds = gdal.Open(os.path.join(d, name)); b = ds.GetRasterBand(1)
    a = b.ReadAsArray(c0, r0, w, h); nd = b.GetNoDataValue()
    a = a if {native!r} else a.astype(np.float64)  # (own types, as the algorithm reads them)
    return a, (np.isfinite(a) if nd is None else a != nd)
dem, vd = rd("dem.tif"); r, vr = rd("erosivity_SYNTHETIC.tif")
k, vk = rd("erodibility_SYNTHETIC.tif"); lu, vl = rd("lulc.tif")
mem = gdal.GetDriverByName("MEM").Create("", w, h, 1, gdal.GDT_Int32)
mem.SetGeoTransform(wgt); mem.SetProjection(dem_ds.GetProjection())
ids = []
feats = [(f.GetFID(), f.GetField("ws_id")) for f in lyr]
for i, (fid, wid) in enumerate(feats, start=1):  # one at a time: a later polygon wins
    lyr.SetAttributeFilter("FID = %d" % fid)
    gdal.RasterizeLayer(mem, [1], lyr, burn_values=[i])
    ids.append((i, wid))
lyr.SetAttributeFilter(None)
zones = mem.GetRasterBand(1).ReadAsArray(); mem = None
rows = list(csv.DictReader(open(os.path.join(d, "biophysical_sdr.csv"))))
c = {{int(x["lucode"]): float(x["usle_c"]) for x in rows}}
p = {{int(x["lucode"]): float(x["usle_p"]) for x in rows}}
valid = vd & vr & vk & vl & (zones > 0)
del vd, vr, vk, vl
drv = gdal.GetDriverByName("GTiff")
def sink(key, arr):  # each output written as soon as it is final, on the window's grid
    # (the data types the algorithm writes: LS and flow accumulation Float64, stream Byte)
    dt, nd = {{"ls": (gdal.GDT_Float64, -1.0), "flow_accumulation": (gdal.GDT_Float64, -1.0),
              "stream": (gdal.GDT_Byte, 255)}}.get(key, (gdal.GDT_Float32, -3.4028234663852886e+38))
    o = drv.Create(os.path.join(ws, key + ".tif"), w, h, 1, dt,
                   ["TILED=YES", "COMPRESS=DEFLATE"])
    o.SetGeoTransform(wgt); o.SetProjection(dem_ds.GetProjection())
    b = o.GetRasterBand(1); b.SetNoDataValue(nd)
    ok = ~np.isnan(arr); np.nan_to_num(arr, copy=False)
    arr[~ok] = nd
    b.WriteArray(arr)
    o = None
out, tot = soil_conservation(dem, r, k, lu, valid, c, p, abs(gt[1]), method=method,
                             zones=zones, sink=sink)
el = time.perf_counter() - t0
with open(os.path.join(ws, "ws.csv"), "w") as fh:
    names = ("usle_tot", "sed_export", "sed_dep", "avoid_exp", "avoid_eros")
    fh.write("ws_id," + ",".join(names) + "\n")
    for z, wid in ids:
        fh.write("%s,%s\n" % (wid, ",".join(repr(tot.get(z, {{}}).get(n, 0.0)) for n in names)))
print(json.dumps({{"seconds": el, "import_mb": mb0,
                  "peak_mb": peak_mb(),
                  "totals": {{str(wid): tot.get(z, {{}}) for z, wid in ids}},
                  "window": [r0, r1, c0, c1]}}))
''')
OURS, PEER, OURS_ALG, OURS_LIB = (t.replace("#PEAK_MB#\n", PEAK_MB)
                                    for t in (OURS, PEER, OURS_ALG, OURS_LIB))


#: our output parameter -> InVEST's file (as tests/algorithms/test_soilconservation.py)
OUTS = {
    "FLOW_ACCUMULATION": "flow_accumulation.tif", "LS": "ls.tif", "RKLS": "rkls.tif",
    "USLE": "usle.tif", "SOIL_CONSERVATION": "avoided_erosion.tif", "IC": "ic.tif",
    "SDR": "sdr_factor.tif", "SED_EXPORT": "sed_export.tif",
    "AVOIDED_EXPORT": "avoided_export.tif", "SED_DEPOSITION": "sed_deposition.tif",
    "STREAM": "stream.tif"}


def _read(path):
    ds = gdal.Open(path)
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    nd = b.GetNoDataValue()
    if nd is not None:
        a[a == nd] = np.nan
    return a, ds.GetGeoTransform()


def compare_with_invest(ours_ws, peer_ws):
    """Every output of ours (on the DEM grid) against InVEST's (on the watersheds' bounding
    box), by the parity tests' rule: same nodata cells, relative difference where both hold
    data (0 where both are 0). Returns {output: (cells with nodata differing, cells beyond
    1e-3, largest relative difference)} and the watershed totals side by side."""
    found = {}
    for dirpath, _, files in os.walk(peer_ws):
        for f in files:
            found.setdefault(f, os.path.join(dirpath, f))
    rep = {}
    for name, fname in OUTS.items():
        mine, gt_m = _read(os.path.join(ours_ws, name.lower() + ".tif"))
        ref, gt_r = _read(found[fname])
        r0 = int(round((gt_r[3] - gt_m[3]) / gt_m[5]))
        c0 = int(round((gt_r[0] - gt_m[0]) / gt_m[1]))
        inside = mine[r0:r0 + ref.shape[0], c0:c0 + ref.shape[1]]
        outside = np.isnan(mine).sum() - np.isnan(inside).sum()
        assert outside == mine.size - inside.size, "data outside the watersheds' box"
        both = ~np.isnan(inside) & ~np.isnan(ref)
        diff = np.abs(inside[both] - ref[both])
        rel = np.where(diff == 0, 0.0, diff / np.maximum(np.abs(ref[both]), 1e-300))
        rep[name] = (int((np.isnan(inside) != np.isnan(ref)).sum()), int((rel > 1e-3).sum()),
                     float(rel.max()) if rel.size else 0.0)
    import csv
    with open(os.path.join(ours_ws, "ws.csv")) as fh:
        mine_t = {int(r["ws_id"]): r for r in csv.DictReader(fh)}
    vec = ogr.Open(found["watershed_results_sdr.gpkg"] if "watershed_results_sdr.gpkg" in found
                   else found["watershed_results_sdr.shp"])
    lyr = vec.GetLayer(0)
    totals = {}
    for f in lyr:
        wid = int(f.GetField("ws_id"))
        for k in ("usle_tot", "sed_export", "sed_dep", "avoid_exp", "avoid_eros"):
            totals[(wid, k)] = (float(mine_t[wid][k]), float(f.GetField(k)))
    return rep, totals


def _run(python, code):
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if out.returncode:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--peer", default=os.environ.get(
        "INVEST_PEER_PYTHON", "invest-peer-venv/bin/python"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--methods", default="mfd,d8")
    ap.add_argument("--sizes", default="bundle,big")
    ap.add_argument("--float64", action="store_true",
                    help="the core reads the rasters as float64 (as the algorithm did before "
                         "3 December 2026) instead of their own data types (int16 DEM, "
                         "float32 factors, byte land use; the same bits)")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="bench_sdr_")
    src = os.path.join(BUNDLE, "inputs", "awy_sdr")
    sets = {}
    if "bundle" in a.sizes.split(","):
        sets["bundle 300×300 (90,000 cells)"] = src
    if "big" in a.sizes.split(","):
        sets["tiled 1410×1410 (1,988,100 cells)"] = make_big(src, os.path.join(tmp, "big"))
    if "terraced" in a.sizes.split(","):
        sets["tiled 1410×1410, heights rounded to 20 m"] = make_big(
            src, os.path.join(tmp, "terraced"), terrace=20.0)
    sizes = set(a.sizes.split(","))
    kinds = [k for k in ("watersheds-lib", "watersheds") if k in sizes]
    if kinds:
        big = make_big(src, os.path.join(tmp, "big"))
        wsh = add_watersheds(big)
        have_peer = os.path.exists(a.peer)
        for method in a.methods.split(","):
            runs = {k: [] for k in kinds}
            peer = []
            for i in range(a.repeat):  # interleaved: ours, InVEST, ours, InVEST, ...
                line = []
                for kind in kinds:
                    ws = tempfile.mkdtemp(dir=tmp)
                    code = OURS_LIB if kind == "watersheds-lib" else OURS_ALG
                    runs[kind].append(_run(sys.executable, code.format(
                        root=ROOT, inp=big, ws=ws, method=method, wsh=wsh, outs=list(OUTS),
                        native=not a.float64)))
                    runs[kind][-1]["ws"] = ws
                    line.append("%s %.2f s %.0f MB (start-up %.0f MB)" % (
                        "library" if kind == "watersheds-lib" else "processing.run",
                        runs[kind][-1]["seconds"], runs[kind][-1]["peak_mb"],
                        runs[kind][-1]["import_mb"]))
                if have_peer:
                    pws = tempfile.mkdtemp(dir=tmp)
                    code = PEER.format(inp=big, ws=pws, method=method).replace(
                        'os.path.join(d, "watershed.gpkg")', repr(wsh))
                    peer.append(_run(a.peer, code))
                    peer[-1]["ws"] = pws
                    line.append("InVEST %.2f s %.0f MB (imports %.0f MB)" % (
                        peer[-1]["seconds"], peer[-1]["peak_mb"], peer[-1]["import_mb"]))
                    line += ["InVEST/%s %.2f" % (k, peer[-1]["seconds"] / runs[k][-1]["seconds"])
                             for k in kinds]
                print("   %s run %d: %s; load %s" % (method.upper(), i + 1, ", ".join(line),
                                                   "%.2f %.2f %.2f" % os.getloadavg()))
                sys.stdout.flush()
            for kind in kinds:
                rr = runs[kind]
                to = min(r["seconds"] for r in rr)
                print("tiled 1410×1410 with 3 watersheds (bounding box 600×600) %s, %s: "
                      "best %.2f s, peak %.0f MB (start-up %.0f MB); all runs %s, peaks %s" % (
                          method.upper(),
                          "core as a library" if kind == "watersheds-lib" else "processing.run",
                          to, max(r["peak_mb"] for r in rr), max(r["import_mb"] for r in rr),
                          ["%.2f" % r["seconds"] for r in rr],
                          ["%.0f" % r["peak_mb"] for r in rr]))
                if have_peer:
                    tp = min(r["seconds"] for r in peer)
                    print("   InVEST: best %.2f s, peak %.0f MB (imports %.0f MB), "
                          "InVEST/ours (best) %.2f; all runs %s, peaks %s"
                          % (tp, max(r["peak_mb"] for r in peer),
                             max(r["import_mb"] for r in peer), tp / to,
                             ["%.2f" % r["seconds"] for r in peer],
                             ["%.0f" % r["peak_mb"] for r in peer]))
                    rep, totals = compare_with_invest(rr[-1]["ws"], peer[-1]["ws"])
                    for name, (nd, beyond, worst) in rep.items():
                        print("   %-18s nodata differs %d, beyond 1e-3 %d, largest rel. %.2g"
                              % (name, nd, beyond, worst))
                    for (wid, k), (m, r) in sorted(totals.items()):
                        print("   ws %d %-10s ours %.9g InVEST %.9g rel %.2g"
                              % (wid, k, m, r, (m - r) / r if r else m))
            sys.stdout.flush()
    for label, inp in sets.items():
        for method in a.methods.split(","):
            ours, peer = [], []
            for i in range(a.repeat):
                ws = tempfile.mkdtemp(dir=tmp)
                ours.append(_run(sys.executable, OURS.format(root=ROOT, inp=inp, ws=ws,
                                                             method=method, native=not a.float64)))
                ws = tempfile.mkdtemp(dir=tmp)
                peer.append(_run(a.peer, PEER.format(inp=inp, ws=ws, method=method)))
            to = min(r["seconds"] for r in ours)
            tp = min(r["seconds"] for r in peer)
            print("%s %s: ours %.2f s (peak %.0f MB), InVEST %.2f s (peak %.0f MB), "
                  "InVEST/ours = %.2f" % (label, method.upper(), to,
                                          max(r["peak_mb"] for r in ours), tp,
                                          max(r["peak_mb"] for r in peer), tp / to))
            print("   ours all runs:", ["%.2f" % r["seconds"] for r in ours],
                  " InVEST:", ["%.2f" % r["seconds"] for r in peer],
                  " peaks ours:", ["%.0f" % r["peak_mb"] for r in ours],
                  " InVEST:", ["%.0f" % r["peak_mb"] for r in peer],
                  " load %.2f %.2f %.2f" % os.getloadavg())
            sys.stdout.flush()


if __name__ == "__main__":
    main()
