"""Habitat Quality as InVEST computes it.

Degradation of a cell x of land-use class j (InVEST user guide, eq. 1–4):

    D_x = β_x · Σ_r (w_r / Σ_r w_r) · i_rx · S_jr

* ``w_r``: threat weight; the sum runs over every threat of the table (a threat without any
  threat cell still counts in Σw).
* ``S_jr``: sensitivity of class j to threat r (sensitivity table).
* ``β_x``: access (0–1) from the access polygons, 1 outside them.
* ``i_rx``: the threat's impact at x, by one of two rules:

  - ``"nearest"`` (InVEST 3.13 and later, the default): the distance d from x to the
    *nearest* threat cell (exact Euclidean distance transform, cell centre to cell centre);
    linear decay 1 − d/d_max or exponential decay exp(−2.99·d/d_max), both 0 beyond d_max.
    A threat cell is any non-zero, non-nodata cell; its value is otherwise ignored.
  - ``"convolution"`` (InVEST 3.3–3.12, used by most published studies): the threat raster
    (cell values 0–1, nodata = 0) convolved with a decay kernel normalised to sum 1, so every
    threat cell within range adds to the impact. Linear kernel: (d_max − d)/d_max for
    d ≤ d_max; exponential kernel: exp(−d/d_max) for d ≤ 5·d_max (InVEST's
    ``exponential_decay_kernel_raster``). Kernel size round(2·R + 1) cells, as InVEST built it,
    centred at index size // 2 as pygeoprocessing's ``convolve_2d`` places it. This is the
    3.10–3.12 code (raster values convolved as they are, nodata as 0; earlier releases such as
    3.8 first set every non-zero cell to 1, which is the same for 0/1 threat rasters).
    pygeoprocessing also reset partial block results within 2e-8 of zero to 0; this exact sum
    does not.

Quality: Q_x = H_j · (1 − D_x^z / (D_x^z + k^z)), z = 2.5 (hard-coded in InVEST), k the
half-saturation constant.

Rarity (optional, with a baseline map): R_j = 1 − N_j / (N_j + N_j,base) where N counts cells
× cell area of class j in the current map (only where the baseline has data) and in the
baseline map; 0 for classes absent from the baseline; nodata where either map is nodata.

Distances are computed in cells when cells are square (as InVEST, which forces square cells),
otherwise in metres; ``max_dist`` is in metres (InVEST 3.15+ convention; before 3.15 it was km).
"""
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from ..errors import InputError
from ..progress import as_progress
from ..validate import check_values
from .lookup import as_codes, code_index, reclass
from ..i18n import tr as _tr

Z = 2.5  # InVEST's _SCALING_PARAM
EXP_CONSTANT = 2.99  # exponential decay reaches 5 % at d_max (InVEST 3.13+)
METHODS = ("nearest", "convolution")


@dataclass
class Threat:
    name: str
    max_dist: float          # metres
    weight: float
    decay: str               # 'linear' or 'exponential'
    raster: np.ndarray       # on the land-use grid
    valid: np.ndarray        # False = nodata (never a threat)


@dataclass
class HabitatResult:
    degradation: np.ndarray
    quality: np.ndarray
    valid: np.ndarray


def _check_threat(t):
    if not (t.max_dist > 0):
        raise InputError(_tr("The maximum distance of threat '%s' is %g; it must be positive "
                         "(metres).") % (t.name, t.max_dist))
    if t.decay not in ("linear", "exponential"):
        raise InputError(_tr("The decay of threat '%s' is '%s'; use 'linear' or 'exponential'.")
                         % (t.name, t.decay))
    if not np.isfinite(t.weight) or t.weight < 0:
        raise InputError(_tr("The weight of threat '%s' is %g; weights are numbers ≥ 0.")
                         % (t.name, t.weight))
    if t.valid.any():
        lo = t.raster.min(where=t.valid, initial=np.inf)
        hi = t.raster.max(where=t.valid, initial=-np.inf)
        if lo < 0 or hi > 1:
            raise InputError(_tr("The threat raster of '%s' holds values outside 0–1 (%g to %g). "
                             "A threat raster marks threat cells with 1 (or an intensity "
                             "0–1) and other cells with 0 or nodata.") % (t.name, lo, hi))


