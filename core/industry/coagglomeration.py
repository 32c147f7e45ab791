"""Wasserstein co-agglomeration of industries (Coagg) with Monte Carlo counterfactuals.

For industries j, k with firm sets X_j (N_j points) and X_k (N_k points) in projected
coordinates, W(j, k) is the optimal-transport cost between the uniform (or weighted)
distributions on X_j and X_k with ground cost |x - y|^p (p = 2 by default, i.e. W_2^2; p = 1
gives W_1). The counterfactuals replace k by N_k firms drawn at random without replacement from
ALL firms of the data set, D times (seeded). Draw b of size n is the first n entries of random
permutation b of the firms, so the same draws serve every row j (common random numbers; each
pair's null stays i.i.d.). Coagg(j, k) = share of draws b with W(j, k) < W(j, draw_b): close to
1 means j and k are closer than chance (co-agglomeration), close to 0 that they are further
apart (separation). Coagg is asymmetric.

Method: Billings & Johnson (2016) index as operationalised by Chen et al. (2020) and used by
Kang et al.; this module computes the faithful definition (projected coordinates, positive
regularisation or the exact limit), not the public reference code, which passes ``10^-3``
(= -9 in Python) as the Sinkhorn regularisation.

Speed (exact solver): every draw's *decision* W(j, draw) > W(j, k) is certified by proven
bounds before any exact solve, so the result equals a full exact run:

* dual lower bound: for any potential u on X_j, W(j, Y) >= a.u + sum_y nu_y min_i (C_iy - u_i)
  (Kantorovich duality with the c-transform); a handful of potentials per row give a lower
  bound for every draw at the cost of a prefix sum;
* binned bounds: firms quantised to the centroids of square cells of side h; with
  W_bar the OT cost between the quantised measures and q^p = sum_i a_i |x_i - c(x_i)|^p the
  quantisation cost, W_p(j, Y) lies within W_bar_p +- (q_j + q_Y) (triangle inequality); for
  p = 2 gluing the cell-pair plan gives the sharper W <= W_bar + q_j^2 + q_Y^2;
* only draws whose bounds straddle a threshold are solved exactly.
"""
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..progress import Canceled, as_progress
from .ot_solvers import cost_matrix, exact_ot, sinkhorn_log

EXACT, ENTROPIC = "exact", "entropic"


