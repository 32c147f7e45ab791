"""Hydrological routing on a grid, vectorised: pit filling, D8 and MFD flow directions (with
flats drained by the shortest path to an outlet), flow accumulation, weighted accumulation and
distance to channel — each routing pass is one sparse triangular solve.

The conventions are those of pygeoprocessing 2.4 (the routing library of InVEST 3.20), so that
InVEST's SDR can be reproduced cell for cell:

* neighbour ``k`` (0..7) is E, NE, N, NW, W, SW, S, SE (row offsets 0,-1,-1,-1,0,1,1,1; column
  offsets 1,1,0,-1,-1,-1,0,1);
* pits are filled to their pour point; the raster edge and nodata cells drain (8-connected);
* the drop to a diagonal neighbour is divided by √2; D8 takes the steepest drop (the first
  direction on a tie); MFD spreads the flow over every lower neighbour in proportion to the
  drop, each proportion rounded to a 4-bit integer 0..15 (``int(0.5 + 15·s/Σs)``);
* a flat (connected cells of one height) drains by the shortest path (steps 1 and √2) to its
  cells that have a lower neighbour; a flat without any lower neighbour drains over the raster
  edge or into nodata (D8: the first side neighbour off the grid, else the last corner one;
  MFD: all of them, side 1 and corner 1/√2); the distances, and the choice between equally
  short paths, are those of pygeoprocessing's first-in-first-out queues (``_fifo_relax``),
  replayed exactly;
* flow accumulation counts the cell itself.

Once the cells are ordered from the highest to the lowest (and, on a flat, from the farthest to
the nearest drain), every cell drains only to cells after it, so accumulating is solving a
lower-triangular sparse system and routing downstream (distance to channel) an upper-triangular
one (``scipy.sparse.linalg.spsolve_triangular``).
"""
import numpy as np
import scipy.sparse as sp
from scipy.sparse import csgraph
from scipy.sparse.linalg import spsolve_triangular

from ..errors import InputError
from ..i18n import tr as _tr
from ..memory import release
from ..progress import as_progress, interruptible


#: edges per block of per-edge work (:meth:`FlowGraph.blocks`): ≈ 8 MB per float64 temporary
BLOCK = 1 << 20
#: cells per block of per-cell work (a 2 MB float64 temporary)
CELL_BLOCK = 1 << 18
#: edges per block of the triangular solves done block by block (:meth:`FlowGraph.solve_up`):
#: SuperLU's copies (right-hand side, work array) and the system's values are block-sized
SOLVE_BLOCK = 1 << 18


def _nocheck():
    pass


DR = np.array([0, -1, -1, -1, 0, 1, 1, 1])
DC = np.array([1, 1, 0, -1, -1, -1, 0, 1])
SQRT2 = 1.4142135623730951
SQRT2_INV = 1.0 / SQRT2
STEP = np.where(np.arange(8) % 2 == 1, SQRT2, 1.0)
INV_STEP = np.where(np.arange(8) % 2 == 1, SQRT2_INV, 1.0)


def _shift(a, k, fill):
    """Array whose cell (r, c) holds ``a[r + DR[k], c + DC[k]]`` (``fill`` off the grid)."""
    out = np.full(a.shape, fill, dtype=a.dtype)
    dr, dc = DR[k], DC[k]
    rows, cols = a.shape
    r0, r1 = max(0, -dr), min(rows, rows - dr)
    c0, c1 = max(0, -dc), min(cols, cols - dc)
    out[r0:r1, c0:c1] = a[r0 + dr:r1 + dr, c0 + dc:c1 + dc]
    return out


def fill_pits(dem, valid, progress=None):
    """Raise every pit to its pour point (grey-scale reconstruction by erosion, 8-connected);
    cells on the raster edge or next to nodata drain. Returns a float64 array (NaN at nodata).
    """
    from skimage.morphology import reconstruction
    dem = np.asarray(dem)
    valid = np.asarray(valid, bool)
    if not valid.any():
        raise InputError(_tr("the DEM has no valid cell"))
    # the filled heights are heights of the DEM (lo and hi, below and above all of them,
    # never reach a valid cell: every cell has a path to the raster edge), so where every
    # height is a float32 number the reconstruction runs in float32 with the same result
    # (half the memory of its images); otherwise in float64
    v = dem[valid]
    if dem.dtype == np.float32 or (dem.dtype.kind in "iub" and dem.itemsize <= 2) or (
            dem.dtype.kind == "f" and np.array_equal(v.astype(np.float32), v)):
        dem = dem.astype(np.float32, copy=False)
        lo = np.nextafter(np.float32(v.min()), np.float32(-np.inf))
        hi = np.nextafter(np.float32(v.max()), np.float32(np.inf))
    else:
        dem = dem.astype(np.float64, copy=False)
        lo = dem[valid].min() - 1.0
        hi = dem[valid].max() + 1.0
    del v
    mask = np.where(valid, dem, lo)
    drains = np.zeros(valid.shape, bool)
    drains[0, :] = drains[-1, :] = True
    drains[:, 0] = drains[:, -1] = True
    inval = ~valid
    as_progress(progress).check()
    if inval.any():
        for k in range(8):
            drains |= _shift(inval, k, False)
    check = as_progress(progress).check
    check()
    seed = np.where(valid, np.where(drains, dem, hi), lo)
    # one compiled call that releases the interpreter lock: stopped promptly on cancel
    filled = interruptible(progress, reconstruction, seed, mask, method="erosion",
                           footprint=np.ones((3, 3), bool))
    del seed, mask
    filled = filled.astype(np.float64, copy=False)
    filled[~valid] = np.nan
    return filled