def nearest_distance(present, cell_size):
    """Exact Euclidean distance from every cell to the nearest cell of ``present`` (bool,
    at least one True): in cells (float32) when cells are square, else in metres (float64).

    Uses SciPy's feature transform and squares the integer offsets itself (SciPy's own
    float64 distance step is 4–6× slower at a few million cells)."""
    ch, cw = float(cell_size[0]), float(cell_size[1])
    H, W = present.shape
    ft = ndimage.distance_transform_edt(~present, sampling=None if ch == cw else (ch, cw),
                                        return_distances=False, return_indices=True)
    if ch == cw:
        itype = np.int64 if max(H, W) > 40000 else ft.dtype
        dr = ft[0].astype(itype, copy=False)
        dc = ft[1].astype(itype, copy=False)
        dr -= np.arange(H, dtype=itype)[:, None]
        dc -= np.arange(W, dtype=itype)[None, :]
        np.multiply(dr, dr, out=dr)
        np.multiply(dc, dc, out=dc)
        dr += dc
        return np.sqrt(dr, dtype=np.float32)
    dr = (ft[0] - np.arange(H)[:, None]) * ch
    dc = (ft[1] - np.arange(W)[None, :]) * cw
    return np.hypot(dr, dc)


def decay_nearest(present, max_dist, decay, cell_size):
    """Impact of the nearest threat cell: decay(d) with d the Euclidean distance from each
    cell to the nearest cell of ``present`` (bool). ``cell_size`` = (height, width) in m.
    Returns float32 or float64 (0 everywhere when there is no threat cell)."""
    ch, cw = float(cell_size[0]), float(cell_size[1])
    if not present.any():
        return np.zeros(present.shape, np.float32)
    d = nearest_distance(present, cell_size)
    # d_max in cells for square cells, as InVEST (max_dist / pixel size), else in metres
    dmax = max_dist / cw if ch == cw else float(max_dist)
    if decay == "linear":
        out = (dmax - d) / dmax
    else:
        out = np.exp(d * (-EXP_CONSTANT / dmax))
    out[d > dmax] = 0.0
    return out


def legacy_kernel(max_dist_px, decay):
    """InVEST 3.3–3.12 decay kernel (normalised to sum 1), as built by
    ``make_linear_decay_kernel_path`` / ``utils.exponential_decay_kernel_raster``: size
    round(2R + 1) with R = d_max (linear) or 5·d_max (exponential), distances measured from
    (R, R). Returns (kernel, centre index used when convolving = size // 2)."""
    m = float(max_dist_px)
    radius = m if decay == "linear" else 5.0 * m
    size = int(np.round(radius * 2 + 1))
    idx = np.arange(size, dtype=np.float64) - radius
    d = np.hypot(idx[:, None], idx[None, :])
    if decay == "linear":
        k = np.where(d > radius, 0.0, (m - d) / m)
    else:
        k = np.where(d > radius, 0.0, np.exp(-d / m))
    return k / k.sum(), size // 2


