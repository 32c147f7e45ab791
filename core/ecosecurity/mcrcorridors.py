"""MCR corridors: least-cost paths between ecological sources, their type (I/II/III), the
normalised least-cost corridor (width) and MCR security zones.

Pipeline (never one unbounded full-raster pass per source):

1. One multi-source cost-distance pass with allocation (:func:`costdistance.cost_distance`).
2. Bridges: for every pair of 8-neighbouring cells u, v in different allocation zones,
   ``D(u) + step·(r_u + r_v)/2 + D(v)``; the minimum per zone pair is the pair's bridge cost,
   an upper bound of its least-cost distance (LCD), exact on every edge of the minimum spanning
   tree of the bridge graph (Mehlhorn 1988). Touching zones = Linkage Mapper's adjacency.
3. Pairs by policy: ``adjacent`` (touching zones), ``adjacent_no_crossing`` (the same, minus
   pairs whose least-cost path crosses a third source, as Linkage Mapper), ``mst`` (minimum
   spanning tree of the bridge graph), ``cost_limit`` (every pair with LCD ≤ a limit).
4. Exact LCDs and paths from bounded per-source searches (:func:`costdistance.
   bounded_cost_distance`) whose limit is the largest bridge cost of the source's pairs
   (bridge ≥ LCD, so exact), plus the width threshold when the corridor zone is asked for.
5. Width: normalised least-cost corridor NLCC_ij = CWD_i + CWD_j − LCD_ij (Linkage Mapper),
   mosaicked by minimum and kept where ≤ the width threshold.
"""
import time
from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage

from .. import vocabulary as vocab
from ..errors import InputError
from ..progress import as_progress
from ..vocabulary import CRUCIAL, IMPORTANT, ORDINARY  # noqa: F401 (the grades callers use)
from . import costdistance as cd
from ..i18n import tr as _tr

TYPE_NAMES = vocab.TYPE_WORDS
POLICIES = ("adjacent", "adjacent_no_crossing", "mst", "cost_limit")
# first window of a bounded search: margin = factor × limit / (quantile of resistance × cell);
# the window grows when too small (exactness never depends on these two, only speed)
MARGIN_QUANTILE, MARGIN_FACTOR = 0.1, 1.0


@dataclass
class Corridor:
    from_id: int
    to_id: int
    cost: float            # least-cost distance, resistance × map units
    length: float          # map units along the path
    ctype: int             # 1 = I, 2 = II, 3 = III
    rows: np.ndarray
    cols: np.ndarray
    crosses: tuple = ()    # third sources whose cells the path crosses
    bridge: float = np.nan


@dataclass
class CorridorResult:
    cost: np.ndarray            # cumulative resistance to the nearest source (inf: none)
    allocation: np.ndarray      # nearest source label (0: none)
    corridors: list
    nlcc: np.ndarray = None     # normalised LCC mosaic where ≤ width (inf elsewhere)
    zones: np.ndarray = None    # security zone class 1..k (0 where no cost)
    zone_breaks: np.ndarray = None
    n_adjacent: int = 0
    dropped_crossing: list = field(default_factory=list)
    runs: int = 0
    settled: int = 0


def _shift(h, w, dr, dc):
    """Slices (a, b) so that cell b = cell a + (dr, dc), dr ≥ 0."""
    ca = slice(0, w - dc) if dc >= 0 else slice(-dc, w)
    cb = slice(dc, w) if dc >= 0 else slice(0, w + dc)
    return (slice(0, h - dr), ca), (slice(dr, h), cb)


