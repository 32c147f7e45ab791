"""Cost distance (minimum cumulative resistance, MCR) on a raster, ArcGIS convention.

A move between the centres of two 8-neighbouring cells a and b costs
``step × (r_a + r_b) / 2`` with ``step`` = the cell width, the cell height or the diagonal
``hypot(width, height)``; source cells cost 0; nodata cells are barriers. Results are in
resistance × map units (resistance × metres in a metric CRS). This is ArcGIS *Cost Distance*,
Linkage Mapper, and GRASS ``r.cost`` (without knight's moves) multiplied by the cell size.
Dijkstra's algorithm is scikit-image's ``graph.MCP_Geometric`` (compiled).

* :func:`cost_distance` — one multi-source pass: the cost to the nearest source, the allocation
  to that source (the source whose cell the least-cost path starts from) and a tracer of
  least-cost paths.
* :func:`bounded_cost_distance` — the cost from one source, exact up to a cost limit, computed in
  a window that grows until no least-cost path of cost ≤ limit can leave it (never a full-raster
  pass per source unless the limit asks for it).
"""
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr
from ..progress import Canceled, as_progress, interruptible

#: cells settled between two cancel checks inside a Dijkstra pass (about 0.05 s of work)
CHECK_EVERY = 1 << 15


def cost_array(resistance, valid):
    """Resistance as float64 with ``inf`` at barriers (invalid cells); checks the values."""
    r = np.asarray(resistance, dtype=np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(r)
    if not ok.any():
        raise InputError(_tr("The resistance raster holds no valid cell."))
    bad = ok & (r <= 0)
    if bad.any():
        rows, cols = np.nonzero(bad)
        raise InputError(
            _tr("The resistance raster holds {} cell(s) with a negative or zero resistance (for example {:g} at "
            "row {}, column {}); resistance is the cost of crossing a cell and must be > 0 "
            "(a cell of zero resistance is free to cross, so least-cost paths wander through "
            "it). Give those cells a small positive resistance (for example 1) or set them "
            "to nodata.").format(int(bad.sum()), float(r[rows[0], cols[0]]), int(rows[0]),
                                int(cols[0])))
    return np.where(ok, r, np.inf)


def _mcp(costs, cell_size, limit=None, progress=None, total=None):
    """The Dijkstra object. With a cancelable ``progress`` the pass polls it every
    :data:`CHECK_EVERY` settled cells (and reports settled / ``total`` cells); on cancel it
    stops and :func:`_find_costs` raises :class:`Canceled`. ``limit``: see
    :func:`_bounded_class`."""
    from skimage.graph import MCP_Geometric
    xres, yres = float(cell_size[0]), float(cell_size[1])
    prog = as_progress(progress)
    watch = prog._is_canceled is not None or prog._cb is not None
    if limit is None and not watch:
        return MCP_Geometric(costs, fully_connected=True, sampling=(yres, xres))
    cls = _bounded_class()
    args = (costs, np.inf if limit is None else limit, prog if watch else None, total)
    kw = dict(fully_connected=True, sampling=(yres, xres))
    if prog._is_canceled is not None and np.size(costs) >= 16 * CHECK_EVERY:
        # building the object takes about 0.5 s per million cells (edge maps, Fortran-order
        # copies: NumPy calls that release the interpreter lock), longer than a cancel may
        # wait on a large raster: built in a helper thread while the cancel is polled
        return interruptible(prog, cls, *args, **kw)
    return cls(*args, **kw)


def _find_costs(mcp, starts):
    """``mcp.find_costs(starts)``; :class:`Canceled` when its progress was canceled."""
    out = mcp.find_costs(starts)
    if getattr(mcp, "canceled", False):
        raise Canceled("canceled by the user")
    return out


_BOUNDED = []


def _bounded_class():
    """``MCP_Geometric`` that stops when the cheapest cell left on the heap costs more than
    ``limit`` (skimage's ``goal_reached`` hook): every cell of cost ≤ limit is then final.
    With a progress it also polls the cancel every :data:`CHECK_EVERY` settled cells and
    stops the search (``canceled`` set) when asked; results are unchanged otherwise."""
    if not _BOUNDED:
        from skimage.graph import MCP_Geometric

        class BoundedMCP(MCP_Geometric):
            def __init__(self, costs, limit, progress=None, total=None, **kw):
                super().__init__(costs, **kw)
                self.limit = float(limit)
                self.progress = progress
                self.total = float(total or costs.size)
                self.settled = 0
                self.countdown = CHECK_EVERY
                self.canceled = False

            def goal_reached(self, index, cumcost):
                if cumcost > self.limit:
                    return 2
                self.countdown -= 1
                if self.countdown == 0 and self.progress is not None:
                    self.countdown = CHECK_EVERY
                    self.settled += CHECK_EVERY
                    try:
                        self.progress(min(self.settled / self.total, 1.0))
                    except Canceled:
                        self.canceled = True
                        return 2
                return 0

            def rearm(self, limit=np.inf, progress=None, total=None):
                """Ready this object for another search over the same costs (its arrays are
                reused, so a full-raster search costs no new allocation)."""
                self.limit = float(limit)
                self.progress = progress
                if total is not None:
                    self.total = float(total)
                self.settled = 0
                self.countdown = CHECK_EVERY
                self.canceled = False

        _BOUNDED.append(BoundedMCP)
    return _BOUNDED[0]


def step_lengths(rows, cols, cell_size):
    """Lengths (map units) of the steps between consecutive cells of a path."""
    dr = np.diff(np.asarray(rows, dtype=np.float64)) * float(cell_size[1])
    dc = np.diff(np.asarray(cols, dtype=np.float64)) * float(cell_size[0])
    return np.hypot(dr, dc)


def path_cost(costs, rows, cols, cell_size):
    """Sum of the step costs ``step × (r_a + r_b)/2`` along a path of cells (independent of the
    Dijkstra: used to check that a traced path costs what the surface says)."""
    rows, cols = np.asarray(rows), np.asarray(cols)
    r = costs[rows, cols]
    return float(np.sum(step_lengths(rows, cols, cell_size) * (r[:-1] + r[1:]) / 2.0))


def _checks_only(progress):
    """A progress that polls the cancel of ``progress`` but reports nothing (the caller
    reports per search)."""
    prog = as_progress(progress)
    if prog._is_canceled is None:
        return None
    from ..progress import Progress
    return Progress(None, prog._is_canceled)


@dataclass
class CostSurface:
    """Result of :func:`cost_distance` or :func:`bounded_cost_distance`.

    ``cost`` is the cumulative cost (``inf`` where unreachable or invalid) over the window whose
    top-left cell is ``origin`` (``(0, 0)`` for a full-raster pass); ``allocation`` (full pass
    only) the label of the nearest source (0 where unreachable)."""
    cost: np.ndarray
    origin: tuple
    mcp: object
    allocation: np.ndarray = None
    limit: float = np.inf

    def trace(self, row, col):
        """Least-cost path from its source cell to the cell (row, col) (raster coordinates):
        ``(rows, cols)`` arrays, source first."""
        r0, c0 = self.origin
        p = np.asarray(self.mcp.traceback((int(row) - r0, int(col) - c0)), dtype=np.int64)
        return p[:, 0] + r0, p[:, 1] + c0


def _allocate(traceback, offsets, labels, cost):
    """Label of the start cell of each cell's least-cost path, by pointer jumping on the
    predecessor array (vectorised, about log2(longest path) passes)."""
    h, w = traceback.shape
    n = h * w
    itype = np.int32 if n < 2**31 - 1 else np.int64
    t = traceback.ravel()
    idx = np.arange(n, dtype=itype)
    pred = idx.copy()
    has = t >= 0
    off = np.asarray(offsets, dtype=np.int64)
    tt = t[has].astype(np.int64)
    pred[has] = (idx[has] - (off[tt, 0] * w + off[tt, 1])).astype(itype)
    del tt, has, idx
    while True:
        nxt = pred[pred]
        if np.array_equal(nxt, pred):
            break
        pred = nxt
    alloc = np.asarray(labels).ravel()[pred].astype(np.int32)
    alloc[~np.isfinite(cost.ravel())] = 0
    return alloc.reshape(h, w)


def cost_distance(costs, sources, cell_size, progress=None):
    """Multi-source cost distance with allocation.

    ``costs``: float64 resistance with ``inf`` at barriers (see :func:`cost_array`);
    ``sources``: int labels, > 0 on source cells (cells on barriers are ignored);
    ``cell_size``: ``(x resolution, y resolution)`` in map units.
    ``progress`` (optional): moves with the settled cells and stops the pass on cancel.
    Returns a :class:`CostSurface` with ``cost`` and ``allocation``.
    """
    lab = np.asarray(sources)
    starts = np.argwhere((lab > 0) & np.isfinite(costs))
    if starts.shape[0] == 0:
        raise InputError(_tr("No source cell lies on a valid resistance cell."))
    prog = as_progress(progress)
    total = int(np.count_nonzero(np.isfinite(costs)))
    mcp = _mcp(costs, cell_size, progress=prog.sub(0.0, 0.85), total=total)
    cum, tb = _find_costs(mcp, starts)
    prog.check()
    cum[~np.isfinite(costs)] = np.inf
    alloc = _allocate(tb, mcp.offsets, lab, cum)
    del tb
    return CostSurface(cost=cum, origin=(0, 0), mcp=mcp, allocation=alloc)


def bounded_cost_distance(costs, rows, cols, cell_size, limit, margin=None, progress=None):
    """Cost distance from the cells ``(rows, cols)`` (one source), exact for every cell whose
    cost is ≤ ``limit``.

    The search stops once every cell of cost ≤ ``limit`` is final, and runs in a window around
    the source (initial ``margin`` cells). A least-cost path of cost ≤ ``limit`` that left the
    window would first reach a window border cell at a cost ≤ ``limit``, and that cost would be
    exact (its path lies inside). So when no border cell (away from the raster edge) has a cost
    ≤ ``limit`` every cost ≤ ``limit`` in the window is exact; otherwise the margin is doubled and
    the search repeated. Costs above ``limit`` are set to ``inf``.
    """
    h, w = costs.shape
    rows, cols = np.asarray(rows), np.asarray(cols)
    r0, r1, c0, c1 = rows.min(), rows.max() + 1, cols.min(), cols.max() + 1
    if margin is None:
        margin = 8
    m = max(int(margin), 1)
    while True:
        a, b = max(r0 - m, 0), min(r1 + m, h)
        c, d = max(c0 - m, 0), min(c1 + m, w)
        sub = costs[a:b, c:d]
        mcp = _mcp(sub, cell_size, limit, progress=_checks_only(progress))
        cum, _ = _find_costs(mcp, np.column_stack([rows - a, cols - c]))
        full = a == 0 and c == 0 and b == h and d == w
        leak = False
        if not full:
            leak = ((a > 0 and (cum[0] <= limit).any())
                    or (b < h and (cum[-1] <= limit).any())
                    or (c > 0 and (cum[:, 0] <= limit).any())
                    or (d < w and (cum[:, -1] <= limit).any()))
        if not leak:
            break
        m *= 2
    cum[~(cum <= limit)] = np.inf
    return CostSurface(cost=cum, origin=(a, c), mcp=mcp, limit=float(limit))
