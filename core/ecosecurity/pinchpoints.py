"""Pinch points of corridors (Linkage Mapper's Pinchpoint Mapper; McRae 2012).

For every corridor between sources a and b:

1. the corridor zone is the normalised least-cost corridor cut at the width threshold,
   ``NLCC = CWD_a + CWD_b − LCD_ab ≤ width`` (resistance × map units; Linkage Mapper), plus
   the cells of the two sources;
2. a circuit is built on the zone only (cells outside it are not nodes), the two sources are
   short-circuited focal regions, and 1 A flows from one to the other (Circuitscape pairwise,
   :mod:`circuitconnectivity`); the current through each cell is the pinch-point map of the
   corridor, and the effective resistance R_eff of the corridor is reported with the ratio
   LCD / R_eff (Linkage Mapper's ``cwd_to_Eff_Resist``);
3. the corridors' current maps are mosaicked by their maximum;
4. pinch-point zones: in each corridor the zone cells (source cells excluded) whose current
   is among the top ``share`` of that corridor's cells.
"""
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..progress import as_progress
from . import circuitconnectivity as cc
from . import mcrcorridors as co
from ..i18n import tr as _tr


@dataclass
class CorridorPinch:
    from_id: int
    to_id: int
    lcd: float                 # least-cost distance (resistance × map units)
    resistance: float          # effective resistance of the corridor zone (Ω)
    max_current: float         # largest cell current outside the sources (A)
    pinch_cells: int           # cells in the pinch-point zone
    zone_cells: int            # cells in the corridor zone (sources excluded)


@dataclass
class PinchResult:
    current: np.ndarray        # maximum over corridors of the cell current (nan: none)
    pinch: np.ndarray          # index + 1 in ``corridors`` of the corridor whose pinch zone
    #                            a cell is in (0: none)
    corridors: list = field(default_factory=list)
    voltages: dict = None      # (a, b) -> (window slices, voltage array) when asked


def pinch_points(resistance, valid, labels, cell_size, width, pairs=None,
                 policy="adjacent_no_crossing", share=0.1, four_neighbors=False,
                 avg_resistances=False, solver="auto", keep_voltages=False, progress=None):
    """Pinch points of the corridors of ``pairs`` (source label pairs) or of the corridors of
    :func:`mcrcorridors.mcr_corridors` with ``policy``. ``width`` > 0: the NLCC cut-off
    (resistance × map units); ``share``: the top share of each corridor's cell currents that
    forms its pinch-point zone (0 < share ≤ 1). Returns a :class:`PinchResult`."""
    prog = as_progress(progress)
    width = float(width)
    if not width > 0:
        raise InputError(_tr("The corridor width threshold must be > 0 (resistance × map units)."))
    if not (0 < share <= 1):
        raise InputError(_tr("The pinch-point share must lie in (0, 1]."))
    res = np.asarray(resistance, dtype=np.float64)
    ps = co.pair_surfaces(res, valid, labels, cell_size, pairs, policy, extra=width,
                          progress=prog.sub(0.0, 0.4))
    lab = np.asarray(labels)
    h, w = res.shape
    current = np.full((h, w), np.nan)
    pinch = np.zeros((h, w), np.int32)
    out = []
    volts = {} if keep_voltages else None
    n = max(len(ps.pairs), 1)
    for k, ((a, b), lcd) in enumerate(zip(ps.pairs, ps.lcd)):
        prog.check()
        ov = co.overlap(ps.surfaces[a], ps.surfaces[b])
        if ov is None:
            continue
        win, ca, cb = ov
        nlcc = ca + cb - lcd
        lw = lab[win]
        zone = (nlcc <= width) | (lw == a) | (lw == b)
        zone &= np.isfinite(ps.costs[win])
        cond = np.where(zone, 1.0 / np.where(zone, ps.costs[win], 1.0), 0.0)
        src = (lw == a) & zone
        dst = (lw == b) & zone
        rows = np.concatenate([np.nonzero(src)[0], np.nonzero(dst)[0]])
        cols = np.concatenate([np.nonzero(src)[1], np.nonzero(dst)[1]])
        ids = np.concatenate([np.full(src.sum(), 1), np.full(dst.sum(), 2)])
        keep = {}

        def grab(i, j, cur, volt):
            keep["cur"], keep["volt"] = cur, volt

        r = cc.pairwise(cond, rows, cols, ids, regions="all", four_neighbors=four_neighbors,
                        avg_resistances=avg_resistances, solver=solver, cumulative=False,
                        on_pair=grab)
        reff = float(r.resistances[0, 1])
        if reff < 0 or "cur" not in keep:
            continue
        cur = keep["cur"]
        inner = zone & ~src & ~dst
        cw = current[win]
        np.fmax(cw, np.where(zone, cur, np.nan), out=cw)
        vals = cur[inner]
        npin = 0
        mx = float(vals.max()) if vals.size else 0.0
        if vals.size:
            q = np.quantile(vals, 1.0 - share) if share < 1 else -np.inf
            sel = inner & (cur >= q) & (cur > 0)
            pw = pinch[win]
            pw[sel] = len(out) + 1      # index of this corridor in the output + 1
            npin = int(sel.sum())
        if volts is not None:
            volts[(a, b)] = (win, keep["volt"], cond)
        out.append(CorridorPinch(int(a), int(b), float(lcd), reff, mx, npin,
                                 int(inner.sum())))
        prog(0.4 + 0.6 * (k + 1) / n)
    prog(1.0)
    return PinchResult(current=current, pinch=pinch, corridors=out, voltages=volts)
