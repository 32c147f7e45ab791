"""Soil conservation: RUSLE and InVEST's sediment delivery ratio (SDR) model, as natcap.invest
3.20 computes them (pixel values in t/ha/yr, watershed totals in t/yr, as InVEST 3.15+).

Steps (all vectorised; routing in :mod:`.routing`):

1. cells are valid where the DEM, R, K, land use (and drainage) hold data and, when given,
   inside the watersheds; the DEM is pit-filled;
2. slope in percent (pygeoprocessing's Horn-type 3×3 finite difference, written as float32);
3. D8 or MFD flow direction, flow accumulation FA (cells, the cell itself included); streams:
   D8 FA > threshold, MFD traced from outlets (FA ≥ threshold, 0.7·threshold upstream);
4. LS (Desmet & Govers as InVEST ≥ 3.14): θ = atan(slope%/100), A = √((FA−1)·cell²),
   x = |sin θ| + |cos θ| (InVEST uses the slope angle here, not the aspect),
   m = 0.2/0.3/0.4/0.5 for slope ≤ 1/3.5/5/9 %, else β/(1+β) with
   β = (sin θ/0.0896)/(3 sin^0.8 θ + 0.56); L = ((A+cell²)^(m+1) − A^(m+1)) /
   (cell^(m+2)·x^m·22.13^m) capped at l_max; S = 10.8 sin θ + 0.03 (slope < 9 %) or
   16.8 sin θ − 0.5;
5. RKLS = R·K·LS (nodata on streams), USLE = RKLS·C·P, soil conservation = RKLS − USLE;
6. W = max(C, 0.001), S = clamp(slope/100, 0.005, 1); d_up = W̄·S̄·√(FA·cell²) with W̄, S̄
   the upslope means; d_dn = distance to the stream weighted by 1/(W·S), counted in cell steps
   (InVEST: no cell size, no √2; D8 adds the cell's own weight, MFD the neighbour's);
   IC = log10(d_up/d_dn); SDR = SDR_max/(1 + exp((IC0 − IC)/k_b)), 1 on streams;
7. sediment export = USLE·SDR; deposition routed from the ridges (InVEST's
   ``calculate_sediment_deposition``); avoided export = (RKLS − USLE)·SDR + deposition.
"""
import numpy as np

from ..errors import InputError
from ..progress import as_progress
from ..validate import check_values
from . import routing
from ..i18n import tr as _tr
from ..memory import release

#: outputs, in the order they are listed to users
OUTPUT_KEYS = ("ls", "rkls", "usle", "soil_conservation", "ic", "sdr", "sed_export",
               "avoided_export", "sed_deposition", "stream", "flow_accumulation")


def watershed_window(extent, geotransform, shape):
    """Rows and columns of the DEM grid that InVEST's SDR works on when watersheds are given:
    the watersheds' bounding box ``extent`` = ``(xmin, xmax, ymin, ymax)`` (in the DEM's CRS)
    snapped outwards to the DEM's cells and cut to the grid (pygeoprocessing's
    'intersection' alignment on the DEM); ``geotransform`` is GDAL's, ``shape`` the DEM's
    ``(rows, cols)``. Returns ``(row0, row1, col0, col1)`` (empty when they do not overlap)."""
    import math
    xmin, xmax, ymin, ymax = extent
    gt = geotransform
    cw, ch = abs(gt[1]), abs(gt[5])
    eps = 1e-9
    c0 = math.floor((xmin - gt[0]) / cw + eps)
    c1 = math.ceil((xmax - gt[0]) / cw - eps)
    r0 = math.floor((gt[3] - ymax) / ch + eps)
    r1 = math.ceil((gt[3] - ymin) / ch - eps)
    return (max(r0, 0), min(r1, shape[0]), max(c0, 0), min(c1, shape[1]))


