"""Carbon storage as InVEST 3.20 ``carbon`` computes it.

C = c_above + c_below + c_soil + c_dead of the cell's land-use code, in Mg C/ha (t/ha).
Totals are Σ C × cell area (ha), in Mg. With a future (alternate) map, the change is
C_future − C_current per cell (Mg/ha) and in total (Mg). A cell that is nodata in a map is
nodata in that map's storage and in the change.
"""
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..progress import as_progress
from ..validate import check_values
from .lookup import as_codes, code_index, reclass
from ..i18n import tr as _tr

POOLS = ("c_above", "c_below", "c_soil", "c_dead")


@dataclass
class CarbonResult:
    storage: np.ndarray          # Mg/ha, current map
    valid: np.ndarray
    total: float                 # Mg
    future: np.ndarray = None    # Mg/ha, future map (None without one)
    valid_future: np.ndarray = None
    total_future: float = None
    change: np.ndarray = None    # Mg/ha, future − current
    valid_change: np.ndarray = None
    total_change: float = None


def pool_sums(pools, codes=None):
    """Per-row sum of the four pools; ``pools`` maps each pool name to a sequence (Mg/ha),
    each ≥ 0."""
    arrs = []
    for p in POOLS:
        if p not in pools:
            raise InputError(_tr("The carbon pools table has no column '%s'.") % p)
        arrs.append(np.asarray(pools[p], np.float64))
        check_values(arrs[-1], "carbon pools table: " + p, lo=0.0, keys=codes,
                     meaning="a carbon pool (Mg C/ha)")
    # summed in the order InVEST sums them
    return arrs[0] + arrs[1] + arrs[2] + arrs[3]


def _storage(lulc, valid, codes, totals, label, raster_label):
    idx = code_index(as_codes(lulc, valid), valid, codes, label, raster_label)
    return reclass(idx, totals)


def carbon_storage(lulc, valid, codes, pools, cell_area_m2, lulc_future=None,
                   valid_future=None, progress=None):
    """Carbon storage of a land-use map (and of a future map, with the change).

    ``codes``: the table's land-use codes; ``pools``: ``{pool: values}`` for ``c_above``,
    ``c_below``, ``c_soil``, ``c_dead`` in Mg/ha, row-aligned with ``codes``;
    ``cell_area_m2``: the cell area in m². Returns a :class:`CarbonResult`.
    """
    prog = as_progress(progress)
    totals = pool_sums(pools, codes)
    ha = float(cell_area_m2) / 1e4
    valid = np.asarray(valid, bool)
    cur = _storage(lulc, valid, codes, totals, "carbon pools table", "land-use map")
    res = CarbonResult(cur, valid, float(cur[valid].sum() * ha))
    prog(0.5)
    if lulc_future is not None:
        vf = np.asarray(valid_future, bool)
        fut = _storage(lulc_future, vf, codes, totals, "carbon pools table",
                       "future land-use map")
        vc = valid & vf
        change = fut - cur
        res.future, res.valid_future = fut, vf
        res.total_future = float(fut[vf].sum() * ha)
        res.change, res.valid_change = change, vc
        res.total_change = float(change[vc].sum() * ha)
    prog(1.0)
    return res
