"""The sustainable development pattern (SDP): economic cores, development axes, industrial
belts, ecological barrier areas and ecological axes, derived by explicit, parameterised rules
from the economic and ecological patterns.

Every function works on arrays (rasters) or small graphs and returns plain values; the QGIS
algorithm turns them into labelled vector layers.
"""
import numpy as np
from scipy import ndimage, sparse
from scipy.sparse import csgraph

from ..errors import InputError
from ..i18n import tr as _tr

_EIGHT = np.ones((3, 3), bool)


def rank_clusters(mask, weight=None, cell_area_m2=1.0, connectivity=8):
    """Connected clusters of ``mask`` ranked by their mass (Σ weight · cell area; the cell
    count when ``weight`` is None), largest first.

    Returns ``(labels renumbered 1..n by rank, stats)`` with stats a list of dicts: rank, cells,
    area_km2, mass, mean (mean weight), row, col (weight-centroid in cell units).
    """
    st = _EIGHT if connectivity == 8 else ndimage.generate_binary_structure(2, 1)
    lab, n = ndimage.label(np.asarray(mask, bool), structure=st)
    if n == 0:
        return lab.astype(np.int32), []
    w = np.ones(lab.shape) if weight is None else np.nan_to_num(np.asarray(weight, float))
    idx = np.arange(1, n + 1)
    cells = np.bincount(lab.ravel(), minlength=n + 1)[1:]
    mass = ndimage.sum(w, lab, idx) * (cell_area_m2 if weight is not None else 1.0)
    rows, cols = np.indices(lab.shape)
    wsum = ndimage.sum(w, lab, idx)
    wsafe = np.where(wsum > 0, wsum, 1.0)
    r = ndimage.sum(w * rows, lab, idx) / wsafe
    c = ndimage.sum(w * cols, lab, idx) / wsafe
    order = np.lexsort((-cells, -mass))  # by mass, then by size
    remap = np.zeros(n + 1, np.int32)
    remap[order + 1] = np.arange(1, n + 1, dtype=np.int32)
    stats = [{"rank": k + 1, "cells": int(cells[i]),
              "area_km2": cells[i] * cell_area_m2 / 1e6, "mass": float(mass[i]),
              "mean": float(wsum[i] / cells[i]), "row": float(r[i]), "col": float(c[i])}
             for k, i in enumerate(order)]
    return remap[lab], stats


def link_clusters(mask, link_distance_cells):
    """Single-linkage chains of the cells of ``mask``: two cells belong to one chain when a
    sequence of mask cells joins them with gaps no longer than ``link_distance_cells``
    (Euclidean, in cells). Implemented as the connected components of the mask grown by half
    the link distance (exact distance transform), read back on the mask cells.

    Returns ``(chain labels on the mask cells, 0 elsewhere; number of chains)``.
    """
    m = np.asarray(mask, bool)
    if not m.any():
        return np.zeros(m.shape, np.int32), 0
    grown = ndimage.distance_transform_edt(~m) <= link_distance_cells / 2.0
    lab, n = ndimage.label(grown, structure=_EIGHT)
    lab = np.where(m, lab, 0)
    used = np.unique(lab[lab > 0])
    remap = np.zeros(int(lab.max()) + 1, np.int32)
    remap[used] = np.arange(1, used.size + 1, dtype=np.int32)
    return remap[lab], int(used.size)


def friction_from_density(density, valid, floor=0.01):
    """Economic friction for development axes: ``1 / (d/dmax + floor)``; cheap where the
    economy is dense, expensive (up to 1/floor) where it is empty. Invalid cells → -1
    (barriers for scikit-image's MCP)."""
    d = np.asarray(density, float)
    ok = np.asarray(valid, bool) & np.isfinite(d)
    if not ok.any():
        raise InputError(_tr("the density raster has no valid cell"))
    dmax = d[ok].max()
    if dmax <= 0:
        raise InputError(_tr("the density raster is zero everywhere: no economy to follow"))
    f = np.full(d.shape, -1.0)
    f[ok] = 1.0 / (np.clip(d[ok], 0, None) / dmax + floor)
    return f


