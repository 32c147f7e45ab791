"""Resistance surface: factor rasters reclassified to resistance values, then weighted.

R = Σ_f w_f · r_f, where r_f is factor f reclassified to resistance values (by a class table
for categorical factors such as land use, by class breaks for continuous ones such as slope,
elevation or ecosystem-service level) and the weights w_f (from AHP or typed in) are scaled
to sum 1. A cell is valid only where every factor is valid, or, with ``missing='reweight'``,
where any factor is (the weights rescaled over the factors present at the cell).

Paper defaults: resistance values 5 / 15 / 50 / 75 / 100 for five classes; weights
land use 0.45, slope 0.10, elevation 0.12, service level 0.33.
"""
import numpy as np

from ..classify import classify_by_breaks, jenks_breaks, reclassify_map
from ..errors import InputError
from ..progress import as_progress
from ..i18n import tr as _tr
from ..validate import check_values

PAPER_VALUES = (5.0, 15.0, 50.0, 75.0, 100.0)
PAPER_WEIGHTS = {"landuse": 0.45, "slope": 0.10, "elevation": 0.12, "service": 0.33}


def reclass_codes(codes, valid, table, name):
    """Class codes → resistance by ``table`` ({code: value}). A code of the raster missing
    from the table is an error naming it; resistance values are > 0."""
    keys = sorted(table)
    check_values([table[k] for k in keys], "resistance table of the %s factor" % name,
                 lo=0.0, lo_open=True, keys=keys, meaning="a resistance (the cost of "
                 "crossing a cell)")
    try:
        out, ok = reclassify_map(codes, table, valid, unmatched="error")
    except KeyError as e:
        raise InputError(_tr("the %s raster holds the class code(s) %s, which are missing from its "
                         "resistance table; add a row for each code")
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
        raise InputError(_tr("the %s factor has %d class breaks, so it needs %d resistance values "
                         "(%d were given)") % (name, b.size, b.size + 1, r.size))
    if b.size and np.any(np.diff(b) <= 0):
        raise InputError(_tr("the class breaks of the %s factor must increase") % name)
    check_values(r, "resistance values of the %s factor" % name, lo=0.0, lo_open=True,
                 keys=list(range(1, r.size + 1)), key_name="class",
                 meaning="a resistance (the cost of crossing a cell)")
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
        raise InputError(_tr("%d weights were given for %d factors; give one weight per factor")
                         % (w.size, n))
    if not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
        raise InputError(_tr("weights must be non-negative numbers with a positive sum"))
    return w / w.sum()


def weighted_resistance(layers, valids, weights, progress=None, missing="nodata", area=None):
    """Σ w_f r_f over the cells where every factor is valid (NaN elsewhere).
    Returns ``(resistance, valid)``.

    ``missing='reweight'``: a cell where some factors are nodata gets the weighted mean of the
    factors present there, Σ_present w_f r_f / Σ_present w_f (the weights rescaled per cell);
    it is valid where any factor holds data and, when ``area`` (a boolean mask, for example
    the land-use factor's valid cells) is given, inside it."""
    if not layers:
        raise InputError(_tr("give at least one resistance factor"))
    if missing not in ("nodata", "reweight"):
        raise ValueError(missing)
    w = normalise_weights(weights, len(layers))
    prog = as_progress(progress)
    stack = [np.asarray(v, bool) for v in valids]
    if missing == "nodata":
        valid = np.ones(np.shape(layers[0]), bool)
        for v in stack:
            valid &= v
    else:
        valid = np.zeros(np.shape(layers[0]), bool)
        for v in stack:
            valid |= v
        if area is not None:
            valid &= np.asarray(area, bool)
    if not valid.any():
        raise InputError(_tr("the factors have no cell where all of them hold data"))
    out = np.zeros(valid.shape)
    wsum = np.zeros(valid.shape)
    for i, (x, v, wi) in enumerate(zip(layers, stack, w)):
        own = valid & v
        out[own] += wi * np.asarray(x, dtype=np.float64)[own]
        wsum[own] += wi
        prog((i + 1) / len(layers))
    if missing == "reweight":
        empty = valid & (wsum <= 0)    # only factors of weight 0 hold data here
        valid &= ~empty
        out[valid] /= wsum[valid]
    out[~valid] = np.nan
    return out, valid
