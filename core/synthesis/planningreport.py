"""The arithmetic behind ``ecoecon:planningreport``: totals of the ecosystem services in the
units the papers print, class areas and shares, summaries of sources by grade and corridors by
type, the conflict tables in the papers' shape, land-use structure and value tables per
scenario, and the numbers a map needs (colour-ramp limits without nodata, a scale-bar length).

Plain values and NumPy arrays in, plain values and lists of rows out; no QGIS, no strings a
user reads (the algorithm labels every number).

Units:

- water yield: a depth per cell (mm/yr, InVEST). Volume = Σ depth/1000 × cell area (m³/yr);
  also in 10⁸ m³ (the unit of the Chinese papers).
- soil conservation: t/(ha·yr) per cell (InVEST avoided erosion). Amount = Σ value × cell
  area in ha (t/yr); also in 10⁴ t.
- carbon storage: Mg/ha per cell (InVEST). Stock = Σ value × cell area in ha (Mg); also in
  Tg (10⁶ Mg).
- habitat quality: a 0–1 index per cell; it is reported as its mean (a sum has no meaning).
"""
import math

import numpy as np

#: kind → (large-unit divisor, has a total)
SERVICE_KINDS = {
    "water_yield": (1e8, True),        # m³ → 10⁸ m³
    "soil_conservation": (1e4, True),  # t → 10⁴ t
    "carbon": (1e6, True),             # Mg → Tg
    "habitat_quality": (None, False),
}


def valid_values(values, nodata=None):
    """The finite values of ``values`` that are not ``nodata`` (a flat float64 array)."""
    a = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(a)
    if nodata is not None and np.isfinite(nodata):
        ok &= a != nodata
    return a[ok]