def slope_percent_blocks(dem, valid, cell_x, cell_y, check, rows=512):
    """:func:`slope_percent` by blocks of ``rows`` rows (each with a one-row halo, so every
    cell sees the same neighbours: the same numbers), calling ``check()`` between blocks."""
    h = dem.shape[0]
    if h <= rows:
        return slope_percent(dem, valid, cell_x, cell_y)
    out = None
    for r0 in range(0, h, rows):
        check()
        r1 = min(r0 + rows, h)
        a, b = max(r0 - 1, 0), min(r1 + 1, h)
        part = slope_percent(dem[a:b], valid[a:b], cell_x, cell_y)
        if out is None:
            out = np.empty(dem.shape, dtype=part.dtype)
        out[r0:r1] = part[r0 - a:r0 - a + (r1 - r0)]
    return out


def slope_percent(dem, valid, cell_x, cell_y):
    """pygeoprocessing ``calculate_slope``: percent slope from a 3×3 window; missing
    neighbours (nodata or off the grid) are handled as pygeoprocessing does. float32."""
    z = np.pad(np.where(valid, dem, np.nan), 1, constant_values=np.nan)
    e = z[1:-1, 1:-1]
    a, b, c = z[:-2, :-2], z[:-2, 1:-1], z[:-2, 2:]
    d, f = z[1:-1, :-2], z[1:-1, 2:]
    g, h, i = z[2:, :-2], z[2:, 1:-1], z[2:, 2:]
    va, vb, vc, vd, vf, vg, vh, vi = (~np.isnan(x) for x in (a, b, c, d, f, g, h, i))
    r2 = 2 ** 0.5

    def outer(p, q, mid, vp, vq, vm):
        # pair of corners p, q with the middle cell mid between them
        acc = np.select([vp & vq, vp & vm, vm & vq, vp, vq],
                        [p - q, p - mid, mid - q, (p - e) * r2, (e - q) * r2], 0.0)
        den = np.select([vp & vq, vp & vm, vm & vq, vp, vq], [2, 1, 1, 1, 1], 0)
        return acc, den

    def inner(p, q, vp, vq):
        acc = np.select([vp & vq, vp, vq], [2 * (p - q), 2 * (p - e), 2 * (e - q)], 0.0)
        den = np.select([vp & vq, vp, vq], [4, 2, 2], 0)
        return acc, den

    with np.errstate(invalid="ignore"):
        x1, n1 = outer(a, c, b, va, vc, vb)
        x2, n2 = inner(d, f, vd, vf)
        x3, n3 = outer(g, i, h, vg, vi, vh)
        y1, m1 = outer(a, g, d, va, vg, vd)
        y2, m2 = inner(b, h, vb, vh)
        y3, m3 = outer(c, i, f, vc, vi, vf)
        dx_acc, dx_den = x1 + x2 + x3, n1 + n2 + n3
        dy_acc, dy_den = y1 + y2 + y3, m1 + m2 + m3
        dzdx = np.where(dx_den > 0, dx_acc / (dx_den * cell_x), 0.0)
        dzdy = np.where(dy_den > 0, dy_acc / (dy_den * cell_y), 0.0)
        s = 100 * np.sqrt(dzdx ** 2 + dzdy ** 2)
    return np.where(valid, s, np.nan).astype(np.float32)


def ls_factor(slope, fa, cell, l_max, block=None):
    """InVEST 3.20's LS factor (``_calculate_ls_factor``) from percent slope (float32, as
    InVEST reads it) and flow accumulation (cells). float64. Computed by blocks of ``block``
    cells (default ``routing.CELL_BLOCK``; every step is per cell: the same numbers; a dozen
    float64 temporaries of block size instead of the whole grid's: peak memory)."""
    ps = np.asarray(slope, dtype=np.float32)
    fa = np.asarray(fa, dtype=np.float64)
    block = block or routing.CELL_BLOCK
    if ps.size <= block:
        return _ls_factor(ps, fa, cell, l_max)
    out = np.empty(ps.shape)
    po, fo, oo = ps.reshape(-1), fa.reshape(-1), out.reshape(-1)
    for i in range(0, po.size, block):
        oo[i:i + block] = _ls_factor(po[i:i + block], fo[i:i + block], cell, l_max)
    return out


