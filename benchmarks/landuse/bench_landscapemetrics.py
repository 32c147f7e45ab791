"""Landscape metrics: ecoecon vs PyLandStats, side by side in one run (not run by CI).

    python -m venv /tmp/pls-venv
    /tmp/pls-venv/bin/pip install numpy==1.26.4 scipy==1.14.1 pylandstats==3.1.0
    nice /tmp/pls-venv/bin/python benchmarks/landuse/bench_landscapemetrics.py [--size 2000] [--repeat 3]

PyLandStats is a benchmark-only dependency (GPL-3, pulls geopandas, rasterio, dask ...); the
plugin does not need it. Both run on the same 2000×2000, 6-class clumped raster (30 m cells,
seeded), with 8-cell patches and the metrics both compute:
class PLAND, NP, LPI, TE, ED, LSI; landscape NP, LPI, TE, ED, LSI, CONTAG, SHDI.
ecoecon's single call also computes class AI, landscape AI and SHEI (PyLandStats has none of
them); CONNECT is timed separately because PyLandStats has no CONNECT.
"""
import argparse
import importlib.util
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
from scipy import ndimage

ROOT = Path(__file__).resolve().parents[2]


def load_ecoecon():
    spec = importlib.util.spec_from_file_location("ecoecon", ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules["ecoecon"] = mod
    spec.loader.exec_module(mod)
    from ecoecon.core.landuse.landscapemetrics import landscape_metrics
    return landscape_metrics


def make_raster(n, seed=42, classes=6, sigma=10.0):
    rng = np.random.default_rng(seed)
    fields = np.stack([ndimage.gaussian_filter(rng.standard_normal((n, n), np.float32), sigma)
                       for _ in range(classes)])
    return (fields.argmax(axis=0) + 1).astype(np.int32)


CLASS_M = ["proportion_of_landscape", "number_of_patches", "largest_patch_index",
           "total_edge", "edge_density", "landscape_shape_index"]
LAND_M = ["number_of_patches", "largest_patch_index", "total_edge", "edge_density",
          "landscape_shape_index", "contagion", "shannon_diversity_index"]


def run_pls(arr, cell):
    import pylandstats as pls
    ls = pls.Landscape(arr, res=(cell, cell), nodata=0, neighborhood_rule="8")
    cdf = ls.compute_class_metrics_df(metrics=CLASS_M)
    ldf = ls.compute_landscape_metrics_df(metrics=LAND_M)
    return cdf, ldf


def timed(fn, repeat):
    out, times = None, []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, times


def peak_mb(fn):
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--connect", type=float, default=1000.0)
    a = ap.parse_args()
    import pylandstats
    lm = load_ecoecon()
    arr = make_raster(a.size)
    valid = np.ones(arr.shape, bool)
    cell = 30.0
    print("raster %d×%d, %d classes, numpy %s, pylandstats %s" % (
        a.size, a.size, len(np.unique(arr)), np.__version__, pylandstats.__version__))
    ours_fn = lambda: lm(arr, valid, cell, 8)  # noqa: E731
    pls_fn = lambda: run_pls(arr, cell)  # noqa: E731
    ours_fn(), pls_fn()  # warm-up (imports, caches)
    t_ours, t_pls = [], []
    res = cdf = ldf = None
    for _ in range(a.repeat):  # interleaved, so both see the same machine load
        (res, ), t1 = timed(lambda: (ours_fn(),), 1)
        (cdf, ldf), t2 = timed(pls_fn, 1)
        t_ours += t1
        t_pls += t2
    print("ecoecon  (class+landscape, +AI, +SHEI): min %.3f s  median %.3f s" % (
        min(t_ours), statistics.median(t_ours)))
    print("PyLandStats (same metrics, no AI/SHEI): min %.3f s  median %.3f s" % (
        min(t_pls), statistics.median(t_pls)))
    print("ratio PyLandStats/ecoecon: min-time %.2f×, median %.2f×" % (
        min(t_pls) / min(t_ours), statistics.median(t_pls) / statistics.median(t_ours)))
    # agreement on the common metrics
    names = {"proportion_of_landscape": "PLAND", "number_of_patches": "NP",
             "largest_patch_index": "LPI", "total_edge": "TE", "edge_density": "ED",
             "landscape_shape_index": "LSI"}
    worst = {}
    for k, c in enumerate(res.classes):
        for pm, om in names.items():
            d = abs(float(cdf.loc[c, pm]) - res.by_class[om][k])
            worst[om] = max(worst.get(om, 0.0), d / max(1.0, abs(res.by_class[om][k])))
    lnames = dict(names, contagion="CONTAG", shannon_diversity_index="SHDI")
    lnames.pop("proportion_of_landscape")
    for pm, om in lnames.items():
        d = abs(float(ldf[pm].iloc[0]) - res.landscape[om])
        worst["land_" + om] = d / max(1.0, abs(res.landscape[om]))
    print("largest relative difference per metric:", {k: "%.1e" % v for k, v in worst.items()})
    print("peak traced memory: ecoecon %.0f MB, PyLandStats %.0f MB" % (
        peak_mb(ours_fn), peak_mb(pls_fn)))
    t = time.perf_counter()
    rc = lm(arr, valid, cell, 8, connect_distance=a.connect)
    print("ecoecon with CONNECT at %g m: %.3f s (CONNECT %.4f %%); patches %d" % (
        a.connect, time.perf_counter() - t, rc.landscape["CONNECT"], rc.landscape["NP"]))


if __name__ == "__main__":
    main()
