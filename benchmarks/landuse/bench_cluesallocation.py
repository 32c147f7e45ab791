"""CLUE-S benchmarks and real-data runs (not run by CI).

    nice python benchmarks/landuse/bench_cluesallocation.py [speed] [sibuyan] [plum] [ot] [suitability]
                                                  [algorithm]

speed    1000×1000 cells × 6 classes × 10 yearly steps, tolerance 0.1 % (mean and maximum),
         warm and cold start, and exact (0 cells); wall time and peak memory. A plain CLUE-S
         proportional ITER update (ITER_u += g·(D_u − A_u)/D_u, as R lulcc / CLUMondo without the
         random term) runs on the same problem as the baseline.
suitability  fit_suitability on 1M cells, 6 classes, 8 drivers (fit, probability surfaces, AUC).
ot       the converged allocation against POT's exact ot.emd on 20 000 cells (time, agreement).
sibuyan  the CLUE-S teaching landscape: logit suitability on the drivers, the four demand
         scenarios 1997→2011 with the national park (restr1) restricted; the 2011 map of
         scenario 1 against lu_sib_2011 (undocumented, probably a CLUE-S run of demand 1).
plum     Plum Island: suitability fitted on 1985; elasticities calibrated on 1985→1991 (grid
         search, best Figure of Merit against the observed 1991 map); validated 1991→1999
         against the observed 1999 map (Kappa, FoM), with the observed 1999 quantities and with
         the 1985→1991 trend extrapolated.
algorithm the speed problem end to end through processing.run (GeoTIFF and CSV in and out).
Kappa and FoM are computed here, locally (Cohen 1960; Pontius et al. 2008).
"""
import itertools
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
from scipy import ndimage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
import conftest  # noqa: E402,F401  (loads the package as ``ecoecon``)

from ecoecon.core.landuse.cluesallocation import (allocate_once, clues_allocate,  # noqa: E402
                                        demand_in_cells, largest_remainder, yearly_demand)
from ecoecon.core.landuse.landusesuitability import fit_suitability  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


# --- accuracy (local, simple) ------------------------------------------------------------------
def kappa(ref, sim):
    cats = np.union1d(np.unique(ref), np.unique(sim))
    r = np.searchsorted(cats, ref)
    s = np.searchsorted(cats, sim)
    m = np.bincount(r * cats.size + s, minlength=cats.size ** 2).reshape(cats.size, cats.size)
    p = m / m.sum()
    po = np.trace(p)
    pe = (p.sum(axis=1) * p.sum(axis=0)).sum()
    return (po - pe) / (1 - pe), po


def figure_of_merit(initial, ref, sim):
    """B/(A+B+C+D): A misses, B hits, C wrong hits, D false alarms (Pontius et al. 2008)."""
    obs = ref != initial
    pred = sim != initial
    A = np.sum(obs & ~pred)
    B = np.sum(obs & pred & (sim == ref))
    C = np.sum(obs & pred & (sim != ref))
    D = np.sum(~obs & pred)
    return B / (A + B + C + D), dict(misses=int(A), hits=int(B), wrong=int(C),
                                     false_alarms=int(D))


# --- synthetic 1M problem ----------------------------------------------------------------------
def synthetic(H=1000, W=1000, K=6, T=10, seed=0):
    rng = np.random.default_rng(seed)
    suit = np.empty((K, H, W), np.float32)
    for k in range(K):
        z = ndimage.gaussian_filter(rng.standard_normal((H, W)).astype(np.float32), 8)
        suit[k] = 1 / (1 + np.exp(-z / z.std() * 1.5))
    init = np.argmax(suit + 0.5 * rng.random((K, H, W), dtype=np.float32), axis=0)
    n = H * W
    c0 = np.bincount(init.ravel(), minlength=K)
    end = c0 * np.array([0.8, 1.1, 1.2, 0.9, 1.05, 1.0])[:K]
    end = end / end.sum() * n
    D = np.array([largest_remainder(c0 + (end - c0) * (t + 1) / T, n) for t in range(T)])
    return init.astype(np.int32), np.ones((H, W), bool), suit, D


def proportional_baseline(init, valid, suit, D, elas, tol=0.1, gain=0.5, max_iter=5000):
    """Plain CLUE-S loop: ITER_u += gain·(D_u − A_u)/D_u until the deviation is within tol %."""
    K = suit.shape[0]
    cur = init.ravel().copy()
    P = suit.reshape(K, -1)
    iters = np.zeros(K, np.float32)
    counts_it = []
    for t in range(D.shape[0]):
        S = P.copy()
        S[cur, np.arange(cur.size)] += np.asarray(elas, np.float32)[cur]
        for it in range(max_iter):
            alloc = np.argmax(S + iters[:, None], axis=0)
            A = np.bincount(alloc, minlength=K)
            rel = (D[t] - A) / D[t]
            if np.abs(rel).max() * 100 <= tol:
                break
            iters += np.float32(gain) * rel.astype(np.float32)
        counts_it.append(it)
        cur = alloc
    return counts_it


