"""Classification of continuous values into classes, and reclassification by tables.

Breaks are returned as an increasing array ``[min, b1, ..., b_{k-1}, max]`` (k + 1 values, the
convention of jenkspy and ArcGIS). Class ``i`` (1-based) holds the values ``b_{i-1} < x <= b_i``;
class 1 also holds the minimum. Classes are numbered from the lowest values (1) to the highest (k).
"""
import numpy as np
from .i18n import tr as _tr

#: ArcGIS classifies a raster from at most this many values ("Maximum Sample Size" of its
#: classification options); we follow it for natural breaks on large rasters.
DEFAULT_JENKS_SAMPLE = 10000


def _valid_values(values, valid=None):
    x = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(x)
    if valid is not None:
        ok &= np.asarray(valid, bool)
    v = x[ok]
    if v.size == 0:
        raise ValueError(_tr("no valid value to classify"))
    return v


def jenks_breaks(values, n_classes, valid=None, sample_size=DEFAULT_JENKS_SAMPLE, seed=0):
    """Natural breaks (Fisher–Jenks optimal 1-D classification, computed by jenkspy).

    With more than ``sample_size`` valid values, the breaks are computed on a seeded random
    sample of ``sample_size`` values (as ArcGIS classifies rasters from a sample of at most
    10 000 values); the sample is a plain random one, so an extreme value weighs no more in the
    sample than in the raster. The outer breaks are always the true minimum and maximum. With fewer distinct values than classes, every
    distinct value becomes its own class (fewer classes than asked).
    """
    import jenkspy

    k = int(n_classes)
    if k < 2:
        raise ValueError(_tr("natural breaks need at least 2 classes"))
    v = _valid_values(values, valid)
    lo, hi = float(v.min()), float(v.max())
    uniq = np.unique(v) if v.size <= 4 * max(sample_size or 0, k) else None
    if uniq is not None and uniq.size <= k:
        return np.concatenate([[lo], uniq[1:]]) if uniq.size > 1 else np.array([lo, hi])
    if sample_size and v.size > sample_size:
        rng = np.random.default_rng(seed)
        v = v[rng.choice(v.size, size=sample_size, replace=False)]
        if np.unique(v).size <= k:
            return np.unique(v)
    b = np.asarray(jenkspy.jenks_breaks(v, n_classes=k), dtype=np.float64)
    b[0], b[-1] = lo, hi
    return b


def quantile_breaks(values, n_classes, valid=None):
    """Quantile breaks: each class holds (about) the same number of valid values."""
    v = _valid_values(values, valid)
    q = np.quantile(v, np.linspace(0.0, 1.0, int(n_classes) + 1))
    return np.unique(q) if np.unique(q).size < q.size else q


def equal_interval_breaks(values, n_classes, valid=None):
    """Equal-interval breaks between the minimum and maximum valid value."""
    v = _valid_values(values, valid)
    return np.linspace(v.min(), v.max(), int(n_classes) + 1)


def breaks_for(method, values, n_classes, valid=None, **kw):
    """Dispatch by name: ``'jenks'``, ``'quantile'`` or ``'equal'``."""
    if method == "jenks":
        return jenks_breaks(values, n_classes, valid=valid, **kw)
    if method == "quantile":
        return quantile_breaks(values, n_classes, valid=valid)
    if method == "equal":
        return equal_interval_breaks(values, n_classes, valid=valid)
    raise ValueError(f"unknown classification method {method!r}")


def classify_by_breaks(values, breaks, valid=None):
    """Class number 1..k for each value (0 where invalid), upper bounds inclusive.

    Values below the first break fall in class 1 and values above the last in class k (this
    only happens when breaks were computed from a sample or from other data).
    """
    x = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(x) if valid is None else (np.asarray(valid, bool) & np.isfinite(x))
    b = np.asarray(breaks, dtype=np.float64)
    k = b.size - 1
    cls = np.zeros(x.shape, dtype=np.int32)
    c = np.searchsorted(b[1:-1], x[ok], side="left") + 1
    cls[ok] = np.clip(c, 1, k)
    return cls


