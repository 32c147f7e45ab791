"""Kernel density of points as ArcGIS Spatial Analyst "Kernel Density" computes it.

Density at a cell centre c (Silverman 1986, eq. 4.5, the quartic kernel normalised so that the
volume under each point's kernel equals the point's population):

    D(c) = Σ_i  pop_i · 3/(π r²) · (1 − d_i²/r²)²      over the points with d_i = |c − p_i| < r

in population per map unit² (per m² in a metric CRS; the caller converts the area unit).

Default search radius (ArcGIS ≥ 10.2.1, "spatial variant of Silverman's rule of thumb"):

    r = 0.9 · min(SD, √(1/ln 2) · Dm) · n^−0.2

with the (population-weighted) mean centre, Dm the (weighted) median distance of the points to
it, SD the (weighted) standard distance √(Σw·dx²/Σw + Σw·dy²/Σw) and n the number of points, or
the sum of the population field when one is given.

Two ways of computing the same surface, chosen by cost (``method='auto'``):

* ``exact``: every point's kernel is evaluated at the centres of the cells within r of it,
  points in vectorised blocks, accumulated with ``np.bincount``. Exact; cost ∝ n·(r/cell)².
* ``fft``: points are spread bilinearly onto a grid of nodes (the cell centres, or a finer grid
  of s×s nodes per cell when the radius is short), the node grid is convolved with the kernel
  sampled at node offsets (``scipy.signal.fftconvolve``) and read back at the cell centres.
  The only error is the bilinear interpolation of the kernel between nodes, at most about
  (node spacing / r)² of the peak; nodes are made fine enough that r spans ≥ 40 nodes,
  so the error stays below 1e-3 of the peak (tests check it against the exact sum).
  Cost ∝ grid cells · log, whatever the number of points.

Nothing here imports QGIS.
"""
import math
import os
from dataclasses import dataclass

import numpy as np
from scipy import fft as sp_fft
from scipy import signal

from ..errors import InputError
from ..i18n import tr as _tr
from ..progress import as_progress, interruptible
from ..validate import check_code_lengths

SQRT_INV_LN2 = math.sqrt(1.0 / math.log(2.0))
#: the fft method puts at least this many nodes on the radius (error ≲ 1/FFT_NODES² of peak)
FFT_NODES = 40
_BLOCK = 4_000_000  # kernel evaluations per vectorised block of the exact method
_FFT_MAX_NODES = 100_000_000  # beyond this node grid the fft method gives way to exact


@dataclass(frozen=True)
class GridSpec:
    """A north-up grid: left edge ``x0``, top edge ``ytop``, square cells of ``cell`` map
    units, ``width`` columns and ``height`` rows (row 0 at the top)."""
    x0: float
    ytop: float
    cell: float
    width: int
    height: int

    @property
    def shape(self):
        return (self.height, self.width)

    @property
    def geotransform(self):
        return (self.x0, self.cell, 0.0, self.ytop, 0.0, -self.cell)

    def centres(self):
        """(x of the column centres, y of the row centres)."""
        return (self.x0 + (np.arange(self.width) + 0.5) * self.cell,
                self.ytop - (np.arange(self.height) + 0.5) * self.cell)


def snapped_grid(xmin, ymin, xmax, ymax, cell, grow=0.0):
    """The grid of ``cell``-sized cells whose edges are multiples of ``cell`` and which covers
    the box grown by ``grow`` on every side (so grids of the same cell size always align)."""
    cell = float(cell)
    if not cell > 0:
        raise InputError(_tr("The cell size must be positive."))
    eps = 1e-9
    x0 = math.floor((xmin - grow) / cell + eps) * cell
    x1 = math.ceil((xmax + grow) / cell - eps) * cell
    y0 = math.floor((ymin - grow) / cell + eps) * cell
    y1 = math.ceil((ymax + grow) / cell - eps) * cell
    w = max(int(round((x1 - x0) / cell)), 1)
    h = max(int(round((y1 - y0) / cell)), 1)
    return GridSpec(x0, y0 + h * cell, cell, w, h)