def _ls_factor(ps, fa, cell, l_max):
    cell_area = cell * cell
    with np.errstate(invalid="ignore", divide="ignore"):
        area = np.sqrt((fa - 1) * cell_area)
        th = np.arctan(ps / 100)
        sin = np.sin(th)
        x = np.fabs(sin) + np.fabs(np.cos(th))
        s_fac = np.where(ps < 9, 10.8 * sin + 0.03, 16.8 * sin - 0.5)
        beta = (sin / 0.0896) / (3 * sin ** 0.8 + 0.56)
        big = ps > 9
        m_tab = np.array([0.2, 0.3, 0.4, 0.5])
        m = np.empty(ps.shape, dtype=np.float32)
        m[big] = beta[big] / (1 + beta[big])
        m[~big] = m_tab[np.digitize(ps[~big], np.array([1., 3.5, 5., 9.]), right=True)]
        ell = (((area + cell_area) ** (m + 1) - area ** (m + 1))
               / ((cell ** (m + 2)) * (x ** m) * (22.13 ** m)))
        ell = np.where(ell > l_max, l_max, ell)
        return ell * s_fac


def _check_codes(lulc, valid, table, name):
    """Error naming the land-use codes of the valid cells that ``table`` lacks."""
    li = lulc[valid].astype(np.int64)
    if li.size and li.min() >= 0 and li.max() < 10 ** 7:
        codes = np.flatnonzero(np.bincount(li))
    else:
        codes = np.unique(li)
    missing = [c for c in codes.tolist() if c not in table]
    if missing:
        raise InputError(
            _tr("the land-use code(s) %s are in the land-use raster but not in the biophysical "
            "table (column %s); add a row for each") % (", ".join(map(str, missing)), name))


def _lookup(codes, table):
    """``table`` (``{code: value}``) at each of ``codes`` (all in the table), float64."""
    keys = np.array(sorted(table), dtype=np.int64)
    vals = np.array([table[k] for k in keys], dtype=np.float64)
    return vals[np.searchsorted(keys, codes.astype(np.int64))]


