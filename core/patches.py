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


def patch_cell_counts(labels, n=None):
    """Number of cells of each patch id 1..n (index 0 of the result is patch 1)."""
    lab = np.asarray(labels)
    n = int(lab.max()) if n is None else int(n)
    return np.bincount(lab.ravel(), minlength=n + 1)[1:n + 1]


def patch_areas_km2(labels, cell_area_m2, n=None):
    """Area of each patch id 1..n in km² (cell count × cell area)."""
    return patch_cell_counts(labels, n) * (float(cell_area_m2) / 1e6)


def patches_min_area(mask, cell_area_m2, min_area_km2, connectivity=8):
    """Keep the patches of ``mask`` whose area reaches ``min_area_km2``.

    Returns ``(labels renumbered 1..m by decreasing area (ties by first cell), areas_km2 of
    those m patches, largest area found in km²)``. ``m`` may be 0; the caller decides whether
    that is an error (it then knows the largest area to report).
    """
    lab, n = label_patches(mask, connectivity)
    if n == 0:
        return lab, np.zeros(0), 0.0
    areas = patch_areas_km2(lab, cell_area_m2, n)
    keep = np.flatnonzero(areas >= float(min_area_km2) - 1e-12)
    order = keep[np.argsort(-areas[keep], kind="stable")]
    remap = np.zeros(n + 1, dtype=np.int32)
    remap[order + 1] = np.arange(1, order.size + 1, dtype=np.int32)
    return remap[lab], areas[order], float(areas.max())
