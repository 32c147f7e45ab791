"""Checks of physical ranges and identifiers shared by every family (the bad-input contract:
README, "What every algorithm guarantees on bad input").

Each check raises :class:`~.errors.InputError` whose message names the input, the offending
value (and the class code, id or cell where it sits), what the value means and its valid
range, so the user knows what to fix.
"""
import numpy as np

from .errors import InputError
from .i18n import tr as _tr


def range_text(lo=None, hi=None, lo_open=False, hi_open=False):
    """'≥ 0', '> 0', '0–1', 'in (0, 1)' ... for messages."""
    if lo is not None and hi is not None:
        if not lo_open and not hi_open:
            return "%g–%g" % (lo, hi)
        return "%s%g, %g%s" % ("(" if lo_open else "[", lo, hi, ")" if hi_open else "]")
    if lo is not None:
        return ("> %g" if lo_open else "≥ %g") % lo
    if hi is not None:
        return ("< %g" if hi_open else "≤ %g") % hi
    return "any number"


def _outside(a, lo, hi, lo_open, hi_open):
    bad = ~np.isfinite(a)
    if lo is not None:
        bad |= (a <= lo) if lo_open else (a < lo)
    if hi is not None:
        bad |= (a >= hi) if hi_open else (a > hi)
    return bad


def check_values(values, what, lo=None, hi=None, lo_open=False, hi_open=False, keys=None,
                 key_name="code", meaning=""):
    """Table values (one per row, ``keys`` name the rows) inside the range; else an
    :class:`InputError` such as "The biophysical table: kc of code 3 is -0.9, but kc (crop
    coefficient, PET/ET0) must be ≥ 0."."""
    a = np.asarray(values, np.float64).ravel()
    bad = np.flatnonzero(_outside(a, lo, hi, lo_open, hi_open))
    if bad.size == 0:
        return
    i = int(bad[0])
    where = (" of %s %s" % (key_name, keys[i])) if keys is not None else ""
    more = (" (%d values are outside the range)" % bad.size) if bad.size > 1 else ""
    raise InputError(
        _tr("The {}{} is {:g}, but {} must be {}{}. Correct the value.").format(
            what, where, a[i], meaning or what, range_text(lo, hi, lo_open, hi_open), more))


def check_raster(values, valid, what, lo=None, hi=None, lo_open=False, hi_open=False,
                 meaning="", fix=""):
    """Valid cells of a raster inside the range; else an :class:`InputError` naming the
    raster, the smallest / largest value and the number of cells."""
    a = np.asarray(values, np.float64)
    v = np.asarray(valid, bool)
    vals = a[v]
    bad = _outside(vals, lo, hi, lo_open, hi_open)
    if not bad.any():
        return
    b = vals[bad]
    rows, cols = np.nonzero(v)
    k = int(np.flatnonzero(bad)[0])
    raise InputError(
        _tr("The {} holds {} cell(s) outside its valid range {} (values {:g} to {:g}; the "
            "first at row {}, column {}): {} must be {}. {}").format(
            what, int(bad.sum()), range_text(lo, hi, lo_open, hi_open), float(b.min()),
            float(b.max()), int(rows[k]), int(cols[k]), meaning or "its values",
            range_text(lo, hi, lo_open, hi_open),
            fix or _tr("Correct the raster or set those cells to nodata.")).strip())


def check_ids(ids, what, field="id"):
    """Identifiers present (not NULL / empty) and unique; else an :class:`InputError`."""
    ids = list(ids)
    empty = [i for i, v in enumerate(ids, start=1)
             if v is None or (isinstance(v, str) and not v.strip())
             or (isinstance(v, float) and v != v)]
    if empty:
        raise InputError(
            _tr("The {}: field '{}' is empty (NULL) in {} feature(s) (the first is feature {}). "
            "Every feature needs its own {}; fill them in or pick another field.").format(
                what, field, len(empty), empty[0], field))
    seen, dup = set(), []
    for v in ids:
        if v in seen and v not in dup:
            dup.append(v)
        seen.add(v)
    if dup:
        raise InputError(
            _tr("The {}: field '{}' holds the value(s) {} more than once; ids must be unique. "
            "Pick a field with one value per feature (or leave it empty to number the "
            "features).").format(what, field, ", ".join(map(str, dup[:10]))))


def check_code_lengths(codes, digits, what="industry codes", same_length=True):
    """Industry codes all long enough for a level of ``digits`` characters (all of one length
    when ``digits`` ≤ 0, the whole code, and the codes are numeric classification codes,
    unless ``same_length`` is False): '10' among '1011' codes is a coarser level of the
    classification, not an industry of its own."""
    texts = [str(c) for c in codes if c is not None]
    if not texts:
        return
    lengths = np.array([len(t) for t in texts])
    if digits and digits > 0:
        short = np.flatnonzero(lengths < digits)
        if short.size:
            longer = [t for t in texts if len(t) >= digits]
            raise InputError(
                _tr("{} of the {} are shorter than the {} characters that make an industry (for "
                "example '{}'{}); such a code is a coarser level of the classification and "
                "would be counted as an industry of its own. Give those firms their full code, "
                "remove them, or lower the industry level to {} character(s).").format(
                    short.size, what, digits, texts[short[0]],
                    (", while '%s' has %d" % (longer[0], len(longer[0]))) if longer else "",
                    int(lengths.min())))
    elif (same_length and lengths.min() != lengths.max()
          and all(t.isdigit() for t in texts)):  # numeric classification codes, not names
        a = texts[int(np.argmin(lengths))]
        b = texts[int(np.argmax(lengths))]
        raise InputError(
            _tr("The {} have different lengths ({} to {} characters, for example '{}' and '{}'), "
            "so whole codes mix levels of the classification. Set the industry level to {} "
            "character(s) to compare industries at one level, or correct the codes.").format(
                what, int(lengths.min()), int(lengths.max()), a, b, int(lengths.min())))
