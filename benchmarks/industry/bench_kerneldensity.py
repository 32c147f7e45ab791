"""Kernel density speed: ecoecon:kerneldensity vs QGIS's Heatmap, same points, same radius.

Workload (issue #5): 100,000 clustered "firms" (40 Zipf-weighted cities in 700 x 500 km,
Gaussian spreads 3-23 km), 500 m cells, a 1,500 x 1,100 grid, the ArcGIS default radius.

Measured:
  1. the core (core.industry.kerneldensity.kernel_density, method auto) on the 1,500 x 1,100 grid:
     time (best of 3) and peak Python/NumPy memory (tracemalloc);
  2. accuracy: the fft path against the exact per-point scatter, on a 10,000-point subset
     (the exact path on all 100,000 points takes tens of seconds);
  3. the whole algorithm through processing.run (reading 100k features, writing a GeoTIFF);
  4. QGIS 3.22's qgis:heatmapkerneldensityestimation (quartic, raw and scaled) on the same
     GeoPackage; then our algorithm on the Heatmap's own grid (its raster as reference), to
     compare values cell by cell: raw x 3/(pi r^2) should equal our density, and "scaled"
     should be 7.25 x too large in 3.22.

Run: QT_QPA_PLATFORM=offscreen OPENBLAS_NUM_THREADS=1 nice python benchmarks/industry/bench_kerneldensity.py
(from the repository root). Writes its files to a temporary folder; prints a Markdown table.
"""
import math
import os
import sys
import tempfile
import time
import tracemalloc

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
import tests.conftest  # noqa: E402,F401  (imports the repository as the package 'ecoecon')
from ecoecon.core.industry import kerneldensity as kde# noqa: E402


def make_points(n=100_000, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.uniform([25e3, 25e3], [725e3, 525e3], (40, 2))
    share = 1.0 / np.arange(1, 41)
    lab = rng.choice(40, n, p=share / share.sum())
    spread = rng.uniform(3e3, 23e3, 40)
    pts = centres[lab] + rng.normal(0, 1, (n, 2)) * spread[lab, None]
    return pts[:, 0], pts[:, 1]


def best_of(f, k=3):
    t = []
    out = None
    for _ in range(k):
        t0 = time.perf_counter()
        out = f()
        t.append(time.perf_counter() - t0)
    return min(t), out


def write_gpkg(path, x, y):
    from osgeo import ogr, osr
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    lyr = ds.CreateLayer("firms", srs, ogr.wkbPoint)
    lyr.StartTransaction()
    for xi, yi in zip(x, y):
        f = ogr.Feature(lyr.GetLayerDefn())
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(xi), float(yi))
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None


