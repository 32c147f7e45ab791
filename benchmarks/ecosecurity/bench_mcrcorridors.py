"""Speed of the MCR corridor core (not run by CI).

    nice python benchmarks/ecosecurity/bench_mcrcorridors.py paper   # ≈744k cells, 206 sources
    nice python benchmarks/ecosecurity/bench_mcrcorridors.py big     # 20M cells, 2,000 sources
    options: --no-grass, --grass-memory 300,4000, --policies adjacent,mst,...  --width W

Synthetic but paper-shaped input: an AHP-like resistance (4 smooth factors, each in 5 classes
valued 1..5, weights 0.45/0.10/0.12/0.33) inside an elliptical study area (nodata outside),
500 m cells, sources = discs of 49 cells at random places. Side by side, in the same run, GRASS
``r.cost`` (8 neighbours, default memory and memory=4000, with ``nearest=`` allocation) on the
same raster and source cells, timed around the module call only (import/export excluded), and
checked equal to ours × cell size.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from scipy import ndimage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
import tests.conftest  # noqa: E402,F401  (registers the package as `ecoecon`)
from ecoecon.core.ecosecurity import mcrcorridors as co# noqa: E402
from ecoecon.core.ecosecurity import costdistance as cd# noqa: E402

CELL = 500.0


def landscape(n_rows, n_cols, n_src, seed=0):
    rng = np.random.default_rng(seed)
    res = np.zeros((n_rows, n_cols))
    for w in (0.45, 0.10, 0.12, 0.33):
        lo = rng.standard_normal((n_rows // 16 + 2, n_cols // 16 + 2))
        f = ndimage.zoom(lo, 16, order=1)[:n_rows, :n_cols]
        q = np.quantile(f[::7, ::7], [0.2, 0.4, 0.6, 0.8])
        res += w * (np.searchsorted(q, f) + 1)
    yy, xx = np.mgrid[0:n_rows, 0:n_cols]
    valid = (((yy - n_rows / 2) / (n_rows / 2)) ** 2
             + ((xx - n_cols / 2) / (n_cols / 2)) ** 2) <= 0.95
    lab = np.zeros((n_rows, n_cols), np.int32)
    disc = (np.add.outer(np.arange(-4, 5) ** 2, np.arange(-4, 5) ** 2) <= 12)  # 49 cells
    k = 0
    while k < n_src:
        y, x = rng.integers(5, n_rows - 5), rng.integers(5, n_cols - 5)
        win = (slice(y - 4, y + 5), slice(x - 4, x + 5))
        if not valid[win].all() or lab[y - 6:y + 7, x - 6:x + 7].any():
            continue
        k += 1
        lab[win][disc] = k
    return res.astype(np.float32), valid, lab


def write_tif(path, arr, nodata, gtype):
    from osgeo import gdal, osr
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gtype,
                                              ["TILED=YES", "COMPRESS=LZW", "BIGTIFF=YES"])
    ds.SetGeoTransform((400000.0, CELL, 0, 5000000.0, 0, -CELL))
    s = osr.SpatialReference()
    s.ImportFromEPSG(32650)
    ds.SetProjection(s.ExportToWkt())
    b = ds.GetRasterBand(1)
    b.SetNoDataValue(nodata)
    b.WriteArray(arr)
    ds = None


def grass_r_cost(res, valid, lab, memory):
    from osgeo import gdal
    tmp = Path(tempfile.mkdtemp(prefix="bench_rcost_"))
    try:
        write_tif(tmp / "res.tif", np.where(valid, res, -1).astype(np.float32), -1,
                  gdal.GDT_Float32)
        write_tif(tmp / "src.tif", np.where(lab > 0, lab, 0).astype(np.int32), 0,
                  gdal.GDT_Int32)
        (tmp / "run.sh").write_text(
            "set -e\n"
            f"r.in.gdal -o input={tmp}/res.tif output=res --quiet\n"
            f"r.in.gdal -o input={tmp}/src.tif output=src --quiet\n"
            "g.region raster=res\n"
            f"/usr/bin/time -o {tmp}/time.txt -f '%e %U %S' "
            f"r.cost input=res output=cost start_raster=src nearest=near memory={memory} "
            "--quiet\n"
            f"r.out.gdal -f input=cost output={tmp}/cost.tif type=Float64 format=GTiff "
            "createopt=BIGTIFF=YES --quiet\n")
        subprocess.run(["grass", "--tmp-location", "EPSG:32650", "--exec", "bash",
                        str(tmp / "run.sh")], check=True, capture_output=True)
        wall, user, sys_ = map(float, (tmp / "time.txt").read_text().split()[-3:])
        ds = gdal.Open(str(tmp / "cost.tif"))
        b = ds.GetRasterBand(1)
        g = b.ReadAsArray()
        nd = b.GetNoDataValue()
        if nd is not None:
            g[g == nd] = np.nan
        return wall, user + sys_, g * CELL
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scale", choices=("paper", "big"))
    ap.add_argument("--no-grass", action="store_true")
    ap.add_argument("--policies", default=None)
    ap.add_argument("--width", type=float, default=15000.0,
                    help="corridor width threshold also timed (resistance × m; 0 = skip); "
                         "15000 ≈ 10 cells at resistance 3")
    ap.add_argument("--grass-memory", default="300,4000")
    a = ap.parse_args()
    if a.scale == "paper":
        shape, n_src = (1000, 1000), 206
        policies = (a.policies or "adjacent,adjacent_no_crossing,mst").split(",")
    else:
        shape, n_src = (4472, 4472), 2000
        policies = (a.policies or "adjacent").split(",")
    t = time.perf_counter()
    res, valid, lab = landscape(*shape, n_src)
    print(f"load average at start: {os.getloadavg()}")
    print(f"landscape {shape[0]}x{shape[1]}: {int(valid.sum()):,} valid cells, {n_src} "
          f"sources, built in {time.perf_counter() - t:.1f} s", flush=True)

    costs = cd.cost_array(res, valid)
    t, c = time.perf_counter(), time.process_time()
    surf = cd.cost_distance(costs, lab, (CELL, CELL))
    t_pass, c_pass = time.perf_counter() - t, time.process_time() - c
    print(f"multi-source pass + allocation: {t_pass:.2f} s wall, "
          f"{c_pass:.2f} s CPU", flush=True)
    ours = surf.cost
    del surf

    for pol in policies:
        for w in [0.0] + ([a.width] if a.width > 0 else []):
            t, c = time.perf_counter(), time.process_time()
            out = co.mcr_corridors(res, valid, lab, (CELL, CELL), policy=pol, width=w)
            dt = time.perf_counter() - t
            print(f"mcr_corridors policy={pol} width={w:g}: {dt:.2f} s wall, "
                  f"{time.process_time() - c:.2f} s CPU; "
                  f"{out.n_adjacent} touching pairs, {len(out.corridors)} corridors, "
                  f"{out.runs} bounded searches settling {out.settled / valid.sum():.2f} "
                  f"raster-equivalents; peak RSS so far "
                  f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6:.2f} GB",
                  flush=True)
            del out

    if not a.no_grass and shutil.which("grass"):
        for mem in [int(m) for m in a.grass_memory.split(",")]:
            tg, cg, g = grass_r_cost(res, valid, lab, mem)
            ok = np.isfinite(g)
            rel = np.max(np.abs(g[ok] - ours[ok]) / np.maximum(ours[ok], 1e-300))
            print(f"GRASS r.cost + nearest, memory={mem}: {tg:.2f} s wall, {cg:.2f} s CPU "
                  f"(module only) = {tg / t_pass:.2f} x our multi-source pass (wall), "
                  f"{cg / c_pass:.2f} x (CPU); max rel. diff {rel:.1e}, "
                  f"reachability mismatches {int((np.isfinite(ours) != ok).sum())}",
                  flush=True)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6:.2f} GB")


if __name__ == "__main__":
    main()