def deposition(graph, sdr, e_prime, ok):
    """InVEST's sediment deposition (``sdr_core.calculate_sediment_deposition``) as one
    lower-triangular solve. ``sdr``, ``e_prime`` by position, ``ok`` where both hold data.

    For each cell i: d̄ = Σ_j q_ij·SDR_j / Σ_j q_ij over its downslope neighbours inside the
    grid (an SDR of 0 counts as 1; nodata counts in the denominator only), floored at SDR_i;
    dr = (d̄ − SDR_i)/(1 − SDR_i) (1 where SDR_i = 1); with F_up = Σ of the upslope fluxes
    times the share of their flow that comes to i: deposition T = dr·F_up and flux
    F = (1 − dr)·F_up + E′. Returns ``(T, F)`` (NaN where not ``ok``).
    """
    src_block, tgt_block = graph.src_block, graph.tgt_block
    raw = graph.raw
    check = as_progress(graph.progress).check

    # (per-edge values block by block: no whole per-edge temporary, peak memory; the sums by
    # source are those over the whole arrays, see routing.FlowGraph.blocks)
    def weighted_sdr(e0, e1, r0, r1):
        s_t = sdr[tgt_block(e0, e1, r0, r1)]
        s_t[s_t == 0] = 1.0
        nan_t = np.isnan(s_t)
        s_t *= raw[e0:e1]
        s_t[nan_t] = 0.0
        return s_t
    num = graph.row_sums(weighted_sdr)
    check()
    den = graph.inside_sum
    # (per cell, by blocks of cells: block-sized temporaries, peak memory)
    dr = np.empty(graph.n)
    for i in range(0, graph.n, routing.CELL_BLOCK):
        j = i + routing.CELL_BLOCK
        with np.errstate(invalid="ignore", divide="ignore"):
            dbar = np.where(den[i:j] > 0, num[i:j] / den[i:j], 0.0)
        s_i = np.where(ok[i:j], sdr[i:j], 0.0)
        dbar = np.maximum(dbar, s_i)
        with np.errstate(invalid="ignore", divide="ignore"):
            d = np.where(s_i == 1, 1.0, (dbar - s_i) / (1 - s_i))
        dr[i:j] = np.where(ok[i:j], d, 0.0)
    del num
    check()

    # F_i = (1 − dr_i) Σ_j p_ji F_j + E'_i over ok cells (F = 0 elsewhere)
    def drop(e0, e1, r0, r1):  # an end is not ok
        return ~(ok[src_block(r0, r1)] & ok[tgt_block(e0, e1, r0, r1)])

    def share(e0, e1, r0, r1):
        p = graph.share_block(e0, e1, r0, r1)
        p[drop(e0, e1, r0, r1)] = 0.0
        return p

    def data(e0, e1, r0, r1):
        d = dr[tgt_block(e0, e1, r0, r1)]
        np.subtract(1, d, out=d)
        d *= graph.share_block(e0, e1, r0, r1)
        d[drop(e0, e1, r0, r1)] = 0.0
        return d
    b = np.where(ok, e_prime, 0.0)
    check()
    F = graph.solve_up(routing.Blocks(data), b)
    check()
    del b
    # up_i = Σ_j p_ji F_j, the fluxes coming from upslope, block by block in the order of
    # the sources: np.add.at adds each term in turn, as the sparse product Pᵀ·F does (the
    # same bits), without a whole per-edge array (peak memory)
    up = np.zeros(graph.n)
    for e0, e1, r0, r1 in graph.blocks():
        np.add.at(up, tgt_block(e0, e1, r0, r1), share(e0, e1, r0, r1) * F[src_block(r0, r1)])
    T = np.multiply(dr, up, out=up)
    dr = None  # (let go of: peak memory)
    np.maximum(T, 0.0, out=T)
    np.maximum(F, 0.0, out=F)
    T[~ok] = np.nan
    F[~ok] = np.nan
    return T, F


def _stage(prog, text):
    release()  # the last stage's temporaries back to the system (peak resident memory)
    prog.stage(text)


