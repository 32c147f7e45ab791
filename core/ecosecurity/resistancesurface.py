"""Resistance surface: factor rasters reclassified to resistance values, then weighted.

R = Σ_f w_f · r_f, where r_f is factor f reclassified to resistance values (by a class table
for categorical factors such as land use, by class breaks for continuous ones such as slope,
elevation or ecosystem-service level) and the weights w_f (from AHP or typed in) are scaled
to sum 1. A cell is valid only where every factor is valid.

Paper defaults: resistance values 5 / 15 / 50 / 75 / 100 for five classes; weights
land use 0.45, slope 0.10, elevation 0.12, service level 0.33.
"""
import numpy as np

from ..classify import classify_by_breaks, jenks_breaks, reclassify_map
from ..errors import InputError
from ..progress import as_progress

PAPER_VALUES = (5.0, 15.0, 50.0, 75.0, 100.0)
PAPER_WEIGHTS = {"landuse": 0.45, "slope": 0.10, "elevation": 0.12, "service": 0.33}


def reclass_codes(codes, valid, table, name):
    """Class codes → resistance by ``table`` ({code: value}). A code of the raster missing
    from the table is an error naming it."""
    try:
        out, ok = reclassify_map(codes, table, valid, unmatched="error")
    except KeyError as e:
        raise InputError("the %s raster holds the class code(s) %s, which are missing from its "
                         "resistance table; add a row for each code"
                         % (name, ", ".join(str(c) for c in e.args[0])))
    return out, ok


def reclass_breaks(values, valid, breaks, resistances, name):
    """Continuous values → resistance by class upper bounds.

    ``breaks`` are the k − 1 inner bounds b_1 < … < b_{k−1}; class 1 is x ≤ b_1, class i is
    b_{i−1} < x ≤ b_i, class k is x > b_{k−1}; class i gets ``resistances[i−1]``.
    """
    b = np.asarray(breaks, dtype=np.float64)
    r = np.asarray(resistances, dtype=np.float64)
    if b.size + 1 != r.size:
        raise InputError("the %s factor has %d class breaks, so it needs %d resistance values "
                         "(%d were given)" % (name, b.size, b.size + 1, r.size))
    if b.size and np.any(np.diff(b) <= 0):
        raise InputError("the class breaks of the %s factor must increase" % name)
    ok = np.asarray(valid, bool) & np.isfinite(values)
    cls = classify_by_breaks(values, np.concatenate([[-np.inf], b, [np.inf]]), ok)
    out = np.full(np.shape(values), np.nan)
    out[ok] = r[cls[ok] - 1]
    return out, ok


def natural_breaks(values, valid, n_classes, sample_size=10000, seed=0):
    """The k − 1 inner natural breaks (Jenks) of the valid values."""
    b = jenks_breaks(values, n_classes, valid=valid, sample_size=sample_size, seed=seed)
    return b[1:-1]


def normalise_weights(weights, n):
    w = np.asarray(weights, dtype=np.float64)
    if w.size != n:
        raise InputError("%d weights were given for %d factors; give one weight per factor"
                         % (w.size, n))
    if not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
        raise InputError("weights must be non-negative numbers with a positive sum")
    return w / w.sum()


def weighted_resistance(layers, valids, weights, progress=None):
    """Σ w_f r_f over the cells where every factor is valid (NaN elsewhere).
    Returns ``(resistance, valid)``."""
    if not layers:
        raise InputError("give at least one resistance factor")
    w = normalise_weights(weights, len(layers))
    prog = as_progress(progress)
    valid = np.ones(np.shape(layers[0]), bool)
    for v in valids:
        valid &= np.asarray(v, bool)
    if not valid.any():
        raise InputError("the factors have no cell where all of them hold data")
    out = np.zeros(valid.shape)
    for i, (x, wi) in enumerate(zip(layers, w)):
        out[valid] += wi * np.asarray(x, dtype=np.float64)[valid]
        prog((i + 1) / len(layers))
    out[~valid] = np.nan
    return out, valid