def main():
    x, y = make_points()
    info = kde.default_radius(x, y)
    r = info["radius"]
    grid = kde.GridSpec(0.0, 550e3, 500.0, 1500, 1100)
    rows = []
    print("points %d, ArcGIS default radius %.1f m (%.1f cells), grid %dx%d"
          % (x.size, r, r / 500, grid.width, grid.height))
    print("method chosen:", kde.choose_method(x.size, r / 500, grid.height, grid.width))

    t_core, dens = best_of(lambda: kde.kernel_density(x, y, grid, r))
    tracemalloc.start()
    kde.kernel_density(x, y, grid, r)
    peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
    tracemalloc.stop()
    rows.append(("ecoecon core kernel_density (auto = fft)", t_core, "%.0f MiB" % peak))
    print("core: %.3f s, peak %.0f MiB, total mass %.2f" % (t_core, peak,
                                                         dens.sum() * 500 ** 2))

    sub = np.random.default_rng(1).choice(x.size, 10_000, replace=False)
    t_ex, exact = best_of(lambda: kde.kernel_density(x[sub], y[sub], grid, r, method="exact"), 1)
    t_fft, fast = best_of(lambda: kde.kernel_density(x[sub], y[sub], grid, r, method="fft"), 1)
    dev = np.abs(fast - exact).max() / exact.max()
    print("10k subset: exact %.2f s, fft %.3f s, max |fft - exact| / peak = %.2e"
          % (t_ex, t_fft, dev))

    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingFeedback)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing
    Processing.initialize()
    from ecoecon.provider.provider import EcoEconProvider
    prov = EcoEconProvider()
    QgsApplication.processingRegistry().addProvider(prov)

    tmp = tempfile.mkdtemp(prefix="bench_kde_")
    gpkg = os.path.join(tmp, "firms.gpkg")
    write_gpkg(gpkg, x, y)

    def run(alg, params):
        return processing.run(alg, params, context=QgsProcessingContext(),
                              feedback=QgsProcessingFeedback())

    ext = "0,750000,0,550000 [EPSG:32650]"
    t_alg, res = best_of(lambda: run("ecoecon:kerneldensity", {
        "INPUT": gpkg, "CELL_SIZE": 500.0, "EXTENT": ext,
        "OUTPUT": os.path.join(tmp, "eco.tif")}), 3)
    rows.append(("ecoecon:kerneldensity via processing.run (read 100k points, write GeoTIFF)",
                 t_alg, ""))
    heat_id = ("qgis:heatmapkerneldensityestimation"
               if QgsApplication.processingRegistry().algorithmById(
                   "qgis:heatmapkerneldensityestimation") else
               "native:heatmapkerneldensityestimation")
    hp = {"INPUT": gpkg, "RADIUS": r, "PIXEL_SIZE": 500.0, "KERNEL": 0, "OUTPUT_VALUE": 0,
          "DECAY": 0}
    t_raw, hraw = best_of(lambda: run(heat_id, dict(hp, OUTPUT=os.path.join(tmp, "raw.tif"))),
                          3)
    t_sc, hsc = best_of(lambda: run(heat_id, dict(hp, OUTPUT_VALUE=1,
                                                  OUTPUT=os.path.join(tmp, "scaled.tif"))), 1)
    rows.append(("QGIS %s (%s) quartic raw" % (heat_id, "3.22"), t_raw, ""))
    rows.append(("QGIS heatmap quartic scaled", t_sc, ""))

    # our algorithm on the Heatmap's own grid, values per m²
    same = run("ecoecon:kerneldensity", {"INPUT": gpkg, "REFERENCE": hraw["OUTPUT"],
                                         "AREA_UNIT": 2, "OUTPUT": os.path.join(tmp, "o.tif")})
    from osgeo import gdal
    a = gdal.Open(same["OUTPUT"]).ReadAsArray().astype(float)
    hr = gdal.Open(hraw["OUTPUT"]).ReadAsArray().astype(float)
    hs = gdal.Open(hsc["OUTPUT"]).ReadAsArray().astype(float)
    hr[hr < 0] = 0
    hs[hs < 0] = 0
    dev_raw = np.abs(hr * 3 / (math.pi * r * r) - a).max() / a.max()
    ratio = hs.sum() / a.sum()
    print("Heatmap grid %s; raw x 3/(pi r^2) vs ecoecon: max dev / peak %.2e; "
          "scaled / ecoecon (sums) = %.3f" % (hr.shape, dev_raw, ratio))

    print()
    print("| what | time (s) | ratio QGIS raw / this | peak memory |")
    print("| --- | --- | --- | --- |")
    for name, t, mem in rows:
        print("| %s | %.3f | %.1f | %s |" % (name, t, t_raw / t, mem))
    print()
    print("accuracy (10,000-point subset, same grid and radius): max |fft - exact| / peak = "
          "%.2e; exact path %.2f s, fft path %.3f s" % (dev, t_ex, t_fft))
    print("QGIS raw x 3/(pi r^2) vs ecoecon on the Heatmap's grid: max dev / peak = %.2e; "
          "QGIS 'scaled' / ecoecon = %.3f" % (dev_raw, ratio))
    QgsApplication.processingRegistry().removeProvider(prov)


if __name__ == "__main__":
    main()
