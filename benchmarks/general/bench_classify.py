"""Natural breaks on a 1-million-cell raster: our sampled Jenks (jenkspy on 10 000 values, as
ArcGIS samples) vs exact Fisher-Jenks on all cells is out of reach (O(k n²)); we report the
time of the sampled breaks + classification, and how far the sampled breaks are from
mapclassify's own sampled Fisher-Jenks (FisherJenksSampled, pct = 1 %).

Run: .venv/bin/python benchmarks/general/bench_classify.py
"""
import os
import sys
import time

import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from tests.conftest import _load_package  # noqa: E402,F401  (registers 'ecoecon')
from ecoecon.core import classify  # noqa: E402


def main():
    rng = np.random.default_rng(0)
    f = ndimage.gaussian_filter(rng.standard_normal((1000, 1000)), 8)
    x = np.exp(f / f.std())  # skewed (log-normal), autocorrelated, 1 M cells
    for k in (4, 5):
        ts = []
        for _ in range(5):
            t = time.perf_counter()
            b = classify.jenks_breaks(x, k, seed=1)
            c = classify.classify_by_breaks(x, b)
            ts.append(time.perf_counter() - t)
        print("k=%d: sampled Jenks + classify of 1,000,000 cells: median %.3f s (min %.3f)"
              % (k, np.median(ts), min(ts)))
        try:
            import mapclassify
            t = time.perf_counter()
            m = mapclassify.FisherJenksSampled(x.ravel(), k=k, pct=0.01)
            tm = time.perf_counter() - t
            print("   mapclassify FisherJenksSampled (pct 1 %%): %.2f s; our breaks %s vs %s"
                  % (tm, np.round(b[1:-1], 3), np.round(m.bins[:-1], 3)))
        except ImportError:
            pass
        assert c.min() >= 1


if __name__ == "__main__":
    main()
