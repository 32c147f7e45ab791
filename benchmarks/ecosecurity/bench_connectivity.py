"""Speed of dPC (all single-node removals) at one distance threshold.

Synthetic landscapes shaped like the paper's: n patches scattered over a square region with
edge-to-edge-like distances (centroid distance minus the two patch radii, floored at 0, so the
triangle inequality is broken as with real edge distances), p = 0.5 at d0, all pairs linked
(Conefor ``all``) and, in a second run, links only up to a maximum distance.

Run:  nice /work/main/.venv/bin/python benchmarks/ecosecurity/bench_connectivity.py [n ...]
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
from ecoecon.core.ecosecurity import connectivity as C  # noqa: E402


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
