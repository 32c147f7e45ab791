"""Validation of a simulated land-use map against a reference map.

* Cross-tabulation ``p_ij`` (rows = reference class i, columns = simulated class j, as
  proportions of the cells valid in both maps).
* Overall agreement Po = Σ p_ii; expected agreement Pe = Σ p_i+·p_+i.
* Kappa (Cohen 1960) = (Po − Pe)/(1 − Pe).
* Kno (Pontius 2000) = (Po − 1/J)/(1 − 1/J), J = number of classes.
* Klocation = (Po − Pe)/(Pmax − Pe), Pmax = Σ min(p_i+, p_+i); Khisto (Hagen 2002) =
  (Pmax − Pe)/(1 − Pe); Kappa = Klocation·Khisto.
* Quantity disagreement Q = ½ Σ |p_i+ − p_+i| and allocation disagreement
  A = Σ min(p_i+ − p_ii, p_+i − p_ii) (Pontius & Millones 2011); Q + A = 1 − Po.
* Figure of Merit (Pontius et al. 2008), from the initial, reference and simulated maps:
  A = misses (observed change simulated as persistence), B = hits (observed change simulated
  as change to the right class), C = wrong hits (observed change simulated as change to a wrong
  class), D = false alarms (observed persistence simulated as change).
  FoM = B/(A+B+C+D); producer's accuracy = B/(A+B+C); user's accuracy = B/(B+C+D).

An undefined ratio (zero denominator) is returned as None.
"""
import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr


def _codes(arr, valid, name):
    v = np.asarray(arr)[valid]
    if np.issubdtype(v.dtype, np.floating) and np.any(v != np.round(v)):
        raise InputError(_tr("The {} map holds values that are not whole numbers; give a "
                         "land-use map with integer class codes.").format(name))
    return v.astype(np.int64)


def _shown(a):
    return ", ".join(map(str, a[:15].tolist())) + (" …" if a.size > 15 else "")


#: below this share of the reference map's cells covered by the other map, maps are refused
MIN_OVERLAP = 0.5


def check_comparable(reference, valid_ref, other, valid_other, name="simulated",
                     classes=True):
    """Check, before comparing, that ``other`` (on the reference grid) covers the reference
    map and, with ``classes``, that both use one legend. Raises :class:`InputError` when the
    maps share less than :data:`MIN_OVERLAP` of the reference cells or no class code; returns
    warnings (text) for a partial overlap and for classes found in one map only."""
    vr = np.asarray(valid_ref, bool)
    both = vr & np.asarray(valid_other, bool)
    n_ref, n_both = int(vr.sum()), int(both.sum())
    share = n_both / n_ref if n_ref else 0.0
    warnings = []
    if share < MIN_OVERLAP:
        raise InputError(
            _tr("The {} map holds data on only {:.1%} of the reference map's cells ({} of {}): "
            "the maps do not cover the same area (shifted, another extent or CRS), and a "
            "comparison would measure the shift, not the simulation. Give maps of the same "
            "grid.").format(name, share, n_both, n_ref))
    if share < 0.95:
        warnings.append(
            _tr("The {} map holds data on {:.1%} of the reference map's cells ({} of {}); the "
            "measures cover these cells only.").format(name, share, n_both, n_ref))
    if classes:
        r = np.unique(_codes(reference, both, "reference"))
        o = np.unique(_codes(other, both, name))
        common = np.intersect1d(r, o)
        if common.size == 0:
            raise InputError(
                _tr("The reference map (classes {}) and the {} map (classes {}) have no class "
                "code in common, so every cell would disagree. Recode one map to the legend "
                "of the other (Reclassify by table).").format(_shown(r), name, _shown(o)))
        only_r, only_o = np.setdiff1d(r, o), np.setdiff1d(o, r)
        if only_r.size or only_o.size:
            warnings.append(
                _tr("Classes found in one map only: {} in the reference map, {} in the {} map. "
                "Check that both maps use the same legend.").format(
                    _shown(only_r) or "none", _shown(only_o) or "none", name))
    return warnings


