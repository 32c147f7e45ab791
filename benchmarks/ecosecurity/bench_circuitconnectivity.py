"""Speed and memory of the circuit-connectivity core (not run by CI).

    nice python benchmarks/ecosecurity/bench_circuitconnectivity.py pairwise 1000 [solver]
    nice python benchmarks/ecosecurity/bench_circuitconnectivity.py one-to-all 1000 [solver]
    nice python benchmarks/ecosecurity/bench_circuitconnectivity.py all 1000,2000
    nice python benchmarks/ecosecurity/bench_circuitconnectivity.py pairwise 4000 auto 3
      (the last argument: fewer focal regions, to time the set-up and a few solves of a size
      whose 19 solves would take too long; the full run's time = setup + 19 × solve time)
    nice python benchmarks/ecosecurity/bench_circuitconnectivity.py pinchpoints paper
    nice python benchmarks/ecosecurity/bench_circuitconnectivity.py barriers paper

Input: an n × n resistance raster (a smooth AHP-like field, values 1..~25, 4 % nodata in
blobs), 20 focal regions (discs of 13 cells). Pairwise: cumulative (and maximum) current, all
regions short-circuited at once (n − 1 = 19 solves; Circuitscape's own per-pair regions would
need 190 factorisations). One-to-all: 20 solves. Each case runs in a fresh process so its peak
memory (ru_maxrss) is its own. Reports graph build, solver setup (factorisation or AMG
hierarchy), solves and current maps, and the machine load.

``pinchpoints`` / ``barriers`` at the paper's scale use the landscape of
``bench_mcrcorridors.py`` (1000 × 1000, ≈ 740 k valid cells of 500 m, 206 sources of 49 cells)
and the corridors of the Linkage Mapper policy; pinch points with a width of 20,000
resistance × m, barriers with radii of 1,000 and 2,000 m.
"""
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from scipy import ndimage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
import tests.conftest  # noqa: E402,F401  (registers the package as `ecoecon`)
from ecoecon.core.ecosecurity import circuitconnectivity as cc  # noqa: E402


def landscape(n, n_regions=20, seed=0):
    rng = np.random.default_rng(seed)
    res = np.ones((n, n))
    for w in (0.45, 0.10, 0.12, 0.33):
        lo = rng.standard_normal((n // 16 + 2, n // 16 + 2))
        f = ndimage.zoom(lo, 16, order=1)[:n, :n]
        q = np.quantile(f[::7, ::7], [0.2, 0.4, 0.6, 0.8])
        res += w * 5 * (np.searchsorted(q, f) + 1)
    hole = ndimage.zoom(rng.standard_normal((n // 32 + 2, n // 32 + 2)), 32, order=1)[:n, :n]
    valid = hole < np.quantile(hole[::5, ::5], 0.96)
    pts = np.zeros((n, n), np.int64)
    disc = np.add.outer(np.arange(-2, 3) ** 2, np.arange(-2, 3) ** 2) <= 4    # 13 cells
    k = 0
    while k < n_regions:
        r, c = rng.integers(5, n - 5, 2)
        if valid[r - 2:r + 3, c - 2:c + 3].all() and not pts[r - 8:r + 9, c - 8:c + 9].any():
            k += 1
            pts[r - 2:r + 3, c - 2:c + 3][disc] = k
    return res, valid, pts


def one_case(mode, n, solver, regions=20):
    res, valid, pts = landscape(n, regions)
    t0 = time.perf_counter()
    g = cc.conductances(res, valid, True)
    rows, cols, ids = cc.points_from_raster(pts)
    if mode == "pairwise":
        out = cc.pairwise(g, rows, cols, ids, regions="all", solver=solver, cumulative=True,
                          maximum=True)
    else:
        out = cc.one_to_all(g, rows, cols, ids, solver=solver)
    total = time.perf_counter() - t0
    t = out.timing
    return {"mode": mode, "n": n, "regions": regions, "cells": int(valid.sum()),
            "solver": solver,
            "total_s": round(total, 2), "setup_s": round(t.setup, 2),
            "solve_s": round(t.solve, 2), "maps_s": round(t.maps, 2),
            "solves": t.solves, "factorisations": t.factorisations,
            "peak_MB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "load": os.getloadavg()[0],
            "R_1_2": float(out.resistances[0, 1]) if out.resistances.ndim == 2 else
            float(out.resistances[0])}


def corridor_case(mode):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_mcrcorridors import CELL, landscape as paper_landscape
    from ecoecon.core.ecosecurity import barriers as bb
    from ecoecon.core.ecosecurity import pinchpoints as pp
    res, valid, lab = paper_landscape(1000, 1000, 206)
    t0 = time.perf_counter()
    if mode == "pinchpoints":
        out = pp.pinch_points(res, valid, lab, (CELL, CELL), width=20000.0)
        n = len(out.corridors)
    else:
        out = bb.barriers(res, valid, lab, (CELL, CELL), [1000.0, 2000.0])
        n = len(out.pairs)
    return {"mode": mode, "cells": int(valid.sum()), "sources": 206, "corridors": n,
            "total_s": round(time.perf_counter() - t0, 1),
            "peak_MB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "load": os.getloadavg()[0]}


def main():
    if sys.argv[1] == "_child":
        if sys.argv[2] in ("pinchpoints", "barriers"):
            print(json.dumps(corridor_case(sys.argv[2])))
        else:
            print(json.dumps(one_case(sys.argv[2], int(sys.argv[3]), sys.argv[4],
                                      int(sys.argv[5]))))
        return
    if sys.argv[1] in ("pinchpoints", "barriers"):
        r = subprocess.run([sys.executable, __file__, "_child", sys.argv[1]],
                           capture_output=True, text=True)
        print(r.stdout.strip() or r.stderr[-2000:], flush=True)
        return
    modes = ["pairwise", "one-to-all"] if sys.argv[1] == "all" else [sys.argv[1]]
    sizes = [int(x) for x in sys.argv[2].split(",")] if len(sys.argv) > 2 else [1000]
    solvers = sys.argv[3].split(",") if len(sys.argv) > 3 else ["auto"]
    regions = sys.argv[4] if len(sys.argv) > 4 else "20"
    for n in sizes:
        for mode in modes:
            for solver in solvers:
                r = subprocess.run([sys.executable, __file__, "_child", mode, str(n), solver,
                                    regions],
                                   capture_output=True, text=True)
                print(r.stdout.strip() or r.stderr[-2000:], flush=True)


if __name__ == "__main__":
    main()