def service_summary(kind, values, valid, cell_area_m2):
    """Mean, min, max over valid cells and the total in the papers' unit.

    Returns a dict: cells, area_km2, mean, min, max, total (m³, t or Mg; None for habitat
    quality) and total_large (10⁸ m³, 10⁴ t or Tg; None for habitat quality).
    """
    if kind not in SERVICE_KINDS:
        raise ValueError("unknown service kind %r" % kind)
    a = np.asarray(values, dtype=np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(a)
    v = a[ok]
    n = int(v.size)
    out = {"cells": n, "area_km2": n * cell_area_m2 / 1e6,
           "mean": float(v.mean()) if n else None, "min": float(v.min()) if n else None,
           "max": float(v.max()) if n else None, "total": None, "total_large": None}
    divisor, has_total = SERVICE_KINDS[kind]
    if has_total and n:
        s = float(v.sum())
        if kind == "water_yield":
            total = s / 1000.0 * cell_area_m2            # mm × m² / 1000 = m³
        else:
            total = s * cell_area_m2 / 1e4               # (t or Mg)/ha × ha
        out["total"] = total
        out["total_large"] = total / divisor
    return out


def class_areas(codes, valid, cell_area_m2, classes=None):
    """Rows (code, cells, area_km2, share_pct) of every class present (or of ``classes`` in
    that order, absent ones with 0). The share is of the valid area."""
    c = np.asarray(codes)
    ok = np.asarray(valid, bool)
    vals, counts = np.unique(c[ok], return_counts=True)
    found = {int(v): int(n) for v, n in zip(vals, counts)}
    total = int(ok.sum())
    keys = list(classes) if classes is not None else sorted(found)
    return [(int(k), found.get(int(k), 0), found.get(int(k), 0) * cell_area_m2 / 1e6,
             100.0 * found.get(int(k), 0) / total if total else 0.0) for k in keys]


def grade_summary(grades, areas_km2, index, grade_codes=(1, 2, 3)):
    """Per grade: sources, area (km²), share of the total source area (%), and the range and
    mean of the per-source connectivity index (dPC, %). dPC is never summed: each value is the
    loss of connectivity when that one source is removed, so sums over sources have no
    meaning (they exceed 100 %)."""
    g = np.asarray(grades)
    a = np.asarray(areas_km2, dtype=np.float64)
    d = np.asarray(index, dtype=np.float64)
    total = float(a.sum())
    rows = []
    for code in grade_codes:
        m = g == code
        n = int(m.sum())
        rows.append({"grade": code, "sources": n, "area_km2": float(a[m].sum()),
                     "share_pct": 100.0 * float(a[m].sum()) / total if total else 0.0,
                     "index_min": float(d[m].min()) if n else None,
                     "index_max": float(d[m].max()) if n else None,
                     "index_mean": float(d[m].mean()) if n else None})
    return rows


def type_summary(types, lengths_km, type_codes=("I", "II", "III")):
    """Per corridor type: number, total and mean length (km), share of the total length (%)."""
    t = np.asarray([str(x) for x in types], dtype=object)
    L = np.asarray(lengths_km, dtype=np.float64)
    total = float(L.sum())
    rows = []
    for code in type_codes:
        m = t == code
        n = int(m.sum())
        s = float(L[m].sum())
        rows.append({"type": code, "corridors": n, "length_km": s,
                     "mean_km": s / n if n else 0.0,
                     "share_pct": 100.0 * s / total if total else 0.0})
    return rows


def conflicts_by_grade(rows):
    """The source-grade × economic-class table of ``ecoeconomicconflicts`` (rows of (grade,
    econ_class, high, area_km2)) folded into one row per grade, in first-seen order: area of
    the grade (km²), area in high-intensity classes (km²) and its share (%)."""
    out = {}
    for grade, _cls, high, area in rows:
        r = out.setdefault(grade, {"grade": grade, "area_km2": 0.0, "conflict_km2": 0.0})
        r["area_km2"] += float(area or 0.0)
        if high:
            r["conflict_km2"] += float(area or 0.0)
    for r in out.values():
        r["conflict_pct"] = 100.0 * r["conflict_km2"] / r["area_km2"] if r["area_km2"] else 0.0
    return list(out.values())


def structure_table(scenarios, codes=None):
    """Land-use structure per scenario. ``scenarios``: list of (name, {code: km²}).

    Returns (codes, rows): one row per code, each a list of (km², %) per scenario, and a last
    row of totals (code None)."""
    if codes is None:
        codes = sorted({int(c) for _, areas in scenarios for c in areas})
    totals = [float(sum(areas.values())) for _, areas in scenarios]
    rows = []
    for c in codes:
        cells = []
        for (_, areas), tot in zip(scenarios, totals):
            km2 = float(areas.get(c, 0.0))
            cells.append((km2, 100.0 * km2 / tot if tot else 0.0))
        rows.append((c, cells))
    rows.append((None, [(tot, 100.0 if tot else 0.0) for tot in totals]))
    return codes, rows


def value_table(scenarios, esv_per_ha, econ_per_ha=None):
    """Ecosystem service value and economic benefit of each scenario's structure, and their
    change against the first scenario.

    ``scenarios``: list of (name, {code: km²}); ``esv_per_ha`` / ``econ_per_ha``: {code: value
    per ha} (a code missing from a table counts 0 and is listed in ``missing``).
    Returns a list of dicts: name, esv, econ (None without an economic table), esv_change,
    esv_change_pct, econ_change, econ_change_pct, missing (codes without a coefficient)."""
    out = []
    base = None
    for name, areas in scenarios:
        missing = sorted(c for c in areas if c not in esv_per_ha and areas[c] > 0)
        esv = sum(km2 * 100.0 * esv_per_ha.get(c, 0.0) for c, km2 in areas.items())
        econ = (sum(km2 * 100.0 * econ_per_ha.get(c, 0.0) for c, km2 in areas.items())
                if econ_per_ha is not None else None)
        row = {"name": name, "esv": esv, "econ": econ, "missing": missing}
        if base is None:
            base = row
        row["esv_change"] = esv - base["esv"]
        row["esv_change_pct"] = (100.0 * (esv - base["esv"]) / base["esv"]
                                 if base["esv"] else None)
        if econ is not None and base["econ"] is not None:
            row["econ_change"] = econ - base["econ"]
            row["econ_change_pct"] = (100.0 * (econ - base["econ"]) / base["econ"]
                                      if base["econ"] else None)
        else:
            row["econ_change"] = row["econ_change_pct"] = None
        out.append(row)
    return out


def ramp_limits(values, nodata=None):
    """(min, max) of the finite non-nodata values, for a colour ramp; (0, 1) for an empty or
    all-nodata raster and (v - 0.5, v + 0.5) for a constant one, so that a style never carries
    NaN or a zero-width ramp."""
    v = valid_values(values, nodata)
    if v.size == 0:
        return 0.0, 1.0
    lo, hi = float(v.min()), float(v.max())
    if hi <= lo:
        return lo - 0.5, hi + 0.5
    return lo, hi


def nice_number(x, how="floor"):
    """The 1-2-5 × 10^k number nearest below (``floor``) or above (``ceil``) ``x`` > 0."""
    if x <= 0 or not math.isfinite(x):
        raise ValueError("x must be positive and finite")
    e = math.floor(math.log10(x))
    steps = (1.0, 2.0, 5.0, 10.0)
    f = x / 10 ** e
    if how == "floor":
        m = max(s for s in steps if s <= f + 1e-12)
    else:
        m = min(s for s in steps if s >= f - 1e-12)
    return m * 10 ** e


def scale_bar(ground_width_m, fraction=0.3, segments=4):
    """Segment length (in km when ≥ 1 km, else in m) and unit of a scale bar of ``segments``
    segments that spans at most ``fraction`` of a map ``ground_width_m`` wide.

    Returns (units_per_segment, 'km' | 'm', metres_per_segment)."""
    target = ground_width_m * fraction / segments
    seg = nice_number(target, "floor")
    if seg >= 1000.0:
        return seg / 1000.0, "km", seg
    return seg, "m", seg


def label_decimals(lo, hi, steps=4):
    """Decimals that show the ``steps`` equal intervals of [lo, hi] distinctly (0–4): a legend
    prints 81.3, not 81.300003."""
    span = abs(hi - lo) / max(steps, 1)
    if span <= 0 or not math.isfinite(span):
        return 2
    return int(min(4, max(0, -math.floor(math.log10(span)) + 1)))


def ramp_stops(lo, hi, n):
    """``n`` ≥ 2 equally spaced stops from lo to hi, rounded to the decimals the legend
    shows (the first and last stops stay exact so no data value falls outside the ramp)."""
    d = label_decimals(lo, hi, n - 1)
    out = []
    for i in range(n):
        v = lo + (hi - lo) * i / (n - 1)
        out.append(v if i in (0, n - 1) else round(v, d))
    return out, d
