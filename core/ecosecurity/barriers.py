"""Barriers: where restoration gains most (Linkage Mapper's Barrier Mapper; McRae et al.
2012, Where to restore ecological connectivity? Detecting barriers and quantifying
restoration benefits. PLoS ONE 7: e52604).

For a corridor between sources a and b with least-cost distance LCD, restoring a circle of
radius R centred on a cell to the restored resistance r₀ (by default the lowest resistance of
the raster) lets a path reach the circle from a at cost min over the circle of CWD_a, cross it
(length 2R, cost 2R·r₀) and leave towards b at cost min over the circle of CWD_b, so

    LCD' = min_circle CWD_a + min_circle CWD_b + 2R·r₀,
    improvement score = (LCD − LCD') / (2R)      (resistance units per map unit restored)

with the minima taken over the circle's circumference, the one-cell-thick ring of cells whose
centres lie at a distance d with R − cell < d ≤ R (Linkage Mapper: ArcGIS focal minimum on an
annulus of outer radius R). Scores ≤ 0 (no gain) are 0. The score map is the maximum over the
corridors and the radii; the radius and corridor giving it are kept. Every focal minimum is a
compiled ``scipy.ndimage.minimum_filter`` over the ring footprint on the bounded cost-distance
surfaces of the two sources (:func:`mcrcorridors.pair_surfaces`).
"""
from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage

from ..errors import InputError
from ..progress import as_progress
from . import mcrcorridors as co
from ..i18n import tr as _tr


def ring(radius, cell_size):
    """Footprint of the circumference ring: cells whose centres lie at a distance d with
    R − cell < d ≤ R (map units) from the centre cell."""
    xres, yres = float(cell_size[0]), float(cell_size[1])
    if radius < max(xres, yres):
        raise InputError(_tr("The radius %g is smaller than one cell (%g); give a radius of at "
                         "least one cell size.") % (radius, max(xres, yres)))
    nr = int(np.floor(radius / yres))
    nc = int(np.floor(radius / xres))
    yy, xx = np.mgrid[-nr:nr + 1, -nc:nc + 1]
    d = np.hypot(yy * yres, xx * xres)
    eps = 1e-9 * radius
    fp = (d <= radius + eps) & (d > radius - min(xres, yres) + eps)
    return fp


@dataclass
class BarrierResult:
    score: np.ndarray          # maximum improvement score (0: no gain)
    radius: np.ndarray         # radius giving it (0 where the score is 0)
    corridor: np.ndarray       # corridor index + 1 giving it (0 where the score is 0)
    pairs: list = field(default_factory=list)
    lcd: np.ndarray = None
    restored_resistance: float = 0.0


def barriers(resistance, valid, labels, cell_size, radii, pairs=None,
             policy="adjacent_no_crossing", restored_resistance=None, progress=None):
    """Improvement scores of restoring circles of each radius in ``radii`` (map units) for the
    corridors of ``pairs`` (or of :func:`mcrcorridors.mcr_corridors` with ``policy``).
    Returns a :class:`BarrierResult`."""
    prog = as_progress(progress)
    radii = sorted(float(r) for r in radii)
    if not radii or radii[0] <= 0:
        raise InputError(_tr("Give at least one search radius > 0 (map units)."))
    res = np.asarray(resistance, dtype=np.float64)
    ps = co.pair_surfaces(res, valid, labels, cell_size, pairs, policy,
                          progress=prog.sub(0.0, 0.4))
    finite = ps.costs[np.isfinite(ps.costs)]
    r0 = float(finite.min()) if restored_resistance is None else float(restored_resistance)
    if r0 < 0:
        raise InputError(_tr("The restored resistance must be ≥ 0."))
    h, w = res.shape
    score = np.zeros((h, w))
    best_r = np.zeros((h, w))
    best_k = np.zeros((h, w), np.int32)
    rings = [ring(R, cell_size) for R in radii]
    n = max(len(ps.pairs) * len(radii), 1)
    step = 0
    for k, ((a, b), lcd) in enumerate(zip(ps.pairs, ps.lcd)):
        sa, sb = ps.surfaces[a], ps.surfaces[b]
        ov = co.overlap(sa, sb)
        if ov is None:
            continue
        for R, fp in zip(radii, rings):
            prog.check()
            # the overlap grown by the ring: a centre outside both windows can still see
            # both surfaces on its ring
            fr, fc = fp.shape[0] // 2, fp.shape[1] // 2
            win = (slice(max(ov[0][0].start - fr, 0), min(ov[0][0].stop + fr, h)),
                   slice(max(ov[0][1].start - fc, 0), min(ov[0][1].stop + fc, w)))
            fa = ndimage.minimum_filter(_on_window(sa, win), footprint=fp, mode="constant",
                                        cval=np.inf)
            fb = ndimage.minimum_filter(_on_window(sb, win), footprint=fp, mode="constant",
                                        cval=np.inf)
            s = (lcd - fa - fb - 2.0 * R * r0) / (2.0 * R)
            s[~np.isfinite(s)] = 0.0
            sw, rw, kw = score[win], best_r[win], best_k[win]
            better = s > sw
            sw[better] = s[better]
            rw[better] = R
            kw[better] = k + 1
            step += 1
            prog(0.4 + 0.6 * step / n)
    prog(1.0)
    return BarrierResult(score=score, radius=best_r, corridor=best_k, pairs=ps.pairs,
                         lcd=ps.lcd, restored_resistance=r0)


def _on_window(surf, win):
    """The windowed surface on the raster window ``win`` (inf where it has no value)."""
    out = np.full((win[0].stop - win[0].start, win[1].stop - win[1].start), np.inf)
    r0, c0 = surf.origin
    hh, ww = surf.cost.shape
    a0, a1 = max(win[0].start, r0), min(win[0].stop, r0 + hh)
    b0, b1 = max(win[1].start, c0), min(win[1].stop, c0 + ww)
    if a0 < a1 and b0 < b1:
        out[a0 - win[0].start:a1 - win[0].start, b0 - win[1].start:b1 - win[1].start] = \
            surf.cost[a0 - r0:a1 - r0, b0 - c0:b1 - c0]
    return out