def bench_speed():
    print("== speed: 1000×1000 cells × 6 classes × 10 yearly steps ==")
    init, valid, suit, D = synthetic()
    elas = [0.3, 0.2, 0.1, 0.4, 0.5, 0.2]
    out = {}
    for label, kw in [("0.1 %, warm start", dict(tol_mean=0.1, tol_max=0.1)),
                      ("0.1 %, cold start", dict(tol_mean=0.1, tol_max=0.1, warm_start=False)),
                      ("exact (0 cells), warm", dict(tol_mean=0, tol_max=0, mode="cells"))]:
        t0 = time.perf_counter()
        r = clues_allocate(init, valid, list(range(6)), suit, D, elas, **kw)
        dt = time.perf_counter() - t0
        out[label] = dt
        print("%-24s %6.2f s  sweeps/year %s  max dev %.3g" % (label, dt, r.iterations,
                                                                max(r.max_dev)))
    tracemalloc.start()
    clues_allocate(init, valid, list(range(6)), suit, D, elas, tol_mean=0.1, tol_max=0.1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print("peak memory inside clues_allocate (tracemalloc): %.0f MB; inputs %.0f MB; process "
          "max RSS %.0f MB" % (peak / 2 ** 20, (suit.nbytes + init.nbytes) / 2 ** 20,
                               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    t0 = time.perf_counter()
    its = proportional_baseline(init, valid, suit, D, elas)
    dt = time.perf_counter() - t0
    print("baseline proportional CLUE-S update (gain 0.5), 0.1 %%: %6.2f s, iterations/year %s"
          % (dt, its))
    return out


def bench_suitability():
    """fit_suitability on 1000×1000 cells, 6 classes, 8 smooth drivers, 2000 cells per class."""
    print("== suitability: 1000×1000 cells × 6 classes × 8 drivers ==")
    rng = np.random.default_rng(3)
    drivers = np.stack([ndimage.gaussian_filter(rng.standard_normal((1000, 1000)), 10)
                        for _ in range(8)])
    z = drivers / drivers.std(axis=(1, 2), keepdims=True)
    w = rng.normal(0, 1, (6, 8))
    lu = np.argmax(np.einsum("kf,fhw->khw", w, z) + rng.gumbel(size=(6, 1000, 1000)), axis=0)
    valid = np.ones(lu.shape, bool)
    t0 = time.perf_counter()
    r = fit_suitability(lu, valid, list(range(6)), drivers, n_per_class=2000, seed=1)
    print("%.2f s (%s); AUC %s" % (time.perf_counter() - t0, r["models"][0]["backend"],
                                   ", ".join("%.3f" % m["auc_map"] for m in r["models"])))


def bench_ot():
    import ot
    print("== exactness: 20 000 cells × 6 classes against ot.emd ==")
    rng = np.random.default_rng(1)
    K, n = 6, 20000
    S = rng.random((K, n))
    cur = rng.integers(0, K, n)
    S[cur, np.arange(n)] += 0.3
    need = largest_remainder(np.bincount(cur, minlength=K) * rng.uniform(0.8, 1.2, K), n)
    need = largest_remainder(need / need.sum() * n, n)
    t0 = time.perf_counter()
    alloc, _ = allocate_once(S, need)
    t_loop = time.perf_counter() - t0
    t0 = time.perf_counter()
    plan = ot.emd(np.ones(n), need.astype(float), -S.T.copy(), numItermax=10_000_000)
    t_emd = time.perf_counter() - t0
    ref = plan.argmax(axis=1)
    print("loop %.3f s, ot.emd %.2f s, cells equal %.4f %%, objective loop %.6f emd %.6f" % (
        t_loop, t_emd, 100 * np.mean(alloc == ref), S[alloc, np.arange(n)].sum(),
        S[ref, np.arange(n)].sum()))


def _read(path):
    from osgeo import gdal
    ds = gdal.Open(str(path))
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    nd = b.GetNoDataValue()
    return a, (a != nd) if nd is not None else np.ones(a.shape, bool)


def bench_sibuyan():
    print("== Sibuyan (CLUE-S teaching set), 1997 → 2011 ==")
    f = DATA / "sibuyan"
    lu, valid = _read(f / "lu_sib_1997.tif")
    ids = (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13)  # ef_005 = 1 − ef_003 − ef_004 (dropped)
    drivers = []
    for i in ids:
        d, v = _read(f / ("ef_%03d.tif" % i))
        drivers.append(d)
        valid &= v
    restr = _read(f / "restr1.tif")[0] == 1
    codes = [1, 2, 3, 4, 5]
    t0 = time.perf_counter()
    fit = fit_suitability(lu, valid, codes, np.array(drivers), n_per_class=10 ** 9, seed=1,
                          names=["ef_%03d" % i for i in ids])
    print("suitability (all cells, statsmodels): %.2f s; AUC %s" % (
        time.perf_counter() - t0, ", ".join("%d: %.3f" % (m["code"], m["auc_map"])
                                            for m in fit["models"])))
    ref2011, _ = _read(f / "lu_sib_2011.tif")
    for s in (1, 2, 3, 4):
        rows = np.loadtxt(f / ("demand%d.csv" % s), delimiter=",", skiprows=1)
        D, _ = demand_in_cells(rows[1:], int(valid.sum()))
        t0 = time.perf_counter()
        r = clues_allocate(lu, valid, codes, fit["prob"], D, [0.2] * 5,
                           restricted=restr & valid, years=range(1998, 2012), tol_mean=0.1,
                           tol_max=0.1)
        dt = time.perf_counter() - t0
        changed = np.mean(r.maps[-1][valid] != lu[valid]) * 100
        line = "demand%d: %.2f s, sweeps/year %s, max dev %.3g %%, %.1f %% of cells changed" % (
            s, dt, r.iterations, max(r.max_dev), changed)
        if s == 1:
            k, po = kappa(ref2011[valid], r.maps[-1][valid])
            fom, parts = figure_of_merit(lu[valid], ref2011[valid], r.maps[-1][valid])
            line += "; vs lu_sib_2011: agreement %.4f, Kappa %.4f, FoM %.4f %s" % (
                po, k, fom, parts)
        print(line)


def bench_plum():
    print("== Plum Island: calibrate 1985 → 1991, validate 1991 → 1999 ==")
    f = DATA / "plum_island"
    lu85, valid = _read(f / "lu_pie_1985.tif")
    lu91, v91 = _read(f / "lu_pie_1991.tif")
    lu99, v99 = _read(f / "lu_pie_1999.tif")
    valid &= v91 & v99
    drivers = []
    for i in (1, 2, 3):
        d, v = _read(f / ("ef_%03d.tif" % i))
        drivers.append(d)
        valid &= v
    codes = [1, 2, 3]  # forest, built, other
    n = int(valid.sum())
    fit = fit_suitability(lu85, valid, codes, np.array(drivers), n_per_class=5000, seed=1,
                          names=["elevation", "slope", "dist_built_1985"])
    print("cells %d; suitability on 1985: AUC %s" % (n, ", ".join(
        "%d: %.3f" % (m["code"], m["auc_map"]) for m in fit["models"])))
    allowed = np.ones((3, 3), bool)
    allowed[1, 0] = allowed[1, 2] = False  # built land does not revert
    c85 = np.array([(lu85[valid] == c).sum() for c in codes], float)
    c91 = np.array([(lu91[valid] == c).sum() for c in codes], float)
    c99 = np.array([(lu99[valid] == c).sum() for c in codes], float)
    years, dem = yearly_demand([1991], c91[None], 1985, c85)
    D91, _ = demand_in_cells(dem, n)
    grid = [0.0, 0.25, 0.5, 0.75, 1.0]  # the CLUE-S range of ELAS
    candidates = [(e, None) for e in itertools.product(grid, repeat=3)]
    candidates += [(e, w) for w in (0.3, 0.6) for e in itertools.product((0.0, 0.5, 1.0),
                                                                          repeat=3)]
    best = None
    t0 = time.perf_counter()
    for e, w in candidates:
        nb = None if w is None else dict(radius=1, weight=w, seed=1)
        r = clues_allocate(lu85, valid, codes, fit["prob"], D91, e, allowed, years=years,
                           tol_mean=0.1, tol_max=0.1, neighbourhood=nb)
        fom, _ = figure_of_merit(lu85[valid], lu91[valid], r.maps[-1][valid])
        if best is None or fom > best[0]:
            best = (fom, e, w)
    print("calibration: %d runs in %.1f s; best ELAS (forest, built, other) = %s, "
          "neighbourhood weight %s, FoM 1985→1991 = %.4f" % (
              len(candidates), time.perf_counter() - t0, best[1], best[2], best[0]))
    elas = best[1]
    nb = None if best[2] is None else dict(radius=1, weight=best[2], seed=1)
    for label, target in [("observed 1999 quantities", c99),
                          ("1985→1991 trend extrapolated", c91 + (c91 - c85) * 8 / 6)]:
        years, dem = yearly_demand([1999], target[None], 1991, c91)
        D, _ = demand_in_cells(dem, n)
        r = clues_allocate(lu91, valid, codes, fit["prob"], D, elas, allowed, years=years,
                           tol_mean=0.1, tol_max=0.1, neighbourhood=nb)
        sim = r.maps[-1][valid]
        k, po = kappa(lu99[valid], sim)
        fom, parts = figure_of_merit(lu91[valid], lu99[valid], sim)
        print("validation 1999 (%s): agreement %.4f, Kappa %.4f, FoM %.4f %s" % (
            label, po, k, fom, parts))
    foms = []
    for seed in range(5):  # random locations, the same quantities and rules
        rnd = np.random.default_rng(seed).random((3,) + lu91.shape)
        years, dem = yearly_demand([1999], c99[None], 1991, c91)
        D, _ = demand_in_cells(dem, n)
        r = clues_allocate(lu91, valid, codes, rnd, D, [1.0, 1.0, 1.0], allowed, years=years,
                           tol_mean=0.1, tol_max=0.1)
        foms.append(figure_of_merit(lu91[valid], lu99[valid], r.maps[-1][valid])[0])
    print("random allocation of the observed 1999 quantities (5 seeds): FoM %.4f ± %.4f" % (
        np.mean(foms), np.std(foms)))
    k0, po0 = kappa(lu99[valid], lu91[valid])
    print("null model (1991 map as the 1999 prediction): agreement %.4f, Kappa %.4f, FoM 0" % (
        po0, k0))
    # the same run 1985 → 1999 in one go (calibration map as the start)
    years, dem = yearly_demand([1991, 1999], np.vstack([c91, c99]), 1985, c85)
    D, _ = demand_in_cells(dem, n)
    r = clues_allocate(lu85, valid, codes, fit["prob"], D, elas, allowed, years=years,
                       tol_mean=0.1, tol_max=0.1, neighbourhood=nb)
    sim = r.maps[-1][valid]
    k, po = kappa(lu99[valid], sim)
    fom, parts = figure_of_merit(lu85[valid], lu99[valid], sim)
    print("1985 → 1999 in one run (observed quantities): agreement %.4f, Kappa %.4f, FoM %.4f "
          "%s" % (po, k, fom, parts))


def bench_algorithm():
    """The same 1M problem end to end through processing.run (reading the 6-band suitability
    GeoTIFF, the demand CSV, writing the 10-band map, the last-year map and both tables)."""
    import tempfile
    from osgeo import gdal, osr
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    print("== algorithm end to end: ecoecon:cluesallocation on 1000×1000 × 6 × 10 ==")
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(app.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from ecoecon.provider.provider import EcoEconProvider
    prov = EcoEconProvider()
    QgsApplication.processingRegistry().addProvider(prov)
    init, valid, suit, D = synthetic()
    tmp = Path(tempfile.mkdtemp())
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)

    def tif(path, arr, dtype):
        arr = arr if arr.ndim == 3 else arr[None]
        ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[2], arr.shape[1],
                                                  arr.shape[0], dtype)
        ds.SetGeoTransform((500000, 30, 0, 4000000, 0, -30))
        ds.SetProjection(srs.ExportToWkt())
        for b in range(arr.shape[0]):
            ds.GetRasterBand(b + 1).WriteArray(arr[b])
        ds = None
        return str(path)

    lu = tif(tmp / "lu.tif", init.astype(np.int32) + 1, gdal.GDT_Int32)
    st = tif(tmp / "suit.tif", suit, gdal.GDT_Float32)
    c0 = np.bincount(init.ravel(), minlength=6)
    rows = [c0] + list(D)
    (tmp / "d.csv").write_text("\n".join([",".join("c%d" % (k + 1) for k in range(6))]
                                         + [",".join(map(str, r)) for r in rows]) + "\n")
    t0 = time.perf_counter()
    res = processing.run("ecoecon:cluesallocation", {
        "INITIAL": lu, "START_YEAR": 2020, "DEMAND": str(tmp / "d.csv"), "SUITABILITY": [st],
        "ELASTICITY": "0.3,0.2,0.1,0.4,0.5,0.2", "TOL_MEAN": 0.1, "TOL_MAX": 0.1,
        "OUTPUT": str(tmp / "sim.tif"), "FINAL": str(tmp / "final.tif"),
        "LOG": str(tmp / "log.csv"), "DEVIATION": str(tmp / "dev.csv")},
        context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    print("processing.run: %.2f s (max deviation %.3g %%); process max RSS %.0f MB" % (
        time.perf_counter() - t0, res["MAX_DEVIATION"],
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


if __name__ == "__main__":
    what = set(sys.argv[1:]) or {"speed", "ot", "suitability", "sibuyan", "plum"}
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if "speed" in what:
        bench_speed()
    if "ot" in what:
        bench_ot()
    if "suitability" in what:
        bench_suitability()
    if "sibuyan" in what:
        bench_sibuyan()
    if "plum" in what:
        bench_plum()
    if "algorithm" in what:
        bench_algorithm()
