"""CLUE-S land-use allocation (Verburg et al. 2002), with the Dyna-CLUE neighbourhood term as an
option (Verburg & Overmars 2009).

For every year t and every cell i that may change (valid, not restricted) and class u::

    TPROP(i, u) = P(i, u) + ELAS_u·[u = current class of i] + ITER_u
    TPROP(i, u) = −∞ where the conversion current → u is forbidden by the conversion matrix

and the cell takes the class of highest TPROP. ITER_u (one number per class and year) is
adjusted until the allocated areas meet the demand within the tolerance (mean and maximum
deviation). The map of year t is the initial map of year t + 1, and ITER starts from the values
of year t (warm start).

How ITER is adjusted. CLUE-S raises ITER_u where too little of class u was allocated and lowers
it where too much was, with a gain. Here each update is the exact one for one class at a time
(a Gauss–Seidel sweep): with the other ITER fixed, cell i goes to u exactly when
ITER_u > t_i = max_{v≠u}(TPROP(i, v)) − (P(i, u) + ELAS_u·[…]), so the value between the D_u-th and
(D_u + 1)-th smallest t_i meets the demand D_u of class u exactly. A sweep updates every class
in turn; sweeps repeat until the tolerance is met. The fixed point is the same as CLUE-S's: an
allocation meeting the demand exactly is the optimal transport / semi-assignment solution
max Σ_i TPROP(i, class_i) subject to the class totals, and ITER are its dual prices (Lagrange
multipliers). The tests check the allocation against ``ot.emd`` cell for cell.
"""
import itertools
import re
from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage

from ..errors import InputError
from ..validate import check_values
from ..progress import as_progress
from ..i18n import tr as _tr

FORBID = -1e30  # TPROP of a forbidden conversion (finite, so that differences stay defined)
_FLOAT64_LIMIT = 4_000_000  # cells × classes below which the scores are kept in float64


# ---------------------------------------------------------------------------------------------
# demand
# ---------------------------------------------------------------------------------------------
def largest_remainder(values, total):
    """Round non-negative ``values`` to integers summing to ``total`` (Hamilton's method)."""
    v = np.asarray(values, dtype=np.float64)
    base = np.floor(v).astype(np.int64)
    rest = int(total) - int(base.sum())
    if rest > 0:
        order = np.argsort(-(v - base), kind="stable")
        base[order[:rest]] += 1
    elif rest < 0:
        order = np.argsort(v - base, kind="stable")
        for i in order:  # take from the smallest remainders, never below zero
            if rest == 0:
                break
            if base[i] > 0:
                base[i] -= 1
                rest += 1
    return base


def yearly_demand(years, demand, start_year, initial):
    """Demand for every year from ``start_year + 1`` to the last year given.

    ``years`` (m,) and ``demand`` (m, K) are the rows of the demand table; years that are
    missing are filled by linear interpolation between the rows around them, the initial map
    (``initial``: K areas, the same unit) standing for ``start_year`` unless the table has a
    row for it. Returns ``(years_out, demand_out (T, K) float)``.
    """
    years = np.asarray(years, dtype=np.int64)
    demand = np.asarray(demand, dtype=np.float64)
    if demand.ndim != 2 or demand.shape[0] != years.size:
        raise ValueError("years and demand rows differ")
    if np.unique(years).size != years.size:
        dup = sorted({int(y) for y in years if (years == y).sum() > 1})
        raise InputError(_tr("The demand table gives the years {} more than once.").format(
            ", ".join(map(str, dup))))
    if (demand < 0).any():
        r, c = np.argwhere(demand < 0)[0]
        raise InputError(_tr("The demand table has a negative demand ({:g}) in year {}.").format(
            demand[r, c], years[r]))
    later = years > start_year
    if not later.any():
        raise InputError(_tr("The demand table has no year after the year of the initial map ({}).")
                         .format(start_year))
    if (years < start_year).any():
        raise InputError(_tr("The demand table has years before the year of the initial map ({}): "
                         "{}.").format(start_year, ", ".join(map(str, years[years < start_year]))))
    order = np.argsort(years)
    years, demand = years[order], demand[order]
    if years[0] != start_year:
        years = np.concatenate([[start_year], years])
        demand = np.vstack([np.asarray(initial, dtype=np.float64)[None, :], demand])
    out_years = np.arange(start_year + 1, years[-1] + 1)
    out = np.column_stack([np.interp(out_years, years, demand[:, k])
                           for k in range(demand.shape[1])])
    return out_years, out


