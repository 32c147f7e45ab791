"""Circuit-theory connectivity on a raster (Circuitscape's raster modes).

The landscape is an electrical network (McRae et al. 2008; Circuitscape.jl conventions):

* every cell with a conductance > 0 is a node (``conductance = 1 / resistance`` when the
  raster holds resistances; nodata and 0 are not nodes);
* a cell is linked to its 4 or 8 neighbours; the link conductance is the mean conductance of
  the two cells, ``(c_a + c_b) / 2``, or the reciprocal of their mean resistance,
  ``1 / ((1/c_a + 1/c_b) / 2)``; a diagonal link is divided by √2;
* a short-circuit region (polygon) is one node: all its cells share one voltage;
* the voltages solve ``L v = i`` (``L`` the graph Laplacian plus the conductances of finite
  grounds; nodes tied to a direct ground are held at 0 V);
* the current through a node (the value of a current map) is the larger of the current that
  enters it and the current that leaves it, which for an inner node is the current through
  it and for a source or ground node the current it injects or drains
  (Circuitscape's ``get_node_currents``);
* each connected component is solved on its own; a pair in different components has the
  effective resistance −1.

Modes: :func:`pairwise` (every pair of focal nodes: effective resistance, a current and a
voltage map per pair, their sum and maximum), :func:`one_to_all` / :func:`all_to_one` and
:func:`advanced` (current sources and grounds). Pairwise voltages come from superposition:
with the first focal node of a component grounded, one solve per other focal node gives every
pair (``v_ij = x_j − x_i``), so n focal nodes cost n − 1 solves, not n(n − 1)/2. The solver is
a sparse direct factorisation (SuperLU, reused by all the solves of a component) or, for large
graphs, conjugate gradients preconditioned by smoothed-aggregation algebraic multigrid
(``pyamg``), built once per component.

:func:`run_ini` runs a Circuitscape ``.ini`` file and writes Circuitscape's own output files
(``<name>_resistances.out``, ``<name>_resistances_3columns.out``, ``<name>_cum_curmap.asc``,
``<name>_max_curmap.asc``, ``<name>_curmap_<i>_<j>.asc``, ``<name>_voltmap_<i>_<j>.asc``; one-to-all
and all-to-one name the maps ``_<i>``; advanced mode writes ``_curmap.asc`` and ``_voltmap.asc``).
"""
import configparser
import math
import os
import time
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from ..errors import InputError
from ..progress import as_progress
from ..i18n import tr as _tr

SQRT2 = math.sqrt(2.0)
#: graphs with more nodes than this are solved with AMG-preconditioned CG, not factorised
#: (SuperLU needs about 2 GB at 1 M nodes; its 19 solves cost less than 19 AMG-CG solves)
DIRECT_MAX_NODES = 2_000_000
CG_RTOL = 1e-8
TRUE_WORDS = ("true", "1", "yes", "on")