class FlowGraph:
    """Flow directions of the valid cells of a grid, as a sparse matrix in topological order.

    Attributes: ``shape``; ``cells`` (flat indices of the valid cells, in topological order:
    every cell drains only to cells after it); ``pos`` (grid → position in ``cells``, -1 at
    nodata); ``P`` (CSR, ``P[i, j]`` = share of cell i's flow that goes to cell j, positions);
    the edges (``src``, ``indices`` = target, ``k`` = direction, ``share`` of the source's
    flow, ``raw`` = the 4-bit weight or 1), grouped by source (CSR ``indptr``);
    ``out_edge`` (bool per position: part of the flow leaves the grid);
    ``weights4`` (MFD: the eight 4-bit integers per position; D8: None) and ``d8`` (D8: the
    direction 0..7 per position, -1 for none).

    Memory: ``src``, ``indices``, ``pos`` and ``share`` are computed on access (each a whole
    per-edge or per-cell array); the routing itself works on blocks of edges
    (:meth:`blocks`, :meth:`src_block`, :meth:`tgt_block`, :meth:`share_block`), and the
    targets are held once, in the layout of the triangular systems.
    """

    def __init__(self, shape, cells, pos, tgt, raw, out_edge, inside_sum, d8=None,
                 weights4=None, check=_nocheck):
        # tgt: (n, 8) target position per direction, -1 none; overwritten here (memory)
        self.shape = shape
        self.cells = cells
        self.out_edge = out_edge
        # Σ of the 4-bit weights inside the grid: integers ≤ 120, exact in a byte (memory)
        self.inside_sum = np.asarray(inside_sum).astype(np.uint8)
        self.d8 = d8
        self.weights4 = weights4
        # (n, 8) edges, row-major so that they come grouped by source, each row sorted by
        # target (targets come after their source in topological order, so with the unit
        # diagonal in front every row of I − M is in canonical order): sort target·8 + k
        n = cells.size
        kt = np.int32 if 8 * (n + 1) < np.iinfo(np.int32).max else np.int64
        if tgt.ndim == 1:
            # one direction per cell (D8): ``tgt`` (n,) the target (-1 none), ``d8`` the
            # direction, ``raw`` (n,) the weight (1, 0 without a direction); no (n, 8)
            # arrays (memory)
            has = tgt >= 0
            counts = has.astype(np.int8)
            kv = tgt[has].astype(kt)
            kv *= 8
            kv += d8[has]
            del has, tgt
        else:
            kv, counts = self._sorted_keys(tgt, kt, check)
            del tgt
        check()
        # int32 indices where they fit (SciPy's triangular solver works with int32 indices:
        # int64 ones would be copied at every solve), the direction as int8
        nnz = int(counts.sum())
        #: at most one target per cell (D8): the downslope solves go block by block
        self.one_target = bool(counts.max(initial=0) <= 1)
        it = np.int32 if n + nnz + 1 < np.iinfo(np.int32).max else np.int64
        self.indptr = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).astype(it)
        del counts
        # the 4-bit weight (D8: 1) and the share of the source's flow: weight / Σ weights of
        # all its directions, those leaving the grid included (pygeoprocessing)
        # (the share is computed when needed, not held: memory; the row sums ≤ 8·15 are
        # exact in a byte and the division is done in float64, as before)
        self._rowsum = (raw.sum(axis=1, dtype=np.int64) if raw.ndim == 2 else raw
                        ).astype(np.uint8)  # (≤ 8·15: a byte)
        check()
        # per block of edges (block-sized temporaries: peak memory): the target, held only
        # in the layout of the triangular systems (I − M with the unit diagonal in front of
        # each row: edge e of source i at e + i + 1; :attr:`indices` and :meth:`tgt_block`
        # read it from there), the direction and the 4-bit weight (int8: exact)
        self._ptr2 = self.indptr + np.arange(n + 1, dtype=it)
        idx = np.empty(self._ptr2[-1], dtype=it)
        self.k = np.empty(nnz, dtype=np.int8)
        self.raw = np.empty(nnz, dtype=np.int8)
        flat = raw.ravel()
        for e0, e1, r0, r1 in self.blocks():
            kb = kv[e0:e1]
            tgt = (kb // 8).astype(it, copy=False)
            k = (kb % 8).astype(np.int8)
            src = self.src_block(r0, r1)
            if np.any(tgt <= src):
                raise RuntimeError("flow directions are not in topological order")
            idx[self._slots(e0, e1, r0, r1)] = tgt
            self.k[e0:e1] = k
            self.raw[e0:e1] = (flat[src.astype(np.int64) * 8 + k] if raw.ndim == 2
                               else flat[src])
        del kv, flat
        idx[self._ptr2[:-1]] = np.arange(n, dtype=it)
        self._idx2 = idx
        self._memo = None
        check()
        #: a core Progress (or None): long solves stop promptly when it is canceled
        self.progress = None

    @staticmethod
    def _sorted_keys(tgt, kt, check):
        """(n, 8) targets (-1 none; overwritten) → the keys target·8 + k of the edges, grouped
        by source and sorted by target within each, and the number of edges per source."""
        big = np.iinfo(kt).max
        neg = tgt < 0
        key = tgt if tgt.dtype == kt else tgt.astype(kt)
        key *= 8
        key += np.arange(8, dtype=kt)
        key[neg] = big
        del neg, tgt
        check()
        key.sort(axis=1)
        check()
        mask = key != big
        counts = mask.sum(axis=1)
        kv = key[mask]
        return kv, counts

    @property
    def n(self):
        return self.cells.size

    @property
    def src(self):
        """Per edge, its source (position); computed on access from ``indptr`` (not held:
        memory; :meth:`src_block` gives a block's)."""
        ptr = self.indptr
        return np.repeat(np.arange(self.n, dtype=ptr.dtype), np.diff(ptr))

    @property
    def nnz(self):
        """Number of edges."""
        return int(self.indptr[-1])

    @property
    def indices(self):
        """Per edge, its target (position); computed on access (not held twice: memory;
        :meth:`tgt_block` gives a block's)."""
        out = np.empty(self.nnz, dtype=self._idx2.dtype)
        for e0, e1, r0, r1 in self.blocks():
            out[e0:e1] = self.tgt_block(e0, e1, r0, r1)
        return out

    def tgt_block(self, e0, e1, r0, r1):
        """The targets of the edges ``e0:e1`` of sources ``r0:r1`` (see :meth:`blocks`)."""
        m = self._memo_of(r0, r1)
        if "tgt" not in m:
            m["tgt"] = self._idx2[self._slots(e0, e1, r0, r1)]
        return m["tgt"]

    def src_block(self, r0, r1):
        """The sources of the edges of sources ``r0:r1`` (see :meth:`blocks`)."""
        m = self._memo_of(r0, r1)
        if "src" not in m:
            ptr = self.indptr
            m["src"] = np.repeat(np.arange(r0, r1, dtype=ptr.dtype), np.diff(ptr[r0:r1 + 1]))
        return m["src"]

    def _memo_of(self, r0, r1):
        """The per-block arrays (sources, slots, targets) of the block of sources ``r0:r1``,
        kept while that block is being worked on (they are asked for several times per
        block), let go of at the end of each pass over the blocks (read-only)."""
        memo = getattr(self, "_memo", None)
        if memo is None or memo[0] != (r0, r1):
            memo = self._memo = ((r0, r1), {})
        return memo[1]

    @property
    def pos(self):
        """Grid (flat index) → position in ``cells``, -1 at nodata (computed on access)."""
        pos = np.full(self.shape[0] * self.shape[1], -1, dtype=np.int64)
        pos[self.cells] = np.arange(self.cells.size)
        return pos

    @property
    def share(self):
        """Per edge, the share of the source's flow: 4-bit weight / Σ of the source's
        weights, those leaving the grid included (pygeoprocessing); float64, computed on
        each access (not held: memory)."""
        return np.divide(self.raw, self._rowsum[self.src], dtype=np.float64)

    @property
    def edges(self):
        """``(src, target, direction, share)`` per edge."""
        return self.src, self.indices, self.k, self.share

    def release_edges(self):
        """Let go of the edge arrays (after the last routing pass: memory); :meth:`to_grid`,
        :meth:`from_grid` and ``cells`` keep working, the routing does not."""
        self.indptr = self._ptr2 = self._idx2 = self.k = self.raw = None
        self._rowsum = self.inside_sum = self.out_edge = self._memo = None

    def to_grid(self, values, fill=np.nan):
        out = np.full(self.shape[0] * self.shape[1], fill, dtype=np.float64)
        out[self.cells] = values
        return out.reshape(self.shape)

    def from_grid(self, grid):
        return np.asarray(grid, dtype=np.float64).ravel()[self.cells]

    def csr(self, data):
        """A matrix with the sparsity of the flow (row = source cell, column = target cell)
        and the given values, one per edge (CSR, built without conversion)."""
        return sp.csr_matrix((data, self.indices, self.indptr), shape=(self.n, self.n))

    def blocks(self, size=None):
        """The edges in blocks of about ``size`` (default :data:`BLOCK`) edges that never
        split a source's row:
        ``(e0, e1, r0, r1)`` = edges ``e0:e1``, sources ``r0:r1``. Per-edge work done block by
        block needs only block-sized temporaries (peak memory), and sums over a source's
        edges (``np.bincount`` by source) add the same numbers in the same order as over the
        whole array: the same bits."""
        ptr = self.indptr
        nnz = int(ptr[-1])
        size = BLOCK if size is None else int(size)
        rows = np.searchsorted(ptr, np.arange(0, nnz, size), side="right") - 1
        rows = np.unique(np.concatenate([[0], rows[rows < self.n], [self.n]]))
        for r0, r1 in zip(rows[:-1].tolist(), rows[1:].tolist()):
            yield int(ptr[r0]), int(ptr[r1]), r0, r1
        self._memo = None

    def share_block(self, e0, e1, r0, r1):
        """:attr:`share` of the edges ``e0:e1`` of sources ``r0:r1`` (the same values)."""
        return np.divide(self.raw[e0:e1], self._rowsum[self.src_block(r0, r1)],
                         dtype=np.float64)

    def row_sums(self, values):
        """Σ over each source's edges of ``values(e0, e1, r0, r1)`` (per-edge values of one
        block), as ``np.bincount(src, weights, minlength=n)`` of the whole per-edge array
        would give them (the same bits), block by block."""
        out = np.zeros(self.n)
        for e0, e1, r0, r1 in self.blocks():
            w = values(e0, e1, r0, r1)
            out[r0:r1] = np.bincount(self.src_block(r0, r1) - r0, weights=w,
                                     minlength=r1 - r0)
        return out

    def _system(self, data):
        """I − M with M = csr(data), the unit diagonal stored explicitly in front of each row
        (so that SciPy's triangular solver need neither insert it nor sort). ``data``: one
        value per edge, a function returning them, or a :class:`Blocks` (filled block by
        block: no whole per-edge temporary). Edge e of source i sits at e + i + 1."""
        vals = np.empty(self._ptr2[-1])
        values = self._edge_values(data)
        for e0, e1, r0, r1 in self.blocks():
            vals[self._slots(e0, e1, r0, r1)] = -values(e0, e1, r0, r1)
        _let_go(data)  # (its closures and their arrays, before the solve)
        del data, values
        vals[self._ptr2[:-1]] = 1.0
        m = sp.csr_matrix((vals, self._idx2, self._ptr2), shape=(self.n, self.n))
        m.has_sorted_indices = True
        m.has_canonical_format = True
        return m

    def _slots(self, e0, e1, r0, r1):
        m = self._memo_of(r0, r1)
        if "slots" not in m:
            m["slots"] = np.arange(e0, e1) + self.src_block(r0, r1) + 1
        return m["slots"]

    def solve_up(self, data, b):
        """x = b + Mᵀx with M = csr(data): accumulate from upslope (lower triangular).
        ``data`` per edge, a :class:`Blocks`, or a function returning the per-edge array;
        ``b`` (n,) or (n, k) is overwritten (the callers pass arrays of their own: one copy
        less). Solved block by block (:meth:`_solve_up_blocks`): the same bits as one solve
        of the whole system, with block-sized memory."""
        return interruptible(self.progress, lambda: self._solve_up_blocks(data, _rhs(b)))

    def solve_down(self, data, b):
        """x = b + Mx with M = csr(data): gather from downslope (upper triangular); as
        :meth:`solve_up` for ``data`` and ``b``. One target per cell (D8): block by block
        (:meth:`_solve_down_blocks`); otherwise one solve of the whole system."""
        if self.nnz and self.one_target:
            return interruptible(self.progress,
                                 lambda: self._solve_down_blocks(data, _rhs(b)))
        # the system is built inside the interruptible call too (large array work)
        return interruptible(self.progress, lambda: spsolve_triangular(
            _trimmed(self._system(data)), _rhs(b), lower=False, unit_diagonal=True,
            overwrite_A=True, overwrite_b=True))

    def _block_system(self, v, t, e0, r0, r1, inside):
        """Rows ``r0:r1`` of I − M restricted to the targets inside the block (CSR, the
        unit diagonal in front of each row, columns relative to ``r0``). The targets of a
        source are sorted, so its edges inside the block come first: edge e of source i
        sits at ptr[i − r0] + 1 + (e − indptr[i])."""
        it = self._idx2.dtype
        nb = r1 - r0
        ei = np.flatnonzero(inside)
        s = self.src_block(r0, r1)[ei]
        cnt = np.bincount(s - r0, minlength=nb)
        cnt += 1
        ptr = np.zeros(nb + 1, dtype=it)
        np.cumsum(cnt, out=ptr[1:])
        del cnt
        idx = np.empty(int(ptr[-1]), dtype=it)
        val = np.empty(int(ptr[-1]))
        idx[ptr[:-1]] = np.arange(nb, dtype=it)
        val[ptr[:-1]] = 1.0
        slot = ptr[s - r0] + 1 + (ei + e0 - self.indptr[s])
        idx[slot] = t[ei] - r0
        val[slot] = -v[ei]
        m = sp.csr_matrix((val, idx, ptr), shape=(nb, nb))
        m.has_sorted_indices = True
        m.has_canonical_format = True
        return m

    def _edge_values(self, data):
        """``data`` (per-edge array, a function returning it, or a :class:`Blocks`) as a
        function of a block ``(e0, e1, r0, r1)``."""
        if not isinstance(data, Blocks) and callable(data):
            data = data()
        if isinstance(data, Blocks):
            return data
        return lambda e0, e1, r0, r1: data[e0:e1]

    def _solve_up_blocks(self, data, b):
        """x = b + Mᵀx block by block of sources, in their (topological) order: each
        block's own lower-triangular system is solved with SuperLU, then the block's
        values are pushed to the targets in later blocks (``np.add.at``: one source after
        the other, in order). SuperLU's forward substitution adds a column's value to its
        rows one column after the other in the same order (rhs_i −= x_j·(−m_ji), which is
        rhs_i + m_ji·x_j exactly), so every cell receives the same terms in the same order
        as in one solve of the whole system: the same bits (tests/core/
        test_routing_blocks.py). Memory: SuperLU's copies of the right-hand side and its
        work array, and the system's values, are those of one block."""
        if self.n == 0:
            return b
        values = self._edge_values(data)
        check = as_progress(self.progress).check
        for e0, e1, r0, r1 in self.blocks(SOLVE_BLOCK):
            v = values(e0, e1, r0, r1)
            t = self.tgt_block(e0, e1, r0, r1)
            inside = t < r1
            m = self._block_system(v, t, e0, r0, r1, inside)
            b[r0:r1] = spsolve_triangular(m.T, _rhs(b[r0:r1]), lower=True,
                                          unit_diagonal=True, overwrite_A=True,
                                          overwrite_b=True)
            del m
            out = ~inside
            if out.any():
                tt, vv = t[out], v[out]
                ss = self.src_block(r0, r1)[out]
                if b.ndim == 1:
                    np.add.at(b, tt, vv * b[ss])
                else:
                    for j in range(b.shape[1]):
                        col = b[:, j]
                        np.add.at(col, tt, vv * col[ss])
            check()
        _let_go(data)
        return b

    def _solve_down_blocks(self, data, b):
        """x = b + Mx for a graph with at most one target per cell (D8), block by block
        from the last: the cells whose target lies in a later block (already solved) get
        x_i = b_i + m_i·x_t, then the block's own upper-triangular system is solved with
        SuperLU. With one term per cell the order of the sums cannot differ from one solve
        of the whole system (rhs_i −= (−m_i)·x_t is rhs_i + m_i·x_t exactly): the same
        bits, with block-sized memory."""
        if self.n == 0:
            return b
        values = self._edge_values(data)
        check = as_progress(self.progress).check
        for e0, e1, r0, r1 in reversed(list(self.blocks(SOLVE_BLOCK))):
            v = values(e0, e1, r0, r1)
            t = self.tgt_block(e0, e1, r0, r1)
            inside = t < r1
            out = ~inside
            if out.any():
                ss = self.src_block(r0, r1)[out]
                b[ss] += v[out] * b[t[out]]
            m = self._block_system(v, t, e0, r0, r1, inside)
            b[r0:r1] = spsolve_triangular(m, _rhs(b[r0:r1]), lower=False,
                                          unit_diagonal=True, overwrite_A=True,
                                          overwrite_b=True)
            del m
            check()
        _let_go(data)
        return b

    def accumulate(self, weight, overwrite=False):
        """Σ of ``weight`` over each cell and every cell upslope, each upslope cell counted
        with the share of its flow that reaches the cell (``weight`` by position; 1-D or 2-D
        with one column per weight; used as the solver's work array when ``overwrite``)."""
        b = _rhs(weight) if overwrite else np.array(weight, dtype=np.float64, order="F")
        if self.n == 0:
            return b
        return self.solve_up(Blocks(self.share_block), b)


class Blocks:
    """Per-edge values given block by block: ``fn(e0, e1, r0, r1)`` returns those of the edges
    ``e0:e1`` (sources ``r0:r1``; see :meth:`FlowGraph.blocks`). Passed as the ``data`` of a
    solve, the system is filled without a whole per-edge temporary (peak memory)."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, e0, e1, r0, r1):
        return self.fn(e0, e1, r0, r1)


def _let_go(data):
    """A :class:`Blocks` lets go of its function (its closures and their arrays) once
    the system holds its values (peak memory)."""
    if isinstance(data, Blocks):
        data.fn = None


def _once(a):
    """A function that hands ``a`` over once and forgets it: passed as the ``data`` of a
    solve, the per-edge array is let go of as soon as the system holds its values."""
    box = [a]
    return box.pop


def _trimmed(m):
    """``m``, after handing the memory freed while building it (block temporaries) back to
    the system: the solver's own allocations come on top of what is in use, not of the
    heap's high-water mark (peak memory)."""
    release()
    return m


def _rhs(b):
    """float64, Fortran-ordered (SuperLU's layout: no further copy)."""
    return np.asarray(b, dtype=np.float64, order="F")


def _topological_cells(filled, valid, dist):
    """Valid cells sorted by height (high first), then by distance to the flat's drain (far
    first)."""
    flat = np.flatnonzero(valid.ravel())
    h = filled.ravel()[flat]
    d = dist.ravel()[flat]
    order = np.lexsort((-d, -h))
    cells = flat[order]
    if valid.size < 2 ** 31:
        cells = cells.astype(np.int32)  # (memory)
    pos = np.full(valid.size, -1, dtype=np.int64)
    pos[cells] = np.arange(cells.size)
    return cells, pos


def _heights(filled, valid):
    """Heights with NaN at nodata."""
    return np.where(valid, filled, np.nan)


def _drop(h, k):
    """Drop to neighbour ``k`` (÷√2 on diagonals), NaN where it is off the grid or nodata
    (``h``: :func:`_heights`). One direction at a time: the eight are never held together
    (peak memory)."""
    d = _shift(h, k, np.nan)
    np.subtract(h, d, out=d)
    if k % 2:
        d *= SQRT2_INV
    return d


def _nodata_neighbours(h):
    """(8, rows, cols) bool 'neighbour k is off the grid or nodata'."""
    nod = np.empty((8,) + h.shape, bool)
    for k in range(8):
        nod[k] = np.isnan(_shift(h, k, np.nan))
    return nod


def _drops(filled, valid):
    """(8, rows, cols) drops to each neighbour (:func:`_drop`) and :func:`_nodata_neighbours`
    (the eight together: for small grids and checks; the routing takes one at a time)."""
    h = _heights(filled, valid)
    drops = np.empty((8,) + h.shape)
    for k in range(8):
        drops[k] = _drop(h, k)
    return drops, _nodata_neighbours(h)


def _flats(filled, valid, has_down, nod, check=_nocheck):
    """Resolve the flats (connected cells of one height with no lower neighbour, plus the
    cells of the same height joined to them). Returns ``(dist, pred, nodata_drain,
    unreached)``: ``dist`` the shortest-path distance (steps 1 and √2) of each flat cell to
    its drain, summed as pygeoprocessing sums it (0 off flats); ``pred`` the grid index of
    the neighbour a D8 flat cell drains to (-1 none); ``nodata_drain`` the flat cells that
    drain over the edge or into nodata (flats without a lower cell); ``unreached`` flat
    cells with no drain at all."""
    rows, cols = filled.shape
    dist = np.zeros(filled.shape)
    nodata_drain = np.zeros(filled.shape, bool)
    pred = np.full(filled.size, -1, dtype=np.int64)
    flat = valid & ~has_down
    if not flat.any():
        return dist, pred, nodata_drain, np.zeros(filled.shape, bool)
    h = np.where(valid, filled, np.nan)
    # equal-height edges (E, SE, S, SW) between valid cells (int32 indices: less memory)
    it = np.int32 if filled.size < np.iinfo(np.int32).max else np.int64
    idx = np.arange(filled.size, dtype=it).reshape(filled.shape)
    src, dst, ks = [], [], []
    for k in (0, 7, 6, 5):
        nh = _shift(h, k, np.nan)
        r, c = np.nonzero(nh == h)
        src.append(idx[r, c])
        dst.append(idx[r + DR[k], c + DC[k]])
        ks.append(np.full(r.size, k, dtype=np.int8))
        del r, c, nh
    del idx
    check()
    src = np.concatenate(src)
    dst = np.concatenate(dst)
    ks = np.concatenate(ks)
    # only the components that hold a flat cell matter
    n = filled.size
    check()
    g = sp.csr_matrix((np.ones(src.size, dtype=np.float32), (src, dst)), shape=(n, n))
    ncomp, lab = csgraph.connected_components(g, directed=False)
    del g
    check()
    flat_flat = flat.ravel()
    comp_has_flat = np.zeros(ncomp, bool)
    comp_has_flat[lab[flat_flat]] = True
    in_flat_comp = comp_has_flat[lab] & valid.ravel()
    down = has_down.ravel() & in_flat_comp
    comp_has_down = np.zeros(ncomp, bool)
    comp_has_down[lab[down]] = True
    edge_cell = nod.any(axis=0).ravel()
    # sources: lower-neighbour cells, or, on flats without one, cells next to nodata/edge
    no_down_comp = in_flat_comp & ~comp_has_down[lab]
    nodata_src = no_down_comp & edge_cell
    sources = np.flatnonzero(down | nodata_src)
    nodata_drain = nodata_src.reshape(filled.shape)
    keep = in_flat_comp[src]
    src, dst, ks = src[keep], dst[keep], ks[keep]
    del keep
    nodes = np.flatnonzero(in_flat_comp)
    loc = np.full(n, -1, dtype=it)  # (int32 node numbers and int8 directions: memory)
    loc[nodes] = np.arange(nodes.size, dtype=it)
    # both directions of every equal-height edge, grouped by source, each source's edges in
    # direction order 0..7 (the order pygeoprocessing visits the neighbours): through a
    # (node, direction) table read row by row, no sort
    nb = np.full((nodes.size, 8), -1, dtype=it)
    ls, ld = loc[src], loc[dst]
    nb[ls, ks] = ld
    nb[ld, (ks + 4) % 8] = ls
    del src, dst, ks, ls, ld
    has = nb >= 0
    a = np.repeat(np.arange(nodes.size, dtype=it), has.sum(axis=1))
    b = nb[has]
    k = np.broadcast_to(np.arange(8, dtype=np.int8), nb.shape)[has]
    del nb, has
    check()
    comp = lab[nodes]
    # the drains enter the queue in the order the plateau search (first in, first out, from
    # the flat's first undrained cell in block scan order) meets them
    flat_loc = loc[np.flatnonzero(flat_flat & in_flat_comp)]
    r, c = nodes // cols, nodes % cols
    scan = ((r >> 8) * ((cols + 255) >> 8) + (c >> 8)) * (1 << 16) + (r & 255) * 256 + (c & 255)
    del r, c
    cand = flat_loc[np.lexsort((scan[flat_loc], comp[flat_loc]))]
    first_of_comp = cand[np.unique(comp[cand], return_index=True)[1]]
    roots = first_of_comp[np.argsort(scan[first_of_comp])]
    del scan, cand, first_of_comp
    src_loc = loc[sources]
    if src_loc.size:
        bfs_order, _ = _layered_bfs(nodes.size, a, b, k, roots, check)
        seeds = src_loc[np.argsort(bfs_order[src_loc], kind="stable")]
        del bfs_order
    else:
        seeds = src_loc
    d, pr = _fifo_relax(nodes.size, a, b, k, seeds, comp, check)
    check()
    fin = np.isfinite(d)
    dist.ravel()[nodes] = np.where(fin, d, 0.0)
    ok = pr >= 0
    pred[nodes[ok]] = nodes[pr[ok]]
    unreached = np.zeros(filled.size, bool)
    unreached[nodes[~fin]] = True
    return dist, pred, nodata_drain, unreached.reshape(filled.shape)


def _fifo_relax(n, a, b, k, seeds, comp, check=_nocheck):
    """pygeoprocessing's plateau drain (``flow_dir_d8`` / ``flow_dir_mfd``), exactly: a
    first-in-first-out queue starts with the ``seeds`` (distance 0); a popped cell reads its
    *current* distance d and, for each neighbour in direction order, sets the neighbour's
    distance to d + step (1 or √2, a float sum) and its predecessor to the cell when that is
    strictly smaller than the neighbour's distance, pushing the neighbour again each time.

    Emulated in batches (one Python step per batch, not per cell): a batch is the longest
    prefix of each flat's queue in which no cell is improved by an earlier cell of the same
    prefix before it is popped, so every pop of the batch reads the distance of the batch
    start; the batch's candidate updates, in queue order then direction, are applied as a
    strict running minimum per target, and every strict improvement is pushed in that order.
    Flats (``comp``) are independent, each with its own queue; they share one array here,
    each flat's items in their own order. Edges ``a → b`` (direction ``k``) sorted by ``a``
    then ``k``. Returns ``(dist, pred)``: distance (inf unreached) and the predecessor (-1 for
    the seeds and unreached cells), both by node."""
    dist = np.full(n, np.inf)
    pred = np.full(n, -1, dtype=np.int64)
    if seeds.size == 0:
        return dist, pred
    dist[seeds] = 0.0
    et_t = np.int32 if a.size < np.iinfo(np.int32).max else np.int64
    indptr = np.searchsorted(a, np.arange(n + 1)).astype(et_t)
    _, comp = np.unique(comp, return_inverse=True)  # 0 .. number of flats − 1
    in_queue = np.full(n, -1, dtype=np.int64)  # last batch in whose queue the node was
    target_of = np.full(n, -1, dtype=np.int64)  # last batch in which it was improved
    cut = np.full(comp.max() + 1, np.iinfo(np.int64).max, dtype=np.int64)
    q = seeds
    batch = 0
    while q.size:
        check()
        L = q.size
        cnt = indptr[q + 1] - indptr[q]
        tot = int(cnt.sum())
        if tot == 0:
            break
        item = np.repeat(np.arange(L, dtype=et_t), cnt)  # in queue order, then direction
        e = np.repeat(indptr[q] - np.cumsum(cnt, dtype=et_t) + cnt, cnt)
        e += np.arange(tot, dtype=et_t)
        et = b[e]
        ev = dist[q[item]] + STEP[k[e]]
        m = ev < dist[et]  # can improve on the batch-start distance at all
        item, et, ev = item[m], et[m], ev[m]
        del e, m
        if item.size == 0:
            break
        # strict running minimum per target, in event order
        o = np.argsort(et, kind="stable")
        ts = et[o]
        newg = np.concatenate([[True], ts[1:] != ts[:-1]])
        gid = np.cumsum(newg) - 1
        gfirst = np.flatnonzero(newg)
        rank = np.arange(ts.size) - gfirst[gid]
        cur = dist[ts[gfirst]]
        vs = ev[o]
        imp_s = np.zeros(ts.size, bool)
        for rr in range(int(rank.max()) + 1):
            sel = np.flatnonzero(rank == rr)
            g = gid[sel]
            better = vs[sel] < cur[g]
            imp_s[sel] = better
            cur[g] = np.where(better, vs[sel], cur[g])
        imp = np.zeros(item.size, bool)
        imp[o] = imp_s
        del o, ts, newg, gid, gfirst, rank, cur, vs, imp_s
        # conflicts: an improved target still waiting in the queue after its improver
        ii, tt = item[imp], et[imp]
        in_queue[q] = batch
        waiting = in_queue[tt] == batch
        in_batch = None
        if waiting.any():
            ii, tt = ii[waiting], tt[waiting]
            target_of[tt] = batch
            qpos = np.flatnonzero(target_of[q] == batch)  # queue items that are improved
            key = q[qpos].astype(np.int64) * L + qpos  # sorted by node, then position
            o = np.argsort(key)
            key = key[o]
            j = np.searchsorted(key, tt.astype(np.int64) * L + ii + 1)
            hit = j < key.size
            hit[hit] = key[j[hit]] // L == tt[hit]
            if hit.any():
                jpos = key[j[hit]] % L  # the improved item waits at jpos: its flat's cut
                cj = comp[q[jpos]]
                np.minimum.at(cut, cj, jpos)
                in_batch = np.arange(L) < cut[comp[q]]
                cut[cj] = np.iinfo(np.int64).max
                # (events of a flat's later items come after all of its batch events, so
                # the running minimum of the batch events is unchanged by dropping them)
                imp &= in_batch[item]
        # apply: the last strict improvement of each target holds its minimum
        ii, tt, vv = item[imp], et[imp], ev[imp]
        o2 = np.argsort(tt, kind="stable")
        t2 = tt[o2]
        last = np.concatenate([t2[1:] != t2[:-1], [True]])
        w = o2[last]
        dist[tt[w]] = vv[w]
        pred[tt[w]] = q[ii[w]]
        # next queue: each flat's remaining items, then its new pushes in event order
        q = tt if in_batch is None else np.concatenate([q[~in_batch], tt])
        batch += 1
    return dist, pred


def _layered_bfs(n, a, b, k, seeds, check=_nocheck):
    """First-in-first-out breadth-first search, one layer at a time: ``seeds`` (in queue
    order) form layer 0; a node joins the next layer when first reached, its queue position
    being that of the earliest node that reaches it, then the direction ``k`` (0..7).
    Edges ``a → b`` must be sorted by ``a``. Returns ``(order, layer)``: the queue position of
    every node (-1 unreached) and its layer."""
    indptr = np.searchsorted(a, np.arange(n + 1))
    order = np.full(n, -1, dtype=np.int64)
    layer = np.full(n, -1, dtype=np.int64)
    order[seeds] = np.arange(seeds.size)
    layer[seeds] = 0
    frontier = seeds
    nxt = seeds.size
    lay = 0
    while frontier.size:
        check()
        cnt = indptr[frontier + 1] - indptr[frontier]
        tot = int(cnt.sum())
        if tot == 0:
            break
        start = np.repeat(indptr[frontier], cnt)
        off = np.arange(tot) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        e = start + off
        ea, eb, ek = a[e], b[e], k[e]
        m = layer[eb] < 0
        ea, eb, ek = ea[m], eb[m], ek[m]
        if ea.size == 0:
            break
        o = np.lexsort((ek, order[ea]))
        eb = eb[o]
        first = np.unique(eb, return_index=True)[1]
        first.sort()
        newb = eb[first]
        lay += 1
        layer[newb] = lay
        order[newb] = nxt + np.arange(newb.size)
        nxt += newb.size
        frontier = newb
    return order, layer


def flow_dir_d8(filled, valid, progress=None):
    """D8 flow graph (see the module notes for the conventions)."""
    valid = np.asarray(valid, bool)
    rows, cols = filled.shape
    check = as_progress(progress).check
    h = _heights(filled, valid)
    nod = _nodata_neighbours(h)
    # steepest drop, the first direction on a tie (argmax over the eight, kept as a running
    # maximum: one direction's drops at a time)
    best = np.zeros(h.shape, np.int8)
    bestv = np.full(h.shape, -np.inf)
    for k in range(8):
        check()
        dz = np.nan_to_num(_drop(h, k), copy=False, nan=-np.inf)
        upd = dz > bestv
        best[upd] = k
        np.maximum(bestv, dz, out=bestv)
        del dz, upd
    del h
    has_down = valid & (bestv > 0)
    direction = np.where(has_down, best, -1).astype(np.int8)
    del best, bestv
    release()
    dist, pred, nodata_drain, _ = _flats(filled, valid, has_down, nod,
                                         as_progress(progress).check)
    # flat cells drained over nodata: first side neighbour off grid, else last corner one
    if nodata_drain.any():
        r, c = np.nonzero(nodata_drain)
        nd = nod[:, r, c]
        side = nd[0::2]
        corner = nd[1::2]
        k_side = 2 * np.argmax(side, axis=0)
        k_corner = 2 * (3 - np.argmax(corner[::-1], axis=0)) + 1
        direction[r, c] = np.where(side.any(axis=0), k_side, k_corner)
    # other flat cells: towards their predecessor in the plateau drain queue
    fl = valid & ~has_down & ~nodata_drain
    fi = np.flatnonzero(fl.ravel())
    p = pred[fi]
    okp = p >= 0
    fi, p = fi[okp], p[okp]
    drr = p // cols - fi // cols
    dcc = p % cols - fi % cols
    kk = np.full(fi.size, -1)
    for k in range(8):
        kk[(drr == DR[k]) & (dcc == DC[k])] = k
    direction.ravel()[fi] = kk
    del nod, pred, nodata_drain, fl, fi, p, okp, drr, dcc, kk, has_down
    release()
    check()
    return _d8_graph(direction, filled, valid, dist, check)


def _targets(pos, cells, shape):
    """(n, 8) position of each cell's neighbour k (-1 off the grid or nodata) and (n, 8)
    'neighbour k is inside the grid'."""
    pg = pos.reshape(shape)
    tg = np.empty((cells.size, 8), dtype=np.int32 if cells.size < 2 ** 31 else np.int64)
    ins = np.empty((cells.size, 8), bool)
    one = np.ones(shape, bool)
    for k in range(8):
        tg[:, k] = _shift(pg, k, -1).ravel()[cells]
        ins[:, k] = _shift(one, k, False).ravel()[cells]
    return tg, ins


def _d8_graph(direction, filled, valid, dist, check=_nocheck):
    shape = filled.shape
    rows, cols = shape
    cells, pos = _topological_cells(filled, valid, dist)
    check()
    d = direction.ravel()[cells]
    has = d >= 0
    # the one target of each cell (no (n, 8) arrays: memory), by blocks of cells
    it = np.int32 if cells.size < 2 ** 31 else np.int64
    tgt = np.full(cells.size, -1, dtype=it)
    inside = np.zeros(cells.size, bool)  # the neighbour it drains to is inside the grid
    step = CELL_BLOCK
    for i in range(0, cells.size, step):
        c = cells[i:i + step]
        k = np.where(has[i:i + step], d[i:i + step], 0)
        rn = c // cols + DR[k]
        cn = c % cols + DC[k]
        ins = has[i:i + step] & (rn >= 0) & (rn < rows) & (cn >= 0) & (cn < cols)
        inside[i:i + step] = ins
        tgt[i:i + step][ins] = pos[(rn * cols + cn)[ins]]
    del pos
    out_edge = has & (tgt < 0)
    check()
    return FlowGraph(shape, cells, None, tgt, has.astype(np.int8), out_edge,
                     inside.astype(np.float32), d8=d, check=check)


def _quantise(weights, total):
    """pygeoprocessing's 4-bit proportions ``int(0.5 + w/Σw·15)`` (w, Σw as given)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        q = np.floor(0.5 + weights / total * 15.0)
    return np.where(total > 0, q, 0).astype(np.int64)


def flow_dir_mfd(filled, valid, progress=None):
    """MFD flow graph with pygeoprocessing's 4-bit proportions (see the module notes)."""
    check = as_progress(progress).check
    valid = np.asarray(valid, bool)
    rows, cols = filled.shape
    heights = _heights(filled, valid)
    nod = _nodata_neighbours(heights)

    def pos_drop(k):  # only the lower neighbours (one direction at a time: memory)
        d = np.nan_to_num(_drop(heights, k), copy=False, nan=0.0)
        return np.maximum(d, 0.0, out=d)
    total = np.zeros(filled.shape)
    for k in range(8):  # sequential sum, as pygeoprocessing adds them
        check()
        total += pos_drop(k)
    has_down = valid & (total > 0)
    q = np.zeros((rows * cols, 8), dtype=np.int8)  # cell-major: rows gathered at once
    hidx = np.flatnonzero(has_down)
    flat_total = total.ravel()
    step = CELL_BLOCK  # in blocks of cells, to bound the temporaries
    for k in range(8):  # (the drops computed again: the same numbers)
        flat_drop = pos_drop(k).ravel()
        for b0 in range(0, hidx.size, step):
            check()
            ii = hidx[b0:b0 + step]
            q[ii, k] = _quantise(flat_drop[ii], flat_total[ii])
        del flat_drop
    heights = None  # (the closure's; let go of: memory)
    del flat_total, total, hidx
    release()
    dist, pred, nodata_drain, _ = _flats(filled, valid, has_down, nod,
                                         as_progress(progress).check)
    if nodata_drain.any():
        r, c = np.nonzero(nodata_drain)
        wn = nod[:, r, c] * INV_STEP[:, None]
        tot = np.zeros(r.size)
        for k in range(8):
            tot += wn[k]
        q[r * cols + c] = _quantise(wn, tot[None]).T
    check()
    fl = valid & ~has_down & ~nodata_drain
    if fl.any():
        r, c = np.nonzero(fl)
        dcell = dist[r, c]
        wn = np.zeros((8, r.size))
        hc = filled[r, c]
        for k in range(8):
            check()
            rn, cn = r + DR[k], c + DC[k]
            ins = (rn >= 0) & (rn < rows) & (cn >= 0) & (cn < cols)
            rn_, cn_ = np.where(ins, rn, 0), np.where(ins, cn, 0)
            same = ins & valid[rn_, cn_] & (filled[rn_, cn_] == hc)
            lower = same & (dist[rn_, cn_] < dcell)
            wn[k] = np.where(lower, INV_STEP[k], 0.0)
        tot = np.zeros(r.size)
        for k in range(8):
            tot += wn[k]
        q[r * cols + c] = _quantise(wn, tot[None]).T
        del r, c, dcell, wn, hc, tot
    del nod, pred, nodata_drain, fl, has_down
    release()
    check()
    return _mfd_graph(q, filled, valid, dist, check)


def _mfd_graph(q, filled, valid, dist, check=_nocheck):
    shape = filled.shape
    cells, pos = _topological_cells(filled, valid, dist)
    check()
    qc = q[cells]  # (n, 8) int8
    tg, ins = _targets(pos, cells, shape)
    check()
    has = qc > 0
    out_edge = (has & (tg < 0)).any(axis=1)
    inside_sum = np.where(has & ins, qc, 0).sum(axis=1).astype(np.float32)
    del ins
    tg[~has] = -1  # in place: only the directions that take flow
    del has
    check()
    return FlowGraph(shape, cells, pos, tg, qc, out_edge, inside_sum, weights4=qc.T,
                     check=check)


def flow_direction(filled, valid, method="mfd", progress=None):
    """D8 or MFD flow graph; ``progress`` (optional) is polled in the long loops and set on
    the graph, whose solves then stop promptly on cancel."""
    if method == "d8":
        g = flow_dir_d8(filled, valid, progress)
    elif method == "mfd":
        g = flow_dir_mfd(filled, valid, progress)
    else:
        raise ValueError(method)
    g.progress = progress
    return g


def reaches(graph, target):
    """Bool per position: some of the cell's flow reaches a ``target`` cell (targets
    included)."""
    t = np.asarray(target, bool)

    def data(e0, e1, r0, r1):  # block by block (peak memory)
        v = graph.share_block(e0, e1, r0, r1)
        v[t[graph.src_block(r0, r1)]] = 0.0  # flow stops at targets
        return v
    x = graph.solve_down(Blocks(data), t.astype(np.float64))
    return x > 0


def _mfd_distance_system(graph, keep, w):
    """The right-hand side and the per-edge values (:class:`Blocks`) of the MFD distance to
    channel (see :func:`distance_to_channel`); the row sums they need live in this scope
    only, so that they are let go of once the system is filled (peak memory)."""
    src_block, tgt_block = graph.src_block, graph.tgt_block

    def q4(e0, e1, r0, r1):
        q = graph.raw[e0:e1].astype(np.float64)
        q[~keep(e0, e1, r0, r1)] = 0.0
        return q
    tot = graph.row_sums(q4)

    def share(e0, e1, r0, r1):
        drop = ~keep(e0, e1, r0, r1)
        q = graph.raw[e0:e1].astype(np.float64)
        q[drop] = 0.0
        with np.errstate(invalid="ignore", divide="ignore"):
            np.divide(q, tot[src_block(r0, r1)], out=q)
        q[drop] = 0.0
        return q

    def weighted(e0, e1, r0, r1):
        wt = w[tgt_block(e0, e1, r0, r1)].astype(np.float64)
        wt *= share(e0, e1, r0, r1)
        return wt
    return graph.row_sums(weighted), Blocks(share)


def distance_to_channel(graph, channel, weight, method):
    """pygeoprocessing's ``distance_to_channel_d8/_mfd`` with a weight (by position).

    D8: d = 0 on channels, d_i = w_i + d_down(i) (the cell's own weight).
    MFD: d = 0 on channels, d_i = Σ_n p_in (w_n + d_n) / Σ_n p_in over the downstream
    neighbours n that reach a channel (the neighbour's weight), with the 4-bit proportions.
    Cells none of whose flow reaches a channel get NaN.
    """
    check = as_progress(graph.progress).check
    ch = np.asarray(channel, bool)
    w = np.asarray(weight)  # (used as float64; a float32 weight is converted where used)
    ok = reaches(graph, ch)
    check()
    src_block, tgt_block = graph.src_block, graph.tgt_block

    # (per-edge values block by block: no whole per-edge temporary, peak memory; the sums
    # by source are the same as over the whole arrays, see FlowGraph.blocks)
    def keep(e0, e1, r0, r1):
        return ~ch[src_block(r0, r1)] & ok[tgt_block(e0, e1, r0, r1)]
    if method == "d8":
        data = Blocks(lambda e0, e1, r0, r1: keep(e0, e1, r0, r1).astype(np.float64))
        b = np.zeros(graph.n)
        m = ok & ~ch
        b[m] = w[m]
        del m
    else:
        b, data = _mfd_distance_system(graph, keep, w)
    check()
    d = graph.solve_down(data, b)
    del data
    d[~ok] = np.nan
    d[ch] = 0.0
    return d


def streams_d8(fa, threshold):
    """D8 streams: flow accumulation strictly above the threshold (pygeoprocessing
    ``extract_streams_d8``)."""
    return fa > threshold


def _edges_where(graph, pred):
    """The edges (ids, sources, targets, in edge order) for which ``pred(sources, targets)``
    holds, found block by block (no whole per-edge array: peak memory)."""
    ids, ss, ts = [], [], []
    for e0, e1, r0, r1 in graph.blocks():
        s = graph.src_block(r0, r1)
        t = graph.tgt_block(e0, e1, r0, r1)
        m = pred(s, t)
        ids.append(np.flatnonzero(m) + e0)
        ss.append(s[m])
        ts.append(t[m])
    it = graph.indptr.dtype
    if not ids:
        return np.zeros(0, np.int64), np.zeros(0, it), np.zeros(0, it)
    return np.concatenate(ids), np.concatenate(ss), np.concatenate(ts)


def streams_mfd(graph, fa, threshold, trace=0.7):
    """pygeoprocessing ``extract_streams_mfd``, exactly. In block scan order, each outlet
    (FA ≥ threshold with flow leaving the grid) not met before starts a first-in-first-out
    search upstream (neighbours in direction order 0..7, through cells that flow into the
    popped cell with FA ≥ trace·threshold and are not yet marked); a met cell with
    FA ≥ threshold is stream (1), a weaker one provisional (2). When a stream cell S is met
    (the outlets that start a search excepted), the provisional cells downstream of it,
    through provisional cells, become stream at once. Provisional cells left at the end are
    not stream.

    Emulated without a per-cell loop: each cell belongs to the search of the first outlet
    (in scan order) that reaches it (label propagation); the searches are breadth-first,
    so a layered BFS inside each label gives every cell its marking time t; then a weak cell
    X becomes stream at c(X) = min{c'(U) > t(X)} over the cells U flowing into it, with
    c'(U) = t(U) for a met stream cell (not a starting outlet) and c(U) for a weak one — a
    recursion over the upstream graph, solved by iterating to its fixed point (the graph has
    no cycle)."""
    n = graph.n
    big = fa >= threshold
    mid = fa >= trace * threshold
    outlet = big & graph.out_edge
    if not outlet.any():
        return np.zeros(n, bool)
    rows, cols = graph.shape
    # the search from a popped cell m visits the cells s flowing into m, direction m → s
    e, b, a = _edges_where(graph, lambda s, t: mid[s] & mid[t])
    kk = (graph.k[e] + 4) % 8
    del e
    o = np.lexsort((kk, a))
    a, b, kk = a[o], b[o], kk[o]
    outlets = np.flatnonzero(outlet)
    oc = graph.cells[outlets].astype(np.int64)  # (the scan order of the outlets only)
    r, c = oc // cols, oc % cols
    scan = ((r >> 8) * ((cols + 255) >> 8) + (c >> 8)) * (1 << 16) + (r & 255) * 256 + (c & 255)
    del oc, r, c
    outlets = outlets[np.argsort(scan, kind="stable")]
    del scan
    # label: rank of the first outlet whose search reaches the cell
    none = np.iinfo(np.int64).max
    lab = np.full(n, none, dtype=np.int64)
    lab[outlets] = np.arange(outlets.size)
    indptr = np.searchsorted(a, np.arange(n + 1))
    frontier = outlets
    while frontier.size:
        as_progress(graph.progress).check()
        cnt = indptr[frontier + 1] - indptr[frontier]
        tot = int(cnt.sum())
        if tot == 0:
            break
        ee = np.repeat(indptr[frontier] - np.cumsum(cnt) + cnt, cnt) + np.arange(tot)
        ta, tb = lab[a[ee]], b[ee]
        better = ta < lab[tb]
        ta, tb = ta[better], tb[better]
        if tb.size == 0:
            break
        np.minimum.at(lab, tb, ta)
        frontier = np.unique(tb)
    roots = outlets[lab[outlets] == np.arange(outlets.size)]
    same = lab[a] == lab[b]
    check = as_progress(graph.progress).check
    order, _ = _layered_bfs(n, a[same], b[same], kk[same], roots, check)
    reached = order >= 0
    # global marking time: searches one after another, each in its BFS order
    idx = np.flatnonzero(reached)
    t = np.full(n, np.inf)
    t[idx[np.lexsort((order[idx], lab[idx]))]] = np.arange(idx.size)
    stream = reached & big
    weak = reached & ~big
    trig = stream.copy()
    trig[roots] = False  # a search's starting outlet is marked without tracing back
    # conversion times over the edges U → X (X weak; U a triggering stream cell or weak)
    _, es, et = _edges_where(graph, lambda s, t: weak[t] & (trig[s] | weak[s]))
    es_trig = trig[es]
    tx = t[et]
    conv = np.full(n, np.inf)
    while True:
        check()
        cand = np.where(es_trig, t[es], conv[es])
        cand = np.where(cand > tx, cand, np.inf)
        new = np.full(n, np.inf)
        np.minimum.at(new, et, cand)
        if np.array_equal(new, conv):
            break
        conv = new
    return stream | (weak & np.isfinite(conv))