def _legacy_kernel_cropped(max_dist_px, decay, shape):
    """The legacy kernel cropped to the offsets that can reach a cell of a raster of
    ``shape`` (normalised by the full kernel's sum, computed row block by row block so that a
    kernel far larger than the raster never sits in memory)."""
    m = float(max_dist_px)
    radius = m if decay == "linear" else 5.0 * m
    size = int(np.round(radius * 2 + 1))
    c = size // 2
    H, W = shape

    def block(r0, r1, c0, c1):
        ri = np.arange(r0, r1, dtype=np.float64) - radius
        ci = np.arange(c0, c1, dtype=np.float64) - radius
        d = np.hypot(ri[:, None], ci[None, :])
        if decay == "linear":
            return np.where(d > radius, 0.0, (m - d) / m)
        return np.where(d > radius, 0.0, np.exp(-d / m))

    total = 0.0
    step = max(1, int(4_000_000 // max(size, 1)))
    for r0 in range(0, size, step):
        total += block(r0, min(size, r0 + step), 0, size).sum()
    a0, a1 = max(0, c - (H - 1)), min(size, c + H)
    b0, b1 = max(0, c - (W - 1)), min(size, c + W)
    return block(a0, a1, b0, b1) / total, c, a0, b0


def decay_convolution(intensity, max_dist, decay, cell_size):
    """InVEST 3.3–3.12 impact: ``intensity`` (0–1, nodata already 0) convolved with the
    normalised legacy kernel; cells outside the raster count as 0."""
    from scipy.signal import fftconvolve
    if not intensity.any():
        return np.zeros(intensity.shape)
    px = (abs(cell_size[0]) + abs(cell_size[1])) / 2.0
    k, c, a0, b0 = _legacy_kernel_cropped(max_dist / px, decay, intensity.shape)
    H, W = intensity.shape
    full = fftconvolve(intensity.astype(np.float64), k, mode="full")
    out = full[c - a0:c - a0 + H, c - b0:c - b0 + W]
    out[out < 0] = 0.0  # FFT round-off around zero
    return out


def habitat_quality(lulc, valid, codes, habitat, sensitivity, threats, cell_size,
                    half_saturation, access=None, method="nearest", progress=None):
    """Degradation and quality of a land-use map.

    ``codes``/``habitat``: the sensitivity table's land-use codes and habitat scores (0–1);
    ``sensitivity``: ``{threat name: values row-aligned with codes}``; ``threats``: list of
    :class:`Threat` on the land-use grid; ``cell_size``: (height, width) in m;
    ``access``: None or an array of β (1 outside the access polygons).
    Nodata land use → nodata outputs. Returns :class:`HabitatResult`.
    """
    prog = as_progress(progress)
    if method not in METHODS:
        raise ValueError(method)
    if not threats:
        raise InputError(_tr("The threats table has no threat."))
    if not half_saturation > 0:
        raise InputError(_tr("The half-saturation constant must be positive."))
    names = [t.name for t in threats]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise InputError(_tr("The threats table names the threat(s) %s more than once.")
                         % ", ".join(dup))
    for t in threats:
        _check_threat(t)
        if t.name not in sensitivity:
            raise InputError(_tr("The sensitivity table has no column for the threat '%s'.")
                             % t.name)
    wsum = float(sum(t.weight for t in threats))
    if wsum <= 0:
        raise InputError(_tr("The threat weights sum to 0; give at least one positive weight."))
    check_values(habitat, "sensitivity table: habitat", lo=0.0, hi=1.0, keys=codes,
                 meaning="the habitat score (0 = not habitat, 1 = full habitat)")
    for t in threats:
        check_values(sensitivity[t.name], "sensitivity table: sensitivity to '%s'" % t.name,
                     lo=0.0, hi=1.0, keys=codes,
                     meaning="a sensitivity (0 = not affected, 1 = most affected)")
    valid = np.asarray(valid, bool)
    idx = code_index(as_codes(lulc, valid), valid, codes, "sensitivity table",
                     "land-use map")
    deg = np.zeros(valid.shape)
    n = len(threats)
    for i, t in enumerate(threats):
        prog(0.9 * i / n)
        if method == "nearest":
            imp = decay_nearest(t.valid & (t.raster != 0), t.max_dist, t.decay, cell_size)
        else:
            imp = decay_convolution(np.where(t.valid, t.raster, 0.0), t.max_dist, t.decay,
                                    cell_size)
        sens = reclass(idx, sensitivity[t.name])
        imp *= sens
        imp *= t.weight / wsum
        deg += imp
    if access is not None:
        deg *= access
    hab = reclass(idx, habitat)
    dz = deg ** Z
    qual = hab * (1.0 - dz / (dz + float(half_saturation) ** Z))
    prog(1.0)
    return HabitatResult(deg, qual, valid)


def _code_counts(codes, mask):
    """Distinct codes of ``codes[mask]`` and their counts (bincount when the codes span a
    small range, sort otherwise)."""
    c = codes[mask]
    if c.size == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    lo, hi = int(c.min()), int(c.max())
    if hi - lo < (1 << 22):
        cnt = np.bincount(c - lo)
        nz = np.nonzero(cnt)[0]
        return nz + lo, cnt[nz]
    return np.unique(c, return_counts=True)


def rarity(lulc, valid, base, valid_base, cell_area, base_cell_area=None):
    """Habitat rarity of each class of ``lulc`` against the baseline map ``base`` (both on the
    same grid). Returns ``(raster, valid, {code: rarity})`` (InVEST 3.20's formula)."""
    valid = np.asarray(valid, bool)
    valid_base = np.asarray(valid_base, bool)
    base_area = float(base_cell_area or cell_area)
    cur = as_codes(lulc, valid)
    bas = as_codes(base, valid_base)
    both = valid & valid_base
    ccodes, ccounts = _code_counts(cur, both)
    bcodes, bcounts = _code_counts(bas, valid_base)
    bmap = dict(zip(bcodes.tolist(), bcounts.tolist()))
    table = {}
    for c, n in zip(ccodes.tolist(), ccounts.tolist()):
        if c in bmap:
            num = n * float(cell_area)
            table[c] = 1.0 - num / (bmap[c] * base_area + num)
        else:
            table[c] = 0.0
    out = np.zeros(valid.shape)
    if ccodes.size:
        idx = code_index(cur, both, ccodes)
        out = reclass(idx, [table[c] for c in ccodes.tolist()])
    return out, both, table
