"""Patch (connected component) labelling and patch areas."""
import numpy as np

_STRUCT = {8: np.ones((3, 3), bool),
           4: np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)}


def label_patches(mask, connectivity=8):
    """Label the connected True regions of ``mask`` (SciPy ``ndimage.label``).

    ``connectivity`` is 8 (queen, FRAGSTATS' default "8-cell rule") or 4 (rook).
    Returns ``(labels int32 array with 0 outside patches, number of patches)``.
    """
    from scipy import ndimage

    if connectivity not in _STRUCT:
        raise ValueError("connectivity must be 4 or 8")
    lab, n = ndimage.label(np.asarray(mask, bool), structure=_STRUCT[connectivity])
    return lab.astype(np.int32), int(n)


def relabel_ids(ids):
    """Consecutive labels for the positive ids of a raster (a patch or source raster):
    ``(labels, uid)`` with ``labels`` int32, 1..n in increasing id order where the id is > 0
    and 0 elsewhere, and ``uid[k]`` the id of label k (``uid[0]`` = 0). Only the cells with an
    id are sorted (a ``np.unique`` over the whole raster sorts every cell: seconds at a few
    million cells, with no cancel check)."""
    v = np.asarray(ids)
    pos = v > 0
    vals = v[pos]
    uid = np.unique(vals)
    labels = np.zeros(v.shape, dtype=np.int32)
    labels[pos] = np.searchsorted(uid, vals) + 1
    return labels, np.concatenate([np.zeros(1, dtype=uid.dtype), uid])


def patch_cell_counts(labels, n=None):
    """Number of cells of each patch id 1..n (index 0 of the result is patch 1)."""
    lab = np.asarray(labels)
    n = int(lab.max()) if n is None else int(n)
    return np.bincount(lab.ravel(), minlength=n + 1)[1:n + 1]


def patch_areas_km2(labels, cell_area_m2, n=None):
    """Area of each patch id 1..n in km² (cell count × cell area)."""
    return patch_cell_counts(labels, n) * (float(cell_area_m2) / 1e6)


def patches_min_area(mask, cell_area_m2, min_area_km2, connectivity=8, all_areas=False):
    """Keep the patches of ``mask`` whose area reaches ``min_area_km2``.

    Returns ``(labels renumbered 1..m by decreasing area (ties by first cell), areas_km2 of
    those m patches, largest area found in km²)``. ``m`` may be 0; the caller decides whether
    that is an error (it then knows the largest area to report). With ``all_areas`` a fourth
    item follows: the areas (km²) of every patch, kept or not (for :func:`size_guidance`).
    """
    lab, n = label_patches(mask, connectivity)
    if n == 0:
        out = (lab, np.zeros(0), 0.0)
        return out + (np.zeros(0),) if all_areas else out
    areas = patch_areas_km2(lab, cell_area_m2, n)
    keep = np.flatnonzero(areas >= float(min_area_km2) - 1e-12)
    order = keep[np.argsort(-areas[keep], kind="stable")]
    remap = np.zeros(n + 1, dtype=np.int32)
    remap[order + 1] = np.arange(1, order.size + 1, dtype=np.int32)
    out = (remap[lab], areas[order], float(areas.max()))
    return out + (areas,) if all_areas else out


#: area classes (km²) of the patch-size distribution that :func:`size_guidance` reports
SIZE_BINS = (0.1, 1.0, 10.0, 100.0)


def size_guidance(areas_km2, targets=(10, 50, 200)):
    """Patch-size distribution and the minimum areas that would give ``targets`` sources.

    Returns a dict: ``n`` patches; ``quantiles`` (min, median, 90th percentile, max, km²);
    ``bins``: ``[(lower, upper, count)]`` over :data:`SIZE_BINS` (upper None = no bound);
    ``minimum_for``: ``{k: area}``, the largest minimum area that keeps at least k patches
    (the k-th largest patch's area), None when there are fewer than k patches."""
    a = np.sort(np.asarray(areas_km2, dtype=np.float64))[::-1]
    out = {"n": int(a.size), "quantiles": None, "bins": [], "minimum_for": {}}
    if a.size:
        out["quantiles"] = tuple(float(x) for x in
                                 (a[-1], np.median(a), np.quantile(a, 0.9), a[0]))
    edges = (0.0,) + tuple(SIZE_BINS)
    for i, lo in enumerate(edges):
        hi = edges[i + 1] if i + 1 < len(edges) else None
        m = (a >= lo) & ((a < hi) if hi is not None else True)
        out["bins"].append((lo, hi, int(np.count_nonzero(m))))
    for k in targets:
        out["minimum_for"][int(k)] = float(a[k - 1]) if a.size >= k else None
    return out
