"""Combining ecosystem-service layers into one importance surface and its classes."""
import numpy as np

from .classify import breaks_for, classify_by_breaks
from .errors import InputError
from .normalize import minmax_normalize
from .i18n import tr as _tr

#: The paper's four importance levels, from the highest class down.
IMPORTANCE_LABELS_4 = ("extremely important", "more important", "generally important", "other")


def combine_services(layers, valids, weights=None, n_classes=4, method="jenks",
                     sample_size=10000, seed=0, progress=None, missing="nodata"):
    """Normalised weighted sum of service layers and its classes.

    Each layer is min–max normalised over its own valid cells, ``S = Σ w_i · x'_i`` with the
    weights rescaled to sum to 1 (equal weights by default). A cell is valid only where every
    layer is valid. The composite is classified into ``n_classes`` classes (1 = lowest,
    n = highest) by ``method`` ('jenks' natural breaks by default).

    Returns ``(composite, valid, classes int32 (0 = nodata), breaks)``.
    """
    n = len(layers)
    if n == 0:
        raise InputError(_tr("give at least one service raster"))
    if weights is None or len(weights) == 0:
        weights = [1.0] * n
    if len(weights) != n:
        raise InputError(_tr("%d weights were given for %d rasters; give one weight per raster "
                         "(in the order of the rasters) or none for equal weights")
                         % (len(weights), n))
    w = np.asarray(weights, dtype=np.float64)
    if np.any(w < 0) or not np.isfinite(w).all() or w.sum() <= 0:
        raise InputError(_tr("weights must be non-negative numbers with a positive sum"))
    w = w / w.sum()
    if missing not in ("nodata", "reweight"):
        raise ValueError(missing)
    stack = np.asarray(valids, bool)
    valid = stack.all(axis=0) if missing == "nodata" else stack.any(axis=0)
    if not valid.any():
        raise InputError(_tr("the rasters have no cell where all of them hold data"))
    comp = np.zeros(valid.shape)
    wsum = np.zeros(valid.shape)
    for i, (x, v) in enumerate(zip(layers, valids)):
        own = valid & v
        xn, _ = minmax_normalize(x, own)
        comp[own] += w[i] * xn[own]
        wsum[own] += w[i]
        if progress is not None:
            progress((i + 1) / (n + 1))
    comp[valid] /= wsum[valid]
    comp[~valid] = np.nan
    kw = {"sample_size": sample_size, "seed": seed} if method == "jenks" else {}
    breaks = breaks_for(method, comp, n_classes, valid=valid, **kw)
    classes = classify_by_breaks(comp, breaks, valid)
    if progress is not None:
        progress(1.0)
    return comp, valid, classes, breaks


def missing_counts(valids, valid):
    """Cells of the result (``valid``) where each layer is nodata: one count per layer.

    With ``missing='reweight'`` these cells hold the weighted mean of the layers present, so a
    large count says that layer's information is absent there (the weights were rescaled)."""
    valid = np.asarray(valid, bool)
    return [int(np.count_nonzero(valid & ~np.asarray(v, bool))) for v in valids]


def class_labels(k):
    """Labels for classes 1..k: the paper's names when k = 4, else 'class i'."""
    if k == 4:
        return list(reversed(IMPORTANCE_LABELS_4))
    return ["class %d" % i for i in range(1, k + 1)]