def bridges(cost, alloc, costs, cell_size):
    """Minimum crossing cost between each pair of touching allocation zones.

    Returns ``(a, b, bridge, u, v)``: label pairs ``a < b``, bridge costs, and the flat indices
    of the crossing cells ``u`` (zone a) and ``v`` (zone b)."""
    h, w = cost.shape
    xres, yres = float(cell_size[0]), float(cell_size[1])
    idx = np.arange(h * w, dtype=np.int64).reshape(h, w)
    A, B, C, U, V = [], [], [], [], []
    for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
        sa, sb = _shift(h, w, dr, dc)
        la, lb = alloc[sa], alloc[sb]
        m = (la != lb) & (la > 0) & (lb > 0)
        if not m.any():
            continue
        step = np.hypot(dr * yres, dc * xres)
        ca = cost[sa][m] + cost[sb][m] + step * (costs[sa][m] + costs[sb][m]) / 2.0
        la, lb = la[m], lb[m]
        ia, ib = idx[sa][m], idx[sb][m]
        sw = la > lb
        A.append(np.where(sw, lb, la))
        B.append(np.where(sw, la, lb))
        U.append(np.where(sw, ib, ia))
        V.append(np.where(sw, ia, ib))
        C.append(ca)
    if not A:
        e = np.zeros(0, np.int64)
        return e, e, np.zeros(0), e, e
    A, B, C, U, V = (np.concatenate(x) for x in (A, B, C, U, V))
    order = np.lexsort((C, B, A))
    A, B, C, U, V = A[order], B[order], C[order], U[order], V[order]
    first = np.ones(A.size, bool)
    first[1:] = (A[1:] != A[:-1]) | (B[1:] != B[:-1])
    return A[first], B[first], C[first], U[first], V[first]