def code_text(value):
    """An industry code as text: 1311.0 -> '1311', ' C13 ' -> 'C13'; empty -> None."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value == int(value):
            return str(int(value))
    s = str(value).strip()
    return s or None


def code_level(code, digits):
    """The first ``digits`` characters of ``code`` (all of it when digits <= 0)."""
    return code if digits <= 0 else code[:digits]


def draw_permutations(seed, draws, n_pool, n_max):
    """Counterfactual draws: row b = the first ``n_max`` entries of random permutation b of the
    ``n_pool`` firms. Row b depends only on (seed, b), so any subset of draws can be
    regenerated independently (blocks of draws on other workers give identical results)."""
    out = np.empty((draws, n_max), dtype=np.int64)
    for b in range(draws):
        out[b] = np.random.default_rng([int(seed), b]).permutation(n_pool)[:n_max]
    return out


@dataclass
class CoaggResult:
    codes: list            # industry codes, row/column order
    groups: list           # group code of each industry
    sizes: np.ndarray      # firms per industry
    W: np.ndarray          # observed W(j, k)
    exceed: np.ndarray     # number of draws with W(j, draw) > W(j, k)
    draws: int
    seed: int
    p: int
    solver: str
    sigma: float = None
    dropped: dict = field(default_factory=dict)   # code -> firms, below the minimum
    stats: dict = field(default_factory=dict)

    @property
    def coagg(self):
        return self.exceed / float(self.draws)


class _Row:
    """Everything for one row j: observed W(j, k) for every k and the exceedance counts."""

    def __init__(self, xy, w, members, perms, p, solver, reg, tol, max_iter, certify, levels,
                 stop):
        self.xy, self.w, self.members, self.perms = xy, w, members, perms
        self.p, self.solver, self.reg, self.tol, self.max_iter = p, solver, reg, tol, max_iter
        self.certify, self.levels, self.stop = certify, levels, stop

    def masses(self, idx):
        if self.w is None:
            return np.full(idx.size, 1.0 / idx.size)
        m = self.w[idx]
        return m / m.sum()

    def solve(self, a, b, C, potentials=False):
        if self.solver == EXACT:
            return exact_ot(a, b, C, potentials)
        return sinkhorn_log(a, b, C, self.reg, tol=self.tol, max_iter=self.max_iter)[0]

    def run(self, j):
        st = {"exact": 0, "binned": 0, "decided_dual": 0, "decided_binned": 0}
        members = self.members
        K = len(members)
        idx_j = members[j]
        a = self.masses(idx_j)
        C = cost_matrix(self.xy[idx_j], self.xy, self.p)  # N_j x all firms
        W = np.empty(K)
        pots = []
        for k in range(K):
            if k == j and self.solver == EXACT:
                W[k] = 0.0
                continue
            r = self.solve(a, self.masses(members[k]), C[:, members[k]],
                           potentials=self.solver == EXACT)
            if self.solver == EXACT:
                W[k], u, _ = r
                pots.append((members[k].size, u))
            else:
                W[k] = r
            st["exact"] += 1
        sizes = np.array([m.size for m in members])
        exceed = np.zeros(K, dtype=np.int64)
        D = self.perms.shape[0]
        if self.solver == EXACT and self.certify:
            self._certified(j, a, C, W, sizes, exceed, pots, st)
        else:
            for b in range(D):
                if self.stop.is_set():
                    raise Canceled("canceled")
                for n in np.unique(sizes):
                    ks = np.flatnonzero(sizes == n)
                    d = self.perms[b, :n]
                    v = self.solve(a, self.masses(d), C[:, d])
                    st["exact"] += 1
                    exceed[ks] += v > W[ks]
        return W, exceed, st

    # --- certified exact decisions ---------------------------------------------------------
    def _certified(self, j, a, C, W, sizes, exceed, pots, st):
        D = self.perms.shape[0]
        w = self.w
        # dual potentials: from the observed problems with the largest targets, and from
        # exact solves of the first draws at the largest size (pool-like targets)
        pots.sort(key=lambda t: -t[0])
        U = [u for _, u in pots[:4]]
        n_big = int(sizes.max())
        known = {}
        for b in range(min(4, D)):
            d = self.perms[b, :n_big]
            v, u, _ = exact_ot(a, self.masses(d), C[:, d], potentials=True)
            st["exact"] += 1
            known[(b, n_big)] = v
            U.append(u)
        U = np.array(U)                                      # (P, N_j)
        base = U @ a                                         # (P,)
        Uc = np.empty((U.shape[0], C.shape[1]))
        for i, u in enumerate(U):
            Uc[i] = (C - u[:, None]).min(axis=0)            # c-transforms on every firm
        uniq = np.unique(sizes)
        n_max = int(uniq.max())
        block = max(1, int(2e7 // (U.shape[0] * n_max)))
        # lower bounds for every (draw, size)
        LB = np.empty((D, uniq.size))
        for s0 in range(0, D, block):
            pb = self.perms[s0:s0 + block, :n_max]
            G = Uc[:, pb]                                    # (P, B, n_max)
            if w is None:
                cs = np.cumsum(G, axis=2)
                den = np.arange(1, n_max + 1, dtype=np.float64)
                lb = cs[:, :, uniq - 1] / den[uniq - 1]
            else:
                wg = w[pb]
                cs = np.cumsum(G * wg[None], axis=2)
                den = np.cumsum(wg, axis=1)
                lb = cs[:, :, uniq - 1] / den[None][:, :, uniq - 1]
            LB[s0:s0 + block] = (lb + base[:, None, None]).max(axis=0)
        bins = self._bins_j(j, a)
        for si, n in enumerate(uniq):
            if self.stop.is_set():
                raise Canceled("canceled")
            ks = np.flatnonzero(sizes == n)
            T = W[ks]
            lo = LB[:, si]
            # decided by the dual bound: counts for every threshold below it
            for b in range(D):
                lob = lo[b]
                hib = np.inf
                if (b, n) in known:
                    v = known[(b, n)]
                    exceed[ks] += v > T
                    continue
                und = ~((lob > _up(T)) | (hib < _down(T)))
                if not und.any():
                    exceed[ks] += lob > _up(T)
                    st["decided_dual"] += 1
                    continue
                d = self.perms[b, :n]
                nu = self.masses(d)
                decided = False
                for li, h in enumerate(self.levels):
                    l2, h2 = self._binned_bounds(li, bins[li], d, nu)
                    st["binned"] += 1
                    lob, hib = max(lob, l2), min(hib, h2)
                    und = ~((lob > _up(T)) | (hib < _down(T)))
                    if not und.any():
                        exceed[ks] += lob > _up(T)
                        st["decided_binned"] += 1
                        decided = True
                        break
                if not decided:
                    v = exact_ot(a, nu, C[:, d])
                    st["exact"] += 1
                    exceed[ks] += v > T

    def _bins_j(self, j, a):
        out = []
        idx = self.members[j]
        for li in range(len(self.levels)):
            out.append(self._quantise(li, idx, a))
        return out

    def _quantise(self, li, idx, m):
        cell = self.cell_ids[li][idx]
        u, inv = np.unique(cell, return_inverse=True)
        mass = np.bincount(inv, m, minlength=u.size)
        pts = self.xy[idx]
        cx = np.bincount(inv, m * pts[:, 0], minlength=u.size) / mass
        cy = np.bincount(inv, m * pts[:, 1], minlength=u.size) / mass
        cen = np.column_stack([cx, cy])
        r = pts - cen[inv]
        dist2 = (r * r).sum(1)
        q = float((m * (dist2 if self.p == 2 else dist2 ** (self.p / 2.0))).sum())
        return mass, cen, q

    def _binned_bounds(self, li, bj, d, nu):
        mj, cj, qj = bj
        my, cy, qy = self._quantise(li, d, nu)
        wbar = exact_ot(mj / mj.sum(), my / my.sum(), cost_matrix(cj, cy, self.p))
        p = self.p
        wp = wbar ** (1.0 / p)
        rj, ry = qj ** (1.0 / p), qy ** (1.0 / p)
        lo = max(0.0, wp - rj - ry) ** p
        hi = wbar + qj + qy if p == 2 else (wp + rj + ry) ** p
        return lo * (1 - 1e-12), hi * (1 + 1e-12)


def _up(t):
    return t * (1 + 1e-9) + 1e-300


def _down(t):
    return t * (1 - 1e-9)


def coagglomeration(xy, codes, group_digits=2, industry_digits=3, weights=None, p=2,
                    draws=1000, seed=0, solver=EXACT, sigma=None, min_firms=1, certify=True,
                    levels=None, n_jobs=1, tol=1e-3, max_iter=10000, only=None, progress=None):
    """Coagg(j, k) for every ordered pair of industries (self-pairs included).

    ``xy`` (F, 2) projected coordinates (map units, e.g. metres); ``codes`` F industry codes
    (text or numbers); the industry of a firm is the first ``industry_digits`` characters of
    its code, its group the first ``group_digits`` (0 = the whole code). ``weights`` optional
    positive firm weights (e.g. employment). Industries with fewer than ``min_firms`` firms are
    left out as rows and columns but their firms stay in the pool of the counterfactual draws.
    ``solver`` 'exact' (POT network simplex) or 'entropic' (log-domain Sinkhorn, blur
    ``sigma`` in map units, reg = sigma^p, tolerance ``tol`` on the L1 marginal error).
    ``certify`` (exact only) decides draws by proven bounds before solving exactly; the result
    is identical to solving every draw. ``levels``: cell sides of the binned bounds (map
    units; default extent/12 and extent/40). ``n_jobs`` threads over rows j. ``only``: an
    optional list of industry codes to analyse (the others stay in the pool of the draws).
    """
    prog = as_progress(progress)
    xy = np.asarray(xy, dtype=np.float64)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise InputError("Coordinates must be an array of (x, y) pairs.")
    F = xy.shape[0]
    if F == 0:
        raise InputError("There are no firms.")
    if not np.isfinite(xy).all():
        raise InputError("Some firm coordinates are missing or not finite.")
    if p not in (1, 2):
        raise InputError("The cost exponent p must be 1 or 2 (got {}).".format(p))
    draws = int(draws)
    if draws < 1:
        raise InputError("The number of draws must be at least 1.")
    if solver not in (EXACT, ENTROPIC):
        raise InputError("Unknown solver '{}'.".format(solver))
    reg = None
    if solver == ENTROPIC:
        if sigma is None or not sigma > 0:
            raise InputError("The entropic solver needs a positive blur (sigma, map units).")
        reg = float(sigma) ** p
    w = None
    if weights is not None:
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != (F,) or not np.isfinite(w).all() or (w <= 0).any():
            bad = int(np.sum(~np.isfinite(w) | (w <= 0))) if w.shape == (F,) else F
            raise InputError("Firm weights must be positive numbers ({} firm(s) have a "
                             "missing, zero or negative weight).".format(bad))
    texts = [code_text(c) for c in codes]
    missing = sum(t is None for t in texts)
    if missing:
        raise InputError("{} firm(s) have no industry code. Fill the code field or remove "
                         "those firms.".format(missing))
    ind = [code_level(t, industry_digits) for t in texts]
    ind_codes, inv = np.unique(np.array(ind, dtype=object).astype(str), return_inverse=True)
    counts = np.bincount(inv, minlength=ind_codes.size)
    keep = counts >= max(1, int(min_firms))
    if only is not None:
        wanted = {code_level(code_text(c) or "", industry_digits) for c in only}
        unknown = sorted(wanted - set(str(c) for c in ind_codes))
        if unknown:
            raise InputError("The industries {} are not in the data (it has: {}).".format(
                ", ".join(unknown), ", ".join(str(c) for c in ind_codes[:30])))
        keep &= np.isin(ind_codes.astype(str), sorted(wanted))
    dropped = {str(c): int(n) for c, n in zip(ind_codes, counts) if n < max(1, int(min_firms))}
    if keep.sum() < 2:
        raise InputError(
            "Fewer than two industries have at least {} firms ({} industries in all). Lower "
            "the minimum or use a coarser industry code level.".format(min_firms,
                                                                       ind_codes.size))
    codes_kept = [str(c) for c in ind_codes[keep]]
    members = [np.flatnonzero(inv == i) for i in np.flatnonzero(keep)]
    groups = [code_level(c, group_digits) for c in codes_kept]
    # centre the coordinates: squared distances of UTM-sized numbers lose digits otherwise
    xy = xy - xy.mean(axis=0)
    perms = draw_permutations(seed, draws, F, int(max(m.size for m in members)))
    prog(0.02)
    stop = threading.Event()
    row = _Row(xy, w, members, perms, p, solver, reg, tol, max_iter, certify, None, stop)
    if solver == EXACT and certify:
        ext = float(max(np.ptp(xy[:, 0]), np.ptp(xy[:, 1]))) or 1.0
        row.levels = list(levels) if levels else [ext / 12.0, ext / 40.0]
        lo = xy.min(axis=0)
        row.cell_ids = []
        for h in row.levels:
            g = np.floor((xy - lo) / h).astype(np.int64)
            row.cell_ids.append(g[:, 0] * (int(g[:, 1].max()) + 1) + g[:, 1])
    K = len(members)
    Wm = np.empty((K, K))
    Em = np.empty((K, K), dtype=np.int64)
    stats = {"exact": 0, "binned": 0, "decided_dual": 0, "decided_binned": 0}

    def collect(j, res):
        Wm[j], Em[j], st = res
        for key in stats:
            stats[key] += st[key]

    n_jobs = max(1, int(n_jobs))
    done = 0
    if n_jobs == 1:
        for j in range(K):
            prog.check()
            collect(j, row.run(j))
            done += 1
            prog(0.02 + 0.98 * done / K)
    else:
        with ThreadPoolExecutor(n_jobs) as ex:
            futs = {ex.submit(row.run, j): j for j in range(K)}
            pending = set(futs)
            try:
                while pending:
                    fin, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                    for f in fin:
                        collect(futs[f], f.result())
                        done += 1
                    prog(0.02 + 0.98 * done / K)
            except BaseException:
                stop.set()
                for f in pending:
                    f.cancel()
                raise
    stats["problems"] = K * K + K * draws * len(np.unique([m.size for m in members]))
    return CoaggResult(codes=codes_kept, groups=groups,
                       sizes=np.array([m.size for m in members]), W=Wm, exceed=Em,
                       draws=draws, seed=int(seed), p=p, solver=solver, sigma=sigma,
                       dropped=dropped, stats=stats)


# --- tables ------------------------------------------------------------------------------------
PAIR_COLUMNS = [("industry_j", "string"), ("industry_k", "string"), ("group_j", "string"),
                ("group_k", "string"), ("same_group", "int"), ("self_pair", "int"),
                ("n_j", "int"), ("n_k", "int"), ("w", "double"), ("coagg", "double"),
                ("significant", "int"), ("separated", "int")]

INDUSTRY_COLUMNS = [("industry", "string"), ("group", "string"), ("firms", "int"),
                    ("pairs", "int"), ("sig", "int"), ("sig_within", "int"),
                    ("sig_cross", "int"), ("separated", "int"), ("mean_coagg", "double")]

GROUP_COLUMNS = [("group", "string"), ("industries", "int"), ("pairs", "int"),
                 ("pairs_within", "int"), ("pairs_cross", "int"), ("sig", "int"),
                 ("sig_within", "int"), ("sig_cross", "int"), ("mean_coagg", "double")]

CORE_COLUMNS = [("rank", "int"), ("code", "string"), ("industries", "int"), ("sig", "int"),
                ("sig_within", "int"), ("sig_cross", "int"), ("mean_coagg", "double")]


def _pair_mask(res, include_self):
    K = len(res.codes)
    m = np.ones((K, K), dtype=bool)
    if not include_self:
        np.fill_diagonal(m, False)
    return m


def pair_rows(res, level=0.95, sep_level=0.05):
    """One row per ordered pair (j, k) in the order of :data:`PAIR_COLUMNS`."""
    c = res.coagg
    rows = []
    for j, cj in enumerate(res.codes):
        for k, ck in enumerate(res.codes):
            rows.append([cj, ck, res.groups[j], res.groups[k], int(res.groups[j] == res.groups[k]),
                         int(j == k), int(res.sizes[j]), int(res.sizes[k]), float(res.W[j, k]),
                         float(c[j, k]), int(c[j, k] >= level), int(c[j, k] <= sep_level)])
    return rows


def industry_rows(res, level=0.95, sep_level=0.05, include_self=True):
    """Per industry j (row convention): pairs, significant pairs within / across its group,
    significant separations, mean Coagg over its row."""
    c = res.coagg
    m = _pair_mask(res, include_self)
    g = np.array(res.groups, dtype=object)
    rows = []
    for j, cj in enumerate(res.codes):
        same = g == res.groups[j]
        sig = (c[j] >= level) & m[j]
        rows.append([cj, res.groups[j], int(res.sizes[j]), int(m[j].sum()), int(sig.sum()),
                     int((sig & same).sum()), int((sig & ~same).sum()),
                     int(((c[j] <= sep_level) & m[j]).sum()), float(c[j][m[j]].mean())])
    return rows


def group_rows(res, level=0.95, include_self=True):
    """Per group (two-digit industry) in the form of Table 3 of Kang et al.: pairs counted by
    the row industry j (a group of 9 industries among 181 has 9 x 181 = 1,629 pairs, 81 within
    the group when self-pairs are included), significant pairs within / across, mean Coagg."""
    c = res.coagg
    m = _pair_mask(res, include_self)
    g = np.array(res.groups, dtype=object)
    rows = []
    for grp in sorted(set(res.groups)):
        rj = g == grp
        rowm = m & rj[:, None]
        within = rowm & rj[None, :]
        cross = rowm & ~rj[None, :]
        sig = c >= level
        rows.append([grp, int(rj.sum()), int(rowm.sum()), int(within.sum()), int(cross.sum()),
                     int((sig & rowm).sum()), int((sig & within).sum()),
                     int((sig & cross).sum()), float(c[rowm].mean())])
    return rows


def core_rows(groups_table, n_core=3):
    """The ``n_core`` groups with the most significant pairs (ties: higher mean Coagg, then
    code), ranked, in the order of :data:`CORE_COLUMNS`."""
    ranked = sorted(groups_table, key=lambda r: (-r[5], -r[8], r[0]))
    return [[i + 1, r[0], r[1], r[5], r[6], r[7], r[8]]
            for i, r in enumerate(ranked[:max(0, int(n_core))])]