def least_cost_paths(friction, labels, ids, cell_size=1.0):
    """Least-cost paths between every pair of the clusters ``ids`` of ``labels`` over
    ``friction`` (scikit-image ``MCP_Geometric``, ArcGIS convention: step length × mean
    friction; negative friction is a barrier).

    Returns a list of dicts ``{a, b, cost, cells (k×2 array of row, col)}`` for the pairs that
    are connected; cost in friction × map units.
    """
    from skimage.graph import MCP_Geometric

    out = []
    lab = np.asarray(labels)
    for ia, a in enumerate(ids):
        starts = np.argwhere(lab == a)
        mcp = MCP_Geometric(friction, sampling=(cell_size, cell_size))
        costs, _ = mcp.find_costs([tuple(s) for s in starts])
        for b in ids[ia + 1:]:
            cells_b = np.argwhere(lab == b)
            cb = costs[cells_b[:, 0], cells_b[:, 1]]
            if not np.isfinite(cb).any():
                continue
            end = cells_b[int(np.nanargmin(cb))]
            path = np.asarray(mcp.traceback(tuple(end)))
            out.append({"a": a, "b": b, "cost": float(cb.min()), "cells": path})
    return out


def minimum_spanning_pairs(pairs, n_axes):
    """The axes: the minimum spanning tree of the cluster graph weighted by path cost (the
    cheapest way to join all cores), its edges ordered by the rank of their clusters (the axis
    between the two largest cores first), at most ``n_axes``."""
    if not pairs:
        return []
    nodes = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    pos = {v: i for i, v in enumerate(nodes)}
    w = sparse.lil_matrix((len(nodes), len(nodes)))
    for p in pairs:
        w[pos[p["a"]], pos[p["b"]]] = max(p["cost"], 1e-12)
    mst = csgraph.minimum_spanning_tree(w.tocsr()).tocoo()
    keep = {(nodes[i], nodes[j]) for i, j in zip(mst.row, mst.col)}
    keep |= {(b, a) for a, b in keep}
    chosen = [p for p in pairs if (p["a"], p["b"]) in keep]
    chosen.sort(key=lambda p: (min(p["a"], p["b"]), max(p["a"], p["b"])))
    return chosen[:n_axes]


def axis_chains(n_nodes, edges, n_axes):
    """Split a corridor network into ecological axes.

    ``edges`` is a list of ``(u, v, length)`` between nodes 0..n_nodes-1 (sources joined by
    type I/II corridors). Rule: take the minimum spanning forest of the network (by length),
    then repeatedly take the longest chain in it (the longest path of a tree, its diameter),
    remove its edges, and repeat — at most ``n_axes`` chains, longest first.

    Returns a list of chains, each ``{"nodes": [..], "edges": [edge indices], "length": L}``.
    """
    if not edges:
        return []
    best = {}
    for k, (u, v, ln) in enumerate(edges):
        key = (min(u, v), max(u, v))
        if u != v and (key not in best or ln < edges[best[key]][2]):
            best[key] = k
    rows = [edges[k][0] for k in best.values()]
    cols = [edges[k][1] for k in best.values()]
    vals = [max(edges[k][2], 1e-9) for k in best.values()]
    g = sparse.coo_matrix((vals, (rows, cols)), shape=(n_nodes, n_nodes)).tocsr()
    forest = csgraph.minimum_spanning_tree(g + g.T)
    forest = (forest + forest.T).tolil()
    edge_of = {}
    for key, k in best.items():
        edge_of[key] = k
    chains = []
    while len(chains) < n_axes:
        f = forest.tocsr()
        if f.nnz == 0:
            break
        dist, pred = csgraph.shortest_path(f, directed=False, return_predecessors=True)
        dist[~np.isfinite(dist)] = -1
        i, j = np.unravel_index(np.argmax(dist), dist.shape)
        if dist[i, j] <= 0:
            break
        path = [j]
        while path[-1] != i:
            path.append(pred[i, path[-1]])
        path = path[::-1]
        eidx = [edge_of[(min(a, b), max(a, b))] for a, b in zip(path[:-1], path[1:])]
        chains.append({"nodes": [int(p) for p in path], "edges": eidx,
                       "length": float(dist[i, j])})
        for a, b in zip(path[:-1], path[1:]):
            forest[a, b] = 0
            forest[b, a] = 0
    return chains


def near_lines(labels, n, line_mask, max_distance_cells):
    """For each cluster 1..n of ``labels``: True when it lies within ``max_distance_cells`` of a
    cell of ``line_mask`` (an axis)."""
    if n == 0:
        return np.zeros(0, bool)
    if not np.asarray(line_mask, bool).any():
        return np.zeros(n, bool)
    d = ndimage.distance_transform_edt(~np.asarray(line_mask, bool))
    mind = ndimage.minimum(d, labels, np.arange(1, n + 1))
    return np.asarray(mind) <= max_distance_cells