def suggest_width(resistance, valid, cell_size, half_width_cells=5):
    """A corridor width threshold (resistance × map units) for the normalised least-cost
    corridor, from the resistance and the cell size.

    At a source, a cell x map units beside the least-cost path of resistance r costs about
    √2·x·r more (x to reach it, and 8-neighbour moves back to the path cost (√2 − 1)·x more
    than straight ones), so NLCC ≤ W keeps a band at least about W / (√2·r) wide on each
    side (wider along the middle of long corridors, where a side step costs less). With the
    median valid resistance r̃ and ``half_width_cells`` cells of mean size c:
    W = √2 · half_width_cells · c · r̃. Returns ``(W, r̃, half-width in map units)``."""
    r = np.asarray(resistance, dtype=np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(r) & (r > 0)
    if not ok.any():
        return None, None, None
    v = r[ok]
    med = float(np.median(v[:: max(1, v.size // 200000)]))
    c = (float(cell_size[0]) + float(cell_size[1])) / 2.0
    half = half_width_cells * c
    return float(np.sqrt(2.0)) * half * med, med, half


@dataclass
class NodataSplit:
    """How the resistance's nodata (barriers) splits the study area (see :func:`nodata_split`)."""
    parts: int            # 8-connected parts of valid cells that hold a source
    part_sources: list    # number of sources in each of those parts, largest first
    holes: int            # nodata cells enclosed by valid cells (inside the study area)
    unreachable: int      # valid cells that no source reaches


def nodata_split(valid, labels, cost=None):
    """Parts of the study area that nodata cells cut apart, for a warning.

    Moves are 8-connected (as the cost distance), so two sources can be joined only when an
    8-connected run of valid cells links them. ``holes`` counts the nodata cells not connected
    to the outside of the study area (4-connected, as
    :func:`scipy.ndimage.binary_fill_holes`): nodata *inside* the area, such as a service that
    is nodata on streams. ``unreachable``: valid cells with an infinite ``cost``."""
    valid = np.asarray(valid, bool)
    lab = np.asarray(labels)
    comp, _ = ndimage.label(valid, structure=np.ones((3, 3), bool))
    on = (lab > 0) & valid
    pairs = np.unique(np.column_stack([comp[on], lab[on]]), axis=0) if on.any() \
        else np.zeros((0, 2), np.int64)
    parts, counts = np.unique(pairs[:, 0], return_counts=True)
    holes = int(np.count_nonzero(ndimage.binary_fill_holes(valid) & ~valid))
    unreachable = 0 if cost is None else int(np.count_nonzero(valid & ~np.isfinite(cost)))
    return NodataSplit(parts=int(parts.size), part_sources=sorted(counts.tolist(), reverse=True),
                       holes=holes, unreachable=unreachable)


def minimum_spanning_forest(a, b, weight):
    """Kruskal on the edge list; returns the indices of the kept edges (ties by order)."""
    order = np.argsort(weight, kind="stable")
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keep = []
    for k in order:
        ra, rb = find(int(a[k])), find(int(b[k]))
        if ra != rb:
            parent[ra] = rb
            keep.append(int(k))
    return np.array(sorted(keep), dtype=np.int64)


def corridor_type(touched, grades):
    """I if any touched source is crucial, II if any is important, else III (the rule of
    :func:`core.vocabulary.corridor_type`; a source without a grade is ordinary)."""
    return vocab.corridor_type(grades.get(int(s), ORDINARY) for s in touched)


def _sweep_order(objs, labels_present):
    """Sources in a snake order of their bounding-box centres (bands of rows), so that the
    two ends of most pairs are close in the order and few cost windows are held at once."""
    cent = []
    for s in labels_present:
        sl = objs[s - 1]
        cent.append(((sl[0].start + sl[0].stop) / 2.0, (sl[1].start + sl[1].stop) / 2.0))
    cent = np.array(cent)
    if len(labels_present) == 0:
        return []
    span = max(cent[:, 0].max() - cent[:, 0].min(), 1.0)
    nb = max(int(np.sqrt(len(labels_present))), 1)
    band = np.minimum((cent[:, 0] - cent[:, 0].min()) / span * nb, nb - 1).astype(int)
    key_c = np.where(band % 2 == 0, cent[:, 1], -cent[:, 1])
    order = np.lexsort((key_c, band))
    return [int(labels_present[k]) for k in order]


def mcr_corridors(resistance, valid, labels, cell_size, grades=None, policy="adjacent",
                  cost_limit=None, width=0.0, zone_breaks=None, zone_classes=0,
                  progress=None):
    """Minimum cumulative resistance surface, least-cost corridors, corridor zone, zones.

    ``resistance``/``valid``: resistance raster and its valid mask (invalid = barrier);
    ``labels``: int source labels (> 0), on the same grid; ``cell_size``: (xres, yres) in m;
    ``grades``: ``{label: grade 1, 2, …}`` (1 crucial, 2 important, ≥ 3 ordinary; missing =
    ordinary);
    ``policy``: one of :data:`POLICIES`; ``cost_limit``: LCD limit for ``cost_limit``;
    ``width``: NLCC threshold (resistance × m), 0 = no corridor zone; ``zone_breaks``: cost
    break values for the security zones, or ``zone_classes`` > 1 for natural breaks.
    """
    prog = as_progress(progress)
    grades = dict(grades or {})
    if policy not in POLICIES:
        raise ValueError("unknown pair policy %r" % (policy,))
    if policy == "cost_limit" and not (cost_limit is not None and cost_limit > 0):
        raise InputError(_tr("The 'all pairs within a cost limit' policy needs a cost limit > 0."))
    width = float(width or 0.0)
    if width < 0:
        raise InputError(_tr("The corridor width threshold must be ≥ 0."))
    costs = cd.cost_array(resistance, valid)
    lab = np.asarray(labels).astype(np.int32)
    lab[~np.isfinite(costs)] = 0
    present = np.unique(lab[lab > 0])
    if present.size == 0:
        raise InputError(_tr("No source lies on a valid cell of the resistance raster."))
    prog(0.02)

    # 1. multi-source pass with allocation
    prog.stage("MCR: multi-source cost distance ({:,} cells, {} sources)".format(
        int(np.isfinite(costs).sum()), present.size))
    surf = cd.cost_distance(costs, lab, cell_size, progress=prog.sub(0.02, 0.30))
    cost, alloc = surf.cost, surf.allocation
    prog(0.30)

    # 2. bridges between touching zones
    prog.stage("MCR: bridges between touching zones")
    A, B, C, U, V = bridges(cost, alloc, costs, cell_size)
    prog(0.35)
    h, w = cost.shape

    # 3. pairs by policy: known[(a, b)] = index of the bridge (cost_limit: found while searching)
    if policy in ("adjacent", "adjacent_no_crossing"):
        pair_list = list(range(A.size))
    elif policy == "mst":
        pair_list = list(minimum_spanning_forest(A, B, C))
    else:
        pair_list = []
    exact_needed = policy != "mst"
    objs = ndimage.find_objects(lab)

    limits = {}
    known = {}
    for k in pair_list:
        a, b = int(A[k]), int(B[k])
        known[(a, b)] = k
    pairs_of = {}
    for (a, b), k in known.items():
        pairs_of.setdefault(a, []).append(((a, b), k))
        pairs_of.setdefault(b, []).append(((a, b), k))
    # order of the bounded runs, and what each run needs
    order = _sweep_order(objs, present)
    rank = {s: i for i, s in enumerate(order)}
    slack = lambda x: float(x) * (1 + 1e-9) + 1e-9   # noqa: E731  summation-order rounding
    resolver = {}    # (a, b) -> the source whose bounded search finds the exact LCD and path
    if policy == "cost_limit":
        for s in order:
            limits[s] = float(cost_limit) + width
    else:
        if exact_needed and width == 0:
            # cover every pair by one of its ends, largest bridges first, preferring the end
            # whose search already reaches that far (bridge ≥ LCD, so its search finds it)
            deg = {}
            for (a, b) in known:
                deg[a] = deg.get(a, 0) + 1
                deg[b] = deg.get(b, 0) + 1
            for (a, b), k in sorted(known.items(), key=lambda kv: -C[kv[1]]):
                la, lb = limits.get(a, -1.0), limits.get(b, -1.0)
                pick = a if (la, deg[a]) >= (lb, deg[b]) else b
                resolver[(a, b)] = pick
                limits[pick] = max(limits.get(pick, 0.0), slack(C[k]))
        else:
            for (a, b), k in known.items():
                first, second = (a, b) if rank[a] < rank[b] else (b, a)
                if exact_needed:   # the earlier end finds the LCD, the later one reuses it
                    resolver[(a, b)] = first
                    limits[first] = max(limits.get(first, 0.0), slack(C[k]) + width)
                    limits.setdefault(second, 0.0)
                elif width > 0:    # MST: the bridge is the LCD; searches only for the width
                    for x in (a, b):
                        limits[x] = max(limits.get(x, 0.0), slack(C[k]) + width)

    # margin guess from a low resistance quantile: a path of cost L and resistance ≥ q covers
    # at most L / q metres
    finite = costs[np.isfinite(costs)]
    q = float(np.quantile(finite[:: max(1, finite.size // 100000)], MARGIN_QUANTILE))
    q = max(q, float(finite[finite > 0].min()) if (finite > 0).any() else 1.0, 1e-12)
    cmin = min(cell_size)

    corridors = {}
    pending = {}      # cost_limit: (a, b) -> found by the earlier run
    held = {}         # source -> CostSurface kept for the width
    remaining = {}
    nlcc = np.full((h, w), np.inf) if width > 0 else None
    if width > 0:
        for (a, b) in known:
            remaining[a] = remaining.get(a, 0) + 1
            remaining[b] = remaining.get(b, 0) + 1
    dropped = []
    runs = settled = 0

    def target_minima(surf_s, s):
        """(label, LCD, flat raster index of the arg-min cell) for every other source whose
        cells the bounded window reaches within its limit."""
        r0, c0 = surf_s.origin
        hh, ww = surf_s.cost.shape
        lw = lab[r0:r0 + hh, c0:c0 + ww]
        m = (lw > 0) & (lw != s) & np.isfinite(surf_s.cost)
        if not m.any():
            return {}
        ls, cs = lw[m], surf_s.cost[m]
        rr, cc = np.nonzero(m)
        o = np.lexsort((cs, ls))
        ls, cs, rr, cc = ls[o], cs[o], rr[o], cc[o]
        f = np.ones(ls.size, bool)
        f[1:] = ls[1:] != ls[:-1]
        return {int(l): (float(c), int(r) + r0, int(q_) + c0)
                for l, c, r, q_ in zip(ls[f], cs[f], rr[f], cc[f])}

    def make_corridor(a, b, lcd, rows, cols, bridge):
        seg = lab[rows, cols]
        third = tuple(sorted(set(int(x) for x in seg) - {0, a, b}))
        touched = {a, b} | set(third)
        return Corridor(from_id=a, to_id=b, cost=float(lcd),
                        length=float(np.sum(cd.step_lengths(rows, cols, cell_size))),
                        ctype=corridor_type(touched, grades), rows=rows, cols=cols,
                        crosses=third, bridge=float(bridge))

    def add_nlcc(sa, sb, lcd):
        ov = overlap(sa, sb)
        if ov is None:
            return
        win, ca, cb = ov
        x = ca + cb - lcd
        x[~(x <= width)] = np.inf
        np.minimum(nlcc[win], x, out=nlcc[win])

    # MST: LCD and path straight from the multi-source pass (bridge exact on MST edges)
    if policy == "mst":
        for (a, b), k in known.items():
            ru, cu = surf.trace(*divmod(int(U[k]), w))
            rv, cv = surf.trace(*divmod(int(V[k]), w))
            rows = np.concatenate([ru, rv[::-1]])
            cols = np.concatenate([cu, cv[::-1]])
            corridors[(a, b)] = make_corridor(a, b, C[k], rows, cols, C[k])

    run_sources = [s for s in order if s in limits]
    nrun = max(len(run_sources), 1)
    prog.stage("MCR: {} bounded searches for {} pairs".format(len(run_sources), len(known)))
    t_runs = time.perf_counter()
    next_note = 30.0
    for i, s in enumerate(run_sources):
        prog.check()
        rr, cc = np.nonzero(lab[objs[s - 1]] == s)
        rr = rr + objs[s - 1][0].start
        cc = cc + objs[s - 1][1].start
        L = limits[s]
        if width > 0 and exact_needed and policy != "cost_limit":
            for (a, b), _k in pairs_of.get(s, ()):   # later end: LCD known, reach LCD + width
                if resolver[(a, b)] != s:
                    L = max(L, slack(corridors[(a, b)].cost) + width)
        margin = int(np.ceil(min(L / (q * cmin), 4 * max(h, w)) * MARGIN_FACTOR)) + 2
        ss = cd.bounded_cost_distance(costs, rr, cc, cell_size, L, margin=margin,
                                      progress=prog)
        runs += 1
        settled += int(np.isfinite(ss.cost).sum())
        tm = target_minima(ss, s)
        # pairs this run settles (it is the earlier end, or the policy finds them here)
        if policy == "cost_limit":
            cands = [(t, tm[t]) for t in tm if tm[t][0] <= cost_limit]
            for t, (lcd, r_, c_) in cands:
                key = (min(s, t), max(s, t))
                if rank[t] > rank[s]:
                    if key not in corridors:
                        rows, cols = ss.trace(r_, c_)
                        a, b = key
                        if s != a:
                            rows, cols = rows[::-1], cols[::-1]
                        corridors[key] = make_corridor(a, b, lcd, rows, cols, np.nan)
                        if width > 0:
                            pending[key] = True
                            remaining[s] = remaining.get(s, 0) + 1
                            remaining[t] = remaining.get(t, 0) + 1
            if width > 0:
                for key in [k for k in pending if s in k]:
                    t = key[0] if key[1] == s else key[1]
                    if t in held:
                        add_nlcc(held[t], ss, corridors[key].cost)
                        del pending[key]
                        for x in key:
                            remaining[x] -= 1
        else:
            for (a, b), k in pairs_of.get(s, ()):
                t = b if s == a else a
                if exact_needed and resolver[(a, b)] == s:
                    if t not in tm:   # cannot happen: bridge ≥ LCD
                        raise RuntimeError("source %d not reached from %d" % (t, s))
                    lcd, r_, c_ = tm[t]
                    rows, cols = ss.trace(r_, c_)
                    if s != a:
                        rows, cols = rows[::-1], cols[::-1]
                    corridors[(a, b)] = make_corridor(a, b, lcd, rows, cols, C[k])
                if width > 0 and rank[s] > rank[t]:
                    c = corridors[(a, b)]
                    if not (policy == "adjacent_no_crossing" and c.crosses):
                        add_nlcc(held[t], ss, c.cost)
                    remaining[a] -= 1
                    remaining[b] -= 1
        if width > 0:
            held[s] = ss
            for x in list(held):
                if remaining.get(x, 0) <= 0:
                    del held[x]
        prog(0.35 + 0.6 * (i + 1) / nrun)
        spent = time.perf_counter() - t_runs
        if spent >= next_note and i + 1 < nrun:
            prog.stage("MCR: {} of {} searches done, about {:.0f} s left".format(
                i + 1, nrun, spent / (i + 1) * (nrun - i - 1)))
            next_note = spent + 30.0

    out = []
    for key in sorted(corridors):
        c = corridors[key]
        if policy == "adjacent_no_crossing" and c.crosses:
            dropped.append(c)
            continue
        out.append(c)

    zones = breaks = None
    reach = np.isfinite(cost)
    if zone_breaks is not None and len(zone_breaks) > 0:
        br = np.sort(np.asarray(zone_breaks, dtype=np.float64))
        v = cost[reach]
        breaks = np.concatenate([[v.min()], br, [max(v.max(), br[-1])]])
    elif zone_classes and zone_classes > 1:
        from ..classify import jenks_breaks
        breaks = jenks_breaks(cost, int(zone_classes), valid=reach)
    if breaks is not None:
        from ..classify import classify_by_breaks
        zones = classify_by_breaks(cost, breaks, valid=reach)
    prog(1.0)
    return CorridorResult(cost=cost, allocation=alloc, corridors=out, nlcc=nlcc,
                          zones=zones, zone_breaks=breaks, n_adjacent=int(A.size),
                          dropped_crossing=dropped, runs=runs, settled=settled)


@dataclass
class PairSurfaces:
    """Cost-distance surfaces of the two ends of corridors (see :func:`pair_surfaces`)."""
    pairs: list                 # [(a, b)] source labels
    lcd: np.ndarray             # least-cost distance of each pair
    surfaces: dict              # label -> CostSurface (windowed, exact up to its limit)
    costs: np.ndarray           # resistance with inf at barriers


def _lcd_search(costs, lab, objs, a, b, cell_size):
    """Exact least-cost distance between sources a and b: bounded searches from a whose cost
    limit doubles until b is reached (each search is exact up to its limit)."""
    sa, sb = objs[a - 1], objs[b - 1]
    gap_r = max(sb[0].start - sa[0].stop, sa[0].start - sb[0].stop, 0)
    gap_c = max(sb[1].start - sa[1].stop, sa[1].start - sb[1].stop, 0)
    finite = costs[np.isfinite(costs)]
    rmin = max(float(finite.min()), 1e-12)
    L = max(np.hypot(gap_r * cell_size[1], gap_c * cell_size[0]), min(cell_size)) * rmin * 2
    rr, cc = np.nonzero(lab[sa] == a)
    rr, cc = rr + sa[0].start, cc + sa[1].start
    while True:
        s = cd.bounded_cost_distance(costs, rr, cc, cell_size, L)
        r0, c0 = s.origin
        h, w = s.cost.shape
        m = lab[r0:r0 + h, c0:c0 + w] == b
        vals = s.cost[m]
        if vals.size and np.isfinite(vals).any():
            return float(vals[np.isfinite(vals)].min())
        if L > 1e300:
            return np.inf
        L *= 4.0


def pair_surfaces(resistance, valid, labels, cell_size, pairs=None, policy="adjacent_no_crossing",
                  extra=0.0, progress=None):
    """Least-cost distances of corridor pairs and, for every source in a pair, one bounded
    cost-distance surface exact up to max(LCD of its pairs) + ``extra`` (the corridor width
    for the normalised least-cost corridor CWD_a + CWD_b − LCD ≤ width).

    ``pairs``: ``[(a, b)]`` source labels, or None for the pairs of :func:`mcr_corridors`
    with ``policy``. Pairs in different connected parts are dropped."""
    prog = as_progress(progress)
    costs = cd.cost_array(resistance, valid)
    lab = np.asarray(labels).astype(np.int32)
    lab[~np.isfinite(costs)] = 0
    objs = ndimage.find_objects(lab)
    if pairs is None:
        res = mcr_corridors(resistance, valid, lab, cell_size, policy=policy,
                            progress=prog.sub(0.0, 0.4))
        pairs = [(c.from_id, c.to_id) for c in res.corridors]
        lcd = [c.cost for c in res.corridors]
    else:
        present = set(np.unique(lab[lab > 0]).tolist())
        pairs = [(int(min(a, b)), int(max(a, b))) for a, b in pairs
                 if a != b and a in present and b in present]
        pairs = sorted(set(pairs))
        parts, _ = ndimage.label(np.isfinite(costs), structure=np.ones((3, 3)))
        part_of = {}
        for s_ in present:
            sl = objs[s_ - 1]
            part_of[s_] = set(np.unique(parts[sl][lab[sl] == s_]).tolist())
        lcd = []
        for k, (a, b) in enumerate(pairs):
            prog.check()
            if not (part_of[a] & part_of[b]):
                lcd.append(np.inf)     # no path: in different connected parts
                continue
            lcd.append(_lcd_search(costs, lab, objs, a, b, cell_size))
            prog(0.4 * (k + 1) / max(len(pairs), 1))
    keep = [k for k, v in enumerate(lcd) if np.isfinite(v)]
    pairs = [pairs[k] for k in keep]
    lcd = np.array([lcd[k] for k in keep], dtype=np.float64)
    limit = {}
    for (a, b), d in zip(pairs, lcd):
        for s in (a, b):
            limit[s] = max(limit.get(s, 0.0), d * (1 + 1e-9) + 1e-9 + float(extra))
    surfaces = {}
    for k, s in enumerate(sorted(limit)):
        prog.check()
        sl = objs[s - 1]
        rr, cc = np.nonzero(lab[sl] == s)
        surfaces[s] = cd.bounded_cost_distance(costs, rr + sl[0].start, cc + sl[1].start,
                                               cell_size, limit[s])
        prog(0.4 + 0.6 * (k + 1) / max(len(limit), 1))
    return PairSurfaces(pairs=pairs, lcd=lcd, surfaces=surfaces, costs=costs)


def overlap(sa, sb):
    """Common window of two windowed surfaces: ``(rows slice, cols slice)`` in raster
    coordinates and the two arrays on it, or None."""
    (a0, b0), (a1, b1) = sa.origin, sb.origin
    ha, wa = sa.cost.shape
    hb, wb = sb.cost.shape
    r0, r1 = max(a0, a1), min(a0 + ha, a1 + hb)
    c0, c1 = max(b0, b1), min(b0 + wa, b1 + wb)
    if r0 >= r1 or c0 >= c1:
        return None
    return ((slice(r0, r1), slice(c0, c1)),
            sa.cost[r0 - a0:r1 - a0, c0 - b0:c1 - b0],
            sb.cost[r0 - a1:r1 - a1, c0 - b1:c1 - b1])
