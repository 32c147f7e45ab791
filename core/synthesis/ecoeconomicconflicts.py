"""Conflicts between the ecological security pattern (ESP) and the economic production pattern
(EPP): cross-tabulation of ecological elements with economic intensity classes.

Ecological elements are coded per cell (0 = none) as :mod:`core.vocabulary` says: source grade
g → g, corridor type t → G + t with G = max(3, number of grades); with the paper's three
grades 1 crucial source, 2 important source, 3 ordinary source, 4 type I corridor, 5 type II
corridor, 6 type III corridor. A cell in a source and in a corridor zone counts as the source
(sources are the stricter protection). The conflict code of a cell is ``10 · element + economic class`` (economic class
0..9; 0 = no economic class), and 0 where no ecological element lies.
"""
import numpy as np

from .. import vocabulary as vocab
from ..errors import InputError
from ..i18n import tr as _tr


def element_raster(source_grade, corridor_type, valid=None, n_grades=None):
    """Combine a source-grade raster (0 none, 1 = the most important grade … n) and a
    corridor-type raster (0 none, 1 type I, 2 type II, 3 type III) into element codes
    (:mod:`core.vocabulary`; ``n_grades`` defaults to the highest grade present, at least 3)."""
    g = np.asarray(source_grade, dtype=np.int32)
    t = np.asarray(corridor_type, dtype=np.int32)
    if g.shape != t.shape:
        raise InputError(_tr("source and corridor rasters differ in shape"))
    if n_grades is None:
        n_grades = max(3, int(g.max(initial=0)))
    if ((g < 0) | (g > n_grades)).any() or ((t < 0) | (t > 3)).any():
        raise InputError(_tr("source grades must be coded 0..{} and corridor types 0..3")
                         .format(n_grades))
    el = np.where(g > 0, g, np.where(t > 0, t + vocab.corridor_offset(n_grades), 0))
    el = el.astype(np.int32)
    if valid is not None:
        el[~np.asarray(valid, bool)] = 0
    return el


def conflict_codes(elements, econ_class, valid):
    """``10·element + economic class`` where an element lies, 0 elsewhere (valid cells)."""
    el = np.asarray(elements, dtype=np.int32)
    ec = np.asarray(econ_class, dtype=np.int32)
    if ec.max(initial=0) > 9 or ec.min(initial=0) < 0:
        raise InputError(_tr("economic classes must be 0..9 to be coded in one digit"))
    code = np.where(el > 0, 10 * el + ec, 0).astype(np.int32)
    code[~np.asarray(valid, bool)] = 0
    return code


def _elements(n_grades):
    return vocab.source_elements(n_grades) + vocab.corridor_elements(n_grades)


def crosstab(elements, econ_class, valid, cell_area_m2, n_econ=None, high_classes=(),
             n_grades=3):
    """Area of every (element, economic class) pair.

    Returns a list of dicts: element, label, econ_class, cells, area_km2, share (of the
    element's area), high (the class is a high-intensity class) — one row per element present
    and per class 0..n_econ.
    """
    el = np.asarray(elements, dtype=np.int64)
    ec = np.asarray(econ_class, dtype=np.int64)
    ok = np.asarray(valid, bool)
    k = int(ec[ok].max(initial=0)) if n_econ is None else int(n_econ)
    n_el = max(_elements(n_grades)) + 1
    counts = np.bincount((el[ok] * (k + 1) + ec[ok]).ravel(), minlength=n_el * (k + 1))
    counts = counts[:n_el * (k + 1)].reshape(n_el, k + 1)
    rows = []
    for e in _elements(n_grades):
        tot = counts[e].sum()
        if tot == 0:
            continue
        for c in range(k + 1):
            rows.append({"element": e, "label": vocab.element_label(e, n_grades),
                         "econ_class": c,
                         "cells": int(counts[e, c]),
                         "area_km2": counts[e, c] * cell_area_m2 / 1e6,
                         "share": counts[e, c] / tot, "high": c in high_classes})
    return rows


def conflict_summary(elements, econ_class, valid, cell_area_m2, high_classes, n_grades=3):
    """Per element: total area, area in high-intensity economic classes and its share."""
    el = np.asarray(elements)
    ok = np.asarray(valid, bool)
    high = np.isin(np.asarray(econ_class), list(high_classes)) & ok
    out = []
    for e in _elements(n_grades):
        m = (el == e) & ok
        n = int(m.sum())
        if n == 0:
            continue
        c = int((m & high).sum())
        out.append({"element": e, "label": vocab.element_label(e, n_grades),
                    "area_km2": n * cell_area_m2 / 1e6,
                    "conflict_km2": c * cell_area_m2 / 1e6, "conflict_share": c / n})
    return out


def zonal_conflicts(zones, elements, econ_class, valid, cell_area_m2, high_classes,
                    n_grades=3):
    """Per zone id (>0): area of the zone, of sources, of corridor zones, of high-intensity
    economy, and of conflicts (an element in a high-intensity class), all in km²."""
    z = np.asarray(zones, dtype=np.int64)
    ok = np.asarray(valid, bool) & (z > 0)
    el = np.asarray(elements)
    high = np.isin(np.asarray(econ_class), list(high_classes))
    n = int(z.max(initial=0))
    f = cell_area_m2 / 1e6

    def count(mask):
        return np.bincount(z[ok & mask], minlength=n + 1)[1:] * f

    total = count(np.ones_like(ok))
    src = count(np.isin(el, vocab.source_elements(n_grades)))
    cor = count(np.isin(el, vocab.corridor_elements(n_grades)))
    hi = count(high)
    conf = count((el > 0) & high)
    return [{"zone": i + 1, "area_km2": total[i], "source_km2": src[i], "corridor_km2": cor[i],
             "high_econ_km2": hi[i], "conflict_km2": conf[i],
             "conflict_share": (conf[i] / (src[i] + cor[i])) if src[i] + cor[i] > 0 else 0.0}
            for i in range(n)]


def top_classes(econ_class, valid, n_top=2):
    """The ``n_top`` highest economic classes present (the default high-intensity classes)."""
    present = np.unique(np.asarray(econ_class)[np.asarray(valid, bool)])
    present = present[present > 0]
    return tuple(int(c) for c in present[-n_top:])
