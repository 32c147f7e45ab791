"""Landscape connectivity of habitat patches: PC / dPC and IIC / dIIC (Conefor 2.6 semantics).

Definitions (Saura & Pascual-Hortal 2007; Saura & Rubio 2010; Conefor 2.6):

* direct probability p_ij = exp(−k·d_ij) with k = −ln(p0)/d0, so p(d0) = p0; touching patches
  (d = 0) get p = 1; pairs farther apart than the maximum link distance (or without a
  distance) have no direct link (Conefor's ``notall``).
* p*_ij = the maximum product of p along any path (p*_ii = 1), found as a shortest path on
  −ln p (Dijkstra, ``scipy.sparse.csgraph``).
* PCnum = Σ_i Σ_j a_i a_j p*_ij (diagonal included); PC = PCnum / A_L²; EC(PC) = √PCnum.
* dPC_k = 100·(PCnum − PCnum_{−k}) / PCnum, where PCnum_{−k} is PCnum of the landscape
  without node k *and every path through it*. dPCintra_k = 100·a_k²/PCnum,
  dPCflux_k = 100·2·a_k·Σ_{j≠k} a_j p*_kj / PCnum (p* of the full graph) and
  dPCconnector_k = dPC_k − intra − flux (≥ 0).
* IICnum = Σ_i Σ_j a_i a_j / (1 + nl_ij), nl_ij = number of links on the topologically
  shortest path (pairs without a path count 0); a link exists where d_ij ≤ the adjacency
  distance. dIIC and its fractions are defined as for PC.
* dA_k = 100·a_k / Σ a.

How the removals are computed, exactly and fast: PCnum_{−k} for every k needs the closure of
the graph without k, for every k. The Floyd–Warshall closure does not depend on the order in
which intermediate nodes are added, so a divide-and-conquer over the node set shares the work:
the closure over all nodes but a half H is computed once and both halves of H recurse on it.
Every node is added O(log n) times, so all n removals cost O(n³ log n) vectorised operations
instead of n all-pairs shortest-path runs. Each connected component is handled separately
(removing a node only changes its own component).
"""
import math

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from ..errors import InputError
from ..progress import as_progress
from . import costdistance as cd
from ..vocabulary import GRADE_WORDS as GRADE_NAMES  # noqa: F401 (names of the three grades)
from ..i18n import tr as _tr


# --------------------------------------------------------------------------------------------
# direct probabilities and the maximum product probability
# --------------------------------------------------------------------------------------------
def decay_constant(d0, p0):
    """k of p = exp(−k·d) such that p(d0) = p0."""
    d0, p0 = float(d0), float(p0)
    if not (d0 > 0 and math.isfinite(d0)):
        raise InputError(_tr("the distance at which the probability is given must be > 0 "
                         "(got %g)") % d0)
    if not (0.0 < p0 < 1.0):
        raise InputError(_tr("the connection probability at that distance must lie strictly "
                         "between 0 and 1 (got %g)") % p0)
    return -math.log(p0) / d0


def _check_distances(dist):
    d = np.array(dist, dtype=np.float64)
    if d.ndim != 2 or d.shape[0] != d.shape[1]:
        raise InputError(_tr("the distance matrix must be square"))
    if np.isnan(d).any():
        raise InputError(_tr("the distance matrix holds NaN; use infinity for 'no link'"))
    if (d < 0).any():
        raise InputError(_tr("distances must be >= 0"))
    d = np.minimum(d, d.T)
    np.fill_diagonal(d, 0.0)
    return d


def link_probabilities(dist, d0, p0, max_link=None, pij_min=None):
    """Direct link probabilities from a symmetric distance matrix (inf = no link).

    ``max_link``: pairs farther apart than this have no link (None/0 = all pairs, Conefor
    ``all``). ``pij_min``: links with p below it are dropped (Makurhini's option; None = keep,
    as Conefor). The diagonal is 1.
    """
    d = _check_distances(dist)
    k = decay_constant(d0, p0)
    with np.errstate(over="ignore"):
        p = np.exp(-k * d)
    if max_link:
        p[d > float(max_link)] = 0.0
    if pij_min:
        p[p < float(pij_min)] = 0.0
    np.fill_diagonal(p, 1.0)
    return p