def select_belts(chains, n_chains, near, weight, cell_area_m2, n_belts):
    """Industrial development belts: of the chains 1..n of ``chains`` (from
    :func:`link_clusters` of the secondary and high-intensity cells outside the cores), those
    near an axis (``near``, one bool a chain) ranked by their economic mass Σ weight · cell area
    (largest first; a tie keeps the lower chain id), the first ``n_belts``.

    Returns ``(belt labels 1..k by rank, 0 elsewhere; [chain id of each belt]; masses of all
    chains (n,))``.
    """
    ch = np.asarray(chains)
    w = np.nan_to_num(np.asarray(weight, dtype=np.float64))
    mass = np.bincount(ch.ravel(), weights=w.ravel(), minlength=n_chains + 1)[1:] * cell_area_m2
    cand = [int(i) + 1 for i in np.argsort(-mass, kind="stable") if near[i]]
    belts = cand[:max(int(n_belts), 0)]
    remap = np.zeros(n_chains + 1, np.int32)
    for rank, cid in enumerate(belts, start=1):
        remap[cid] = rank
    return remap[ch], belts, mass


def source_groups(index, link_distance_cells):
    """Groups of sources linked within the link distance (single linkage of their cells, see
    :func:`link_clusters`). ``index``: the raster of source numbers 1..m (0 = none) of the
    sources that may form a group (the crucial and important ones for the ecological barrier
    areas). Returns a list of sorted member lists, one a group, in chain order."""
    idx = np.asarray(index)
    chains, n = link_clusters(idx > 0, link_distance_cells)
    on = idx > 0
    pairs = np.unique(np.stack([chains[on], idx[on]]), axis=1)   # (chain, source) present
    return [sorted(pairs[1, pairs[0] == b].tolist()) for b in range(1, n + 1)]


def rank_by_value(values, n):
    """Indices of the ``n`` largest ``values``, largest first (a tie keeps the earlier one)."""
    order = np.argsort(-np.asarray(values, dtype=np.float64), kind="stable")
    return [int(i) for i in order[:max(int(n), 0)]]


def overlapping_pairs(n_a, n_b, overlap):
    """SDP conflict zones: every pair (i of the economic elements, j of the ecological ones)
    whose overlap is positive, in order of i then j. ``overlap(i, j)`` returns the overlap
    area (or None / 0 for none). Returns ``[(i, j, area)]``."""
    out = []
    for i in range(n_a):
        for j in range(n_b):
            a = overlap(i, j)
            if a:
                out.append((i, j, a))
    return out


def match_corridors(zone_pairs, corridor_pairs):
    """The corridor of each zone: the index in ``corridor_pairs`` of the first corridor joining
    the same two sources as the zone's ``(from_id, to_id)`` (either direction), -1 for a zone
    of no corridor (or with a missing id). Pinch-point and barrier zones name the sources of
    the corridor they were found on, as the corridors of ``mcrcorridors`` do."""
    first = {}
    for k, (a, b) in enumerate(corridor_pairs):
        if a is None or b is None:
            continue
        first.setdefault(frozenset((a, b)), k)
    return [first.get(frozenset((a, b)), -1) if a is not None and b is not None else -1
            for a, b in zone_pairs]


def _ranked(keys, keep, n):
    """Indices where ``keep`` is True, sorted by the tuples of ``keys`` (ascending; a tie keeps
    the lower index), the first ``n``."""
    cand = [i for i in range(len(keep)) if keep[i]]
    cand.sort(key=lambda i: (keys[i], i))
    return cand[:max(int(n), 0)]


def _finite(v):
    return np.array([np.nan if x is None else float(x) for x in v], dtype=np.float64)


def corridors_to_keep_wide(max_current, mean_current, corridor, n):
    """Corridors to keep wide: the pinch-point zones that lie on an ecological corridor
    (``corridor`` ≥ 0, from :func:`match_corridors` or an overlay), ranked by their largest
    cell current (A; the flow of the whole corridor squeezed through the fewest cells), then by
    their mean current, the first ``n``. A zone without a current is left out.
    Returns the zone indices, highest priority first."""
    mx, mn = _finite(max_current), _finite(mean_current)
    keep = [bool(c >= 0 and np.isfinite(a)) for c, a in zip(corridor, mx)]
    keys = [(-a, -(b if np.isfinite(b) else -np.inf)) for a, b in zip(mx, mn)]
    return _ranked(keys, keep, n)


def restoration_priorities(score, area_km2, n):
    """Restoration priorities: the barrier zones with a positive improvement score (drop in the
    least-cost distance per metre of restored diameter; Barrier Mapper), ranked by score, then
    by the larger area (more to gain from one restoration), the first ``n``.
    Returns the zone indices, highest priority first."""
    s, a = _finite(score), np.nan_to_num(_finite(area_km2))
    keep = [bool(np.isfinite(x) and x > 0) for x in s]
    keys = [(-x, -y) for x, y in zip(s, a)]
    return _ranked(keys, keep, n)
