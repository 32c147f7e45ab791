"""Nodata-aware rescaling."""
import numpy as np
from .i18n import tr as _tr


def minmax_normalize(values, valid=None, positive=True):
    """Min–max normalise to 0..1 over the valid cells.

    ``x' = (x - min) / (max - min)`` for a benefit (``positive=True``) and
    ``x' = (max - x) / (max - min)`` for a cost. Invalid cells (``valid`` False, or NaN) stay
    invalid and are returned as NaN. A constant layer maps to 1 everywhere it is valid (every
    cell is equally the best), so it neither vanishes nor divides by zero.

    Returns ``(normalised float64 array, valid mask)``.
    """
    x = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(x) if valid is None else (np.asarray(valid, bool) & np.isfinite(x))
    out = np.full(x.shape, np.nan)
    if not ok.any():
        raise ValueError(_tr("no valid cell to normalise"))
    v = x[ok]
    lo, hi = v.min(), v.max()
    if hi == lo:
        out[ok] = 1.0
    elif positive:
        out[ok] = (v - lo) / (hi - lo)
    else:
        out[ok] = (hi - v) / (hi - lo)
    return out, ok