def soil_conservation(dem, r_fac, k_fac, lulc, valid, usle_c, usle_p, cell,
                      threshold=1000, k_b=2.0, ic0=0.5, sdr_max=0.8, l_max=122.0,
                      method="mfd", drainage=None, zones=None, progress=None, sink=None):
    """RUSLE and the InVEST SDR chain on one grid.

    ``dem`` (m), ``r_fac`` (MJ·mm/(ha·h·yr)), ``k_fac`` (t·ha·h/(ha·MJ·mm)), ``lulc`` (codes)
    are arrays of one shape; ``valid`` is where all of them (and ``drainage``, and the
    watersheds) hold data; ``usle_c``/``usle_p`` map codes to C and P; ``cell`` is the cell
    size in metres (square cells); ``drainage`` (bool array or None) adds cells that drain to
    the stream; ``zones`` (int array, 0 = outside, or None) numbers the watersheds for the
    totals. Returns ``(outputs, totals)``: ``outputs`` maps each of :data:`OUTPUT_KEYS` to a
    float64 grid with NaN at nodata; ``totals`` maps zone id → dict of t/yr sums
    (usle_tot, sed_export, sed_dep, avoid_exp, avoid_eros).

    ``sink`` (optional): a function ``sink(key, grid)`` that receives each output grid as
    soon as it is final (stream, LS, RKLS and flow accumulation first, deposition last), so
    that the caller can write it and let go of it; ``outputs`` is then empty. Only one
    output grid at a time is in memory (peak memory).
    """
    prog = as_progress(progress)
    valid = np.asarray(valid, bool)
    if not valid.any():
        raise InputError(_tr("the inputs have no cell where the DEM, erosivity, erodibility and "
                         "land use all hold data (inside the watersheds)"))
    if threshold <= 0:
        raise InputError(_tr("the threshold flow accumulation must be positive (cells)"))
    if k_b <= 0:
        raise InputError(_tr("the Borselli k parameter must be positive"))
    if not 0 < sdr_max <= 1:
        raise InputError(_tr("SDR_max must be in (0, 1]"))
    if l_max <= 0:
        raise InputError(_tr("l_max must be positive"))
    for name, table in (("usle_c", usle_c), ("usle_p", usle_p)):
        keys = sorted(table)
        check_values([table[k] for k in keys], "biophysical table: " + name, lo=0.0, hi=1.0,
                     keys=keys, meaning=name + (" (cover-management factor)" if name == "usle_c"
                                                else " (support-practice factor)"))
    method = method.lower()
    _check_codes(lulc, valid, usle_c, "usle_c")
    _check_codes(lulc, valid, usle_p, "usle_p")
    prog(0.02)
    _stage(prog, "SDR: filling pits ({:,} cells)".format(int(valid.sum())))
    filled = routing.fill_pits(dem, valid, prog)  # (uses the DEM where valid only)
    prog(0.12)
    slope = slope_percent_blocks(filled, valid, cell, cell, prog.check)
    prog(0.15)
    _stage(prog, "SDR: {} flow directions".format(method.upper()))
    g = routing.flow_direction(filled, valid, method, prog)
    g.weights4 = None  # (the MFD 4-bit weights per cell: not used here, memory)
    del filled  # (the grids that are no longer needed are freed as we go: peak memory)
    prog(0.35)
    cells = g.cells
    sl = slope.ravel()[cells]
    del slope
    lu = np.asarray(lulc).ravel()[cells]
    c_pos = _lookup(lu, usle_c)
    cp = (c_pos * _lookup(lu, usle_p)).astype(np.float32)  # (C·P is a float32 value)
    del lu
    w_thr = c_pos.astype(np.float32)
    del c_pos
    w_thr = np.where(w_thr < 0.001, np.float32(0.001), w_thr).astype(np.float32)
    s_thr = (sl / np.float32(100)).astype(np.float32)
    s_thr = np.clip(s_thr, np.float32(0.005), np.float32(1)).astype(np.float32)
    _stage(prog, "SDR: flow accumulation")
    acc = np.empty((g.n, 3), order="F")  # (the solver's layout: no copy)
    acc[:, 0] = 1.0
    acc[:, 1] = w_thr
    acc[:, 2] = s_thr
    acc = g.accumulate(acc, overwrite=True)
    fa = acc[:, 0].copy()
    w_bar = acc[:, 1] / fa
    s_bar = acc[:, 2] / fa
    del acc
    prog(0.5)

    # each output is handed on (``sink``) or kept as soon as it is final, and let go of
    # here once nothing later needs it (peak memory); totals are summed on the way
    totals = {}
    outputs = {}
    z = None
    if zones is not None:
        z = np.asarray(zones).ravel()[cells]
        zmax = int(z.max()) if z.size else 0
        z = z.astype(np.int8 if zmax < 2 ** 7 else np.int16 if zmax < 2 ** 15 else
                     np.int32 if zmax < 2 ** 31 else np.int64)
        zids = np.unique(np.asarray(zones)[np.asarray(zones) > 0]).tolist()
        ha = cell * cell / 10000.0
    total_names = {"usle": "usle_tot", "sed_export": "sed_export",
                   "sed_deposition": "sed_dep", "avoided_export": "avoid_exp",
                   "soil_conservation": "avoid_eros"}

    def done(key, values):
        if z is not None and key in total_names:
            m = (z > 0) & ~np.isnan(values)
            sums = np.bincount(z[m], weights=values[m], minlength=zmax + 1)
            for zid in zids:
                totals.setdefault(int(zid), {})[total_names[key]] = float(sums[zid] * ha) \
                    if zid < sums.size else 0.0
        prog.check()
        grid = g.to_grid(values)
        if sink is None:
            outputs[key] = grid
        else:
            sink(key, grid)
            del grid
            release()

    _stage(prog, "SDR: streams and LS")
    if method == "d8":
        stream = routing.streams_d8(fa, threshold)
    else:
        stream = routing.streams_mfd(g, fa, threshold, 0.7)
    channel = stream.copy()
    if drainage is not None:
        channel |= np.asarray(drainage, bool).ravel()[cells]
    done("stream", stream.astype(np.float64))
    del stream
    ls = ls_factor(sl, fa, cell, l_max)
    del sl
    # RKLS and USLE are float32 values (InVEST's): held as float32, exactly (by blocks of
    # cells: the temporaries are block-sized, peak memory)
    rkls = np.empty(g.n, dtype=np.float32)
    rf, kf = np.asarray(r_fac).ravel(), np.asarray(k_fac).ravel()
    for i in range(0, g.n, routing.CELL_BLOCK):
        ci = cells[i:i + routing.CELL_BLOCK]
        rkls[i:i + ci.size] = (ls[i:i + ci.size] * rf[ci] * kf[ci]).astype(np.float32)
    del rf, kf, ci
    done("ls", ls)
    del ls
    rkls[channel] = np.nan
    usle = rkls * cp
    del cp
    usle[channel] = np.nan
    done("rkls", rkls)  # (kept, float32, for the avoided erosion below: memory)
    d_up = w_bar * s_bar * np.sqrt(fa * cell * cell)
    del w_bar, s_bar
    done("flow_accumulation", fa)
    del fa
    ws_inv = (np.float32(1) / (w_thr * s_thr)).astype(np.float32)  # (float64 where used)
    del w_thr, s_thr
    prog(0.6)
    _stage(prog, "SDR: distance to the streams")
    d_dn = routing.distance_to_channel(g, channel, ws_inv, method)
    del ws_inv
    prog(0.75)
    prog.check()
    ok_ic = ~np.isnan(d_dn) & (d_dn != 0) & (d_up != 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        ic = np.where(ok_ic, np.log10(d_up / d_dn), np.nan).astype(np.float32)
        sdr = (np.float32(sdr_max) / (1 + np.exp((np.float32(ic0) - ic) / np.float32(k_b)))
               ).astype(np.float32)
    del d_up, d_dn
    sdr = np.where(ok_ic & ~channel, sdr, np.nan).astype(np.float64)
    del ok_ic
    sdr[channel] = 1.0
    done("ic", ic)
    del ic
    sed_export = usle * sdr
    done("sed_export", sed_export)
    del sed_export
    e_prime = usle * (1 - sdr)
    avoided_erosion = rkls.astype(np.float64) - usle
    del rkls
    done("usle", usle)
    del usle
    ok_e = ~np.isnan(e_prime)
    e_prime[channel] = 0.0
    ok_e |= channel
    ok_dep = ~np.isnan(sdr) & ok_e
    np.nan_to_num(e_prime, copy=False)
    del ok_e, channel
    avoided_export = avoided_erosion * sdr
    done("soil_conservation", avoided_erosion)
    del avoided_erosion
    _stage(prog, "SDR: deposition")
    dep, _ = deposition(g, sdr, e_prime, ok_dep)
    g.release_edges()  # (the last routing pass: only the cells are needed now, memory)
    del e_prime, ok_dep
    prog(0.9)
    done("sdr", sdr)
    del sdr
    avoided_export += dep
    done("avoided_export", avoided_export)
    del avoided_export
    done("sed_deposition", dep)
    del dep
    prog(1.0)
    return outputs, totals
