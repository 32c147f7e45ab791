"""Landscape metrics with the FRAGSTATS 4 definitions (McGarigal, Cushman & Ene 2012).

Conventions, as in FRAGSTATS 4.2:

* The landscape is every valid cell. Invalid (nodata) cells lie *outside* the landscape: an edge
  towards them is landscape boundary. An optional ``background`` value marks cells *inside* the
  landscape (they count in the total area A) that belong to no class.
* Patches are 8-cell (queen) by default, 4-cell (rook) as option. The patch rule changes NP, LPI
  and CONNECT only.
* Edges and adjacencies are between orthogonal neighbours (cell sides). Total edge TE and edge
  density ED do not count the landscape boundary (FRAGSTATS' default "do not count boundary as
  edge") but count every edge towards background. LSI counts every edge, boundary and
  background included, as FRAGSTATS does whatever the edge settings.

Definitions (a_i cells of class i, A cells of the landscape, cell side c):

* CA_i = a_i·c²/10⁴ (ha); PLAND_i = 100·a_i/A; NP_i = number of patches;
  LPI_i = 100·(largest patch of i)/A; TE_i in m; ED_i = TE_i/(A·c²)·10⁴ (m/ha).
* LSI_i = e_i / min e_i (FRAGSTATS 4): e_i = cell sides of class i towards other classes,
  background or the boundary; min e = 4n (a = n²), 4n+2 (n² < a ≤ n(n+1)), 4n+4 otherwise,
  n = ⌊√a⌋. Landscape LSI = E / min E with E all edges plus the whole boundary.
* AI_i = 100·g_ii / max g_ii, g_ii = like adjacencies counted once; with n = ⌊√a⌋,
  m = a − n²: max g = 2n(n−1) (m = 0), 2n(n−1)+2m−1 (m ≤ n), 2n(n−1)+2m−2 (m > n).
  Undefined (None) for a one-cell class. Landscape AI = Σ_i AI_i·P_i.
* SHDI = −Σ P_i ln P_i, SHEI = SHDI/ln m (m classes present), P_i = a_i/A.
* CONTAG = 100·[1 + Σ_i Σ_k P_i·(g_ik/Σ_k g_ik)·ln(P_i·g_ik/Σ_k g_ik) / (2 ln m)] with g_ik the
  adjacencies counted in both directions (double-count method), boundary and background
  excluded.
* CONNECT = 100·Σ_i c_i / Σ_i n_i(n_i−1)/2, c_i = number of pairs of patches of class i
  whose cell centres lie within the threshold distance d (Euclidean, edge-to-edge, ≤ d). Class
  CONNECT_i = 100·c_i/(n_i(n_i−1)/2). Undefined (None) when there are fewer than two patches.
"""
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..patches import label_patches
from ..progress import as_progress
from ..i18n import tr as _tr

CLASS_METRICS = ("CA", "PLAND", "NP", "LPI", "TE", "ED", "LSI", "AI", "CONNECT")
LANDSCAPE_METRICS = ("TA", "NP", "LPI", "TE", "ED", "LSI", "CONTAG", "SHDI", "SHEI", "AI",
                     "CONNECT")


@dataclass
class LandscapeMetrics:
    """Result of :func:`landscape_metrics`: ``classes`` (codes), ``by_class`` {metric: list in
    the order of ``classes``}, ``landscape`` {metric: value}; None = undefined."""
    classes: list
    by_class: dict = field(default_factory=dict)
    landscape: dict = field(default_factory=dict)
    connectivity: int = 8
    connect_distance: float = None


def min_edge(a):
    """Minimum perimeter (in cell sides) of ``a`` cells (FRAGSTATS' LSI denominator)."""
    a = np.asarray(a, np.int64)
    n = np.floor(np.sqrt(a)).astype(np.int64)
    n = n - (n * n > a) + ((n + 1) * (n + 1) <= a)  # exact integer square root
    out = np.where(a == n * n, 4 * n, np.where(a <= n * (n + 1), 4 * n + 2, 4 * n + 4))
    return out


def max_like_adjacencies(a):
    """Largest possible number of like adjacencies (single count) of ``a`` cells (AI)."""
    a = np.asarray(a, np.int64)
    n = np.floor(np.sqrt(a)).astype(np.int64)
    n = n - (n * n > a) + ((n + 1) * (n + 1) <= a)
    m = a - n * n
    base = 2 * n * (n - 1)
    return np.where(m == 0, base, np.where(m <= n, base + 2 * m - 1, base + 2 * m - 2))