def reclassify_ranges(values, rules, valid=None, include="max", unmatched="nodata"):
    """Reclassify by a table of ``(min, max, value)`` rows.

    ``include='max'`` matches ``min < x <= max`` (QGIS "min < value <= max"), ``'min'`` matches
    ``min <= x < max``, ``'both'`` matches ``min <= x <= max``. ``None``/NaN for min or max means
    unbounded. The first matching row wins. Cells that match no row become invalid
    (``unmatched='nodata'``) or raise ``ValueError`` naming an example value
    (``unmatched='error'``).

    Returns ``(float64 array, valid mask)``.
    """
    x = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(x) if valid is None else (np.asarray(valid, bool) & np.isfinite(x))
    out = np.full(x.shape, np.nan)
    done = ~ok
    for lo, hi, val in rules:
        lo = -np.inf if lo is None or (isinstance(lo, float) and np.isnan(lo)) else float(lo)
        hi = np.inf if hi is None or (isinstance(hi, float) and np.isnan(hi)) else float(hi)
        if include == "max":
            m = (x > lo) & (x <= hi)
        elif include == "min":
            m = (x >= lo) & (x < hi)
        elif include == "both":
            m = (x >= lo) & (x <= hi)
        else:
            raise ValueError(f"unknown include rule {include!r}")
        m &= ~done
        out[m] = float(val)
        done |= m
    miss = ok & ~done
    if miss.any() and unmatched == "error":
        raise ValueError(_tr("{} cells match no rule, for example the value {:g}").format(
            int(miss.sum()), x[miss].flat[0]))
    return out, ok & done


def reclassify_map(codes, mapping, valid=None, unmatched="error"):
    """Reclassify integer class codes by a ``{code: value}`` mapping.

    A code present in the raster but absent from the mapping raises ``ValueError`` whose
    message names the missing codes (``unmatched='error'``, the default: a land-use code missing
    from a table is a user error, not a silent zero), or becomes invalid (``'nodata'``).

    Returns ``(float64 array, valid mask)``.
    """
    c = np.asarray(codes)
    ok = np.ones(c.shape, bool) if valid is None else np.asarray(valid, bool).copy()
    if np.issubdtype(c.dtype, np.floating):
        ok &= np.isfinite(c)
    ci = np.zeros(c.shape, dtype=np.int64)
    ci[ok] = np.rint(c[ok]).astype(np.int64)
    present = np.unique(ci[ok])
    keys = np.array(sorted(int(k) for k in mapping), dtype=np.int64)
    missing = np.setdiff1d(present, keys)
    if missing.size and unmatched == "error":
        raise KeyError(missing.tolist())
    vals = np.array([float(mapping[int(k)]) for k in keys], dtype=np.float64)
    out = np.full(c.shape, np.nan)
    if keys.size:
        pos = np.searchsorted(keys, ci[ok])
        pos = np.clip(pos, 0, keys.size - 1)
        hit = keys[pos] == ci[ok]
        tmp = np.full(pos.shape, np.nan)
        tmp[hit] = vals[pos[hit]]
        out[ok] = tmp
        ok[ok] = hit
    else:
        ok[:] = False
    ok &= np.isfinite(out)
    return out, ok


def missing_codes(codes, table_codes, valid=None):
    """Sorted list of the integer codes present in ``codes`` (valid cells) but not in the table."""
    c = np.asarray(codes)
    ok = np.ones(c.shape, bool) if valid is None else np.asarray(valid, bool)
    if np.issubdtype(c.dtype, np.floating):
        ok = ok & np.isfinite(c)
    present = np.unique(np.rint(c[ok]).astype(np.int64))
    return np.setdiff1d(present, np.asarray(list(table_codes), dtype=np.int64)).tolist()