def demand_in_cells(demand, n_cells, cells_per_unit=1.0, years=None, rel_tol=0.005):
    """Convert a (T, K) demand to whole cells summing to ``n_cells`` every year.

    ``cells_per_unit`` converts the table's unit to cells (1 for cells, 1e4/cell area in m² for
    ha, 1e6/cell area for km²). A year whose total differs from the map by more than ``rel_tol``
    (or by more than one cell for tiny maps) is an error naming the year; smaller differences
    (rounding) are spread by the largest-remainder method. Returns ``(int array, notes)``.
    """
    d = np.asarray(demand, dtype=np.float64) * float(cells_per_unit)
    years = list(range(1, d.shape[0] + 1)) if years is None else list(years)
    notes = []
    out = np.zeros(d.shape, dtype=np.int64)
    for t in range(d.shape[0]):
        tot = d[t].sum()
        if abs(tot - n_cells) > max(1.0, rel_tol * n_cells):
            raise InputError(
                _tr("The demand of year {} adds up to {:.6g} cells, but the land-use map has {} "
                    "cells "
                "with data. The demand of every year must add up to the whole map (CLUE-S "
                "allocates every cell); check the unit of the demand table.").format(
                    years[t], tot, n_cells))
        if abs(tot - n_cells) > 1e-6:
            notes.append(_tr("year {}: demand total {:.6g} cells rescaled to the map's {} cells")
                         .format(years[t], tot, n_cells))
        out[t] = largest_remainder(d[t] * (n_cells / tot), n_cells) if tot > 0 else 0
    return out, notes



@dataclass
class DemandPlan:
    """The demand reconciled with the initial map (:func:`reconcile_demand`)."""
    codes: list            # class codes, ascending
    years: np.ndarray      # the simulated years (start + 1 … last)
    demand: np.ndarray     # (T, K) whole cells, each year summing to the map
    dropped: list          # classes left out: not in the map and no demand in any year
    notes: list            # rounding notes of demand_in_cells
    initial_row: object    # the table's row for the start year in cells, or None
    initial_differs: bool  # that row differs from the map by more than max(1, 0.5 %) cells


def reconcile_demand(present, init_counts, dcodes, dvals, years_in, start, cells_per_unit,
                     n_cells):
    """The CLUE-S demand of a table reconciled with the initial map.

    ``present``: the class codes of the map; ``init_counts``: ``{code: cells}`` of the map;
    ``dcodes`` (K') and ``dvals`` (m × K', the table's unit) the demand table; ``years_in`` its
    years (None: the rows are the start year and the years after it, one a row, so at least
    two rows); ``cells_per_unit`` the unit → cells factor; ``n_cells`` the map's cells.

    Rules: every class of the map needs a demand (else InputError naming it); a class absent
    from the map and with no demand in any year is left out; missing years are interpolated
    linearly from the initial map (:func:`yearly_demand`); every year is converted to whole
    cells summing to the map (:func:`demand_in_cells`). A row for the start year does not
    replace the map, which is the starting state; when it differs from the map by more than
    max(1, 0.5 % of the cells) ``initial_differs`` says so.
    """
    dvals = np.asarray(dvals, dtype=np.float64)
    missing = [c for c in present if c not in dcodes]
    if missing:
        raise InputError(_tr("The demand gives no area for class(es) {} of the initial map (it "
                             "has {}). Add them to the demand table.").format(
                             ", ".join(map(str, missing)), ", ".join(map(str, dcodes))))
    dropped = [c for i, c in enumerate(dcodes)
               if c not in present and not np.any(dvals[:, i] > 0)]
    keep = [i for i, c in enumerate(dcodes) if c not in dropped]
    dcodes = [dcodes[i] for i in keep]
    dvals = dvals[:, keep]
    order = np.argsort(dcodes, kind="stable")
    codes = [int(dcodes[i]) for i in order]
    dvals = dvals[:, order]
    init = np.array([init_counts.get(c, 0) for c in codes], dtype=np.float64)
    if years_in is None:
        if len(dvals) < 2:
            raise InputError(_tr("Without a year field the first demand row is the initial "
                                 "year, so the table needs at least two rows."))
        years_in = list(range(start, start + len(dvals)))
    years, dem = yearly_demand(years_in, dvals, start, init / cells_per_unit)
    demand, notes = demand_in_cells(dem, n_cells, cells_per_unit, years)
    initial_row, differs = None, False
    if start in list(years_in):
        initial_row = dvals[list(years_in).index(start)] * cells_per_unit
        differs = bool(np.abs(initial_row - init).max() > max(1.0, 0.005 * n_cells))
    return DemandPlan(codes, years, demand, dropped, notes, initial_row, differs)