def class_index(codes, valid, background=None):
    """Map class codes to 0..K-1 (K = number of classes), background to K, outside to K+1.

    Returns ``(idx uint16/int32 array, sorted list of class codes)``. Codes must be whole
    numbers (an :class:`InputError` otherwise).
    """
    codes = np.asarray(codes)
    valid = np.asarray(valid, bool)
    v = codes[valid]
    if v.size == 0:
        raise InputError(_tr("The land-use raster holds no valid cell."))
    if np.issubdtype(v.dtype, np.floating):
        if not np.all(np.isfinite(v)) or np.any(v != np.round(v)):
            raise InputError(_tr("The land-use raster holds values that are not whole numbers; "
                             "landscape metrics need integer class codes."))
    vi = v.astype(np.int64)
    lo, hi = int(vi.min()), int(vi.max())
    if hi - lo < 5_000_000:
        present = np.flatnonzero(np.bincount(vi - lo)) + lo
        inverse = None
    else:
        present, inverse = np.unique(vi, return_inverse=True)
    bg = None if background is None else int(background)
    classes = [int(c) for c in present if c != bg]
    if not classes:
        raise InputError(_tr("The land-use raster holds only background cells."))
    K = len(classes)
    dtype = np.uint16 if K + 2 < 65535 else np.int32
    lut_vals = np.array([classes.index(c) if c != bg else K for c in present.tolist()],
                        dtype=dtype) if K < 2000 else None
    if lut_vals is None:  # many classes: vectorised lookup
        pos = np.searchsorted(np.array(classes), present)
        lut_vals = np.where(present == bg, K, pos).astype(dtype)
    idx = np.full(codes.shape, K + 1, dtype=dtype)
    if inverse is None:
        lut = np.zeros(hi - lo + 1, dtype=dtype)
        lut[present - lo] = lut_vals
        idx[valid] = lut[vi - lo]
    else:
        idx[valid] = lut_vals[inverse.ravel()]
    return idx, classes


def adjacency_matrix(idx, n_codes):
    """Ordered orthogonal adjacency counts N[a, b] (left→right and top→bottom pairs) of the
    index raster padded with the outside code ``n_codes - 1``."""
    pad = np.pad(idx, 1, constant_values=n_codes - 1).astype(np.int32)
    h = pad[:, :-1] * n_codes + pad[:, 1:]
    v = pad[:-1, :] * n_codes + pad[1:, :]
    counts = np.bincount(h.ravel(), minlength=n_codes * n_codes)
    counts += np.bincount(v.ravel(), minlength=n_codes * n_codes)
    return counts.reshape(n_codes, n_codes)


def _patch_boundary(labels):
    """Cells of a patch with a side neighbour outside that patch. The closest cell centres of
    two disjoint patches always lie on these cells: from an inner cell a step towards the other
    patch stays in the patch and gets closer."""
    pad = np.pad(labels, 1)
    core = pad[1:-1, 1:-1]
    return (core > 0) & ((pad[:-2, 1:-1] != core) | (pad[2:, 1:-1] != core)
                         | (pad[1:-1, :-2] != core) | (pad[1:-1, 2:] != core))


def _connect_pairs(labels, n, radius_cells, check=None):
    """Number of pairs of patches (labels 1..n) whose closest cell centres are within
    ``radius_cells`` cell sides (Euclidean, ≤).

    Only patch boundary cells matter. For each patch j, a k-d tree of its boundary cells is
    queried with the boundary cells of patches k > j in the rows of its bounding box grown by
    the radius (points are kept in row order, so those rows are one slice); each pair of
    patches is seen once.
    """
    from scipy.spatial import cKDTree
    if n < 2:
        return 0
    r = int(np.floor(radius_cells + 1e-9))
    bound = radius_cells * (1 + 1e-12) + 1e-9
    H = labels.shape[0]
    bi, bj = np.nonzero(_patch_boundary(labels))      # row-major order
    bl = labels[bi, bj]
    order = np.argsort(bl, kind="stable")
    starts = np.searchsorted(bl[order], np.arange(1, n + 2))
    row_start = np.searchsorted(bi, np.arange(H + 1))
    pairs = 0
    for j in range(1, n):
        if check is not None and j % 256 == 0:
            check()
        own = order[starts[j - 1]:starts[j]]
        oi, oj = bi[own], bj[own]
        lo = row_start[max(int(oi.min()) - r, 0)]
        hi = row_start[min(int(oi.max()) + r + 1, H)]
        ci, cj, cl = bi[lo:hi], bj[lo:hi], bl[lo:hi]
        m = (cl > j) & (cj >= oj.min() - r) & (cj <= oj.max() + r)
        if not m.any():
            continue
        tree = cKDTree(np.column_stack([oi, oj]).astype(np.float64))
        dist, _ = tree.query(np.column_stack([ci[m], cj[m]]).astype(np.float64), k=1,
                             distance_upper_bound=bound)
        hit = np.isfinite(dist)
        if hit.any():
            pairs += np.unique(cl[m][hit]).size
    return pairs