def _weights(w, n):
    if w is None:
        return None
    w = np.asarray(w, dtype=np.float64)
    if w.shape != (n,):
        raise ValueError("one weight per point")
    if not np.all(np.isfinite(w)):
        raise InputError(_tr("The population field holds empty or non-numeric values."))
    if np.any(w < 0):
        raise InputError(_tr("The population field holds negative values ({:g}); populations "
                         "must be zero or more.").format(float(w.min())))
    return w


def weighted_median(values, weights=None):
    """Median of ``values``; with ``weights``, the weighted median: the value where the
    cumulative weight (values sorted) reaches half the total, the mean of the two values
    around it when it reaches exactly half. Integer weights therefore give the ordinary
    median of the values repeated ``weight`` times (the meaning of ArcGIS's population)."""
    v = np.asarray(values, dtype=np.float64)
    if weights is None:
        return float(np.median(v))
    w = np.asarray(weights, dtype=np.float64)
    keep = w > 0
    v, w = v[keep], w[keep]
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    cw = np.cumsum(w)
    half = 0.5 * cw[-1]
    i = int(np.searchsorted(cw, half * (1 - 1e-12), side="left"))
    if abs(cw[i] - half) <= 1e-12 * cw[-1] and i + 1 < v.size:
        return float(0.5 * (v[i] + v[i + 1]))
    return float(v[i])


def default_radius(x, y, weights=None):
    """ArcGIS's default search radius. Returns a dict with ``radius``, ``sd`` (standard
    distance), ``dm`` (median distance to the mean centre), ``n`` (count or total
    population), ``mean_x``, ``mean_y``."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = _weights(weights, x.size)
    if x.size == 0:
        raise InputError(_tr("There are no points to compute a search radius from."))
    if w is None:
        n = float(x.size)
        mx, my = float(x.mean()), float(y.mean())
        sd = math.sqrt(float(np.mean((x - mx) ** 2) + np.mean((y - my) ** 2)))
    else:
        n = float(w.sum())
        if not n > 0:
            raise InputError(_tr("The populations of the points sum to zero."))
        mx, my = float(np.dot(w, x) / n), float(np.dot(w, y) / n)
        sd = math.sqrt(float(np.dot(w, (x - mx) ** 2) / n + np.dot(w, (y - my) ** 2) / n))
    dm = weighted_median(np.hypot(x - mx, y - my), w)
    radius = 0.9 * min(sd, SQRT_INV_LN2 * dm) * n ** -0.2
    return {"radius": radius, "sd": sd, "dm": dm, "n": n, "mean_x": mx, "mean_y": my}


def quartic(d2, r):
    """ArcGIS's point kernel at squared distance ``d2`` for radius ``r`` (per unit area)."""
    d2 = np.asarray(d2, dtype=np.float64)
    t = 1.0 - d2 / (r * r)
    return np.where(d2 < r * r, 3.0 / (math.pi * r * r) * t * t, 0.0)


def _to_index(x, y, grid):
    """Point coordinates in cell-centre index units: column u, row v (cell (i, j) at (j, i))."""
    u = (np.asarray(x, np.float64) - grid.x0) / grid.cell - 0.5
    v = (grid.ytop - np.asarray(y, np.float64)) / grid.cell - 0.5
    return u, v