_CODE = re.compile(r"(-?\d+)\s*$")


def _number(v, what):
    if v is None or (isinstance(v, str) and not v.strip()):
        raise InputError(_tr("{} is empty.").format(what))
    try:
        return float(v)
    except (TypeError, ValueError):
        raise InputError(_tr("{} holds '{}', which is not a number.").format(what, v))


def _code(v, what):
    x = _number(v, what)
    if x != int(x):
        raise InputError(_tr("{} holds {:g}, but class codes are whole numbers.").format(what, x))
    return int(x)


def coded_columns(fields, skip=()):
    """``{class code: field}`` for the fields whose name ends in an integer (1, c1, class_1,
    V1, lu_1 …), except ``skip``."""
    out = {}
    low = {f.lower() for f in skip if f}
    for f in fields:
        if f.lower() in low or f.lower().endswith("km2"):
            continue
        m = _CODE.search(f)
        if m:
            c = int(m.group(1))
            if c in out:
                raise InputError(_tr("The fields '{}' and '{}' both stand for class {}.").format(
                    out[c], f, c))
            out[c] = f
    return out


def _field(fields, *names):
    low = {f.lower(): f for f in fields}
    for n in names:
        if n and n.lower() in low:
            return low[n.lower()]
    return None


def _is_total_row(row, class_field):
    """A summary row: no class code, and a text cell that says 'total'."""
    v = row.get(class_field)
    if v is not None and str(v).strip():
        return False
    return any(isinstance(x, str) and x.strip().lower() in ("total", "sum", "合计", "总计")
               for x in row.values())


def demand_from_records(fields, rows, year_field=None, label="demand table", value_field=None,
                        target_year=None):
    """Read a demand table → ``(years or None, codes, values (m, K))``.

    Long form: a class field (``class``, ``code`` or ``lucode``) and a value field (``demand``,
    ``area``, ``cells`` or ``value_field``, e.g. ``optimal_km2`` of the land-use structure LP),
    with a year field (one row per year and class) or, without one, every row the demand of
    ``target_year``. Wide form: one row per year, one field per class named by its code
    (``c1``, ``V1``, ``class_1`` …: the trailing number is the code; names ending in ``km2``
    are not classes) and optionally a year field. Without a year field the rows are
    consecutive years, the first being the year of the initial map (the CLUE-S demand.in
    convention).
    """
    yf = _field(fields, year_field, "year")
    if year_field and yf is None:
        raise InputError(_tr("The {} has no field '{}'.").format(label, year_field))
    if value_field and _field(fields, value_field) is None:
        raise InputError(_tr("The {} has no field '{}'.").format(label, value_field))
    cf = _field(fields, "class", "code", "lucode")
    df = _field(fields, value_field, "demand", "area", "cells")
    if cf and df:
        if yf is None:
            if target_year is None:
                raise InputError(_tr("The {} is in long form (class and demand fields) but has no "
                                 "year field; add one or give the target year.").format(label))
            rows = [dict(r, __year=target_year) for r in rows]
            yf = "__year"
        table = {}
        for i, r in enumerate(rows, start=1):
            if _is_total_row(r, cf):
                continue  # the summary row of 'Land-use structure (LP)' and similar tables
            y = _code(r[yf], "The {} row {} field '{}'".format(label, i, yf))
            c = _code(r[cf], "The {} row {} field '{}'".format(label, i, cf))
            if (y, c) in table:
                raise InputError(_tr("The {} gives class {} in year {} twice.").format(label, c, y))
            table[(y, c)] = _number(r[df], "The {} row {} field '{}'".format(label, i, df))
        years = sorted({y for y, _ in table})
        codes = sorted({c for _, c in table})
        vals = np.zeros((len(years), len(codes)))
        for a, y in enumerate(years):
            for b, c in enumerate(codes):
                if (y, c) not in table:
                    raise InputError(_tr("The {} has no demand for class {} in year {}.").format(
                        label, c, y))
                vals[a, b] = table[(y, c)]
        return years, codes, vals
    cols = coded_columns(fields, skip=(yf,))
    if not cols:
        raise InputError(_tr("The {} has no class columns: name one field per class after its code "
                         "(1, 2, … or c1, c2, …), or give the fields year, class and demand.")
                         .format(label))
    codes = sorted(cols)
    vals = np.array([[_number(r[cols[c]], "The {} row {} field '{}'".format(label, i, cols[c]))
                      for c in codes] for i, r in enumerate(rows, start=1)])
    years = None if yf is None else [
        _code(r[yf], "The {} row {} field '{}'".format(label, i, yf))
        for i, r in enumerate(rows, start=1)]
    return years, codes, vals


