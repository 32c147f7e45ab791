"""Economic production pattern: intensity classes of a (superimposed) kernel density surface.

The density surface of the core industries is cut into k classes by natural breaks (Jenks, as
ArcGIS's symbology does, via :func:`core.classify.jenks_breaks`), quantiles or equal intervals.
Class 1 is the lowest intensity and class k the highest. Cells where the density is 0 (no
point within the search radius) hold no economic production: they get class 0 and do not enter
the breaks (ArcGIS leaves them NoData, so its breaks are computed without them too), unless the
caller asks to include them. Nodata cells of the input stay nodata.

High-intensity zones: connected groups of cells (8-connected by default) whose class is at least
``min_class``, with their area, mean and peak density and "mass" (density integrated over the
zone: the population, e.g. the number of firms, the zone holds).
"""
import numpy as np

from ..classify import breaks_for, classify_by_breaks
from ..errors import InputError
from ..patches import label_patches
from ..i18n import tr as _tr


def classify_intensity(density, valid, n_classes=5, method="jenks", include_zero=False,
                       sample_size=10000, seed=0):
    """Returns ``(classes int32 — 0 = no production, 1..k; breaks (k+1 values); mask of the
    classified cells)``. ``valid`` False cells are left 0 and must be written as nodata."""
    d = np.asarray(density, dtype=np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(d)
    if np.any(d[ok] < 0):
        raise InputError(_tr("The density raster holds negative values ({:g}); a kernel density "
                         "is zero or more.").format(float(d[ok].min())))
    use = ok if include_zero else (ok & (d > 0))
    if not use.any():
        raise InputError(_tr("The density raster holds no positive value to classify."))
    kw = {"sample_size": sample_size, "seed": seed} if method == "jenks" else {}
    try:
        breaks = np.asarray(breaks_for(method, d, int(n_classes), valid=use, **kw))
    except ValueError as e:
        raise InputError(str(e))
    classes = classify_by_breaks(d, breaks, valid=use).astype(np.int32)
    return classes, breaks, use


def class_table(density, classes, use, breaks, cell_area):
    """One dict per class 1..k: lower, upper, cells, area (map units²), mass (Σ density ×
    cell area, in the density's population units when the density is per map unit²) and the
    shares of area and mass among the classified cells."""
    d = np.asarray(density, dtype=np.float64)
    k = len(breaks) - 1
    c = classes[use]
    cells = np.bincount(c, minlength=k + 1)[1:]
    mass = np.bincount(c, weights=d[use], minlength=k + 1)[1:] * cell_area
    tot_cells = max(int(cells.sum()), 1)
    tot_mass = float(mass.sum()) or 1.0
    rows = []
    for i in range(1, k + 1):
        rows.append({"class": i, "lower": float(breaks[i - 1]), "upper": float(breaks[i]),
                     "cells": int(cells[i - 1]), "area": float(cells[i - 1] * cell_area),
                     "mass": float(mass[i - 1]),
                     "area_share": float(cells[i - 1]) / tot_cells,
                     "mass_share": float(mass[i - 1]) / tot_mass})
    return rows


def intensity_zones(density, classes, min_class, cell_area, connectivity=8):
    """Connected zones of cells with class ≥ ``min_class``.

    Returns ``(labels int32, 0 outside; zones)``: zones is a list of dicts (id, max_class,
    cells, area, mean, peak, mass), ids 1..m numbered by decreasing mass.
    """
    d = np.asarray(density, dtype=np.float64)
    mask = classes >= int(min_class)
    lab, n = label_patches(mask, connectivity)
    if n == 0:
        return lab, []
    idx = lab.ravel()
    cells = np.bincount(idx, minlength=n + 1)[1:]
    sums = np.bincount(idx, weights=np.where(mask, d, 0.0).ravel(), minlength=n + 1)[1:]
    peak = np.zeros(n + 1)
    np.maximum.at(peak, idx, np.where(mask, d, 0.0).ravel())
    maxc = np.zeros(n + 1, dtype=np.int64)
    np.maximum.at(maxc, idx, classes.ravel().astype(np.int64))
    order = np.argsort(-sums, kind="stable")  # by decreasing mass
    new = np.zeros(n + 1, dtype=np.int32)
    new[order + 1] = np.arange(1, n + 1, dtype=np.int32)
    zones = []
    for rank, o in enumerate(order, start=1):
        zones.append({"id": rank, "max_class": int(maxc[o + 1]), "cells": int(cells[o]),
                      "area": float(cells[o] * cell_area), "mean": float(sums[o] / cells[o]),
                      "peak": float(peak[o + 1]), "mass": float(sums[o] * cell_area)})
    return new[lab], zones