def max_product_probabilities(p):
    """p*: the maximum product of direct probabilities over all paths (Dijkstra on −ln p).

    Links with p = 1 (touching patches) have weight 0; they are kept as explicit zeros of
    the sparse graph, so they stay links.
    """
    p = np.asarray(p, dtype=np.float64)
    n = p.shape[0]
    rows, cols = np.nonzero(p > 0)
    off = rows != cols
    rows, cols = rows[off], cols[off]
    w = -np.log(p[rows, cols])
    w[w < 0] = 0.0
    g = sparse.csr_matrix((w, (rows, cols)), shape=(n, n))
    if g.nnz != w.size:  # explicit zeros must survive (they are touching patches)
        raise AssertionError("zero-weight links were lost")
    dist = csgraph.dijkstra(g, directed=True)
    with np.errstate(over="ignore"):
        ps = np.exp(-dist)
    np.fill_diagonal(ps, 1.0)
    return ps


def hop_distances(adjacent):
    """Number of links on the topologically shortest path (inf where there is no path)."""
    a = np.asarray(adjacent, bool).copy()
    np.fill_diagonal(a, False)
    g = sparse.csr_matrix(a.astype(np.float64))
    return csgraph.shortest_path(g, directed=False, unweighted=True)


# --------------------------------------------------------------------------------------------
# all single-node removals, by divide and conquer over Floyd–Warshall closures
# --------------------------------------------------------------------------------------------
class _Closure:
    """Floyd–Warshall steps on a dense matrix, in the max-times ('prob') or the min-plus
    ('hops') semiring. The matrices stay symmetric, so column k is read as (contiguous) row k.
    A step runs over blocks of rows that fit in the cache (about twice as fast as one pass
    over the whole matrix), split between up to ``threads`` threads (NumPy releases the GIL
    on these loops)."""

    def __init__(self, mode, n, threads=None):
        import os

        self.mode = mode
        self.n = n
        self.block = max(16, 262144 // max(n, 1))
        if threads is None:
            threads = min(4, os.cpu_count() or 1) if n >= 400 else 1
        self.threads = max(1, int(threads))
        self.pool = None
        if self.threads > 1:
            from concurrent.futures import ThreadPoolExecutor
            self.pool = ThreadPoolExecutor(self.threads)
        self.tmps = [np.empty((min(self.block, n), n)) for _ in range(self.threads)]
        bounds = np.linspace(0, n, self.threads + 1).astype(int)
        self.parts = list(zip(bounds[:-1], bounds[1:]))
        if mode == "prob":
            self.combine, self.better = np.multiply, np.maximum
        else:
            self.combine, self.better = np.add, np.minimum

    def close(self):
        if self.pool is not None:
            self.pool.shutdown()

    def _rows(self, q, col, row, a, b, tmp):
        comb, better, blk = self.combine, self.better, self.block
        for i0 in range(a, b, blk):
            i1 = min(b, i0 + blk)
            t = tmp[:i1 - i0]
            comb(col[i0:i1, None], row[None, :], out=t)
            better(q[i0:i1], t, out=q[i0:i1])

    def apply(self, q, verts, check=None):
        prob = self.mode == "prob"
        for t, k in enumerate(verts):
            col = q[k].copy()  # = column k (symmetric)
            useful = np.count_nonzero(col) if prob else np.count_nonzero(np.isfinite(col))
            if useful <= 2:  # a node with <= 1 neighbour is on no path
                continue
            row = col
            if self.pool is None:
                self._rows(q, col, row, 0, self.n, self.tmps[0])
            else:
                futs = [self.pool.submit(self._rows, q, col, row, a, b, tmp)
                        for (a, b), tmp in zip(self.parts, self.tmps)]
                for f in futs:
                    f.result()
            if check is not None and t % 16 == 15:
                check()


def _removal_sums(m0, a, mode, progress=None):
    """For every node k: Σ_{i,j≠k} a_i a_j f(closure of m0 without k)_ij, with f = identity
    for 'prob' (m0 holds direct probabilities) and f = 1/(1+x) for 'hops' (m0 holds 0 on the
    diagonal, 1 for a link, inf otherwise)."""
    n = m0.shape[0]
    out = np.zeros(n)
    if n == 1:
        return out
    prog = as_progress(progress)
    cl = _Closure(mode, n)
    done = [0]

    def leaf(q, k):
        if mode == "prob":
            w = q
        else:
            with np.errstate(divide="ignore"):
                w = 1.0 / (1.0 + q)
        ak = a.copy()
        ak[k] = 0.0
        out[k] = ak @ (w @ ak)
        done[0] += 1
        if done[0] % 8 == 0:
            prog(done[0] / n)

    def rec(q, verts):
        if len(verts) == 1:
            leaf(q, verts[0])
            return
        h = len(verts) // 2
        left, right = verts[:h], verts[h:]
        q2 = q.copy()
        cl.apply(q2, right, prog.check)
        rec(q2, left)
        del q2
        cl.apply(q, left, prog.check)
        rec(q, right)

    try:
        rec(np.array(m0, dtype=np.float64), list(range(n)))
    finally:
        cl.close()
    prog(1.0)
    return out


def _components(linked):
    g = sparse.csr_matrix(np.asarray(linked, bool))
    return csgraph.connected_components(g, directed=False)


def removal_importance(a, full, m0, mode, progress=None):
    """Node removal importance with its three fractions.

    ``full`` is the closure weight matrix f(closure) of the whole graph (p* for PC,
    1/(1+nl) for IIC), ``m0`` the direct matrix for :func:`_removal_sums`.
    Returns ``(num, d, intra, flux, connector)`` with d and fractions in percent of num.
    """
    a = np.asarray(a, dtype=np.float64)
    n = a.size
    prog = as_progress(progress)
    v = full @ a
    num = float(a @ v)
    intra = a * a
    flux = 2.0 * a * (v - a * np.diag(full))
    # Σ_{i,j≠k} a_i a_j full_ij, per k
    rest_full = num - intra * np.diag(full) - flux
    if mode == "prob":
        linked = m0 > 0
    else:
        linked = np.isfinite(m0)
    ncomp, comp = _components(linked)
    rest_without = np.zeros(n)
    sizes = np.bincount(comp, minlength=ncomp)
    big = np.flatnonzero(sizes > 1)
    total_work = float(sum(int(s) ** 3 for s in sizes[big])) or 1.0
    work = 0.0
    for c in big:
        idx = np.flatnonzero(comp == c)
        w = int(sizes[c]) ** 3 / total_work
        sub = _removal_sums(m0[np.ix_(idx, idx)], a[idx], mode,
                            prog.sub(work, work + w))
        work += w
        # rest of the landscape (other components) is unchanged by removing k
        ac = a[idx]
        comp_full = float(ac @ (full[np.ix_(idx, idx)] @ ac))
        rest_without[idx] = (num - comp_full) + sub
    single = np.flatnonzero(sizes[comp] == 1)
    rest_without[single] = num - a[single] ** 2
    connector = np.maximum(rest_full - rest_without, 0.0)
    scale = 100.0 / num
    intra_p, flux_p, conn_p = intra * scale, flux * scale, connector * scale
    prog(1.0)
    return num, intra_p + flux_p + conn_p, intra_p, flux_p, conn_p


# --------------------------------------------------------------------------------------------
# public entry points
# --------------------------------------------------------------------------------------------
def _check_areas(areas):
    a = np.asarray(areas, dtype=np.float64).ravel()
    if a.size == 0:
        raise InputError(_tr("there are no patches"))
    bad = np.flatnonzero(~np.isfinite(a) | (a <= 0))
    if bad.size:
        raise InputError(_tr("patch areas (attributes) must be positive numbers; patch number(s) "
                         "%s have %s") % (", ".join(str(int(i) + 1) for i in bad[:10]),
                                         ", ".join("%g" % a[i] for i in bad[:10])))
    return a


def pc_overall(areas, dist, d0, p0, max_link=None, landscape_area=None, pij_min=None):
    """PCnum, EC(PC), PC (None without ``landscape_area``), number of links and of
    components, for one distance threshold."""
    a = _check_areas(areas)
    p = link_probabilities(dist, d0, p0, max_link, pij_min)
    ps = max_product_probabilities(p)
    num = float(a @ (ps @ a))
    links = int((np.count_nonzero(p) - a.size) // 2)
    ncomp = _components(p > 0)[0]
    pc = num / float(landscape_area) ** 2 if landscape_area else None
    return {"PCnum": num, "EC_PC": math.sqrt(num), "PC": pc, "links": links,
            "components": int(ncomp)}


def pc_importance(areas, dist, d0, p0, max_link=None, landscape_area=None, pij_min=None,
                  progress=None):
    """PC and the removal importance of every node (see the module docstring).

    Returns a dict: PCnum, EC_PC, PC (None without ``landscape_area``), dA, dPC, dPCintra,
    dPCflux, dPCconnector (arrays, percent), pstar (matrix), links, components.
    """
    a = _check_areas(areas)
    prog = as_progress(progress)
    p = link_probabilities(dist, d0, p0, max_link, pij_min)
    if p.shape[0] != a.size:
        raise InputError(_tr("%d areas for %d patches in the distance matrix")
                         % (a.size, p.shape[0]))
    ps = max_product_probabilities(p)
    prog(0.02)
    num, d, intra, flux, conn = removal_importance(a, ps, p, "prob", prog.sub(0.02, 1.0))
    return {"PCnum": num, "EC_PC": math.sqrt(num),
            "PC": num / float(landscape_area) ** 2 if landscape_area else None,
            "dA": 100.0 * a / a.sum(), "dPC": d, "dPCintra": intra, "dPCflux": flux,
            "dPCconnector": conn, "pstar": ps,
            "links": int((np.count_nonzero(p) - a.size) // 2),
            "components": int(_components(p > 0)[0])}


def iic_importance(areas, dist, adjacency_distance, landscape_area=None, progress=None):
    """IIC and dIIC with fractions; a link exists where d_ij <= ``adjacency_distance``."""
    a = _check_areas(areas)
    d = _check_distances(dist)
    adj = d <= float(adjacency_distance)
    np.fill_diagonal(adj, True)
    m0 = np.where(adj, 1.0, np.inf)
    np.fill_diagonal(m0, 0.0)
    nl = hop_distances(adj)
    with np.errstate(divide="ignore"):
        full = 1.0 / (1.0 + nl)
    num, dd, intra, flux, conn = removal_importance(a, full, m0, "hops", progress)
    return {"IICnum": num, "EC_IIC": math.sqrt(num),
            "IIC": num / float(landscape_area) ** 2 if landscape_area else None,
            "dIIC": dd, "dIICintra": intra, "dIICflux": flux, "dIICconnector": conn}


def threshold_scan(areas, dist, thresholds, p0, max_link=None, landscape_area=None,
                   pij_min=None, progress=None):
    """PCnum, EC(PC), PC, links and components for each distance threshold d0 (p(d0) = p0).
    Returns a list of dicts with the threshold under key 'distance'."""
    prog = as_progress(progress)
    rows = []
    ts = list(thresholds)
    for i, t in enumerate(ts):
        r = pc_overall(areas, dist, t, p0, max_link, landscape_area, pij_min)
        r["distance"] = float(t)
        rows.append(r)
        prog((i + 1) / len(ts))
    return rows


def grade_by_breaks(values, n_classes=3):
    """Grades 1 (highest class: crucial), 2 (important), 3 (ordinary), ... of ``values`` by
    natural breaks (Jenks, see :func:`core.classify.jenks_breaks`; any number of grades, their
    names and roles in :mod:`core.vocabulary`). Returns ``(grade int array, breaks)``; with
    fewer distinct values than classes there are fewer grades."""
    from ..classify import classify_by_breaks, jenks_breaks

    v = np.asarray(values, dtype=np.float64)
    if v.size == 1 or np.unique(v).size == 1:
        return np.ones(v.size, dtype=np.int32), np.array([v.min(), v.max()])
    breaks = jenks_breaks(v, n_classes)
    cls = classify_by_breaks(v, breaks)  # 1 = lowest .. k = highest
    k = len(breaks) - 1
    return (k + 1 - cls).astype(np.int32), breaks


# --------------------------------------------------------------------------------------------
# distances
# --------------------------------------------------------------------------------------------
def point_distances(xy):
    """Euclidean distances between points (n × 2 array)."""
    from scipy.spatial.distance import cdist

    xy = np.asarray(xy, dtype=np.float64)
    return cdist(xy, xy)


def least_cost_distances(labels, n_patches, resistance, valid, cell_w, cell_h, limit=None,
                         progress=None, names=None):
    """Least-cost distance between the edges of patches 1..n of ``labels`` over
    ``resistance`` (ArcGIS convention: a step costs its length × the mean resistance of its
    two cells, diagonals √2 × the cell size, source cells cost 0, nodata is a barrier).

    d_ij = the smallest cumulative cost from any cell of patch i to any cell of patch j.
    ``limit`` bounds each search (pairs farther than it get inf). Result is symmetric, in
    resistance × map units, 0 on the diagonal. ``names`` (optional) name the patches 1..n in
    error messages.

    One Dijkstra per patch (scikit-image's, through :mod:`.costdistance`, as MCR): it polls the
    cancel and moves the progress every :data:`costdistance.CHECK_EVERY` settled cells, so a
    cancel is prompt even inside an unbounded search over a large raster. Unbounded searches
    reuse one search object (no per-patch allocation); bounded ones run in a window around the
    patch that grows until it holds every cost ≤ ``limit`` (exact, see
    :func:`costdistance.bounded_cost_distance`).
    """
    lab = np.asarray(labels)
    r = np.asarray(resistance, dtype=np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(r)
    if (r[ok] <= 0).any():
        raise InputError(_tr("resistance values must be > 0 (found %g)") % r[ok].min())
    n = int(n_patches)
    prog = as_progress(progress)
    patch_cells = ok & (lab > 0) & (lab <= n)
    present = np.bincount(lab[patch_cells].astype(np.int64), minlength=n + 1)[1:n + 1]
    empty = np.flatnonzero(present == 0)
    if empty.size:
        raise InputError(_tr("patch(es) %s have no cell with a valid resistance value; check that "
                         "the resistance raster covers every patch")
                         % ", ".join(str(names[i] if names is not None else int(i) + 1)
                                     for i in empty[:10]))
    prog.check()
    h, w = r.shape
    costs = np.where(ok, r, np.inf)
    cell = (float(cell_w), float(cell_h))
    # the cells of patches 1..n, grouped by patch (every patch has at least one)
    flat = np.flatnonzero(patch_cells)
    order = np.argsort(lab.ravel()[flat], kind="stable")
    flat = flat[order]
    crow, ccol = np.divmod(flat, w)
    del order
    seg = np.concatenate([[0], np.cumsum(present)[:-1]])
    lim = np.inf if not limit else float(limit)
    total = int(ok.sum())
    if np.isfinite(lim):
        # first window: a path of cost L over resistance ≥ q (a low quantile) covers at most
        # L / q map units (a guess: the window grows when too small; exactness never depends
        # on it)
        finite = r[ok]
        q = float(np.quantile(finite[:: max(1, finite.size // 100000)], 0.1))
        q = max(q, float(finite.min()), 1e-300)
        margin = int(np.ceil(min(lim / (q * min(cell)), 4 * max(h, w)))) + 2
    out = np.full((n, n), np.inf)
    full = None      # one full-raster search object, reused by every patch that needs it
    for i in range(n):
        sub = prog.sub(i / n, (i + 1) / n)
        a, b = seg[i], seg[i] + present[i]
        rr, cc = crow[a:b], ccol[a:b]
        vals = None
        if np.isfinite(lim):
            wh = (min(rr.max() + margin + 1, h) - max(rr.min() - margin, 0))
            ww = (min(cc.max() + margin + 1, w) - max(cc.min() - margin, 0))
            if wh * ww < 0.5 * h * w:
                s = cd.bounded_cost_distance(costs, rr, cc, cell, lim, margin=margin,
                                             progress=sub)
                (r0, c0), (sh, sw) = s.origin, s.cost.shape
                inside = (crow >= r0) & (crow < r0 + sh) & (ccol >= c0) & (ccol < c0 + sw)
                vals = np.full(crow.size, np.inf)
                vals[inside] = s.cost[crow[inside] - r0, ccol[inside] - c0]
        if vals is None:
            if full is None:
                full = cd._mcp(costs, cell, None if np.isinf(lim) else lim, progress=sub,
                               total=total)
            elif hasattr(full, "rearm"):
                full.rearm(lim, sub, total)
            cum, _ = cd._find_costs(full, np.column_stack([rr, cc]))
            vals = cum[crow, ccol]
            vals[~(vals <= lim)] = np.inf
        out[i] = np.minimum.reduceat(vals, seg)
        prog((i + 1) / n)
    out = np.minimum(out, out.T)
    np.fill_diagonal(out, 0.0)
    return out


# --------------------------------------------------------------------------------------------
# Conefor's input files
# --------------------------------------------------------------------------------------------
def _conefor_rows(path, what):
    rows = []
    try:
        fh = open(path, encoding="utf-8-sig")
    except OSError as e:
        raise InputError(_tr("The Conefor %s file %s cannot be read: %s") % (what, path, e))
    with fh:
        for n, line in enumerate(fh, start=1):
            parts = line.replace(",", " ").replace(";", " ").split()
            if not parts or parts[0].startswith("#"):
                continue
            rows.append((n, parts))
    if not rows:
        raise InputError(_tr("The Conefor %s file %s is empty.") % (what, path))
    return rows


def _node_key(text):
    """Node ids match whether written 3, 3.0 or '3'."""
    try:
        f = float(text)
        return str(int(f)) if f == int(f) else str(f)
    except ValueError:
        return str(text)


def read_conefor_nodes(path):
    """Conefor node file: ``id attribute`` per line (tab or space separated; a third 0/1
    column, Conefor's nodes to add, is ignored). Returns ``(ids as text, attributes)``."""
    ids, att = [], []
    for n, parts in _conefor_rows(path, "node"):
        if len(parts) < 2:
            raise InputError(_tr("Conefor node file %s, line %d: expected 'id attribute', got "
                             "'%s'.") % (path, n, " ".join(parts)))
        try:
            a = float(parts[1])
        except ValueError:
            raise InputError(_tr("Conefor node file %s, line %d: the attribute '%s' is not a "
                             "number.") % (path, n, parts[1]))
        ids.append(_node_key(parts[0]))
        att.append(a)
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise InputError(_tr("Conefor node file %s: the node ids %s appear more than once.")
                         % (path, ", ".join(dup[:10])))
    return ids, np.array(att, dtype=np.float64)


def read_conefor_links(path, ids, kind="dist", d0=None, p0=None):
    """Conefor connection file ``id id value`` (distance, or probability with ``kind`` =
    'prob'); pairs not listed are not connected (Conefor's ``notall``). Returns the distance
    matrix over ``ids`` (inf = no link); probabilities become the distances that give them
    back, d = −ln(p) / k with p(d0) = p0 (p = 0: no link)."""
    pos = {str(i): k for k, i in enumerate(ids)}
    n = len(ids)
    d = np.full((n, n), np.inf)
    np.fill_diagonal(d, 0.0)
    seen = {}
    unknown = set()
    k = decay_constant(d0, p0) if kind == "prob" else None
    for ln, parts in _conefor_rows(path, "connection"):
        if len(parts) < 3:
            raise InputError(_tr("Conefor connection file %s, line %d: expected 'id id value', "
                             "got '%s'.") % (path, ln, " ".join(parts)))
        a, b = _node_key(parts[0]), _node_key(parts[1])
        try:
            v = float(parts[2])
        except ValueError:
            raise InputError(_tr("Conefor connection file %s, line %d: '%s' is not a number.")
                             % (path, ln, parts[2]))
        if a not in pos or b not in pos:
            unknown.update(x for x in (a, b) if x not in pos)
            continue
        if kind == "prob":
            if not (0.0 <= v <= 1.0):
                raise InputError(_tr("Conefor connection file %s, line %d: the probability %g is "
                                 "not between 0 and 1.") % (path, ln, v))
            val = np.inf if v == 0 else -math.log(v) / k
        else:
            if v < 0 or math.isnan(v):
                raise InputError(_tr("Conefor connection file %s, line %d: the distance %g is "
                                 "negative.") % (path, ln, v))
            val = v
        i, j = pos[a], pos[b]
        key = (min(i, j), max(i, j))
        if key in seen and seen[key][0] != val:
            raise InputError(_tr("Conefor connection file %s: the pair %s–%s is listed twice with "
                             "different values (lines %d and %d).") % (path, a, b, seen[key][1],
                                                                      ln))
        seen[key] = (val, ln)
        if i != j:
            d[i, j] = d[j, i] = val
    if unknown:
        raise InputError(_tr("Conefor connection file %s names nodes that are not among the "
                         "nodes: %s. Give the node file (or patches with the id field) that "
                         "holds them.") % (path, ", ".join(sorted(unknown)[:20])))
    return d
