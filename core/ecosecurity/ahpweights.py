"""Analytic hierarchy process (Saaty 1977, 1980): weights from a pairwise comparison matrix.

w = the principal (Perron) eigenvector of the reciprocal matrix A, scaled to sum 1;
λmax its eigenvalue; CI = (λmax − n)/(n − 1); CR = CI / RI(n) with Saaty's random index;
judgements are taken as consistent enough when CR < 0.1.
"""
import re
from fractions import Fraction

import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr

#: Saaty's random consistency index RI(n) (Saaty 1980, The Analytic Hierarchy Process,
#: table 1.3; n = 1..15). n = 1 and 2 are always consistent.
RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41,
                9: 1.45, 10: 1.49, 11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59}

CR_LIMIT = 0.1


def parse_judgement(text):
    """'3' → 3.0, '1/3' → 0.333…, '0.2' → 0.2; '' / '-' / '.' → None (fill by reciprocal)."""
    s = str(text).strip()
    if s in ("", "-", ".", "None", "NULL"):
        return None
    try:
        return float(Fraction(s)) if "/" in s else float(s)
    except (ValueError, ZeroDivisionError):
        raise InputError(_tr("'%s' is not a judgement; use numbers such as 3, 1/3 or 0.2") % s)


def parse_matrix_text(text):
    """Rows separated by ';' or new lines, values by commas, spaces or tabs."""
    rows = [r for r in re.split(r"[;\n]+", str(text or "")) if r.strip()]
    return [[parse_judgement(v) for v in re.split(r"[,\s]+", r.strip()) if v != ""]
            for r in rows]


def complete_matrix(rows, tol=0.02):
    """A full reciprocal matrix from rows that may leave cells empty (None).

    The diagonal must be 1 (or empty); an empty cell takes the reciprocal of its mirror;
    a pair given both ways must be reciprocal within ``tol`` (relative), else an error that
    names the cells (rows and columns counted from 1).
    """
    n = len(rows)
    if n == 0:
        raise InputError(_tr("the comparison matrix is empty"))
    for i, r in enumerate(rows):
        if len(r) != n:
            raise InputError(_tr("the comparison matrix must be square: row %d has %d values for "
                             "%d rows") % (i + 1, len(r), n))
    a = np.full((n, n), np.nan)
    for i in range(n):
        for j in range(n):
            v = rows[i][j]
            if v is None:
                continue
            if not (v > 0 and np.isfinite(v)):
                raise InputError(_tr("cell (%d, %d) of the comparison matrix is %g; judgements "
                                 "must be positive") % (i + 1, j + 1, v))
            a[i, j] = v
    for i in range(n):
        if np.isnan(a[i, i]):
            a[i, i] = 1.0
        elif abs(a[i, i] - 1.0) > 1e-9:
            raise InputError(_tr("the diagonal of the comparison matrix must be 1; cell (%d, %d) "
                             "is %g") % (i + 1, i + 1, a[i, i]))
        for j in range(i + 1, n):
            x, y = a[i, j], a[j, i]
            if np.isnan(x) and np.isnan(y):
                raise InputError(_tr("cells (%d, %d) and (%d, %d) of the comparison matrix are "
                                 "both empty; give at least one") % (i + 1, j + 1, j + 1, i + 1))
            if np.isnan(x):
                a[i, j] = 1.0 / y
            elif np.isnan(y):
                a[j, i] = 1.0 / x
            elif abs(x * y - 1.0) > tol:
                raise InputError(_tr("the comparison matrix is not reciprocal: cell (%d, %d) = %g "
                                 "but cell (%d, %d) = %g (it should be 1/%g)")
                                 % (i + 1, j + 1, x, j + 1, i + 1, y, x))
    return a


def ahp_weights(matrix):
    """Weights, λmax, CI, RI, CR of a pairwise comparison matrix (a full or partly empty
    reciprocal matrix, see :func:`complete_matrix`). Returns a dict with those keys plus
    'consistent' (CR < 0.1) and 'matrix'."""
    if isinstance(matrix, np.ndarray):
        rows = [[None if np.isnan(v) else float(v) for v in r] for r in matrix]
    else:
        rows = [[v if v is None else float(v) for v in r] for r in matrix]
    a = complete_matrix(rows)
    n = a.shape[0]
    if n > max(RANDOM_INDEX):
        raise InputError(_tr("Saaty's random index is tabulated up to %d factors; %d were given")
                         % (max(RANDOM_INDEX), n))
    vals, vecs = np.linalg.eig(a)
    i = int(np.argmax(vals.real))
    lam = float(vals[i].real)
    w = np.abs(vecs[:, i].real)
    w = w / w.sum()
    ci = (lam - n) / (n - 1) if n > 2 else 0.0
    ci = max(ci, 0.0) if abs(ci) < 1e-12 else ci
    ri = RANDOM_INDEX[n]
    cr = ci / ri if ri > 0 else 0.0
    return {"weights": w, "lambda_max": lam, "CI": ci, "RI": ri, "CR": cr,
            "consistent": cr < CR_LIMIT, "matrix": a}