def conversion_from_records(fields, rows, codes, label="conversion matrix"):
    """Conversion matrix table → ``allowed[from, to]`` (bool, K×K) in the order of ``codes``.

    One row per class of origin (field ``from``, or ``class``), one field per target class
    named by its code (as in the demand table); 1 = allowed, 0 = forbidden.
    """
    ff = _field(fields, "from", "class", "code")
    if ff is None:
        raise InputError(_tr("The {} needs a field 'from' with the class of origin of each row.")
                         .format(label))
    cols = coded_columns(fields, skip=(ff,))
    idx = {c: i for i, c in enumerate(codes)}
    K = len(codes)
    allowed = np.ones((K, K), bool)
    seen = set()
    for i, r in enumerate(rows, start=1):
        c = _code(r[ff], "The {} row {} field '{}'".format(label, i, ff))
        if c not in idx:
            continue
        seen.add(c)
        for t in codes:
            if t not in cols:
                raise InputError(_tr("The {} has no column for class {} (name a field after the "
                                 "code: {} or c{}).").format(label, t, t, t))
            v = _number(r[cols[t]], "The {} row {} field '{}'".format(label, i, cols[t]))
            allowed[idx[c], idx[t]] = v != 0
    missing = [c for c in codes if c not in seen]
    if missing:
        raise InputError(_tr("The {} has no row for class(es) {}.").format(
            label, ", ".join(map(str, missing))))
    return allowed


# ---------------------------------------------------------------------------------------------
# feasibility
# ---------------------------------------------------------------------------------------------
def check_feasibility(current, restricted, allowed, demand, codes, year=None):
    """Why the demand cannot be met from the map ``current`` — an empty list when it can.

    ``current`` holds class indices (0..K−1) of the valid cells, ``restricted`` (bool, same
    length) the cells that never change, ``allowed[from, to]`` the conversion matrix, ``demand``
    (K,) cells. The test is exact (Gale's condition for a transportation problem): every set S of
    classes must need no more cells than the changeable cells allowed to become a class of S.
    """
    K = len(codes)
    current = np.asarray(current)
    restricted = np.zeros(current.shape, bool) if restricted is None else restricted
    allowed = np.asarray(allowed, bool)
    demand = np.asarray(demand, dtype=np.int64)
    when = "" if year is None else _tr("Year {}: ").format(year)
    n_res = np.bincount(current[restricted], minlength=K)
    n_act = np.bincount(current[~restricted], minlength=K)
    if int(demand.sum()) != current.size:
        return [when + _tr("the demand adds up to {} cells but the map has {}.").format(
            int(demand.sum()), current.size)]
    msgs = []
    need = demand - n_res
    for k in np.flatnonzero(need < 0):
        msgs.append(when + _tr("class {} cannot shrink to its demand of {} cells: {} of its cells "
                               "lie in the restricted area, which never changes.").format(
                        codes[k], int(demand[k]), int(n_res[k])))
    if msgs:
        return msgs
    if K > 14:  # 2^K subsets: keep to single classes above 14 classes
        subsets = [(k,) for k in range(K)]
    else:
        subsets = [s for r in range(1, K) for s in itertools.combinations(range(K), r)]
    bad = []
    for s in subsets:
        if any(set(b) <= set(s) for b in bad):
            continue  # report minimal sets only
        reach = allowed[:, list(s)].any(axis=1)
        supply = int(n_act[reach].sum())
        wanted = int(need[list(s)].sum())
        if wanted > supply:
            bad.append(s)
            names = ", ".join(str(codes[k]) for k in s)
            blocked = [c for c in range(K) if not reach[c] and n_act[c] > 0]
            why = []
            if blocked:
                why.append(_tr("the conversion matrix forbids {} to become {} ({} cells)").format(
                    ", ".join(_tr("class {}").format(codes[c]) for c in blocked),
                    (_tr("class {}") if len(s) == 1 else _tr("any of classes {}")).format(names),
                    int(n_act[blocked].sum())))
            other_res = int(n_res.sum() - n_res[list(s)].sum())
            if other_res:
                why.append(_tr("{} cells of other classes are restricted").format(other_res))
            single = len(s) == 1
            tpl = (_tr("class {names} needs {wanted} cells (demand {dem} minus {res} restricted "
                       "cells), but only {supply} cells may become it: {why}.") if single else
                   _tr("classes {names} together need {wanted} cells (demand {dem} minus {res} "
                       "restricted cells), but only {supply} cells may become one of them: "
                       "{why}."))
            msgs.append(when + tpl.format(
                names=names, wanted=wanted, dem=int(demand[list(s)].sum()),
                res=int(n_res[list(s)].sum()), supply=supply,
                why="; ".join(why) or _tr("the map has too few cells")))
        if len(bad) >= 5:
            break
    return msgs


