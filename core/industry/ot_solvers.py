"""Optimal-transport solvers for the co-agglomeration index, without any QGIS dependency.

* :func:`exact_ot` — the exact transport cost (network simplex, POT ``ot.emd2``), with its dual
  potentials; this is the zero-regularisation limit of the entropic problem.
* :func:`sinkhorn_log` — entropic OT (Cuturi 2013) in the log domain with epsilon-scaling
  (Schmitzer 2019), reporting the transport part ``<P, C>`` of the regularised plan as the
  reference implementation does. It raises :class:`NotConverged` instead of returning an
  unconverged value (POT's default Sinkhorn at a small blur underflows and returns values 50-70 %
  too low that still look plausible).

POT is imported inside the functions so that the plugin loads without it.
"""
import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr


class NotConverged(InputError):
    """The entropic solver did not reach its marginal tolerance."""


def cost_matrix(x, y, p=2):
    """``|x_i - y_l|^p`` for point arrays ``x`` (n, 2) and ``y`` (m, 2)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    d2 = ((x * x).sum(1)[:, None] + (y * y).sum(1)[None, :]) - 2.0 * (x @ y.T)
    np.maximum(d2, 0.0, out=d2)
    if p == 2:
        return d2
    d = np.sqrt(d2, out=d2)
    return d if p == 1 else d ** p


def exact_ot(a, b, C, potentials=False, plan=False):
    """Exact OT cost ``min_P <P, C>`` between the histograms ``a`` and ``b`` (each summing to 1).

    Returns the cost, or ``(cost, u, v)`` with the dual potentials (``u_i + v_l <= C_il``,
    ``cost = a.u + b.v``) when ``potentials``, or ``(cost, u, v, plan)`` when ``plan``.
    Raises ``RuntimeError`` when the network simplex
    stops before optimality (it never returns a non-optimal value silently)."""
    a = np.ascontiguousarray(a, dtype=np.float64)
    b = np.ascontiguousarray(b, dtype=np.float64)
    b = b * (a.sum() / b.sum())
    C = np.ascontiguousarray(C, dtype=np.float64)
    n_iter = max(100000, 50 * C.shape[0] * C.shape[1])
    emd_c = _emd_c()
    if emd_c is not None:  # the network simplex itself, without emd2's per-call checks
        G, val, u, v, code = emd_c(a, b, C, n_iter, 1)
    else:
        import ot
        G, log = ot.emd(a, b, C, numItermax=n_iter, log=True)
        val, u, v, code = log["cost"], log["u"], log["v"], log.get("result_code", 1)
    if code != 1:
        raise RuntimeError("exact OT (network simplex) stopped before optimality (POT result "
                           "code %s)" % code)
    if plan:
        return float(val), np.asarray(u), np.asarray(v), np.asarray(G)
    if potentials:
        return float(val), np.asarray(u), np.asarray(v)
    return float(val)


_EMD_C = []


def _emd_c():
    if not _EMD_C:
        try:
            from ot.lp.emd_wrap import emd_c
        except ImportError:  # another POT layout: fall back to the public ot.emd2
            emd_c = None
        _EMD_C.append(emd_c)
    return _EMD_C[0]


def _lse(m, axis):
    mx = m.max(axis=axis, keepdims=True)
    mx[~np.isfinite(mx)] = 0.0
    out = np.log(np.exp(m - mx).sum(axis=axis, keepdims=True)) + mx
    return np.squeeze(out, axis=axis)


def sinkhorn_log(a, b, C, reg, tol=1e-2, max_iter=10000, scaling=0.8, stage_iter=5,
                 check_every=10):
    """Entropic OT value ``<P_reg, C>`` (log-domain Sinkhorn with epsilon-scaling).

    ``reg`` is the regularisation in cost units (``sigma ** p`` for a blur ``sigma`` in map units).
    The temperature starts at ``max(C)`` and is multiplied by ``scaling`` (0 < scaling < 1) down to
    ``reg``, with ``stage_iter`` iterations per intermediate stage; at ``reg`` it iterates until
    the L1 error of the row marginal (the column marginal is exact after each update) is below
    ``tol``, checked every ``check_every`` iterations. Returns ``(value, iterations)``; raises :class:`NotConverged` when ``max_iter``
    iterations in all were not enough.
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    C = np.asarray(C, dtype=np.float64)
    if not reg > 0:
        raise InputError(_tr("The entropic regularisation must be positive (got %r); use the "
                         "exact solver for the zero-blur limit.") % (reg,))
    loga = np.log(a)
    logb = np.log(b)
    f = np.zeros(C.shape[0])
    g = np.zeros(C.shape[1])
    eps = max(float(C.max()), reg)
    it = 0
    err = np.inf
    while True:
        final = eps <= reg
        n_stage = 0
        while True:
            f = -eps * _lse((g[None, :] - C) / eps + logb[None, :], axis=1)
            g = -eps * _lse((f[:, None] - C) / eps + loga[:, None], axis=0)
            it += 1
            n_stage += 1
            if final and (n_stage % check_every == 0 or it >= max_iter):
                logP = (f[:, None] + g[None, :] - C) / eps + loga[:, None] + logb[None, :]
                P = np.exp(logP)
                err = float(np.abs(P.sum(1) - a).sum())
                if err < tol:
                    return float((P * C).sum()), it
            if it >= max_iter:
                raise NotConverged(
                    "Entropic OT did not converge: after {} iterations the marginal error is "
                    "{:.3g} (tolerance {:.3g}) at regularisation {:.6g}. Increase the blur, "
                    "raise the iteration limit or use the exact solver.".format(
                        it, err, tol, reg))
            if not final and n_stage >= stage_iter:
                break
        eps = max(eps * scaling, reg)