def landscape_metrics(codes, valid, cell_size, connectivity=8, background=None,
                      connect_distance=None, progress=None):
    """Class- and landscape-level metrics of a categorical raster (see the module docstring).

    ``codes``: 2-D array of class codes; ``valid``: bool mask (False = outside);
    ``cell_size``: side of the square cells in metres; ``connectivity``: 8 or 4;
    ``background``: code of background cells inside the landscape, or None;
    ``connect_distance``: CONNECT threshold in metres, or None to skip CONNECT.
    """
    prog = as_progress(progress)
    if connectivity not in (4, 8):
        raise InputError(_tr("The patch rule must be 4 or 8 neighbours."))
    cell = float(cell_size)
    if not cell > 0:
        raise InputError(_tr("The cell size must be positive."))
    if connect_distance is not None and not connect_distance >= 0:
        raise InputError(_tr("The CONNECT threshold distance must be zero or positive (metres)."))
    idx, classes = class_index(codes, valid, background)
    K = len(classes)
    prog(0.05)
    N = adjacency_matrix(idx, K + 2)
    S = N + N.T
    cells_all = np.bincount(idx.ravel(), minlength=K + 2)
    a = cells_all[:K].astype(np.int64)
    A = int(cells_all[:K + 1].sum())  # classes + background
    area_ha = A * cell * cell / 1e4
    P = a / A
    prog(0.15)

    inside = K + 1  # codes 0..K are inside the landscape
    off = S[:K, :inside].copy()
    off[np.arange(K), np.arange(K)] = 0
    te_cells = off.sum(axis=1)                       # class edges, boundary excluded
    e_cells = te_cells + S[:K, K + 1]                # ... plus boundary (for LSI)
    g_like = np.diag(N)[:K].astype(np.int64)
    max_g = max_like_adjacencies(a)
    with np.errstate(divide="ignore", invalid="ignore"):
        ai = np.where(max_g > 0, 100.0 * g_like / np.maximum(max_g, 1), np.nan)
    lsi = e_cells / min_edge(a)

    S_in = S[:inside, :inside].copy()
    np.fill_diagonal(S_in, 0)
    te_land_cells = S_in.sum() / 2.0
    E_land = te_land_cells + S[:inside, K + 1].sum()
    lsi_land = E_land / float(min_edge(A))

    # diversity and contagion
    shdi = float(-np.sum(P * np.log(P)))
    shei = shdi / np.log(K) if K > 1 else None
    contag = None
    if K > 1:
        G = S[:K, :K].astype(np.float64)
        rows = G.sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            q = P[:, None] * np.where(rows[:, None] > 0, G / rows[:, None], 0.0)
            terms = np.where(q > 0, q * np.log(np.where(q > 0, q, 1.0)), 0.0)
        contag = 100.0 * (1.0 + terms.sum() / (2.0 * np.log(K)))
    ai_land = float(np.nansum(ai / 100.0 * P) * 100.0)

    prog(0.25)
    n_p = np.zeros(K, np.int64)
    largest = np.zeros(K, np.int64)
    pairs = np.zeros(K, np.int64)
    for k in range(K):
        lab, n = label_patches(idx == k, connectivity)
        n_p[k] = n
        if n:
            largest[k] = np.bincount(lab.ravel())[1:].max()
        if connect_distance is not None:
            pairs[k] = _connect_pairs(lab, n, connect_distance / cell, prog.check)
        prog(0.25 + 0.75 * (k + 1) / K)

    with np.errstate(divide="ignore", invalid="ignore"):
        possible = n_p * (n_p - 1) // 2
        connect_c = np.where(possible > 0, 100.0 * pairs / np.maximum(possible, 1), np.nan)
    connect_l = (100.0 * pairs.sum() / possible.sum()) if possible.sum() > 0 else None

    def clean(x):
        return [None if (v is None or (isinstance(v, float) and np.isnan(v))) else v
                for v in (float(t) for t in x)]

    res = LandscapeMetrics(classes=classes, connectivity=connectivity,
                           connect_distance=connect_distance)
    res.by_class = {
        "CA": clean(a * cell * cell / 1e4),
        "PLAND": clean(100.0 * P),
        "NP": [int(t) for t in n_p],
        "LPI": clean(100.0 * largest / A),
        "TE": clean(te_cells * cell),
        "ED": clean(te_cells * cell / area_ha),
        "LSI": clean(lsi),
        "AI": clean(ai),
        "CONNECT": clean(connect_c) if connect_distance is not None else [None] * K,
    }
    res.landscape = {
        "TA": area_ha,
        "NP": int(n_p.sum()),
        "LPI": float(100.0 * largest.max() / A),
        "TE": float(te_land_cells * cell),
        "ED": float(te_land_cells * cell / area_ha),
        "LSI": float(lsi_land),
        "CONTAG": None if contag is None else float(contag),
        "SHDI": shdi,
        "SHEI": None if shei is None else float(shei),
        "AI": ai_land,
        "CONNECT": None if connect_l is None else float(connect_l),
    }
    return res