# ---------------------------------------------------------------------------------------------
# neighbourhood (Dyna-CLUE)
# ---------------------------------------------------------------------------------------------
def enrichment(index_map, K, radius=1):
    """Neighbourhood enrichment F_k(i) = (n_k(i)/n(i)) / (N_k/N) for every class k.

    ``index_map`` holds class indices 0..K−1 and −1 for nodata. The neighbourhood is the
    (2r+1)×(2r+1) square around the cell, the cell itself excluded; n(i) counts its valid cells.
    Returns a (K, H, W) float32 array (0 where a cell has no valid neighbour).
    """
    valid = index_map >= 0
    size = 2 * radius + 1
    area = float(size * size)

    def count(mask):
        m = mask.astype(np.float32)
        return np.rint(ndimage.uniform_filter(m, size, mode="constant", cval=0.0) * area) - m

    n = count(valid)
    N = valid.sum()
    out = np.zeros((K,) + index_map.shape, dtype=np.float32)
    for k in range(K):
        mk = index_map == k
        share = mk.sum() / N
        if share == 0:
            continue
        nk = count(mk)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[k] = np.where(n > 0, nk / np.maximum(n, 1) / share, 0.0)
    return out


def expit(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


# ---------------------------------------------------------------------------------------------
# the ITER loop of one year
# ---------------------------------------------------------------------------------------------
def _deviation(counts, need, demand_total, mode):
    dev = counts - need  # allocated − demand, in cells (restricted cells cancel out)
    if mode == "percent":
        rel = 100.0 * np.abs(dev) / np.maximum(demand_total, 1)
        return dev, float(rel.mean()), float(rel.max())
    a = np.abs(dev).astype(np.float64)
    return dev, float(a.mean()), float(a.max())


def _argmax(S, iters):
    K, n = S.shape
    best = S[0] + S.dtype.type(iters[0])
    idx = np.zeros(n, dtype=np.int16 if K > 127 else np.int8)
    v = np.empty_like(best)
    better = np.empty(n, dtype=bool)
    for k in range(1, K):
        np.add(S[k], S.dtype.type(iters[k]), out=v)
        np.greater(v, best, out=better)
        np.maximum(best, v, out=best)
        idx[better] = k
    return idx


def _kth_pair(t, d, guess, width):
    """The d-th and (d+1)-th smallest values of ``t`` (sorted positions d−1 and d).

    Searches a band around ``guess`` first (the counts below and inside the band locate the two
    values), widening it a few times, and partitions the whole array only as a last resort:
    the band holds a few thousand values where the full array holds millions.
    """
    if np.isfinite(guess) and abs(guess) < 0.5 * -FORBID:
        for _ in range(4):
            lo_b, hi_b = guess - width, guess + width
            below = int(np.count_nonzero(t < lo_b))
            if below <= d - 1:
                band = t[(t >= lo_b) & (t < hi_b)]
                if below + band.size >= d + 1:
                    part = np.partition(band, (d - 1 - below, d - below))
                    return float(part[d - 1 - below]), float(part[d - below])
            width *= 8.0
    part = np.partition(t, (d - 1, d))
    return float(part[d - 1]), float(part[d])


def _solve_year(S, need, demand_total, iters, tol_mean, tol_max, mode, max_iter, trace,
                progress):
    """Adjust ``iters`` (K,) until the argmax of S + iters meets ``need`` within tolerance."""
    K, n = S.shape
    iters = np.array(iters, dtype=np.float64)
    it = 0
    best, stall = np.inf, 0
    width = np.full(K, 1e-3)  # search band around the current ITER, adapted to the last step
    while True:
        alloc = _argmax(S, iters)
        counts = np.bincount(alloc, minlength=K)
        dev, mean_dev, max_dev = _deviation(counts, need, demand_total, mode)
        trace.append((it, mean_dev, max_dev, iters.copy()))
        if mean_dev <= tol_mean and max_dev <= tol_max:
            return alloc, iters, it, True
        if it >= max_iter:
            return alloc, iters, it, False
        # float32 scores cannot separate cells closer than their rounding: when the deviation
        # stops falling, finish in float64
        stall = stall + 1 if max_dev >= best else 0
        best = min(best, max_dev)
        if stall >= 3 and S.dtype != np.float64:
            S = S.astype(np.float64)
            stall = 0
        it += 1
        progress.check()
        buf = np.empty(n, dtype=S.dtype)
        for k in range(K):
            if K == 1:
                break
            M = None
            for j in range(K):
                if j == k:
                    continue
                if M is None:
                    M = S[j] + S.dtype.type(iters[j])
                else:
                    np.add(S[j], S.dtype.type(iters[j]), out=buf)
                    np.maximum(M, buf, out=M)
            t = np.subtract(M, S[k], out=M)
            d = int(need[k])
            if d <= 0:
                iters[k] = float(t.min()) - 1.0
                continue
            if d >= n:
                iters[k] = float(t.max()) + 1.0
                continue
            lo, hi = _kth_pair(t, d, iters[k], width[k])
            old = iters[k]
            if hi >= 0.5 * -FORBID:  # the (d+1)-th cell may not become k at all
                iters[k] = lo + 1.0
            else:
                iters[k] = 0.5 * (lo + hi) if hi > lo else hi
            width[k] = min(max(4.0 * abs(iters[k] - old), 1e-6), 1.0)
        progress(min(it / max(max_iter, 1), 1.0))


# ---------------------------------------------------------------------------------------------
# the whole run
# ---------------------------------------------------------------------------------------------
@dataclass
class CluesResult:
    maps: np.ndarray            # (T, H, W) class codes (undefined where not valid)
    years: list
    iters: np.ndarray           # (T, K) final ITER per year
    iterations: list            # sweeps per year
    converged: list
    demand: np.ndarray          # (T, K) cells
    allocated: np.ndarray       # (T, K) cells
    mean_dev: list
    max_dev: list
    trace: list = field(default_factory=list)  # (year, iteration, mean, max, ITER)
    neighbourhood_coef: np.ndarray = None       # (K, 2) intercept, slope of the neighbourhood logit


def clues_allocate(initial, valid, codes, suitability, demand, elasticity, allowed=None,
                   restricted=None, years=None, tol_mean=0.1, tol_max=0.1, mode="percent",
                   max_iter=200, warm_start=True, neighbourhood=None, jitter=1e-4, seed=0,
                   progress=None):
    """Run CLUE-S for ``T = len(demand)`` yearly steps.

    initial      (H, W) class codes; ``valid`` (H, W) bool: cells with data (others ignored).
    codes        K class codes (the order of every per-class argument).
    suitability  (K, H, W) probabilities P(i, u) (location suitability, 0..1).
    demand       (T, K) cells per class and year (each row sums to the valid cells).
    elasticity   (K,) ELAS_u, added to TPROP of the current class (0 = changes easily).
    allowed      (K, K) bool conversion matrix [from, to] (diagonal always allowed), or None.
    restricted   (H, W) bool: cells that never change, or None.
    tol_mean, tol_max  tolerances of the mean and maximum deviation over classes, in percent
                 of the demand (``mode='percent'``) or cells (``mode='cells'``).
    max_iter     most ITER sweeps per year; a year that does not converge raises InputError.
    warm_start   start ITER of a year from the previous year's values (else from 0).
    jitter       a seeded uniform random term in [0, jitter) added to P of every cell and class
                 (drawn once per run), which breaks exact ties such as equal suitability
                 values (as lulcc's ``jitter.f``, default 2e-4 there); 0 = none. The tests
                 comparing with optimal transport use 0.
    neighbourhood  None, or dict(radius=r, weight=(K,) w_u, coef=(K, 2) or None, seed=s):
                 TPROP uses (1 − w_u)·P + w_u·P_nbh with P_nbh = logistic(a_u + b_u·F_u), F_u
                 the enrichment of class u around the cell in the current year's map; (a, b) are
                 fitted on the initial map (seeded sample) when ``coef`` is None.
    """
    from .landusesuitability import fit_logit, stratified_sample
    prog = as_progress(progress)
    codes = [int(c) for c in codes]
    K = len(codes)
    initial = np.asarray(initial)
    valid = np.asarray(valid, bool)
    H, W = initial.shape
    suit = np.asarray(suitability)
    demand = np.asarray(demand, dtype=np.int64)
    if demand.ndim != 2 or demand.shape[1] != K:
        raise InputError(_tr("The demand has {} classes per year but {} classes were given.")
                         .format(demand.shape[-1], K))
    T = demand.shape[0]
    years = list(range(1, T + 1)) if years is None else [int(y) for y in years]
    if suit.shape != (K, H, W):
        raise InputError(_tr("Give one suitability surface per class ({} classes; got {}).").format(
            K, suit.shape[0] if suit.ndim == 3 else 1))
    elas = np.asarray(elasticity, dtype=np.float64)
    if elas.shape != (K,):
        raise InputError(_tr("Give one conversion elasticity per class ({} classes: {}); got {}.")
                         .format(K, ", ".join(map(str, codes)), elas.size))
    check_values(elas, "conversion elasticity", lo=0.0, hi=1.0, keys=list(codes),
                 key_name="class", meaning="an elasticity (0 = converts freely, 1 = never "
                 "converts)")
    if mode not in ("percent", "cells"):
        raise ValueError(mode)
    allowed = np.ones((K, K), bool) if allowed is None else np.array(allowed, bool)
    np.fill_diagonal(allowed, True)
    prog.check()
    present = np.unique(initial[valid])
    prog.check()
    unknown = sorted(set(present.tolist()) - set(codes))
    if unknown:
        raise InputError(_tr("The initial map holds the class code(s) {} that are not among the "
                         "classes {}; add them to the demand and the other tables.").format(
                             ", ".join("%g" % u for u in unknown), ", ".join(map(str, codes))))
    lut = {c: i for i, c in enumerate(codes)}
    idx_flat = np.full(H * W, -1, dtype=np.int16)
    vflat = valid.ravel()
    init_flat = initial.ravel()
    for c, i in lut.items():
        idx_flat[vflat & (init_flat == c)] = i
        prog.check()
    cells = np.flatnonzero(vflat)
    n = cells.size
    res_flat = (np.zeros(n, bool) if restricted is None
                else np.asarray(restricted, bool).ravel()[cells])
    act = ~res_flat
    act_cells = cells[act]
    n_act = act_cells.size
    cur = idx_flat[cells].astype(np.int64)
    n_res = np.bincount(cur[res_flat], minlength=K)
    bad_s = []
    for k in range(K):
        prog.check()
        if not np.isfinite(suit[k].ravel()[cells]).all():
            bad_s.append(codes[k])
    if bad_s:
        raise InputError(_tr("The suitability of class(es) {} has nodata where the initial map has "
                         "data; every valid cell needs a suitability for every class.").format(
                             ", ".join(map(str, bad_s))))
    for t in range(T):  # restricted cells never change: their counts bind every year
        short = np.flatnonzero(demand[t] < n_res)
        if short.size:
            k = short[0]
            raise InputError(
                _tr("Year {}: class {} cannot shrink to its demand of {} cells: {} of its cells "
                    "lie "
                "in the restricted area, which never changes.").format(
                    years[t], codes[k], int(demand[t, k]), int(n_res[k])))
        if int(demand[t].sum()) != n:
            raise InputError(_tr("Year {}: the demand adds up to {} cells but the map has {} cells "
                             "with data.").format(years[t], int(demand[t].sum()), n))
    dtype = np.float64 if n_act * K <= _FLOAT64_LIMIT else np.float32
    P_loc = np.empty((K, n_act), dtype=dtype)
    rng = np.random.default_rng(seed) if jitter else None
    for k in range(K):
        P_loc[k] = suit[k].ravel()[act_cells]
        if rng is not None:
            P_loc[k] += (rng.random(n_act) * jitter).astype(dtype)
        prog.check()

    nb_coef = None
    if neighbourhood:
        radius = int(neighbourhood.get("radius", 1))
        w = np.broadcast_to(np.asarray(neighbourhood.get("weight", 0.5), dtype=np.float64),
                            (K,)).copy()
        if ((w < 0) | (w > 1)).any():
            raise InputError(_tr("Neighbourhood weights must lie between 0 and 1."))
        nb_coef = neighbourhood.get("coef")
        if nb_coef is None:  # fit logit(class u) ~ F_u on a seeded sample of the initial map
            F0 = enrichment(idx_flat.reshape(H, W), K, radius)
            prog.check()
            sample = stratified_sample(idx_flat.reshape(H, W), valid, K,
                                       neighbourhood.get("sample", 2000),
                                       neighbourhood.get("seed", 1))
            yk = idx_flat[sample]
            nb_coef = np.zeros((K, 2))
            for k in range(K):
                x = F0[k].ravel()[sample].astype(np.float64)[:, None]
                y = (yk == k).astype(np.float64)
                if y.min() == y.max() or x.std() == 0:
                    continue
                nb_coef[k] = fit_logit(x, y)["beta"]
        nb_coef = np.asarray(nb_coef, dtype=np.float64)

    maps = np.zeros((T, H, W), dtype=initial.dtype if initial.dtype.kind in "iu" else np.int32)
    code_arr = np.asarray(codes)
    iters = np.zeros(K)
    out_iters = np.zeros((T, K))
    allocated = np.zeros((T, K), dtype=np.int64)
    iterations, converged, mean_devs, max_devs, trace = [], [], [], [], []
    cur_act = cur[act]
    for t in range(T):
        sub = prog.sub(t / T, (t + 1) / T)
        sub.check()
        msgs = check_feasibility(cur, res_flat, allowed, demand[t], codes, years[t])
        if msgs:
            raise InputError(_tr("The demand cannot be met.") + " " + " ".join(msgs))
        if neighbourhood:
            F = enrichment(idx_flat.reshape(H, W), K, radius)
            S = np.empty_like(P_loc)
            for k in range(K):
                p_nb = expit(nb_coef[k, 0] + nb_coef[k, 1] * F[k].ravel()[act_cells])
                S[k] = (1.0 - w[k]) * P_loc[k] + w[k] * p_nb
        else:
            S = P_loc.copy()
        ar = np.arange(n_act)
        S[cur_act, ar] += elas[cur_act].astype(dtype)
        for c in range(K):
            forb = np.flatnonzero(~allowed[c])
            if forb.size:
                sel = np.flatnonzero(cur_act == c)
                for k in forb:
                    S[k, sel] = FORBID
        sub.check()
        need = demand[t] - n_res
        if not warm_start:
            iters = np.zeros(K)
        year_trace = []
        alloc, iters, n_it, ok = _solve_year(S, need, demand[t], iters, tol_mean, tol_max,
                                             mode, max_iter, year_trace, sub)
        trace.extend((years[t],) + row for row in year_trace)
        counts = np.bincount(alloc, minlength=K) + n_res
        _, mdev, xdev = _deviation(counts - n_res, need, demand[t], mode)
        if not ok:
            unit = "%" if mode == "percent" else " cells"
            raise InputError(
                _tr("Year {}: the allocation did not meet the demand within {} iterations (mean "
                "deviation {:.4g}{u}, maximum {:.4g}{u}; tolerance {:g}{u} and {:g}{u}). Raise the "
                "maximum number of iterations or the tolerance.").format(
                    years[t], max_iter, mdev, xdev, tol_mean, tol_max, u=unit))
        cur_act = alloc.astype(np.int64)
        cur[act] = cur_act
        idx_flat[act_cells] = cur_act
        maps[t] = code_arr[np.maximum(idx_flat, 0)].reshape(H, W)
        out_iters[t] = iters
        allocated[t] = counts
        iterations.append(n_it)
        converged.append(ok)
        mean_devs.append(mdev)
        max_devs.append(xdev)
        sub(1.0)
    return CluesResult(maps, years, out_iters, iterations, converged, demand, allocated,
                       mean_devs, max_devs, trace, nb_coef)


def allocate_once(S, need):
    """Exact allocation for fixed scores ``S`` (K, n) and class totals ``need`` (K,): the
    argmax of S + ITER with ITER from the CLUE-S loop run to zero deviation. Returns
    ``(class index per cell, ITER)``."""
    S = np.asarray(S, dtype=np.float64)
    need = np.asarray(need, dtype=np.int64)
    alloc, iters, _, ok = _solve_year(S, need, need, np.zeros(S.shape[0]), 0.0, 0.0, "cells",
                                      1000, [], as_progress(None))
    if not ok:
        raise InputError(_tr("The allocation did not reach the exact demand in 1000 sweeps."))
    return alloc, iters