def _exact_sum(u, v, w, R, H, W, progress):
    """Σ w·(1 − d²/R²)² at the cell centres (d, R in cells), per point window."""
    k = int(math.ceil(R + 0.5))
    oy, ox = np.mgrid[-k:k + 1, -k:k + 1]
    oy, ox = oy.ravel(), ox.ravel()
    ci = np.rint(u).astype(np.int64)
    ri = np.rint(v).astype(np.int64)
    out = np.zeros(H * W, dtype=np.float64)
    step = max(1, _BLOCK // oy.size)
    R2 = R * R
    for s in range(0, u.size, step):
        e = min(s + step, u.size)
        rr = ri[s:e, None] + oy[None, :]
        cc = ci[s:e, None] + ox[None, :]
        d2 = (cc - u[s:e, None]) ** 2 + (rr - v[s:e, None]) ** 2
        ok = (d2 < R2) & (rr >= 0) & (rr < H) & (cc >= 0) & (cc < W)
        t = 1.0 - d2[ok] / R2
        val = np.broadcast_to(w[s:e, None], d2.shape)[ok] * t * t
        out += np.bincount(rr[ok] * W + cc[ok], val, minlength=H * W)
        progress(e / u.size)
    return out.reshape(H, W)


def _fft_plan(R, H, W):
    s = max(1, int(math.ceil(FFT_NODES / R)))
    k = int(math.ceil(R * s)) + 1
    return s, k, ((H - 1) * s + 1 + 2 * k, (W - 1) * s + 1 + 2 * k)


def _fftconvolve(B, K):
    with sp_fft.set_workers(min(4, os.cpu_count() or 1)):  # pocketfft threads, if any
        return signal.fftconvolve(B, K, mode="same")


def _fft_sum(u, v, w, R, H, W, progress):
    """Same sum as :func:`_exact_sum` by bilinear spreading onto nodes + FFT convolution."""
    s, k, (Hf, Wf) = _fft_plan(R, H, W)
    U = u * s + k
    V = v * s + k
    j0 = np.floor(U).astype(np.int64)
    i0 = np.floor(V).astype(np.int64)
    fx = U - j0
    fy = V - i0
    base = i0 * Wf + j0
    idx = np.concatenate([base, base + 1, base + Wf, base + Wf + 1])
    val = np.concatenate([w * (1 - fy) * (1 - fx), w * (1 - fy) * fx,
                          w * fy * (1 - fx), w * fy * fx])
    B = np.bincount(idx, val, minlength=Hf * Wf).reshape(Hf, Wf)
    progress(0.2)
    Rf = R * s
    kk = int(math.floor(Rf))
    a = np.arange(-kk, kk + 1, dtype=np.float64)
    d2 = a[:, None] ** 2 + a[None, :] ** 2
    t = np.clip(1.0 - d2 / (Rf * Rf), 0.0, None)
    K = t * t
    # one long compiled call (it releases the interpreter lock): stopped on cancel
    conv = interruptible(progress, _fftconvolve, B, K)
    progress(0.9)
    out = conv[k:k + (H - 1) * s + 1:s, k:k + (W - 1) * s + 1:s].copy()
    # FFT round-off leaves ~1e-16 of the total mass where no kernel reaches: make it 0
    out[out < 1e-12 * max(float(w.sum()), 1e-300)] = 0.0
    return out


def choose_method(n_points, R, H, W):
    """'exact' or 'fft', whichever is cheaper for this size (rough operation counts)."""
    k = int(math.ceil(R + 0.5))
    exact = n_points * (2 * k + 1) ** 2 * 3.0
    s, kf, (Hf, Wf) = _fft_plan(R, H, W)
    fft = Hf * Wf * 40.0 + n_points * 8.0
    return "exact" if exact <= fft else "fft"


def kernel_density(x, y, grid, radius, weights=None, method="auto", progress=None):
    """Density (population per map unit²) of the points at the cell centres of ``grid``.

    ``weights``: population of each point (None = 1 each). ``method``: 'auto', 'exact' or
    'fft' (see the module doc). Points outside the grid still count where their kernel
    reaches inside it. Returns a float64 array of ``grid.shape``.
    """
    progress = as_progress(progress)
    r = float(radius)
    if not r > 0:
        raise InputError(_tr("The search radius must be positive."))
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = _weights(weights, x.size)
    w = np.ones(x.size) if w is None else w
    H, W = grid.height, grid.width
    R = r / grid.cell
    u, v = _to_index(x, y, grid)
    near = (u > -R) & (u < W - 1 + R) & (v > -R) & (v < H - 1 + R) & (w > 0)
    u, v, w = u[near], v[near], w[near]
    if u.size == 0:
        progress(1.0)
        return np.zeros(grid.shape)
    if method == "auto":
        method = choose_method(u.size, R, H, W)
    if method == "fft":
        Hf, Wf = _fft_plan(R, H, W)[2]
        if Hf * Wf > _FFT_MAX_NODES:  # a radius of a fraction of a cell: nodes too many
            method = "exact"
    if method == "exact":
        acc = _exact_sum(u, v, w, R, H, W, progress)
    elif method == "fft":
        acc = _fft_sum(u, v, w, R, H, W, progress)
    else:
        raise ValueError(method)
    progress(1.0)
    return acc * (3.0 / (math.pi * r * r))


def industry_of(codes, level):
    """Industry of each code: its first ``level`` characters (0 = the whole code). Numbers
    stored as floats (3911.0) count as their integer digits; empty codes give None."""
    out = []
    for c in codes:
        if c is None:
            out.append(None)
            continue
        if isinstance(c, float):
            if c != c:
                out.append(None)
                continue
            c = str(int(c)) if c == int(c) else repr(c)
        s = str(c).strip()
        if not s:
            out.append(None)
            continue
        out.append(s)
    check_code_lengths(out, level, same_length=False)
    return [s if s is None or not level or level <= 0 else s[:level] for s in out]


def parse_codes(text):
    """'391, 392;C38' → ['391', '392', 'C38'] (commas, semicolons or blanks separate)."""
    parts = str(text or "").replace(";", ",").replace(" ", ",").replace("\n", ",").split(",")
    seen, out = set(), []
    for p in parts:
        p = p.strip()
        if p and p not in seen:
            seen.add(p)
            out.append(p)
    return out


def select_industries(industries, wanted):
    """Boolean mask of the points whose industry is in ``wanted``. A wanted code that matches
    no point is an :class:`InputError` naming it and the industries present."""
    ind = np.array([i if i is not None else "" for i in industries], dtype=object)
    present = sorted({i for i in industries if i is not None})
    missing = [c for c in wanted if c not in set(present)]
    if missing:
        shown = ", ".join(present[:30]) + (" …" if len(present) > 30 else "")
        raise InputError(
            _tr("No point has the industry code(s) {} at this code level. The industries present "
            "are: {}. Check the codes and the code level (number of leading characters that "
            "make an industry).").format(", ".join(missing), shown))
    return np.isin(ind, np.array(list(wanted), dtype=object))


def plan_groups(x, y, groups=None, weights=None, radius=None):
    """Split the points into groups (industries) and give each its search radius.

    ``groups``: a label per point (None = one group of all points). Each group gets its own
    ArcGIS default radius unless ``radius`` (map units) is given. Returns a list of dicts
    (group, index, points, population, radius, sd, dm, radius_default), sorted by label.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = _weights(weights, x.size)
    if x.size == 0:
        raise InputError(_tr("There are no points to compute a density from."))
    if groups is None:
        labels, members = [None], [np.arange(x.size)]
    else:
        g = np.array(["" if v is None else str(v) for v in groups], dtype=object)
        labels = sorted(set(g.tolist()))
        members = [np.flatnonzero(g == lab) for lab in labels]
    plan = []
    for lab, idx in zip(labels, members):
        wi = None if w is None else w[idx]
        name = lab if lab is not None else ""
        if radius is None:
            if idx.size < 2 or (wi is not None and np.count_nonzero(wi) < 2):
                raise InputError(
                    _tr("The group {} has fewer than two points (with population), so no default "
                    "search radius can be computed for it. Give a search radius.").format(name))
            info = default_radius(x[idx], y[idx], wi)
            if not info["radius"] > 0:
                raise InputError(
                    _tr("All points of the group {} are at the same place, so the default search "
                    "radius is 0. Give a search radius.").format(name))
            r = info["radius"]
        else:
            if not float(radius) > 0:
                raise InputError(_tr("The search radius must be positive."))
            info = {"sd": None, "dm": None}
            r = float(radius)
        plan.append({"group": lab, "index": idx, "points": int(idx.size),
                     "population": float(idx.size if wi is None else wi.sum()),
                     "radius": r, "sd": info["sd"], "dm": info["dm"],
                     "radius_default": radius is None})
    return plan


def superimposed_density(x, y, grid, groups=None, weights=None, radius=None, method="auto",
                         progress=None, plan=None):
    """Sum of the densities of several point groups (industries) on one grid, each group with
    its own radius (see :func:`plan_groups`; pass ``plan`` to reuse one). Returns
    ``(density per map unit², plan)``."""
    progress = as_progress(progress)
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = _weights(weights, x.size)
    if plan is None:
        plan = plan_groups(x, y, groups, w, radius)
    total = np.zeros(grid.shape)
    for gi, g in enumerate(plan):
        idx = g["index"]
        sub = progress.sub(gi / len(plan), (gi + 1) / len(plan))
        total += kernel_density(x[idx], y[idx], grid, g["radius"],
                                None if w is None else w[idx], method, sub)
    return total, plan