def crosstab(reference, simulated, valid=None, classes=None):
    """Cell counts ``(classes, matrix)`` with rows = reference class, columns = simulated class.

    ``valid``: cells to use (default all); ``classes``: the class order (default the sorted
    union of both maps). A code of the maps missing from ``classes`` is an error naming it.
    """
    ref = np.asarray(reference)
    sim = np.asarray(simulated)
    if ref.shape != sim.shape:
        raise InputError(_tr("The reference map ({}) and the simulated map ({}) have different "
                         "shapes; align them first.").format(ref.shape, sim.shape))
    valid = np.ones(ref.shape, bool) if valid is None else np.asarray(valid, bool)
    if not valid.any():
        raise InputError(_tr("No cell is valid in both maps; check that they overlap."))
    r = _codes(ref, valid, "reference")
    s = _codes(sim, valid, "simulated")
    present = np.union1d(np.unique(r), np.unique(s))
    if classes is None:
        classes = present
    classes = np.asarray(sorted(int(c) for c in classes), np.int64)
    missing = np.setdiff1d(present, classes)
    if missing.size:
        raise InputError(_tr("The class code(s) {} occur in the maps but not in the class list.")
                         .format(", ".join(map(str, missing.tolist()))))
    ri = np.searchsorted(classes, r)
    si = np.searchsorted(classes, s)
    J = classes.size
    m = np.bincount(ri * J + si, minlength=J * J).reshape(J, J)
    return [int(c) for c in classes], m


def _ratio(a, b):
    return None if abs(b) < 1e-15 else float(a / b)


def agreement(matrix):
    """Kappa family and Pontius' disagreement components of a count (or proportion) matrix.

    Returns a dict with Po, Pe, Pmax, Kappa, Kno, Klocation, Khisto, quantity, allocation,
    disagreement (= 1 − Po), n (total), and per-class ``producers`` (p_ii/p_i+, reference
    view) and ``users`` (p_ii/p_+i) accuracies as lists (None where a class is absent).
    """
    m = np.asarray(matrix, np.float64)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise InputError(_tr("The cross-tabulation must be a square matrix."))
    n = m.sum()
    if n <= 0:
        raise InputError(_tr("The cross-tabulation is empty."))
    p = m / n
    rows, cols = p.sum(axis=1), p.sum(axis=0)
    diag = np.diag(p)
    J = p.shape[0]
    po = float(diag.sum())
    pe = float(np.sum(rows * cols))
    pmax = float(np.sum(np.minimum(rows, cols)))
    quantity = 0.5 * float(np.abs(rows - cols).sum())
    allocation = float(np.sum(np.minimum(rows - diag, cols - diag)))
    return {
        "n": float(n), "classes": J, "Po": po, "Pe": pe, "Pmax": pmax,
        "Kappa": _ratio(po - pe, 1.0 - pe),
        "Kno": _ratio(po - 1.0 / J, 1.0 - 1.0 / J) if J > 1 else None,
        "Klocation": _ratio(po - pe, pmax - pe),
        "Khisto": _ratio(pmax - pe, 1.0 - pe),
        "quantity": quantity, "allocation": allocation, "disagreement": 1.0 - po,
        "producers": [_ratio(d, r) for d, r in zip(diag, rows)],
        "users": [_ratio(d, c) for d, c in zip(diag, cols)],
    }


def figure_of_merit(initial, reference, simulated, valid=None):
    """Figure of Merit and its components (counts of cells and ratios) from three maps."""
    ini, ref, sim = (np.asarray(x) for x in (initial, reference, simulated))
    if not (ini.shape == ref.shape == sim.shape):
        raise InputError(_tr("The initial, reference and simulated maps have different shapes; "
                         "align them first."))
    valid = np.ones(ref.shape, bool) if valid is None else np.asarray(valid, bool)
    if not valid.any():
        raise InputError(_tr("No cell is valid in all three maps; check that they overlap."))
    i = _codes(ini, valid, "initial")
    r = _codes(ref, valid, "reference")
    s = _codes(sim, valid, "simulated")
    obs_change = r != i
    sim_change = s != i
    misses = int(np.sum(obs_change & ~sim_change))
    hits = int(np.sum(obs_change & sim_change & (s == r)))
    wrong = int(np.sum(obs_change & sim_change & (s != r)))
    false_alarms = int(np.sum(~obs_change & sim_change))
    return {
        "misses": misses, "hits": hits, "wrong_hits": wrong, "false_alarms": false_alarms,
        "persistence": int(np.sum(~obs_change & ~sim_change)), "n": int(r.size),
        "FoM": _ratio(hits, misses + hits + wrong + false_alarms),
        "producers": _ratio(hits, misses + hits + wrong),
        "users": _ratio(hits, hits + wrong + false_alarms),
    }
