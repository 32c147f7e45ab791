"""Land-use code → value lookups (the reclassification step of every InVEST model).

A code present in the raster but missing from the table is an :class:`InputError` naming the
code(s), as InVEST does ("LULC code(s) … not found in the table").
"""
import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr

#: above this span of codes (max − min + 1) a sorted search replaces the dense lookup array
_DENSE_SPAN = 1 << 22


def as_codes(lulc, valid):
    """Integer codes (int64) of a land-use array read as floats; raises when a valid cell is
    not a whole number. Invalid cells hold 0."""
    a = np.asarray(lulc)
    v = np.asarray(valid, bool)
    if np.issubdtype(a.dtype, np.integer):
        return np.where(v, a, 0).astype(np.int64)
    codes = np.where(v, a, 0.0)
    r = np.rint(codes)
    if not np.array_equal(r, codes):
        bad = codes[r != codes][0]
        raise InputError(_tr("The land-use raster holds non-integer values (for example %g); "
                         "land-use codes must be whole numbers.") % bad)
    return r.astype(np.int64)


def code_index(codes, valid, table_codes, label="table", raster_label="land-use raster"):
    """Row index into ``table_codes`` of every cell of ``codes`` (−1 on invalid cells).

    ``table_codes`` holds distinct integer codes. A valid cell whose code is not in the table
    raises :class:`InputError` naming the missing code(s), the raster and the table.
    """
    tc = np.asarray(table_codes, np.int64)
    v = np.asarray(valid, bool)
    itype = np.int32
    if not v.any():
        return np.full(codes.shape, -1, itype)
    cmin = int(codes[v].min())
    cmax = int(codes[v].max())
    if cmax - cmin + 1 <= _DENSE_SPAN:
        lut = np.full(cmax - cmin + 2, -1, itype)  # last slot: invalid cells
        inside = (tc >= cmin) & (tc <= cmax)
        lut[tc[inside] - cmin] = np.nonzero(inside)[0]
        pos = codes - cmin
        pos[~v] = cmax - cmin + 1
        idx = lut[pos]
    else:
        order = np.argsort(tc)
        st = tc[order]
        pos = np.searchsorted(st, codes).clip(0, max(st.size - 1, 0))
        idx = np.where(st[pos] == codes, order[pos], -1).astype(itype) if st.size else \
            np.full(codes.shape, -1, itype)
        idx[~v] = -1
    miss = (idx < 0) & v
    if miss.any():
        missing = np.unique(codes[miss])
        shown = ", ".join(str(int(c)) for c in missing[:20]) + (" …" if missing.size > 20
                                                                  else "")
        raise InputError(
            _tr("The {} holds the land-use code(s) {}, which are missing from the {}. Add a row "
            "for each of these codes.").format(raster_label, shown, label))
    return idx


def reclass(index, values, dtype=np.float64):
    """``values[index]`` for every cell; cells with index −1 (invalid) get an arbitrary table
    value, so the caller masks them."""
    vals = np.asarray(values, dtype)
    if vals.size == 0:
        return np.zeros(index.shape, dtype)
    return vals.take(index)
