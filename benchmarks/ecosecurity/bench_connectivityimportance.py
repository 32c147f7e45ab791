"""Speed of dPC (all single-node removals) at one distance threshold.

Synthetic landscapes shaped like the paper's: n patches scattered over a square region with
edge-to-edge-like distances (centroid distance minus the two patch radii, floored at 0, so the
triangle inequality is broken as with real edge distances), p = 0.5 at d0, all pairs linked
(Conefor ``all``) and, in a second run, links only up to a maximum distance.

Run:  nice .venv/bin/python benchmarks/ecosecurity/bench_connectivityimportance.py [n ...]
Peak memory is the process's maximum resident set size.
"""
import math
import os
import resource
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)
import tests.conftest  # noqa: E402,F401  (registers the package as ecoecon)
from ecoecon.core.ecosecurity import connectivityimportance as C# noqa: E402


def landscape(n, seed=0):
    rng = np.random.default_rng(seed)
    side = 1000.0 * math.sqrt(n / 206.0)  # km; the paper's density: 206 patches on ~1000 km
    xy = rng.uniform(0, side, (n, 2))
    area = rng.lognormal(math.log(30.0), 1.0, n) + 10.0  # km², all >= 10 km²
    radius = np.sqrt(area / math.pi)
    d = C.point_distances(xy) - radius[:, None] - radius[None, :]
    d = np.maximum(d, 0.0)
    np.fill_diagonal(d, 0.0)
    return area, d


def bench(n, d0=50.0, max_link=None):
    a, d = landscape(n)
    t = time.perf_counter()
    r = C.pc_importance(a, d, d0, 0.5, max_link=max_link)
    dt = time.perf_counter() - t
    return dt, r


def main(sizes):
    print("| nodes | links | d0 (km) | max link (km) | dPC time (s) | nodes with connector > 0 |")
    print("|---|---|---|---|---|---|")
    for n in sizes:
        for ml in (None, 200.0):
            dt, r = bench(n, max_link=ml)
            print("| %d | %d | 50 | %s | %.2f | %d |" % (
                n, r["links"], "all" if ml is None else "%g" % ml, dt,
                int((r["dPCconnector"] > 1e-9).sum())), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("\npeak RSS %.0f MB" % peak)


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [206, 1000])


def bench_least_cost(shape=(1000, 1000), n=206, limit=2.5e6, seed=0):
    """Least-cost distances between patch edges at the paper's scale: a 1000 × 1000 raster of
    500 m cells (resistance 1–100), n disk patches of 49 cells. Bounded searches (limit in
    resistance × m) and a few unbounded ones to extrapolate."""
    from scipy import ndimage

    rng = np.random.default_rng(seed)
    res = ndimage.gaussian_filter(rng.random(shape), 8)
    res = 1 + 99 * (res - res.min()) / (res.max() - res.min())
    valid = np.ones(shape, bool)
    lab = np.zeros(shape, np.int32)
    yy, xx = np.mgrid[-4:5, -4:5]
    disk = yy ** 2 + xx ** 2 <= 16
    centres = rng.integers(10, shape[0] - 10, (n, 2))
    for i, (r, c) in enumerate(centres, start=1):
        win = lab[r - 4:r + 5, c - 4:c + 5]
        win[disk & (win == 0)] = i
    n = int(lab.max())
    t = time.perf_counter()
    d = C.least_cost_distances(lab, n, res, valid, 500.0, 500.0, limit=limit)
    tb = time.perf_counter() - t
    t = time.perf_counter()
    sub = lab.copy()
    sub[sub > 5] = 0
    C.least_cost_distances(sub, 5, res, valid, 500.0, 500.0)
    tu = (time.perf_counter() - t) / 5
    return n, tb, int(np.isfinite(d[np.triu_indices(n, 1)]).sum()), tu


if __name__ == "__main__" and os.environ.get("BENCH_LCD"):
    n, tb, pairs, tu = bench_least_cost()
    print("\nleast-cost distances, 1000x1000 cells, %d patches: bounded (limit 2.5e6, "
          "= 100 km at resistance 50) "
          "%.1f s, %d linked pairs; unbounded %.2f s per patch (x %d = %.0f s)"
          % (n, tb, pairs, tu, n, tu * n))