# --------------------------------------------------------------------------------------------
# graph
# --------------------------------------------------------------------------------------------
def conductances(values, valid, is_resistance=True):
    """Cell conductances (0 = not a node) from a resistance or conductance raster."""
    v = np.asarray(values, dtype=np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(v)
    if (ok & (v < 0)).any():
        raise InputError(_tr("The resistance/conductance raster has negative values; they must "
                         "be ≥ 0. Set those cells to nodata."))
    if is_resistance:
        if (ok & (v == 0)).any():
            raise InputError(
                _tr("The resistance raster has cells of resistance 0, which a circuit cannot "
                "hold (infinite conductance). Give them a small resistance or make them a "
                "short-circuit region."))
        c = np.zeros_like(v)
        c[ok] = 1.0 / v[ok]
        return c
    return np.where(ok, v, 0.0)


def node_map(cellmap, polymap=None):
    """Node number of every cell (1..N, 0 = no node). Cells with conductance > 0 are nodes;
    every cell of a short-circuit region (``polymap`` > 0) takes the node of the region's
    first conducting cell, the region's other cells included (Circuitscape)."""
    g = np.asarray(cellmap)
    h, w = g.shape
    lab = np.zeros(h * w, dtype=np.int64)
    on = (g > 0).ravel()
    lab[on] = np.arange(1, int(on.sum()) + 1)
    if polymap is not None:
        p = np.asarray(polymap).ravel().astype(np.int64)
        inpoly = (p > 0)
        cand = inpoly & on
        if cand.any():
            ids = p[cand]
            first = np.full(int(p.max()) + 1, np.iinfo(np.int64).max, dtype=np.int64)
            np.minimum.at(first, ids, lab[cand])
            rep = first[p[inpoly]]
            has = rep != np.iinfo(np.int64).max
            idx = np.flatnonzero(inpoly)
            lab[idx[has]] = rep[has]
    nz = lab > 0
    if nz.any():
        _, inv = np.unique(lab[nz], return_inverse=True)
        lab[nz] = inv + 1
    return lab.reshape(h, w)


def _offsets(four):
    return ((0, 1), (1, 0)) if four else ((0, 1), (1, 0), (1, 1), (-1, 1))


def _link_conductance(ga, gb, avg_resistances, diagonal):
    if avg_resistances:
        with np.errstate(divide="ignore"):
            ra = np.where(ga > 0, 1.0 / np.where(ga > 0, ga, 1.0), np.inf)
            rb = np.where(gb > 0, 1.0 / np.where(gb > 0, gb, 1.0), np.inf)
            c = 1.0 / ((ra + rb) / 2.0)
    else:
        c = (ga + gb) / 2.0
    return c / SQRT2 if diagonal else c


def cell_links(cellmap, nodemap, four_neighbors=False, avg_resistances=False):
    """Per direction: ``(slice a, slice b, conductance)`` with cell b = cell a + offset and the
    conductance of the link between them on the overlap grid (0 where there is no link: a
    cell without node, or both cells in one node)."""
    g = np.asarray(cellmap, dtype=np.float64)
    nm = np.asarray(nodemap)
    h, w = g.shape
    out = []
    for dr, dc in _offsets(four_neighbors):
        r0a, r1a = max(0, -dr), h - max(0, dr)
        sa = (slice(r0a, r1a), slice(0, w - dc))
        sb = (slice(r0a + dr, r1a + dr), slice(dc, w))
        na, nb = nm[sa], nm[sb]
        m = (na > 0) & (nb > 0) & (na != nb)
        c = np.where(m, _link_conductance(g[sa], g[sb], avg_resistances,
                                          dr != 0 and dc != 0), 0.0)
        c[~(c > 0)] = 0.0
        out.append((sa, sb, c))
    return out


def edges(cellmap, nodemap, four_neighbors=False, avg_resistances=False, links=None):
    """Links ``(a, b, conductance)`` between neighbouring nodes (0-based node numbers; links
    inside a node and links of conductance 0 dropped; parallel links kept, they add up)."""
    nm = np.asarray(nodemap)
    if links is None:
        links = cell_links(cellmap, nm, four_neighbors, avg_resistances)
    A, B, C = [], [], []
    for sa, sb, c in links:
        m = c > 0
        A.append(nm[sa][m] - 1)
        B.append(nm[sb][m] - 1)
        C.append(c[m])
    if not A:
        e = np.zeros(0, np.int64)
        return e, e, np.zeros(0)
    return np.concatenate(A), np.concatenate(B), np.concatenate(C)


def laplacian(n, a, b, c, diag=None):
    """Graph Laplacian (CSR) of the links, plus ``diag`` (finite grounds) on the diagonal."""
    rows = np.concatenate([a, b, a, b])
    cols = np.concatenate([b, a, a, b])
    vals = np.concatenate([-c, -c, c, c])
    L = sparse.csr_matrix((vals, (rows, cols)), shape=(n, n))
    if diag is not None:
        L = L + sparse.diags(diag)
    return L.tocsr()


@dataclass
class Graph:
    """A raster as a circuit: node of each cell, links and their components."""
    nodemap: np.ndarray
    n: int
    a: np.ndarray
    b: np.ndarray
    c: np.ndarray
    comp: np.ndarray           # component label of each node
    cellmap: np.ndarray
    links: list = None         # per direction (slice a, slice b, conductance)
    multi: np.ndarray = None   # flat indices of the cells of nodes with several cells

    @classmethod
    def build(cls, cellmap, polymap=None, four_neighbors=False, avg_resistances=False):
        nm = node_map(cellmap, polymap)
        n = int(nm.max()) if nm.size else 0
        links = cell_links(cellmap, nm, four_neighbors, avg_resistances)
        a, b, c = edges(cellmap, nm, links=links)
        adj = sparse.csr_matrix((np.ones(a.size), (a, b)), shape=(n, n))
        _, comp = csgraph.connected_components(adj, directed=False)
        flat = nm.ravel()
        cnt = np.bincount(flat, minlength=n + 1)
        cnt[0] = 0
        multi = np.flatnonzero(cnt[flat] > 1)
        return cls(nm, n, a, b, c, comp, cellmap, links, multi)

    def cell_currents(self, v, injected):
        """Current map of node voltages ``v`` when ``injected`` (per node, A; > 0 in, < 0
        out) flows in: the current through a node is half of (the sum of the absolute link
        currents + the absolute injected current), which is max(current in, current out)
        by Kirchhoff's law. Computed on the grid, without scattering per link."""
        V = self.to_cells(v)
        acc = np.zeros(V.shape)
        for sa, sb, c in self.links:
            f = np.abs(V[sa] - V[sb])
            f *= c
            acc[sa] += f
            acc[sb] += f
        flat = acc.ravel()
        nm = self.nodemap.ravel()
        inj_nodes = np.flatnonzero(injected)
        if self.multi.size or inj_nodes.size:
            tot = np.zeros(self.n)
            if self.multi.size:
                np.add.at(tot, nm[self.multi] - 1, flat[self.multi])
            single = np.zeros(self.n, bool)
            if self.multi.size:
                single[:] = True
                single[nm[self.multi] - 1] = False
            else:
                single[:] = True
            for k in inj_nodes:
                if single[k]:
                    cells = np.flatnonzero(nm == k + 1)
                    tot[k] = flat[cells].sum()
                tot[k] += abs(injected[k])
            if self.multi.size:
                flat[self.multi] = tot[nm[self.multi] - 1]
            for k in inj_nodes:
                if single[k]:
                    flat[nm == k + 1] = tot[k]
        acc *= 0.5
        return acc

    def laplacian(self, diag=None):
        return laplacian(self.n, self.a, self.b, self.c, diag)

    def reduced_laplacian(self, members, removed=None, diag=None):
        """Laplacian (+ ``diag``) of the nodes ``members`` (sorted node indices of one
        component) without the rows and columns of the ``removed`` nodes (grounded at 0 V),
        built straight from the links (no slicing of a full matrix). Returns ``(matrix,
        kept node indices)``."""
        keep = np.zeros(self.n, bool)
        keep[members] = True
        if removed is not None and len(removed):
            keep[np.asarray(removed)] = False
        kept = np.flatnonzero(keep)
        loc = np.full(self.n, -1, dtype=np.int64)
        loc[kept] = np.arange(kept.size)
        a, b, c = self.a, self.b, self.c
        inside = np.zeros(self.n, bool)
        inside[members] = True
        if not inside.all():
            m = inside[a]
            a, b, c = a[m], b[m], c[m]
        deg = np.bincount(a, c, self.n) + np.bincount(b, c, self.n)
        if diag is not None:
            deg = deg + diag
        both = keep[a] & keep[b]
        la, lb, lc = loc[a[both]], loc[b[both]], c[both]
        k = kept.size
        rows = np.concatenate([la, lb, np.arange(k)])
        cols = np.concatenate([lb, la, np.arange(k)])
        vals = np.concatenate([-lc, -lc, deg[kept]])
        return sparse.csr_matrix((vals, (rows, cols)), shape=(k, k)), kept

    def node_currents(self, v, finite_grounds=None):
        """Current through each node: max(current in, current out) (Circuitscape)."""
        flow = self.c * (v[self.a] - v[self.b])          # > 0: from a to b
        pos = np.maximum(flow, 0.0)
        neg = np.maximum(-flow, 0.0)
        inflow = (np.bincount(self.b, pos, self.n) + np.bincount(self.a, neg, self.n))
        outflow = (np.bincount(self.a, pos, self.n) + np.bincount(self.b, neg, self.n))
        if finite_grounds is not None:
            gi = finite_grounds * v
            outflow += np.maximum(gi, 0.0)
            inflow += np.maximum(-gi, 0.0)
        return np.maximum(inflow, outflow)

    def to_cells(self, values):
        """Node values on the raster (0 where no node)."""
        out = np.zeros(self.nodemap.shape)
        m = self.nodemap > 0
        out[m] = values[self.nodemap[m] - 1]
        return out


class Solver:
    """Solves ``M x = b`` for many right-hand sides with one factorisation (SuperLU) or one
    AMG hierarchy (pyamg smoothed aggregation, CG), chosen by size or by ``method``."""

    def __init__(self, M, method="auto"):
        M = sparse.csc_matrix(M)
        self.n = M.shape[0]
        if method == "auto":
            method = "direct" if self.n <= DIRECT_MAX_NODES else "amg"
        self.method = method
        t = time.perf_counter()
        if self.n == 0:
            self._solve = lambda b: np.zeros(0)
        elif method == "direct":
            from scipy.sparse.linalg import splu
            lu = splu(M, permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0,
                      options={"SymmetricMode": True})
            self._solve = lu.solve
        elif method == "amg":
            try:
                import pyamg
            except ImportError:
                raise InputError(_tr("Large circuits are solved with algebraic multigrid, which "
                                 "needs the Python package pyamg: install it (pip install "
                                 "pyamg) or use a smaller raster."))
            from scipy.sparse.linalg import cg
            Mr = M.tocsr()
            ml = pyamg.smoothed_aggregation_solver(
                Mr, symmetry="hermitian", strength=("symmetric", {"theta": 0.0}),
                smooth=("jacobi", {"omega": 4.0 / 3.0}), max_coarse=500)
            P = ml.aspreconditioner(cycle="V")

            def solve(b):
                nb = float(np.linalg.norm(b))
                if nb == 0:
                    return np.zeros_like(b)
                x, info = cg(Mr, b, M=P, rtol=CG_RTOL, atol=0.0, maxiter=2000)
                if info != 0:
                    raise RuntimeError("CG did not converge (%d)" % info)
                return x
            self._solve = solve
        else:
            raise ValueError(method)
        self.setup_time = time.perf_counter() - t
        self.solve_time = 0.0
        self.solves = 0

    def solve(self, b):
        t = time.perf_counter()
        b = np.asarray(b, dtype=np.float64)
        if b.ndim == 2:
            x = np.column_stack([self._solve(np.ascontiguousarray(b[:, k]))
                                 for k in range(b.shape[1])])
            self.solves += b.shape[1]
        else:
            x = self._solve(b)
            self.solves += 1
        self.solve_time += time.perf_counter() - t
        return x


@dataclass
class Timing:
    setup: float = 0.0
    solve: float = 0.0
    maps: float = 0.0
    solves: int = 0
    factorisations: int = 0

    def add(self, s):
        self.setup += s.setup_time
        self.solve += s.solve_time
        self.solves += s.solves
        self.factorisations += 1


@dataclass
class CircuitResult:
    """``ids``: focal node ids (sorted); ``resistances``: matrix (pairwise) or vector
    (one-to-all / all-to-one) of effective resistances, −1 = not connected; ``cum`` / ``max``:
    current maps (A); ``voltages`` (advanced mode) and ``current`` (advanced mode)."""
    ids: np.ndarray = None
    resistances: np.ndarray = None
    cum: np.ndarray = None
    max: np.ndarray = None
    current: np.ndarray = None
    voltage: np.ndarray = None
    timing: Timing = field(default_factory=Timing)
    solver: str = ""


# --------------------------------------------------------------------------------------------
# focal points
# --------------------------------------------------------------------------------------------
def points_from_raster(pointmap):
    """Focal cells of a raster of ids (> 0): ``(rows, cols, ids)`` sorted by id, cells of one
    id in column-major order (Circuitscape's reading order)."""
    p = np.asarray(pointmap)
    cm = np.argwhere(p.T > 0)            # column-major: (col, row)
    cols, rows = cm[:, 0], cm[:, 1]
    ids = p[rows, cols].astype(np.int64)
    o = np.argsort(ids, kind="stable")
    return rows[o], cols[o], ids[o]


def _has_regions(ids):
    return np.unique(ids).size != ids.size


def _exclusions(ids, include):
    """Pairs of point positions to skip from an included-pairs spec: ``include`` is
    ``(mode, point_ids, matrix)`` with mode 'include' (keep pairs with 1) or 'exclude'."""
    if include is None:
        return set()
    mode, pids, mat = include
    want = 0 if mode == "include" else 1
    out = set()
    pos = {int(p): k for k, p in enumerate(pids)}
    for i, a in enumerate(ids):
        for j, b in enumerate(ids):
            ka, kb = pos.get(int(a)), pos.get(int(b))
            if ka is None or kb is None:
                continue
            if mat[ka, kb] == want and mat[kb, ka] == want:
                out.add((i, j))
    return out


# --------------------------------------------------------------------------------------------
# pairwise
# --------------------------------------------------------------------------------------------
def _solve_pairs_on_graph(G, pts, ids, exclude, solver, timing, out_cum, out_max, on_pair,
                          want_maps, prog):
    """Pairs of focal nodes ``pts`` (node numbers, 1-based; 0 = on no node) of one graph.
    Returns the resistance matrix over the point positions."""
    n = len(pts)
    R = -np.ones((n, n))
    for comp in np.unique(G.comp[pts[pts > 0] - 1]) if (pts > 0).any() else []:
        members = np.flatnonzero(G.comp == comp)
        inc = [k for k in range(n) if pts[k] > 0 and G.comp[pts[k] - 1] == comp]
        uniq = []
        for k in inc:
            if pts[k] not in uniq:
                uniq.append(pts[k])
        # points on one node: resistance 0
        for u in uniq:
            same = [k for k in inc if pts[k] == u]
            for x in same:
                for y in same:
                    R[x, y] = 0.0
                    if x < y and want_maps and on_pair is not None and (x, y) not in exclude:
                        z = np.zeros(G.nodemap.shape)   # no current flows between them
                        on_pair(int(ids[x]), int(ids[y]), z, z)
        if len(uniq) < 2:
            continue
        pair_list = []
        for i in range(len(uniq)):
            at_i = [k for k in inc if pts[k] == uniq[i]]
            for j in range(i + 1, len(uniq)):
                J = [k for k in inc if pts[k] == uniq[j]]
                for ci in at_i:
                    for cj in J:
                        if (ci, cj) not in exclude:
                            pair_list.append((i, j, ci, cj))
        if not pair_list:
            continue
        # local system: component nodes, the first focal node grounded
        loc = np.full(G.n, -1, dtype=np.int64)
        loc[members] = np.arange(members.size)
        Lr, kept = G.reduced_laplacian(members, [uniq[0] - 1])
        red = loc[kept]
        prog(0.05)
        S = Solver(Lr, solver)
        prog(0.3)
        need = sorted({p for (i, j, _, _) in pair_list for p in (i, j)} - {0})
        rhs = np.zeros((red.size, len(need)))
        pos_in_red = np.full(members.size, -1)
        pos_in_red[red] = np.arange(red.size)
        for k, u in enumerate(need):
            rhs[pos_in_red[loc[uniq[u] - 1]], k] = 1.0
        Xr = S.solve(rhs) if need else np.zeros((red.size, 0))
        timing.add(S)
        prog(0.5)
        X = {0: np.zeros(members.size)}
        for k, u in enumerate(need):
            x = np.zeros(members.size)
            x[red] = Xr[:, k]
            X[u] = x
        t = time.perf_counter()
        vfull = np.zeros(G.n)
        inj = np.zeros(G.n)
        for q, (i, j, ci, cj) in enumerate(pair_list):
            prog(0.5 + 0.5 * q / len(pair_list))
            ni, nj = loc[uniq[i] - 1], loc[uniq[j] - 1]
            v = X[j] - X[i]
            v = v - v[ni]
            r = float(v[nj] - v[ni])
            R[ci, cj] = R[cj, ci] = r
            if want_maps:
                vfull[:] = 0.0
                vfull[members] = v
                inj[:] = 0.0
                inj[uniq[j] - 1], inj[uniq[i] - 1] = 1.0, -1.0
                cur = G.cell_currents(vfull, inj)
                if out_cum is not None:
                    out_cum += cur
                if out_max is not None:
                    np.maximum(out_max, cur, out=out_max)
                if on_pair is not None:
                    on_pair(int(ids[ci]), int(ids[cj]), cur, G.to_cells(vfull))
        timing.maps += time.perf_counter() - t
    return R


def _focal_nodes(rows, cols, ids, include):
    """The focal cells sorted by id (stable), without the nodes the included pairs leave out;
    refuses none left."""
    rows, cols, ids = (np.asarray(x, dtype=np.int64) for x in (rows, cols, ids))
    o = np.argsort(ids, kind="stable")
    rows, cols, ids = rows[o], cols[o], ids[o]
    if include is not None:
        keep = np.isin(ids, np.asarray(include[1]))
        rows, cols, ids = rows[keep], cols[keep], ids[keep]
    if ids.size == 0:
        raise InputError(_tr("No focal node: the focal points or regions hold no cell."))
    return rows, cols, ids


def pairwise(cellmap, rows, cols, ids, polymap=None, four_neighbors=False,
             avg_resistances=False, include=None, regions="pair", solver="auto",
             cumulative=True, maximum=False, on_pair=None, progress=None):
    """Effective resistance between every pair of focal nodes, and the current maps.

    ``cellmap``: conductances (0 = no node); ``rows``/``cols``/``ids``: focal cells (an id on
    several cells is a focal region); ``polymap``: short-circuit regions (> 0);
    ``include``: ``(mode, ids, matrix)`` included/excluded pairs; ``regions``: 'pair' (as
    Circuitscape: for each pair only its two focal regions are short-circuited, one
    factorisation per pair) or 'all' (every focal region is one node at once; one
    factorisation and n − 1 solves for all pairs); ``on_pair(i, j, current, voltage)`` receives
    each pair's maps. Returns a :class:`CircuitResult` (``resistances`` over the focal ids).
    """
    prog = as_progress(progress)
    g = np.asarray(cellmap, dtype=np.float64)
    rows, cols, ids = _focal_nodes(rows, cols, ids, include)
    res = CircuitResult()
    want_maps = cumulative or maximum or on_pair is not None
    cum = np.zeros(g.shape) if cumulative else None
    mx = np.full(g.shape, -9999.0) if maximum else None
    if not _has_regions(ids) or regions == "all":
        poly = polymap
        if _has_regions(ids):
            poly = _merge_regions(g, polymap, rows, cols, ids)
        G = Graph.build(g, poly, four_neighbors, avg_resistances)
        uid, first = np.unique(ids, return_index=True)
        pts = G.nodemap[rows[first], cols[first]]
        exclude = _exclusions(uid, include)
        R = _solve_pairs_on_graph(G, pts, uid, exclude, solver, res.timing, cum, mx,
                                  on_pair, want_maps, prog.sub(0.05, 1.0))
        res.ids = uid
    else:
        uid = np.unique(ids)
        n = uid.size
        R = -np.ones((n, n))
        np.fill_diagonal(R, 0.0)
        exclude = _exclusions(uid, include)
        npairs = max(n * (n - 1) // 2, 1)
        k = 0
        for i in range(n):
            for j in range(i + 1, n):
                prog(k / npairs)
                k += 1
                if (i, j) in exclude:
                    continue
                poly = _pair_polymap(g, polymap, rows, cols, ids, uid[i], uid[j])
                G = Graph.build(g, poly, four_neighbors, avg_resistances)
                fi = np.flatnonzero(ids == uid[i])[0]
                fj = np.flatnonzero(ids == uid[j])[0]
                pts = np.array([G.nodemap[rows[fi], cols[fi]], G.nodemap[rows[fj], cols[fj]]])
                r2 = _solve_pairs_on_graph(G, pts, uid[[i, j]], set(), solver, res.timing,
                                           cum, mx, on_pair, want_maps,
                                           prog.sub((k - 1) / npairs, k / npairs))
                R[i, j] = R[j, i] = r2[0, 1]
        res.ids = uid
    np.fill_diagonal(R, 0.0)
    res.resistances = R
    res.cum = cum
    if mx is not None:
        res.max = mx
    res.solver = solver
    prog(1.0)
    return res


def _merge_regions(g, polymap, rows, cols, ids):
    """Short-circuit every focal region (Circuitscape's ``create_new_polymap`` with a point
    map): region cells outside any polygon get a new region number; a region that overlaps
    polygons merges them."""
    point_map = np.zeros(g.shape, dtype=np.int64)
    point_map[rows, cols] = ids
    if polymap is None:
        return point_map
    newpoly = np.asarray(polymap).astype(np.int64).copy()
    k = max(int(newpoly.max()), int(point_map.max()))
    if not _has_regions(ids):
        k = int(newpoly.max())
        m = (point_map != 0) & (newpoly == 0)
        newpoly[m] = point_map[m] + k
        return newpoly
    for r, c in zip(*np.nonzero(point_map)):
        v1, v2 = point_map[r, c], newpoly[r, c]
        if v2 == 0:
            newpoly[r, c] = k + v1
        elif v1 != v2:
            newpoly[newpoly == v2] = v1
    return newpoly


def _pair_polymap(g, polymap, rows, cols, ids, p1, p2):
    """Circuitscape's per-pair short-circuit map: the two focal regions of the pair become
    regions (other focal regions stay plain cells)."""
    if polymap is None:
        newpoly = np.zeros(g.shape, dtype=np.int64)
        for p in (p1, p2):
            m = ids == p
            newpoly[rows[m], cols[m]] = p
        return newpoly
    newpoly = np.asarray(polymap).astype(np.int64).copy()
    k = int(newpoly.max())
    for p in (p1, p2):
        m = ids == p
        if m.sum() == 1:
            continue
        pv = np.asarray(polymap)[rows[m], cols[m]]
        if (pv == 0).all():
            newpoly[rows[m], cols[m]] = k + 1
        else:
            vals = np.unique(pv[pv != 0])
            newpoly[np.isin(np.asarray(polymap), vals)] = k + 1
        k += 1
    return newpoly


# --------------------------------------------------------------------------------------------
# sources and grounds
# --------------------------------------------------------------------------------------------
def node_sources_grounds(G, source_map, ground_map, policy="keepall"):
    """Per-node source currents and ground conductances (``inf`` = direct ground) from
    rasters; conflicts (a node with both) resolved by ``policy``: keepall, rmvsrc, rmvgnd,
    rmvall (Circuitscape's ``remove_src_or_gnd``)."""
    s = np.zeros(G.n)
    gr = np.zeros(G.n)
    nm = G.nodemap
    m = (np.asarray(source_map) != 0) & (nm > 0)
    np.add.at(s, nm[m] - 1, np.asarray(source_map)[m])
    m = (np.asarray(ground_map) != 0) & (nm > 0)
    np.add.at(gr, nm[m] - 1, np.asarray(ground_map)[m])
    conflict = (s != 0) & (gr != 0)
    if conflict.any():
        if policy == "rmvsrc":
            s[conflict] = 0.0
        elif policy == "rmvgnd":
            gr[conflict] = 0.0
        elif policy == "rmvall":
            s[conflict] = 0.0
            gr[conflict] = 0.0
    gr[np.isinf(gr) & (s > 0)] = 0.0
    return s, gr


def solve_sources_grounds(G, s, gr, solver="auto", only_comp=None, timing=None):
    """Voltages of all nodes for sources ``s`` and grounds ``gr`` (per node), component by
    component (a component without a source or without a ground is left at 0 V).
    Returns ``(v, finite grounds, solved?)``."""
    v = np.zeros(G.n)
    finite = np.where(np.isfinite(gr), gr, 0.0)
    solved = False
    for comp in np.unique(G.comp):
        if only_comp is not None and comp != only_comp:
            continue
        members = np.flatnonzero(G.comp == comp)
        if s[members].sum() == 0 or gr[members].sum() == 0:
            continue
        Lr, free = G.reduced_laplacian(members, members[np.isinf(gr[members])], finite)
        if free.size:
            S = Solver(Lr, solver)
            v[free] = S.solve(s[free])
            if timing is not None:
                timing.add(S)
        solved = True
    return v, finite, solved


def advanced(cellmap, source_map, ground_map, polymap=None, four_neighbors=False,
             avg_resistances=False, policy="keepall", solver="auto"):
    """Advanced mode: current sources (A) and grounds (conductance in S, ``inf`` = direct)
    per cell. Returns a :class:`CircuitResult` with ``current`` and ``voltage`` maps."""
    G = Graph.build(cellmap, polymap, four_neighbors, avg_resistances)
    s, gr = node_sources_grounds(G, source_map, ground_map, policy)
    res = CircuitResult()
    v, finite, solved = solve_sources_grounds(G, s, gr, solver, timing=res.timing)
    if not solved:
        raise InputError(_tr("No connected part of the landscape holds both a current source and "
                         "a ground; nothing to solve."))
    res.voltage = G.to_cells(v)
    res.current = G.to_cells(G.node_currents(v, finite if (finite != 0).any() else None))
    res.cum = res.current
    return res


def _one_all(cellmap, rows, cols, ids, polymap, four_neighbors, avg_resistances, strengths,
             include, solver, maximum, on_point, progress, one_to_all):
    prog = as_progress(progress)
    g = np.asarray(cellmap, dtype=np.float64)
    rows, cols, ids = _focal_nodes(rows, cols, ids, include)
    poly = _merge_regions(g, polymap, rows, cols, ids)
    G = Graph.build(g, poly, four_neighbors, avg_resistances)
    uid, first = np.unique(ids, return_index=True)
    res = CircuitResult(ids=uid)
    R = np.zeros(uid.size)
    cum = np.zeros(g.shape)
    mx = np.full(g.shape, -9999.0) if maximum else None
    fnodes = G.nodemap[rows[first], cols[first]]
    on = fnodes[fnodes > 0]
    if include is None and np.unique(on).size == on.size:
        _one_all_schur(G, uid, fnodes, strengths, solver, res, R, cum, mx, on_point, prog,
                       one_to_all)
        res.resistances, res.cum, res.max = R, cum, mx
        prog(1.0)
        return res
    excl = _exclusions(uid, include)
    for i, n_id in enumerate(uid):
        prog(i / uid.size)
        active = np.ones(ids.size, bool)
        for j, o_id in enumerate(uid):
            if j != i and (i, j) in excl:
                active &= ids != o_id
        src = np.zeros(g.shape)
        gnd = np.zeros(g.shape)
        if one_to_all:
            st = 1.0 if strengths is None else float(strengths.get(int(n_id), 1.0))
            src[rows[first[i]], cols[first[i]]] = st
            m = active & (ids != n_id)
            gnd[rows[m], cols[m]] = np.inf
            policy = "rmvgnd"
        else:
            # 1 A per focal id, at its first cell (Circuitscape's unique point map)
            f = first[(uid != n_id) & np.isin(uid, ids[active])]
            src[rows[f], cols[f]] = 1.0
            m = ids == n_id
            gnd[rows[m], cols[m]] = np.inf
            policy = "rmvsrc"
        s, gr = node_sources_grounds(G, src, gnd, policy)
        check = G.nodemap[rows[first[i]], cols[first[i]]]
        if check == 0:
            v, finite, solved = np.zeros(G.n), np.zeros(G.n), False
        else:
            v, finite, solved = solve_sources_grounds(G, s, gr, solver,
                                                      only_comp=G.comp[check - 1],
                                                      timing=res.timing)
        if solved:
            cur = G.to_cells(G.node_currents(v))
            volt = G.to_cells(v)
            if one_to_all:
                val = v[check - 1] / (s[check - 1] if s[check - 1] != 0 else 1.0)
                R[i] = -1.0 if abs(val) < 1e-12 else val
            else:
                R[i] = 0.0
        else:
            cur = np.zeros(g.shape)
            volt = np.zeros(g.shape)
            R[i] = -1.0
        cum += cur
        if mx is not None:
            np.maximum(mx, cur, out=mx)
        if on_point is not None:
            on_point(int(n_id), cur, volt)
    res.resistances = R
    res.cum = cum
    res.max = mx
    prog(1.0)
    return res


def _one_all_schur(G, uid, fnodes, strengths, solver, res, R, cum, mx, on_point, prog,
                   one_to_all):
    """One-to-all / all-to-one with every focal id on its own node: in each component the
    focal nodes F are eliminated once. With Z = −L_UU⁻¹ L_UF (one factorisation of the other
    nodes U, |F| solves) and the Schur complement S = L_FF + L_FU Z, a run with source or
    ground at focal node i is a small dense system on F: one-to-all v_i = strength / S_ii
    (the others held at 0 V), all-to-one S[F', F'] v_F' = 1 A each (F' = F without i); then
    v_U = Z v_F and the currents injected at F are S v_F. Exact, with |F| solves for all the
    runs instead of one factorisation per run."""
    shape = G.nodemap.shape
    zero = np.zeros(shape)
    volts = {}
    for comp in np.unique(G.comp[fnodes[fnodes > 0] - 1]):
        members = np.flatnonzero(G.comp == comp)
        fk = [k for k in range(uid.size) if fnodes[k] > 0 and G.comp[fnodes[k] - 1] == comp]
        if len(fk) < 2:
            continue
        F = fnodes[fk] - 1
        Lr, U = G.reduced_laplacian(members, F)
        colF = {int(f): j for j, f in enumerate(F)}
        locU = np.full(G.n, -1, dtype=np.int64)
        locU[U] = np.arange(U.size)
        isF = np.zeros(G.n, bool)
        isF[F] = True
        a, b, c = G.a, G.b, G.c
        # coupling L_UF (−c for links U–F) and L_FF (links F–F, degrees of F)
        LUF = np.zeros((U.size, F.size))
        LFF = np.zeros((F.size, F.size))
        m = isF[b] & ~isF[a] & (locU[a] >= 0)
        np.add.at(LUF, (locU[a[m]], [colF[int(x)] for x in b[m]]), -c[m])
        m = isF[a] & ~isF[b] & (locU[b] >= 0)
        np.add.at(LUF, (locU[b[m]], [colF[int(x)] for x in a[m]]), -c[m])
        deg = np.bincount(a, c, G.n) + np.bincount(b, c, G.n)
        for j, f in enumerate(F):
            LFF[j, j] = deg[f]
        m = isF[a] & isF[b]
        for x, y, cc_ in zip(a[m], b[m], c[m]):
            LFF[colF[int(x)], colF[int(y)]] -= cc_
            LFF[colF[int(y)], colF[int(x)]] -= cc_
        if U.size:
            S_ = Solver(Lr, solver)
            Z = -S_.solve(LUF)
            res.timing.add(S_)
        else:
            Z = np.zeros((0, F.size))
        S = LFF + LUF.T @ Z
        for j, k in enumerate(fk):
            vF = np.zeros(F.size)
            if one_to_all:
                st = 1.0 if strengths is None else float(strengths.get(int(uid[k]), 1.0))
                vF[j] = st / S[j, j]
                R[k] = vF[j] / st
            else:
                keep = np.arange(F.size) != j
                vF[keep] = np.linalg.solve(S[np.ix_(keep, keep)], np.ones(F.size - 1))
                R[k] = 0.0
            v = np.zeros(G.n)
            v[U] = Z @ vF
            v[F] = vF
            inj = np.zeros(G.n)
            inj[F] = S @ vF
            volts[k] = v
            volts[k] = (v, inj)
    t = time.perf_counter()
    for k in range(uid.size):
        prog.check()
        if k in volts:
            v, inj = volts.pop(k)
            cur = G.cell_currents(v, inj)
            volt = G.to_cells(v)
        else:                 # no other focal node in its component: nothing flows
            R[k] = -1.0
            cur, volt = zero, zero
        cum += cur
        if mx is not None:
            np.maximum(mx, cur, out=mx)
        if on_point is not None:
            on_point(int(uid[k]), cur, volt)
        prog(k / uid.size)
    res.timing.maps += time.perf_counter() - t


def one_to_all(cellmap, rows, cols, ids, polymap=None, four_neighbors=False,
               avg_resistances=False, strengths=None, include=None, solver="auto",
               maximum=False, on_point=None, progress=None):
    """One-to-all: each focal node in turn injects its strength (1 A by default) and every
    other focal node is a direct ground. ``resistances``: the source's voltage / strength
    (−1 when no ground is reachable)."""
    return _one_all(cellmap, rows, cols, ids, polymap, four_neighbors, avg_resistances,
                    strengths, include, solver, maximum, on_point, progress, True)


def all_to_one(cellmap, rows, cols, ids, polymap=None, four_neighbors=False,
               avg_resistances=False, include=None, solver="auto", maximum=False,
               on_point=None, progress=None):
    """All-to-one: each focal node in turn is a direct ground and every other focal cell
    injects 1 A. ``resistances``: 0 when solved, −1 when nothing reaches the ground."""
    return _one_all(cellmap, rows, cols, ids, polymap, four_neighbors, avg_resistances,
                    None, include, solver, maximum, on_point, progress, False)


# --------------------------------------------------------------------------------------------
# Circuitscape files: ASCII grids, point lists, .ini
# --------------------------------------------------------------------------------------------
@dataclass
class GridMeta:
    ncols: int
    nrows: int
    xll: float
    yll: float
    cellsize: float
    nodata: float = -9999.0


def read_ascii_grid(path):
    """ESRI ASCII grid → (array with NaN at nodata, :class:`GridMeta`)."""
    opener = open
    if path.endswith(".gz"):
        import gzip
        opener = gzip.open
    with opener(path, "rt") as fh:
        head = {}
        lines = []
        for _ in range(6):
            pos = fh.tell() if hasattr(fh, "tell") else None
            line = fh.readline()
            parts = line.split()
            if parts and parts[0].lower() in ("ncols", "nrows", "xllcorner", "yllcorner",
                                              "xllcenter", "yllcenter", "cellsize",
                                              "nodata_value"):
                head[parts[0].lower()] = float(parts[1])
            else:
                lines.append(line)
                del pos
                break
        data = np.array(" ".join(lines + [fh.read()]).split(), dtype=np.float64)
    nr, nc = int(head["nrows"]), int(head["ncols"])
    cs = head["cellsize"]
    xll = head.get("xllcorner", head.get("xllcenter", 0.0) - cs / 2)
    yll = head.get("yllcorner", head.get("yllcenter", 0.0) - cs / 2)
    nd = head.get("nodata_value", -9999.0)
    arr = data[:nr * nc].reshape(nr, nc)
    arr = np.where(arr == nd, np.nan, arr)
    return arr, GridMeta(nc, nr, xll, yll, cs, nd)


def read_grid(path):
    """A raster file → (array with NaN at nodata, :class:`GridMeta`): ASCII grids directly,
    anything else through GDAL."""
    low = path.lower()
    if low.endswith(".asc") or low.endswith(".asc.gz"):
        return read_ascii_grid(path)
    from osgeo import gdal
    src = ("/vsigzip/" + path) if low.endswith(".gz") else path
    ds = gdal.Open(src)
    if ds is None:
        raise InputError(_tr("Cannot read the raster %s.") % path)
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    nd = b.GetNoDataValue()
    if nd is not None:
        a[a == nd] = np.nan
    gt = ds.GetGeoTransform()
    meta = GridMeta(ds.RasterXSize, ds.RasterYSize, gt[0], gt[3] + gt[5] * ds.RasterYSize,
                    abs(gt[1]), -9999.0 if nd is None else nd)
    return a, meta


def _fmt(x):
    if x == 0:
        return "0"
    if float(x).is_integer() and abs(x) < 1e15:
        return "%d" % int(x)
    return "%.10g" % x


def write_ascii_grid(path, arr, meta, nodata=-9999):
    """Circuitscape's ASCII grid layout (values rounded to 8 decimals, as Circuitscape)."""
    a = np.round(np.asarray(arr, dtype=np.float64), 8)
    with open(path, "w") as fh:
        fh.write("ncols         %d\n" % meta.ncols)
        fh.write("nrows         %d\n" % meta.nrows)
        fh.write("xllcorner     %r\n" % float(meta.xll))
        fh.write("yllcorner     %r\n" % float(meta.yll))
        fh.write("cellsize      %r\n" % float(meta.cellsize))
        fh.write("NODATA_value  %s\n" % _fmt(nodata))
        for row in a:
            fh.write(" ".join(_fmt(v) for v in row) + " \n")


def read_matrix_text(path):
    rows = []
    with open(path) as fh:
        for line in fh:
            parts = line.replace(",", " ").split()
            if parts:
                rows.append([float(p) for p in parts])
    return rows


def read_points(path, meta):
    """Focal points from a raster of ids or a text list ``id x y`` (Circuitscape's rules):
    ``(rows, cols, ids)`` sorted by id."""
    if path.lower().endswith(".txt"):
        tab = np.array(read_matrix_text(path))
        ids, x, y = tab[:, 0], tab[:, 1], tab[:, 2]
        rows = np.ceil(meta.nrows - (y - meta.yll) / meta.cellsize).astype(np.int64) - 1
        cols = np.ceil((x - meta.xll) / meta.cellsize).astype(np.int64) - 1
        keep = (ids >= 0) & (rows >= 0) & (rows < meta.nrows) & (cols >= 0) & \
            (cols < meta.ncols)
        rows, cols, ids = rows[keep], cols[keep], ids[keep].astype(np.int64)
        o = np.argsort(ids, kind="stable")
        return rows[o], cols[o], ids[o]
    arr, _ = read_grid(path)
    arr = np.where(np.isfinite(arr), arr, 0)
    arr[arr < 0] = 0
    return points_from_raster(arr.astype(np.int64))


def read_included_pairs(path):
    """Circuitscape's included-pairs file: a 'mode include|exclude' list of pairs or a
    'min/max' matrix. Returns ``(mode, ids, 0/1 matrix)``."""
    with open(path) as fh:
        lines = [ln for ln in fh.read().splitlines() if ln.strip()]
    first = lines[0].split()
    if first[0].lower() == "min":
        lo = float(first[1])
        hi = float(lines[1].split()[1])
        tab = np.array([[float(x) for x in ln.split()] for ln in lines[2:]])
        ids = tab[0, 1:].astype(np.int64)
        m = tab[1:, 1:]
        m = np.where(m > hi, 0, m)
        return "include", ids, (m >= lo).astype(np.int64)
    mode = first[1].lower()
    tab = np.array([[float(x) for x in ln.split()] for ln in lines[1:]])
    ids = np.unique(tab)
    ids = ids[ids != 0].astype(np.int64)
    pos = {int(p): k for k, p in enumerate(ids)}
    m = np.zeros((ids.size, ids.size), dtype=np.int64)
    for a, b in tab[:, :2]:
        if int(a) in pos and int(b) in pos:
            m[pos[int(a)], pos[int(b)]] = m[pos[int(b)], pos[int(a)]] = 1
    return mode, ids, m


def _path(v):
    v = (v or "").strip()
    if not v or v.lower() in ("none", "false") or v.startswith("("):
        return ""
    return v


def read_ini(path):
    """A Circuitscape ``.ini`` → dict of its options (lower-case keys, values as text)."""
    cp = configparser.ConfigParser(interpolation=None, strict=False)
    with open(path, encoding="utf-8") as fh:
        cp.read_string(fh.read())
    cfg = {}
    for sec in cp.sections():
        for k, v in cp.items(sec):
            cfg[k.lower()] = v.strip()
    return cfg


def _flag(cfg, key, default=False):
    v = cfg.get(key)
    if v is None:
        return default
    return v.strip().lower() in TRUE_WORDS


@dataclass
class IniRun:
    cfg: dict
    result: CircuitResult
    written: list
    meta: GridMeta


def run_ini(path, base_dir=None, out_dir=None, solver="auto", progress=None):
    """Run a Circuitscape ``.ini`` (raster modes). Input paths are relative to ``base_dir``
    (default: the current working folder, as Circuitscape reads them); outputs go where
    ``output_file`` says (relative to ``out_dir``, default ``base_dir``), with Circuitscape's
    names and formats. Returns an :class:`IniRun` (the written files in ``written``)."""
    cfg = read_ini(path)
    base = base_dir if base_dir is not None else os.getcwd()
    outb = out_dir if out_dir is not None else base

    def P(key):
        p = _path(cfg.get(key, ""))
        return os.path.join(base, p) if p and not os.path.isabs(p) else p

    if cfg.get("data_type", "raster").strip().lower() != "raster":
        raise InputError(_tr("Only raster Circuitscape projects are supported (data_type = "
                         "raster); %s is a network project.") % os.path.basename(path))
    scenario = cfg.get("scenario", "pairwise").strip().lower()
    hab = P("habitat_file")
    if not hab:
        raise InputError(_tr("The .ini names no habitat_file."))
    arr, meta = read_grid(hab)
    is_res = _flag(cfg, "habitat_map_is_resistances", True)
    g = conductances(np.where(np.isfinite(arr), arr, 0), np.isfinite(arr), is_res)
    poly = None
    if _flag(cfg, "use_polygons") and P("polygon_file"):
        pa, _ = read_grid(P("polygon_file"))
        poly = np.where(np.isfinite(pa), pa, 0).astype(np.int64)
    if _flag(cfg, "use_mask") and P("mask_file"):
        ma, _ = read_grid(P("mask_file"))
        g = g * (np.where(np.isfinite(ma), ma, 0) > 0)
        if not (g > 0).any():
            raise InputError(_tr("The mask removes every cell."))
    four = _flag(cfg, "connect_four_neighbors_only")
    avg_res = _flag(cfg, "connect_using_avg_resistances")
    include = None
    if _flag(cfg, "use_included_pairs") and P("included_pairs_file"):
        include = read_included_pairs(P("included_pairs_file"))
    write_cur = _flag(cfg, "write_cur_maps")
    write_volt = _flag(cfg, "write_volt_maps")
    write_max = _flag(cfg, "write_max_cur_maps")
    cum_only = _flag(cfg, "write_cum_cur_map_only")
    set_null_cur = _flag(cfg, "set_null_currents_to_nodata")
    set_null_volt = _flag(cfg, "set_null_voltages_to_nodata")
    outfile = _path(cfg.get("output_file", "")) or "output/circuitscape.out"
    if not os.path.isabs(outfile):
        outfile = os.path.join(outb, outfile)
    pref = outfile[:-4] if outfile.endswith(".out") else outfile.split(".out")[0]
    os.makedirs(os.path.dirname(os.path.abspath(pref)) or ".", exist_ok=True)
    written = []

    def put(name, arr_, null=False):
        a = np.array(arr_, dtype=np.float64)
        if null:
            a[g == 0] = -9999.0
        fn = "%s_%s.asc" % (pref, name)
        write_ascii_grid(fn, a, meta)
        written.append(fn)

    def on_map(tag):
        def f(*args):
            *key, cur, volt = args
            name = "_".join(str(k) for k in key)
            if write_cur and not cum_only:
                put("curmap_" + name, cur, set_null_cur)
            if write_volt:
                put("voltmap_" + name, volt, set_null_volt)
        return f

    if scenario == "advanced":
        sa, _ = read_grid(P("source_file"))
        ga, _ = read_grid(P("ground_file"))
        src = np.where(np.isfinite(sa), sa, 0.0)
        gmask = np.isfinite(ga)
        if _flag(cfg, "ground_file_is_resistances"):
            with np.errstate(divide="ignore"):
                gnd = np.where(gmask, 1.0 / np.where(gmask, ga, 1.0), 0.0)
        else:
            gnd = np.where(gmask, ga, 0.0)
        if _flag(cfg, "use_direct_grounds"):
            gnd = np.where(gnd > 0, np.inf, gnd)
        if _flag(cfg, "use_unit_currents"):
            src = np.where(src != 0, 1.0, 0.0)
        pol = cfg.get("remove_src_or_gnd", "keepall").strip().lower()
        policy = {"rmvsrc": "rmvsrc", "rmvgnd": "rmvgnd", "rmvall": "rmvall"}.get(pol,
                                                                                 "keepall")
        res = advanced(g, src, gnd, poly, four, avg_res, policy, solver)
        if write_cur:
            put("curmap", res.current, set_null_cur)
        if write_volt:
            put("voltmap", res.voltage, set_null_volt)
        return IniRun(cfg, res, written, meta)

    rows, cols, ids = read_points(P("point_file"), meta)
    if scenario == "pairwise":
        res = pairwise(g, rows, cols, ids, poly, four, avg_res, include, "pair", solver,
                       cumulative=True, maximum=write_max,
                       on_pair=on_map("pair") if (write_cur or write_volt) else None,
                       progress=progress)
        R = res.resistances
        ids_u = res.ids
        full = np.zeros((ids_u.size + 1, ids_u.size + 1))
        full[0, 1:] = ids_u
        full[1:, 0] = ids_u
        full[1:, 1:] = R
        fn = pref + "_resistances.out"
        with open(fn, "w") as fh:
            for row in full:
                fh.write(" ".join(_fmt(v) for v in row) + "\n")
        written.append(fn)
        fn = pref + "_resistances_3columns.out"
        with open(fn, "w") as fh:
            for i in range(ids_u.size):
                for j in range(i + 1, ids_u.size):
                    fh.write("%s %s %s\n" % (_fmt(ids_u[i]), _fmt(ids_u[j]), _fmt(R[j, i])))
        written.append(fn)
    elif scenario in ("one-to-all", "all-to-one"):
        strengths = None
        if _flag(cfg, "use_variable_source_strengths") and P("variable_source_file"):
            tab = read_matrix_text(P("variable_source_file"))
            strengths = {int(r[0]): float(r[1]) for r in tab}
        fn_ = one_to_all if scenario == "one-to-all" else all_to_one
        kw = dict(strengths=strengths) if scenario == "one-to-all" else {}
        res = fn_(g, rows, cols, ids, poly, four, avg_res, include=include, solver=solver,
                  maximum=write_max,
                  on_point=on_map("point") if (write_cur or write_volt) else None,
                  progress=progress, **kw)
        fn = pref + "_resistances.out"
        with open(fn, "w") as fh:
            for i, r in zip(res.ids, res.resistances):
                fh.write("%s %s\n" % (_fmt(i), _fmt(r)))
        written.append(fn)
    else:
        raise InputError(_tr("Unknown Circuitscape scenario '%s'.") % scenario)
    if write_cur or cum_only:
        put("cum_curmap", res.cum)
    if write_max and res.max is not None:
        put("max_curmap", res.max)
    return IniRun(cfg, res, written, meta)
