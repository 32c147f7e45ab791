"""Annual Water Yield as InVEST 3.20 ``annual_water_yield`` computes it (Budyko curve after
Fu (1981) and Zhang et al. (2004)).

Per cell, with P precipitation (mm/yr), ET0 reference evapotranspiration (mm/yr), Kc, the
root depth (mm) and vegetation flag of the land-use class, the depth to the root-restricting
layer (mm), the plant-available water content PAWC (fraction) and the seasonality constant Z:

    PET = Kc·ET0,   φ = PET/P,   AWC = min(root depth, restricting depth)·PAWC
    ω = Z·AWC/P + 1.25, capped at 5
    vegetated (lulc_veg = 1):      AET/P = min(φ, 1 + φ − (1 + φ^ω)^(1/ω))
    other classes (lulc_veg = 0):  AET = min(PET, P)
    Y = P − AET = (1 − AET/P)·P

A cell is computed where P ≠ 0 and no input is nodata (InVEST's valid mask); elsewhere the
yield and AET are nodata. Watershed summaries are means over each polygon's cells (cells
whose centre falls inside) and the volume wyield_mn × polygon area / 1000 (m³/yr).
"""
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..progress import as_progress
from ..validate import check_raster, check_values
from .lookup import as_codes, code_index, reclass
from ..i18n import tr as _tr

OMEGA_CAP = 5.0


@dataclass
class WaterYieldResult:
    wyield: np.ndarray     # mm/yr
    aet: np.ndarray        # mm/yr
    valid: np.ndarray      # where wyield and AET are defined
    pet: np.ndarray        # mm/yr (Kc·ET0)
    valid_pet: np.ndarray


def water_yield(lulc, valid_lulc, precip, valid_precip, eto, valid_eto, depth, valid_depth,
                pawc, valid_pawc, codes, kc, root_depth, lulc_veg, z, progress=None):
    """Water yield and AET (mm/yr) on one grid.

    ``codes``, ``kc``, ``root_depth`` (mm) and ``lulc_veg`` (0/1) are the biophysical table's
    columns, row-aligned. ``z`` is the seasonality constant. Returns
    :class:`WaterYieldResult`.
    """
    prog = as_progress(progress)
    z = float(z)
    if not np.isfinite(z) or z <= 0:
        raise InputError(_tr("The seasonality constant Z must be a positive number (1–30)."))
    veg_vals = np.asarray(lulc_veg, np.float64)
    bad = ~np.isin(veg_vals, (0.0, 1.0))
    if bad.any():
        raise InputError(_tr("The biophysical table's lulc_veg column must hold 0 or 1; it holds "
                         "%g for code %s.") % (veg_vals[bad][0],
                                               np.asarray(codes)[bad][0]))
    check_values(kc, "biophysical table: kc", lo=0.0, keys=codes,
                 meaning="kc (crop coefficient: PET = kc·ET0)")
    veg_rows = veg_vals == 1
    check_values(np.asarray(root_depth, np.float64)[veg_rows],
                 "biophysical table: root_depth", lo=0.0, lo_open=True,
                 keys=list(np.asarray(codes)[veg_rows]),
                 meaning="root_depth (mm) of a vegetated class")
    check_raster(precip, valid_precip, "precipitation raster", lo=0.0,
                 meaning="precipitation (mm/yr)")
    check_raster(eto, valid_eto, "reference evapotranspiration raster", lo=0.0,
                 meaning="ET0 (mm/yr)")
    check_raster(depth, valid_depth, "root-restricting layer depth raster", lo=0.0,
                 meaning="the depth (mm)")
    check_raster(pawc, valid_pawc, "plant-available water content raster", lo=0.0, hi=1.0,
                 meaning="PAWC (a fraction of the soil volume)",
                 fix="A PAWC given in percent must be divided by 100.")
    vl = np.asarray(valid_lulc, bool)
    idx = code_index(as_codes(lulc, vl), vl, codes, "biophysical table", "land-use map")
    kc_t = np.asarray(kc, np.float64)
    veg_t = veg_vals == 1
    # InVEST substitutes a root depth of 1 for non-vegetated classes (unused there)
    root_t = np.where(veg_t, np.asarray(root_depth, np.float64), 1.0)
    prog(0.2)
    shape = vl.shape
    wyield = np.empty(shape)
    aet = np.empty(shape)
    pet = np.empty(shape)
    valid = np.empty(shape, bool)
    valid_pet = np.empty(shape, bool)
    # row blocks keep the temporaries small (memory), results are the same cell by cell
    step = max(1, (1 << 18) // max(shape[1], 1))
    for r0 in range(0, shape[0], step):
        r1 = min(shape[0], r0 + step)
        sl = slice(r0, r1)
        ix = idx[sl]
        p = np.asarray(precip[sl], np.float64)
        vp = vl[sl] & np.asarray(valid_eto[sl], bool)
        valid_pet[sl] = vp
        pet_b = reclass(ix, kc_t) * np.asarray(eto[sl], np.float64)
        pet[sl] = pet_b
        ok = (vp & np.asarray(valid_precip[sl], bool) & np.asarray(valid_depth[sl], bool)
              & np.asarray(valid_pawc[sl], bool) & (p != 0))
        valid[sl] = ok
        ps = np.where(ok, p, 1.0)  # no division by zero or nodata outside the mask
        with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
            phi = pet_b / ps
            awc = np.minimum(reclass(ix, root_t), np.asarray(depth[sl], np.float64))
            awc *= np.asarray(pawc[sl], np.float64)
            omega = awc / ps
            omega *= z
            omega += 1.25
            np.minimum(omega, OMEGA_CAP, out=omega)
            aet_p = 1.0 + phi - (1.0 + phi ** omega) ** (1.0 / omega)
            fractp = np.where(reclass(ix, veg_t, bool), np.minimum(phi, aet_p),
                              np.minimum(pet_b, ps) / ps)
        aet[sl] = fractp * p
        wyield[sl] = (1.0 - fractp) * p
        prog(0.2 + 0.8 * r1 / shape[0])
    return WaterYieldResult(wyield, aet, valid, pet, valid_pet)


def zonal_means(zones, layers):
    """Mean of each layer over each zone.

    ``zones``: list of ``(r0, r1, c0, c1, mask)`` windows (mask of the window's cells in the
    zone); ``layers``: list of ``(array, valid)``. Returns an array (n_zones, n_layers) of
    means (NaN where a zone has no valid cell) and the valid-cell counts.
    """
    means = np.full((len(zones), len(layers)), np.nan)
    counts = np.zeros((len(zones), len(layers)), np.int64)
    for i, (r0, r1, c0, c1, mask) in enumerate(zones):
        for j, (arr, ok) in enumerate(layers):
            m = mask & ok[r0:r1, c0:c1]
            n = int(m.sum())
            counts[i, j] = n
            if n:
                means[i, j] = float(arr[r0:r1, c0:c1][m].sum()) / n
    return means, counts
