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
* lifted dual bound: the binned problem's cell potentials extended to the firms to first
  order (gradient of the cost at the cell's barycentric image) and improved by a few
  alternating c-transforms on the firms' cost matrix (each step a feasible dual pair);
* a draw whose bounds still straddle a threshold gets, for rows whose refinement grid has
  about as many cells as the row has firms, the finest level's binned bounds and lifted
  potentials where the per-draw loop skipped that level (its grid has about as many cells as
  the draw has firms, yet its LP is still about half the exact one's cost and its upper bound
  within about 1 % of W); the binned bounds on a finer grid (extent/60 by default, where that
  grid has far fewer cells than the draw has firms), that grid's cell potentials lifted to the
  firms (as above), and, for draws of at least ``ONE_SIDED_MIN`` firms, the one-sided bound
  (the draw alone quantised on a grid of half that side, or on the refinement grid where that
  one has about as many cells as the draw has firms: W <= W(X_j, Y_bar) + q_Y for p = 2, the
  triangle inequality below, and the optimal potential of X_j -> Y_bar c-transformed on the
  firms of Y);
* only draws whose bounds straddle a threshold after that are solved exactly. With a
  precision, the open draws of a column are first given these cheaper bounds one after the
  other, and exact solves only for what the column still needs (its budget of open draws is
  spent on the draws the cheap bounds cannot decide).

Which bounds are tried (never what they prove) adapts to what pays: a binned level that has
decided under ``ADAPT_RATE`` of its first ``ADAPT_MIN`` or more tries at a draw size is skipped
where the next level also applies, and the lifted bound is not tried where the binned value
itself is below what the bound must exceed (measured at the paper's scale: it then never
decides).

Bounds built from a network-simplex value carry a relative margin of ``EMD_MARGIN`` (its
value is exact to about 1e-9); dual bounds are computed from their feasible pair.
"""
import collections
import threading
import time
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr
from ..progress import Canceled, as_progress
from ..runners import find_python  # noqa: F401 (the one interpreter probe, re-exported)
from .coagg_tables import (CORE_COLUMNS, GROUP_COLUMNS, INDUSTRY_COLUMNS,  # noqa: F401
                           PAIR_COLUMNS, core_rows, group_rows, industry_rows, pair_rows)
from ..validate import check_code_lengths
from .ot_solvers import cost_matrix, exact_ot, sinkhorn_log

EXACT, ENTROPIC = "exact", "entropic"
EMD_MARGIN = 1e-8  # relative margin on bounds made from a network-simplex value (exact to
# about 1e-9 relative: its plan's marginals carry the rounding of the masses)
ADAPT_MIN, ADAPT_RATE = 40, 0.55  # a binned level that decided under 55 % of its first 40+
# tries at a draw size is skipped where the next level applies (its LP costs about 1.5-2x)
ONE_SIDED_MIN = 200  # draws of at least this many firms get the one-sided bound before an
# exact solve (below, the exact solve itself is cheap)


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


def draw_permutations(seed, draws, n_pool, n_max, start=0):
    """Counterfactual draws: row b = the first ``n_max`` entries of random permutation b of the
    ``n_pool`` firms, for b = start .. start + draws - 1. Row b depends only on (seed, b), so
    any block of draws can be regenerated independently (blocks of draws on other workers
    give identical results)."""
    out = np.empty((draws, n_max), dtype=np.int64)
    for i in range(draws):
        out[i] = np.random.default_rng([int(seed), start + i]).permutation(n_pool)[:n_max]
    return out


@dataclass
class CoaggResult:
    codes: list            # industry codes, row/column order
    groups: list           # group code of each industry
    sizes: np.ndarray      # firms per industry
    W: np.ndarray          # observed W(j, k)
    exceed: np.ndarray     # number of draws with W(j, draw) > W(j, k) (+ half the open ones)
    draws: int             # draws asked for
    seed: int
    p: int
    solver: str
    sigma: float = None
    dropped: dict = field(default_factory=dict)   # code -> firms, below the minimum
    stats: dict = field(default_factory=dict)
    used: np.ndarray = None  # draws used per pair (fewer than ``draws`` where stopped early)
    precision: float = 0.0

    @property
    def coagg(self):
        if self.used is None:
            return self.exceed / float(self.draws)
        return self.exceed / self.used.astype(np.float64)


STAT_KEYS = ("exact", "binned", "decided_dual", "decided_binned", "t_observed", "t_bounds",
             "t_binned", "t_exact_draws")


class _Engine:
    """The work of one run. Certified exact path in two phases: per row j the observed
    W(j, k) and the dual lower bounds of every draw (:meth:`row_setup`); then per draw size n
    the quantised draws, shared by every row (:meth:`quantise_draws`), and per row the
    decisions (:meth:`row_size`). Rows are independent work units."""

    def __init__(self, xy, w, members, perms, p, solver, reg, tol, max_iter, levels, stop,
                 rule=None, refine=None):
        self.xy, self.w, self.members, self.perms = xy, w, members, perms
        self.rule = rule
        self.p, self.solver, self.reg, self.tol, self.max_iter = p, solver, reg, tol, max_iter
        self.levels, self.stop = levels or [], stop
        self.sizes = np.array([m.size for m in members])
        self.uniq = np.unique(self.sizes)
        self.stats = dict.fromkeys(STAT_KEYS, 0)
        self.lock = threading.Lock()
        self.cell_ids = []
        if self.levels:
            lo = xy.min(axis=0)
            # the last grid (finer than every level) refines the draws still undecided
            h_ref = refine or min(self.levels) / 1.5
            # and a grid of half its side quantises the draw alone (one-sided bound)
            for h in self.levels + [h_ref, h_ref / 2.0]:
                g = np.floor((xy - lo) / h).astype(np.int64)
                self.cell_ids.append(g[:, 0] * (int(g[:, 1].max()) + 1) + g[:, 1])

    def merge(self, st):
        with self.lock:
            for k, v in st.items():
                self.stats[k] = self.stats.get(k, 0) + v

    def check(self):
        if self.stop.is_set():
            raise Canceled("canceled")

    def masses(self, idx):
        if self.w is None:
            return np.full(idx.size, 1.0 / idx.size)
        m = self.w[idx]
        return m / m.sum()

    def solve(self, a, b, C, potentials=False):
        if self.solver == EXACT:
            return exact_ot(a, b, C, potentials)
        return sinkhorn_log(a, b, C, self.reg, tol=self.tol, max_iter=self.max_iter)[0]

    def observed(self, j, xj, a, st, potentials):
        K = len(self.members)
        W = np.empty(K)
        pots = []
        for k, mk in enumerate(self.members):
            self.check()
            if k == j and self.solver == EXACT:
                W[k] = 0.0
                continue
            r = self.solve(a, self.masses(mk), cost_matrix(xj, self.xy[mk], self.p),
                           potentials=potentials)
            if potentials:
                W[k], u, _ = r
                pots.append((mk.size, u))
            else:
                W[k] = r
            st["exact"] += 1
        return W, pots

    # --- every draw solved (entropic, or exact without certification) ---------------------
    def row_plain(self, j):
        st = dict.fromkeys(STAT_KEYS, 0)
        t0 = time.perf_counter()
        idx_j = self.members[j]
        a = self.masses(idx_j)
        xj = self.xy[idx_j]
        W, _ = self.observed(j, xj, a, st, False)
        st["t_observed"] += time.perf_counter() - t0
        D = self.perms.shape[0]
        groups = [(int(n), np.flatnonzero(self.sizes == n)) for n in self.uniq]
        cols = [_Columns(W[ks], D, self.rule) for _, ks in groups]
        t0 = time.perf_counter()
        for b in range(D):
            live = False
            for (n, ks), cl in zip(groups, cols):
                act = cl.begin_draw()
                if act is None:
                    continue
                live = True
                self.check()
                d = self.perms[b, :n]
                v = self.solve(a, self.masses(d), cost_matrix(xj, self.xy[d], self.p))
                st["exact"] += 1
                cl.decide_exact(act, v)
                cl.end_draw(b, None)
            if not live:
                break
        exceed = np.zeros(len(self.members))
        used = np.full(len(self.members), D, dtype=np.int64)
        for (_, ks), cl in zip(groups, cols):
            cl.finish(None)
            exceed[ks] = cl.exceed()
            used[ks] = cl.used
        st["t_exact_draws"] += time.perf_counter() - t0
        self.merge(st)
        return W, exceed, used, st

    # --- certified exact decisions ---------------------------------------------------------
    def row_setup(self, j):
        """Observed row, dual lower bounds LB[b, size] for every draw, quantised X_j."""
        st = dict.fromkeys(STAT_KEYS, 0)
        t0 = time.perf_counter()
        D = self.perms.shape[0]
        w = self.w
        idx_j = self.members[j]
        a = self.masses(idx_j)
        xj = self.xy[idx_j]
        W, pots = self.observed(j, xj, a, st, True)
        st["t_observed"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        # dual potentials: from the observed problems with the largest targets, and from
        # exact solves of the first draws at the largest size (pool-like targets)
        pots.sort(key=lambda t: -t[0])
        U = [u for _, u in pots[:4]]
        n_big = int(self.uniq.max())
        known = {}
        for b in range(min(4, D)):
            self.check()
            d = self.perms[b, :n_big]
            v, u, _ = exact_ot(a, self.masses(d), cost_matrix(xj, self.xy[d], self.p),
                               potentials=True)
            st["exact"] += 1
            known[b] = v
            U.append(u)
        U = np.array(U)                                      # (P, N_j)
        base = U @ a                                         # (P,)
        F = self.xy.shape[0]
        Uc = np.empty((U.shape[0], F))
        step = max(1, int(4e6 // max(1, xj.shape[0])))     # cost blocks of ~32 MB at most
        for c0 in range(0, F, step):
            Cblk = cost_matrix(xj, self.xy[c0:c0 + step], self.p)
            for i, u in enumerate(U):                       # c-transforms on every firm
                Uc[i, c0:c0 + step] = (Cblk - u[:, None]).min(axis=0)
        uniq = self.uniq
        n_max = int(uniq.max())
        # draws by blocks of ~40 MB temporaries (the gathered c-transforms and their prefix
        # sums; each draw's bound is computed alone, so the block size changes no bit)
        block = max(1, int(5e6 // (U.shape[0] * n_max)))
        LB = np.empty((D, uniq.size))
        for s0 in range(0, D, block):
            self.check()
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
        bins = [self.quantise(li, idx_j, a) for li in range(len(self.levels) + 1)]
        st["t_bounds"] += time.perf_counter() - t0
        self.merge(st)
        return {"a": a, "W": W, "LB": LB, "known": known, "bins": bins,
                "exceed": np.zeros(len(self.members)),
                "used": np.full(len(self.members), D, dtype=np.int64)}, st

    def quantise_draws(self, n):
        """The draws of size n quantised at every level: [level][b] = (mass, centroids, q,
        cell of each firm). Every level is kept: the per-draw loop uses a level only where it
        has far fewer cells than the draw has firms (:func:`_in_loop`); the finest level also
        serves the draws still open at the end (:meth:`row_size`'s ``tighten``)."""
        out = []
        for li in range(len(self.levels)):
            lv = []
            for b in range(self.perms.shape[0]):
                d = self.perms[b, :n]
                lv.append(self.quantise(li, d, self.masses(d)))
            out.append(lv)
        return out

    def row_size(self, j, si, row, qdraws):
        """Exceedances of row j against the columns of size uniq[si] (see :class:`_Columns`
        for the precision option: sequential stopping and certified intervals)."""
        st = dict.fromkeys(STAT_KEYS, 0)
        n = int(self.uniq[si])
        ks = np.flatnonzero(self.sizes == n)
        T = row["W"][ks]
        LB = row["LB"]  # (draws, sizes), or {si: that size's column} in a work unit
        lo = LB[si] if isinstance(LB, dict) else LB[:, si]
        a = row["a"]
        xj = self.xy[self.members[j]]
        big = n == int(self.uniq.max())
        cols = _Columns(T, self.perms.shape[0], self.rule)

        bj_fine = row["bins"][len(self.levels)]

        L = len(self.levels)
        # the finest level's binned problem for the draws the loop skipped it on (its grid
        # has about as many cells as the draw has firms), for the rows whose refinement grid
        # does not pay (it has about as many cells as the row has firms): still much cheaper
        # than the exact problem when its LP has at most 3/4 of the exact one's cost entries
        bj_last = row["bins"][L - 1]
        last_open = bj_fine[0].size > 0.7 * a.size

        def undecided(lob, hib, up, down):
            return (lob <= up) & (hib >= down)

        def binned_lifted(bj, by, d, nu, lob, hib, up, down, key):
            """The binned bounds of (bj, by), then, while undecided, their cell potentials
            lifted to the firms; counted under ``key``. Returns (lower, upper, decided?)."""
            l2, h2, dual = self.binned_bounds(bj, by)
            st[key] = st.get(key, 0) + 1
            lob, hib = max(lob, l2), min(hib, h2)
            if not undecided(lob, hib, up, down).any():
                st["decided_" + key] = st.get("decided_" + key, 0) + 1
                return lob, hib, True
            need = float(up[hib >= down].max())
            lob = max(lob, self.lifted(bj, by, dual, a, xj, d, nu, need))
            st[key + "_lifted"] = st.get(key + "_lifted", 0) + 1
            if not undecided(lob, hib, up, down).any():
                st["decided_%s_lifted" % key] = st.get("decided_%s_lifted" % key, 0) + 1
                return lob, hib, True
            return lob, hib, False

        def tighten(b, lob, hib, up, down):
            """The cheap bounds of draw b for the columns (up, down), cheapest first: for
            rows whose refinement grid does not pay, the finest level's binned bounds and
            lifted potentials where the loop skipped that level for this draw; the binned
            bounds on the refinement grid (both sides quantised) where it is much smaller
            than the firms, with its lifted potentials; then the one-sided bounds (the draw
            alone quantised on a grid of half that side, X_j kept). Returns (lower, upper)."""
            d = self.perms[b, :n]
            nu = self.masses(d)
            t1 = time.perf_counter()
            try:
                by = qdraws[L - 1][b]
                if (last_open and not _in_loop(L - 1, by, n)
                        and bj_last[0].size * by[0].size <= 0.75 * a.size * n):
                    lob, hib, done = binned_lifted(bj_last, by, d, nu, lob, hib, up, down,
                                                   "last_level")
                    if done:
                        return lob, hib
                if bj_fine[0].size <= 0.7 * a.size:
                    by = self.quantise(L, d, nu)
                    if bj_fine[0].size * by[0].size <= 0.5 * a.size * n:
                        lob, hib, done = binned_lifted(bj_fine, by, d, nu, lob, hib, up,
                                                       down, "refined")
                        if done:
                            return lob, hib
                if n >= ONE_SIDED_MIN:
                    by = self.quantise(L + 1, d, nu)
                    if by[0].size > 0.5 * n:
                        # about as many cells as firms: the refinement grid (twice the side)
                        by = self.quantise(L, d, nu)
                        st["one_sided_coarse"] = st.get("one_sided_coarse", 0) + 1
                    if by[0].size <= 0.6 * n:
                        l2, h2 = self.one_sided(a, xj, d, nu, by, lob, up, down, hib)
                        st["one_sided"] = st.get("one_sided", 0) + 1
                        lob, hib = max(lob, l2), min(hib, h2)
                        if not undecided(lob, hib, up, down).any():
                            st["decided_one_sided"] = st.get("decided_one_sided", 0) + 1
                return lob, hib
            finally:
                st["t_binned"] += time.perf_counter() - t1

        def settle(b, lob, hib, up, down, cheap=True):
            """Decide draw b for the columns (up, down): the cheap bounds (:func:`tighten`,
            unless already tried: ``cheap`` False), else the exact value.
            Returns (lower, upper, exact?)."""
            if cheap:
                lob, hib = tighten(b, lob, hib, up, down)
                if not undecided(lob, hib, up, down).any():
                    return lob, hib, False
            d = self.perms[b, :n]
            t2 = time.perf_counter()
            v = exact_ot(a, self.masses(d), cost_matrix(xj, self.xy[d], self.p))
            dt = time.perf_counter() - t2
            st["exact"] += 1
            st["t_exact_draws"] += dt
            key = "t_exact_n>=500" if n >= 500 else "t_exact_n<500"
            st[key] = st.get(key, 0.0) + dt
            return v, v, True

        tries, wins = [0] * L, [0] * L   # binned solves per level, and those that decided
        for b in range(self.perms.shape[0]):
            act = cols.begin_draw()
            if act is None:
                break
            up, down = cols.act_up, cols.act_down
            if big and b in row["known"]:
                cols.decide_exact(act, row["known"][b])
                cols.end_draw(b, settle)
                continue
            lob, hib = lo[b], np.inf
            if not ((lob <= up) & (hib >= down)).any():
                cols.decide(act, lob)
                st["decided_dual"] += 1
                cols.end_draw(b, settle)
                continue
            self.check()
            t0 = time.perf_counter()
            decided = False
            lift = None
            for li in range(L):
                if not _in_loop(li, qdraws[li][b], n):  # not coarser than the draw: skip
                    continue
                # a level that has decided few of this size's draws so far is skipped
                # where the next level also applies (that one then pays for both)
                if (tries[li] >= ADAPT_MIN and wins[li] < ADAPT_RATE * tries[li]
                        and li + 1 < L and _in_loop(li + 1, qdraws[li + 1][b], n)):
                    st["skipped_level"] = st.get("skipped_level", 0) + 1
                    continue
                l2, h2, dual = self.binned_bounds(row["bins"][li], qdraws[li][b])
                lift = (li, dual)
                st["binned"] += 1
                tries[li] += 1
                lob, hib = max(lob, l2), min(hib, h2)
                if not ((lob <= up) & (hib >= down)).any():
                    st["decided_binned"] += 1
                    st["level%d" % li] = st.get("level%d" % li, 0) + 1
                    wins[li] += 1
                    decided = True
                    break
            if not decided and lift is not None:
                # dual bound on the firms themselves: the cell potentials of the binned
                # problem lifted to first order, improved by alternating c-transforms
                d = self.perms[b, :n]
                nu = self.masses(d)
                li, dual = lift
                need = float(up[hib >= down].max())
                lob = max(lob, self.lifted(row["bins"][li], qdraws[li][b], dual, a, xj, d, nu,
                                           need))
                if not ((lob <= up) & (hib >= down)).any():
                    st["decided_lifted"] = st.get("decided_lifted", 0) + 1
                    decided = True
            st["t_binned"] += time.perf_counter() - t0
            if decided:
                cols.decide(act, lob)
            elif self.rule is None:
                cols.settle_now(act, b, lob, hib, settle)
            else:  # left open for now: settled only when a column needs it
                cols.defer(act, b, lob, hib)
            cols.end_draw(b, settle)
        cols.finish(settle, tighten)
        st["deferred_open"] = int(cols.open_total)
        row["exceed"][ks] = cols.exceed()
        row["used"][ks] = cols.used
        self.merge(st)
        return st

    def quantise(self, li, idx, m):
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
        return mass / mass.sum(), cen, q, inv

    def lifted(self, bj, by, dual, a, xj, d, nu, need, skip_below=True):
        """Dual bound on the firms themselves: the cell potentials ``dual`` = (f, g, plan)
        of the binned problem (bj, by) lifted to first order, improved by alternating
        c-transforms until it exceeds ``need`` (see :func:`_ascent`). ``skip_below``: not
        tried (-inf) where the binned value is below ``need`` (it then does not decide)."""
        f, g, G = dual
        if skip_below and float(bj[0] @ f + by[0] @ g) < need:
            # the binned value itself is below what the bound must exceed: measured at the
            # paper's scale, the lifted bound then never decides (0 of 2,515 tries in the
            # median row); skipping it changes only the cost, never a decision
            return -np.inf
        # first-order lift of the cell potentials: grad f(x) = grad_x c(x, T(x)) at the cell
        # centroid, T = barycentric image of the cell under the quantised plan (the same for
        # g); any lift gives a valid bound once the other side is c-transformed exactly
        tj = (G @ by[1]) / bj[0][:, None]
        sy = (G.T @ bj[1]) / by[0][:, None]
        f = (f, bj[1], self._grad(bj[1] - tj))
        g = (g, by[1], self._grad(by[1] - sy))
        Cb = cost_matrix(xj, self.xy[d], self.p)
        u = self._lift(f, xj, bj[3])
        v = self._lift(g, self.xy[d], by[3])
        # a lower bound decides only the columns the upper bound leaves open, and only once
        # it exceeds their thresholds: the ascent stops there
        l3, u = _ascent(Cb, a, nu, u, target=need)
        lob = l3 * (1 - 1e-12)
        if lob <= need:
            l4, v = _ascent(Cb.T, nu, a, v, target=need)
            lob = max(lob, l4 * (1 - 1e-12))
        return lob

    def one_sided(self, a, xj, d, nu, by, lob, up, down, hib):
        """Bounds on W(j, Y) for the draw Y = firms d (masses nu) from the exact problem
        X_j -> Y_bar, Y quantised alone (``by``: masses, centroids, q_Y): for p = 2 the
        gluing plan (each cell's mass spread over its firms in proportion) gives
        W <= W(X_j, Y_bar) + q_Y, the triangle inequality W_p >= W_p(X_j, Y_bar) - q_Y^(1/p),
        and the optimal potential u of X_j -> Y_bar, c-transformed on the firms of Y, the
        dual bound a.u + nu.u^c (improved by c-transforms while it does not yet decide)."""
        my, cy, qy, _ = by
        p = self.p
        wbar, u, _ = exact_ot(a, my, cost_matrix(xj, cy, p), potentials=True)
        wp, ry = wbar ** (1.0 / p), qy ** (1.0 / p)
        lo = max(0.0, wp - ry) ** p
        hi = wbar + qy if p == 2 else (wp + ry) ** p
        # the network simplex's value is exact to about 1e-9 (relative): a margin of 1e-8
        lo, hi = lo * (1 - EMD_MARGIN), min(hib, hi * (1 + EMD_MARGIN))
        und = (max(lob, lo) <= up) & (hi >= down)
        if und.any():
            # the dual bound is computed from its feasible pair itself: no margin beyond
            # rounding
            need = float(up[und].max())
            l3, _ = _ascent(cost_matrix(xj, self.xy[d], p), a, nu, u, steps=2, target=need,
                            first_v=True)
            lo = max(lo, l3 * (1 - 1e-12))
        return lo, hi

    def _grad(self, dxy):
        if self.p == 2:
            return 2.0 * dxy
        n = np.hypot(dxy[:, 0], dxy[:, 1])
        n[n == 0] = np.inf
        return dxy / n[:, None]

    def _lift(self, pot, pts, inv):
        val, cen, grad = pot
        return val[inv] + ((pts - cen[inv]) * grad[inv]).sum(axis=1)

    def binned_bounds(self, bj, by):
        """Proven bounds on W(j, Y) from the quantised measures (see the module doc), and
        the dual potentials of the quantised problem (cells of X_j, cells of Y)."""
        mj, cj, qj, _ = bj
        my, cy, qy, _ = by
        wbar, f, g, G = exact_ot(mj, my, cost_matrix(cj, cy, self.p), plan=True)
        p = self.p
        wp = wbar ** (1.0 / p)
        rj, ry = qj ** (1.0 / p), qy ** (1.0 / p)
        lo = max(0.0, wp - rj - ry) ** p
        hi = wbar + qj + qy if p == 2 else (wp + rj + ry) ** p
        return lo * (1 - EMD_MARGIN), hi * (1 + EMD_MARGIN), (f, g, G)


class _StopRule:
    """The precision option (``precision`` > 0): when a column may stop drawing, and how many
    draws may stay undecided.

    * Sequential stopping: at m = ``first``, ``first + every``, ... < D draws, a pair stops when
      its Coagg so far, x/m, is settled: under the Jeffreys posterior of the exceedance
      probability, Beta(x + 1/2, m - x + 1/2), the probability (beta-binomial predictive of the
      D - m draws left) that the full run's value differs from x/m by more than ``precision``,
      or is on the other side of ``level`` or of ``sep_level``, is at most ``delta``.
    * Certified interval: a pair that uses all D draws may leave fewer than 2·precision·D draws
      undecided (their bounds straddle the threshold) when the significance decisions are the
      same at both ends of its interval; it reports the middle, within ``precision`` of the
      exact value (proven, not estimated).
    """

    def __init__(self, draws, precision, level, sep_level, delta=1e-4, first=100, every=25):
        from scipy.stats import betabinom
        self.draws = int(draws)
        self.precision = float(precision)
        self.level, self.sep_level = float(level), float(sep_level)
        # open draws o leave an error of at most o / 2D: keep it strictly below precision
        self.budget = max(0, int(np.ceil(2.0 * self.precision * self.draws - 1e-9)) - 1)
        self.stop_ok, self.p_bad = {}, {}
        D = self.draws
        for m in range(int(first), D, int(every)):
            R = D - m
            x = np.arange(m + 1, dtype=np.float64)
            y = np.arange(R + 1, dtype=np.float64)
            pmf = betabinom.pmf(y[None, :], R, x[:, None] + 0.5, m - x[:, None] + 0.5)
            final = (x[:, None] + y[None, :]) / D
            rep = (x / m)[:, None]
            bad = np.abs(final - rep) > self.precision
            bad |= (final >= self.level) != (rep >= self.level)
            bad |= (final <= self.sep_level) != (rep <= self.sep_level)
            self.p_bad[m] = (pmf * bad).sum(axis=1)
            self.stop_ok[m] = self.p_bad[m] <= delta

    def certain(self, lo, hi):
        """Same significance and separation decisions for every count in lo..hi."""
        D = float(self.draws)
        return ((lo / D >= self.level) == (hi / D >= self.level)
                and (lo / D <= self.sep_level) == (hi / D <= self.sep_level))


class _Columns:
    """Exceedance counts of one row j against the columns k of one draw size, draw by draw.
    Without a stopping rule every draw is decided (certified bounds or an exact solve). With
    one (:class:`_StopRule`), a draw whose bounds leave some column undecided is kept open and
    solved only when that column needs it: before it stops early, or at the end while it has
    more open draws than the budget or an open draw could change its decisions."""

    def __init__(self, T, draws, rule):
        self.T = T
        self.up, self.down = _up(T), _down(T)
        self.rule = rule
        K = T.size
        self.e = np.zeros(K, dtype=np.int64)          # certified exceedances
        self.open = np.zeros(K, dtype=np.int64)       # open (undecided) draws per column
        self.active = np.ones(K, dtype=bool)
        self.used = np.full(K, int(draws), dtype=np.int64)
        self.pending = []                             # [draw, columns it is open for]
        self.m = 0
        self._act = None                              # active columns (cached)

    @property
    def open_total(self):
        return int(self.open.sum())

    def begin_draw(self):
        """The active columns (None when none is left); :attr:`act_up` and
        :attr:`act_down` hold their thresholds. Recomputed only when a column stopped."""
        if self._act is None:
            act = np.flatnonzero(self.active)
            self._act = act if act.size else False
            if act.size:
                self.act_up, self.act_down = self.up[act], self.down[act]
        return self._act if self._act is not False else None

    def decide(self, act, lob):
        """A lower bound with bounds that decide every active column: W(j, draw) > W(j, k)
        where lob > up."""
        self.e[act] += lob > self.up[act]

    def decide_exact(self, act, v):
        self.e[act] += v > self.T[act]

    def _apply(self, idx, lo, hi, is_exact):
        if is_exact:
            self.e[idx] += lo > self.T[idx]
        else:
            self.e[idx] += lo > self.up[idx]

    def settle_now(self, act, b, lob, hib, settle):
        """``settle(b, lob, hib, up, down)`` gives bounds that decide every column, or the
        exact value: ``(lower, upper, exact?)``."""
        self._apply(act, *settle(b, lob, hib, self.up[act], self.down[act]))

    def defer(self, act, b, lob, hib):
        und = (lob <= self.up[act]) & (hib >= self.down[act])
        dec = act[~und]
        self.e[dec] += lob > self.up[dec]
        mask = np.zeros(self.T.size, dtype=bool)
        mask[act[und]] = True
        self.pending.append([b, mask, lob, hib, False])  # False: cheap bounds not tried yet
        self.open += mask

    def _resolve(self, entry, settle):
        b, mask, lob, hib, tried = entry
        idx = np.flatnonzero(mask)
        kw = {"cheap": False} if tried else {}
        self._apply(idx, *settle(b, lob, hib, self.up[idx], self.down[idx], **kw))
        self.open -= mask

    def _tighten(self, entry, tighten):
        """The cheap bounds ``tighten(b, lob, hib, up, down) -> (lower, upper)`` for an open
        draw: the columns they decide are counted and closed, the others stay open."""
        b, mask, lob, hib, _ = entry
        idx = np.flatnonzero(mask)
        lob, hib = tighten(b, lob, hib, self.up[idx], self.down[idx])
        und = (lob <= self.up[idx]) & (hib >= self.down[idx])
        dec = idx[~und]
        self.e[dec] += lob > self.up[dec]
        mask[dec] = False
        self.open[dec] -= 1
        entry[2:] = [lob, hib, True]

    def _settle(self, c, settle):
        keep = []
        for entry in self.pending:
            if entry[1][c]:
                self._resolve(entry, settle)
            else:
                keep.append(entry)
        self.pending = keep

    def end_draw(self, b, settle):
        self.m += 1
        if self.rule is None:
            return
        ok = self.rule.stop_ok.get(self.m)
        if ok is None:
            return
        left = self.rule.draws - self.m
        for c in np.flatnonzero(self.active):
            e, o = self.e[c], self.open[c]
            if not ok[e:e + o + 1].all():
                continue
            # stopping settles the o open draws now; drawing on to the end costs the draws
            # left (bounds, about a tenth of an exact solve each) and only the open draws
            # beyond the budget: stop only when that is not cheaper
            later = max(0.0, o + o * left / self.m - self.rule.budget)
            if o > 0.1 * left + later:
                continue
            if o:
                self._settle(c, settle)
            if ok[self.e[c]]:
                self.active[c] = False
                self._act = None
                self.used[c] = self.m

    def _done(self, c):
        return not self.open[c] or (self.open[c] <= self.rule.budget
                                    and self.rule.certain(self.e[c], self.e[c] + self.open[c]))

    def finish(self, settle, tighten=None):
        """Columns that used every draw: open draws are closed until fewer than the budget
        are left and they cannot change a decision. With ``tighten`` (cheap bounds), the
        open draws of a column get the cheap bounds first, one after the other until the
        column is done, and exact solves only for what is still needed: the budget of open
        draws is spent on the draws the cheap bounds cannot decide, the expensive ones."""
        if self.rule is None:
            return
        for c in np.flatnonzero(self.active):
            if tighten is not None and not self._done(c):
                for entry in self.pending:
                    if entry[1][c] and not entry[4]:
                        self._tighten(entry, tighten)
                        if self._done(c):
                            break
                self.pending = [en for en in self.pending if en[1].any()]
            while not self._done(c):
                i = next(i for i, en in enumerate(self.pending) if en[1][c])
                self._resolve(self.pending.pop(i), settle)

    def exceed(self):
        """Exceedances: certified count plus half the open draws (the middle of the interval)."""
        return self.e + 0.5 * self.open


def _in_loop(li, q, n):
    """Whether the per-draw loop uses binned level ``li`` for a draw of ``n`` firms quantised
    as ``q``: the first level always, a finer one only where it has at most half as many
    cells as the draw has firms (otherwise its LP costs about as much as the exact one)."""
    return li == 0 or q[0].size <= 0.5 * n


def _ascent(C, a, b, u, steps=3, target=np.inf, first_v=False):
    """Dual lower bound a.u + b.u^c, improved by alternating c-transforms (block coordinate
    ascent of the Kantorovich dual; every step keeps a feasible pair, so every value is a
    valid lower bound of the transport cost). Stops early once the bound exceeds ``target``
    (it then decides what it is asked to), or when a step gains less than a hundredth of
    the gap left (the ascent has stalled; the bound stays valid either way).
    ``first_v``: also return the bound of the first half-step (u and its c-transform),
    which is the tightest one when u is already optimal for a nearby problem.
    Returns (bound, u)."""
    best = -np.inf
    for i in range(steps):
        v = (C - u[:, None]).min(axis=0)
        if first_v and i == 0:
            best = float(a @ u + b @ v)
            if best > target:
                return best, u
        u = (C - v[None, :]).min(axis=1)
        prev, best = best, max(best, float(a @ u + b @ v))
        if best > target or (np.isfinite(prev) and np.isfinite(target)
                             and best - prev < 0.01 * (target - best)):
            break
    return best, u


def _up(t):
    return t * (1 + 1e-9) + 1e-300


def _down(t):
    return t * (1 - 1e-9)


@dataclass(frozen=True, eq=False)
class CoaggRun:
    """One co-agglomeration run as plain data, built and validated once by :func:`describe`:
    what the engine is rebuilt from here, in a worker process or on a Dask worker (the draws
    depend only on ``seed`` and the draw number, so any block of draws can be made anywhere).
    """
    xy: np.ndarray          # (F, 2) firm coordinates, centred (map units)
    w: object               # (F,) positive firm weights, or None (uniform)
    members: tuple          # firm indices of each industry analysed
    codes: tuple            # industry codes, row/column order
    groups: tuple           # group code of each industry
    dropped: dict           # code -> firms, industries below the minimum
    seed: int
    draws: int
    p: int
    solver: str
    sigma: object
    reg: object             # entropic regularisation sigma^p (None for the exact solver)
    tol: float
    max_iter: int
    levels: object          # cell sides of the binned bounds (tuple), None: no certification
    precision: float
    level: float
    sep_level: float

    @property
    def sizes(self):
        return np.array([m.size for m in self.members])

    @property
    def n_max(self):
        return int(max(m.size for m in self.members))

    def permutations(self, b0=0, b1=None):
        """The draws b0 .. b1 - 1 (see :func:`draw_permutations`)."""
        b1 = self.draws if b1 is None else b1
        return draw_permutations(self.seed, b1 - b0, self.xy.shape[0], self.n_max, start=b0)

    def engine(self, perms=None, stop=None):
        rule = None
        if self.precision:
            rule = _StopRule(self.draws, self.precision, self.level, self.sep_level)
        return _Engine(self.xy, self.w, list(self.members),
                       self.permutations() if perms is None else perms, self.p, self.solver,
                       self.reg, self.tol, self.max_iter,
                       list(self.levels) if self.levels else None, stop or threading.Event(),
                       rule)


# --- the units of work (named by their dotted path for core.runners) -----------------------------
def _setup(spec, stop):
    """The state of a worker: the engine with every draw."""
    return spec.engine(stop=stop)


def _unit_row(eng, j):
    """Row j: observed W and the dual bounds of every draw (certified), or every draw solved.
    Returns (row, stats)."""
    if eng.levels:
        return eng.row_setup(j)
    W, exceed, used, st = eng.row_plain(j)
    return {"W": W, "exceed": exceed, "used": used}, st


class _SizeState:
    """A worker's state for the (draw size, row) units: the engine and the quantised draws of
    the last sizes used (shared by the rows of a size). The rows of the first phase come with
    each unit, with the dual bounds of the unit's size only (worker memory: not every row's
    bounds at every size, 175 MB at the paper's scale, ~590 MB at the national one)."""

    def __init__(self, eng):
        self.eng = eng
        self.lock = threading.Lock()
        self.cache = collections.OrderedDict()      # size index -> [lock, quantised draws]

    def quantised(self, si, st):
        with self.lock:
            ent = self.cache.get(si)
            if ent is None:
                ent = self.cache[si] = [threading.Lock(), None]
                while len(self.cache) > 2:
                    self.cache.popitem(last=False)
            else:
                self.cache.move_to_end(si)
        with ent[0]:
            if ent[1] is None:
                t0 = time.perf_counter()
                ent[1] = self.eng.quantise_draws(int(self.eng.uniq[si]))
                st["t_binned"] = st.get("t_binned", 0.0) + time.perf_counter() - t0
            return ent[1]


def _setup_sizes(spec, stop):
    return _SizeState(spec.engine(stop=stop))


def _row_base(row):
    """A first-phase row without its per-size arrays (sent with each of its units)."""
    return {k: v for k, v in row.items() if k not in ("LB", "exceed", "used")}


def _unit_size(state, item):
    """Row j against the columns of draw size uniq[si]: (j, columns, exceedances, draws used,
    stats)."""
    si, j, base, lb = item
    eng = state.eng
    K = len(eng.members)
    row = dict(base, LB={si: lb}, exceed=np.zeros(K),
               used=np.full(K, eng.perms.shape[0], dtype=np.int64))
    st0 = {}
    q = state.quantised(si, st0)
    st = eng.row_size(j, si, row, q)
    for k, v in st0.items():
        st[k] = st.get(k, 0) + v
    ks = np.flatnonzero(eng.sizes == eng.uniq[si])
    return j, ks, row["exceed"][ks].copy(), row["used"][ks].copy(), st


def _unit_block(spec, item):
    """Row j against draws b0 .. b1 - 1 from the plain run description only (no shared state:
    a Dask unit). Returns ``(j, W row, exceedance counts over the block, draws used,
    stats)``. The certified bounds only decide how a draw is resolved, never its outcome, so
    blocks sum to the result of a local run. With a precision (sequential stopping) the unit
    must hold all the draws: stopping depends on the draws seen before."""
    j, b0, b1 = item
    if spec.precision and (b0, b1) != (0, spec.draws):
        raise ValueError("with a precision a work unit must hold every draw")
    eng = spec.engine(spec.permutations(b0, b1))
    if eng.levels:
        row, st = eng.row_setup(j)
        for si, n in enumerate(eng.uniq):
            st2 = eng.row_size(j, si, row, eng.quantise_draws(int(n)))
            for k, v in st2.items():
                st[k] = st.get(k, 0) + v
        W, exceed, used = row["W"], row["exceed"], row["used"]
    else:
        W, exceed, used, st = eng.row_plain(j)
    return j, W, exceed, used, st



def describe(xy, codes, group_digits=2, industry_digits=3, weights=None, p=2, draws=1000,
             seed=0, solver=EXACT, sigma=None, min_firms=1, certify=True, levels=None,
             tol=1e-2, max_iter=10000, only=None, precision=0.0, level=0.95, sep_level=0.05):
    """The run as a validated :class:`CoaggRun` (see :func:`coagglomeration` for the
    parameters); raises :class:`InputError` naming what is wrong."""
    xy = np.asarray(xy, dtype=np.float64)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise InputError(_tr("Coordinates must be an array of (x, y) pairs."))
    F = xy.shape[0]
    if F == 0:
        raise InputError(_tr("There are no firms."))
    if not np.isfinite(xy).all():
        raise InputError(_tr("Some firm coordinates are missing or not finite."))
    if p not in (1, 2):
        raise InputError(_tr("The cost exponent p must be 1 or 2 (got {}).").format(p))
    draws = int(draws)
    if draws < 1:
        raise InputError(_tr("The number of draws must be at least 1."))
    precision = float(precision or 0.0)
    if not 0.0 <= precision <= 0.1:
        raise InputError(_tr("The Coagg precision must be between 0 (exact) and 0.1 (got {}).")
                         .format(precision))
    if solver not in (EXACT, ENTROPIC):
        raise InputError(_tr("Unknown solver '{}'.").format(solver))
    reg = None
    if solver == ENTROPIC:
        if sigma is None or not sigma > 0:
            raise InputError(_tr("The entropic solver needs a positive blur (sigma, map units)."))
        reg = float(sigma) ** p
    w = None
    if weights is not None:
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != (F,) or not np.isfinite(w).all() or (w <= 0).any():
            bad = int(np.sum(~np.isfinite(w) | (w <= 0))) if w.shape == (F,) else F
            raise InputError(_tr("Firm weights must be positive numbers ({} firm(s) have a "
                             "missing, zero or negative weight).").format(bad))
    texts = [code_text(c) for c in codes]
    missing = sum(t is None for t in texts)
    if missing:
        raise InputError(_tr("{} firm(s) have no industry code. Fill the code field or remove "
                         "those firms.").format(missing))
    check_code_lengths(texts, industry_digits)
    ind = [code_level(t, industry_digits) for t in texts]
    ind_codes, inv = np.unique(np.array(ind, dtype=object).astype(str), return_inverse=True)
    counts = np.bincount(inv, minlength=ind_codes.size)
    keep = counts >= max(1, int(min_firms))
    if only is not None:
        wanted = {code_level(code_text(c) or "", industry_digits) for c in only}
        unknown = sorted(wanted - set(str(c) for c in ind_codes))
        if unknown:
            raise InputError(_tr("The industries {} are not in the data (it has: {}).").format(
                ", ".join(unknown), ", ".join(str(c) for c in ind_codes[:30])))
        keep &= np.isin(ind_codes.astype(str), sorted(wanted))
    dropped = {str(c): int(n) for c, n in zip(ind_codes, counts) if n < max(1, int(min_firms))}
    if keep.sum() < 2:
        raise InputError(
            _tr("Fewer than two industries have at least {} firms ({} industries in all). Lower "
            "the minimum or use a coarser industry code level.").format(min_firms,
                                                                       ind_codes.size))
    codes_kept = tuple(str(c) for c in ind_codes[keep])
    members = tuple(np.flatnonzero(inv == i) for i in np.flatnonzero(keep))
    groups = tuple(code_level(c, group_digits) for c in codes_kept)
    # centre the coordinates: squared distances of UTM-sized numbers lose digits otherwise
    xy = xy - xy.mean(axis=0)
    certify = bool(certify) and solver == EXACT
    if certify:
        ext = float(max(np.ptp(xy[:, 0]), np.ptp(xy[:, 1]))) or 1.0
        levels = tuple(float(v) for v in levels) if levels else (ext / 6.0, ext / 12.0,
                                                                  ext / 40.0)
    else:
        levels = None
    return CoaggRun(xy=xy, w=w, members=members, codes=codes_kept, groups=groups,
                    dropped=dropped, seed=int(seed), draws=draws, p=p, solver=solver,
                    sigma=sigma, reg=reg, tol=float(tol), max_iter=int(max_iter), levels=levels,
                    precision=precision, level=float(level), sep_level=float(sep_level))


class _Stages:
    """Plain-data progress events of a long run for ``log``: per stage one event at most every
    ``every`` seconds and one when it ends (units done, estimated time left)."""

    def __init__(self, log, every=30.0):
        self.log, self.every = log, float(every)

    def start(self, stage, total, **extra):
        self.stage, self.total, self.done = stage, int(total), 0
        self.t0 = self.last = time.monotonic()
        self.extra = extra

    def step(self, **extra):
        self.done += 1
        self.extra.update(extra)
        now = time.monotonic()
        if self.log is None or (now - self.last < self.every and self.done < self.total):
            return
        self.last = now
        el = now - self.t0
        ev = {"event": "stage", "stage": self.stage, "done": self.done, "total": self.total,
              "elapsed_s": el, "eta_s": el / self.done * (self.total - self.done)}
        ev.update(self.extra)
        self.log(ev)


def _canceled(prog):
    try:
        prog.check()
    except Canceled:
        return True
    return False


LOG_EVERY_S = 30.0  # a stage event at most this often (and one at the end of each stage)


def run(spec, runner=None, block=250, progress=None, log=None, log_every=None):
    """Run a :class:`CoaggRun` with a runner of :mod:`core.runners` (default: one thread) and
    return the :class:`CoaggResult`. Worker processes and Dask workers give the numbers of a
    local run. ``block``: draws per Dask unit (a whole row with a precision). ``log`` receives
    plain-data events (dicts): stage progress (``event`` 'stage': ``stage`` 'observed' or
    'draws', ``done``/``total`` units, ``elapsed_s``, ``eta_s``, pairs finished and settled
    early, draws used) and the runner's (a worker that failed and the fallback to threads).
    A worker failure without fallback raises :class:`~..runners.RunnerError`."""
    from .. import runners
    prog = as_progress(progress)
    runner = runner or runners.Threads(1)
    K, D = len(spec.members), spec.draws
    sizes = spec.sizes
    uniq = np.unique(sizes)
    stats = dict.fromkeys(STAT_KEYS, 0)
    stages = _Stages(log, LOG_EVERY_S if log_every is None else log_every)
    cancel = lambda: _canceled(prog)  # noqa: E731

    def merge(st):
        for k, v in st.items():
            stats[k] = stats.get(k, 0) + v

    prog(0.02)
    if isinstance(runner, runners.Dask):
        bl = D if spec.precision else max(1, int(block))
        items = [(j, b0, min(D, b0 + bl)) for j in range(K) for b0 in range(0, D, bl)]
        Wm, Em = np.empty((K, K)), np.zeros((K, K))
        Um = np.zeros((K, K), dtype=np.int64)
        stages.start("draws", len(items), pairs=K * K)

        def got_block(i, r):
            j, W, e, used, st = r
            Wm[j], Em[j], Um[j] = W, Em[j] + e, Um[j] + used
            merge(st)
            stages.step(draws_used=int(Um.sum()))
            prog(0.02 + 0.98 * stages.done / len(items))

        runner.run(__name__ + ":_unit_block", items, shared=spec, on_result=got_block,
                   cancel=cancel, log=log)
    else:
        certified = bool(spec.levels)
        share = 0.18 if certified else 0.98
        stages.start("observed" if certified else "draws", K, pairs=K * K)
        settled = [0, 0, 0]  # pairs finished, settled early, draws used

        def got_row(j, r):
            merge(r[1])
            if not certified:
                settled[0] += K
                settled[1] += int((r[0]["used"] < D).sum())
                settled[2] += int(r[0]["used"].sum())
                stages.step(pairs_done=settled[0], pairs_settled=settled[1],
                            draws_used=settled[2])
            else:
                stages.step()
            prog(0.02 + share * stages.done / K)

        rows = [r[0] for r in runner.run(__name__ + ":_unit_row", range(K), shared=spec,
                                         setup=__name__ + ":_setup", on_result=got_row,
                                         cancel=cancel, log=log)]
        fell_back = getattr(runner, "fell_back", None)
        if fell_back:  # the processes broke: threads do the rest
            stats["processes_fallback"] = fell_back
            runner = runner.fallback
        if certified:
            # each unit carries its row (the dual bounds of its size only: worker memory)
            bases = [_row_base(r) for r in rows]
            items = [(si, j, bases[j], rows[j]["LB"][:, si]) for si in range(uniq.size)
                     for j in range(K)]
            stages.start("draws", len(items), pairs=K * K)

            def got_size(i, r):
                j, ks, e, used, st = r
                rows[j]["exceed"][ks] = e
                rows[j]["used"][ks] = used
                merge(st)
                settled[0] += ks.size
                settled[1] += int((used < D).sum())
                settled[2] += int(used.sum())
                stages.step(pairs_done=settled[0], pairs_settled=settled[1],
                            draws_used=settled[2])
                prog(0.2 + 0.8 * stages.done / len(items))

            runner.run(__name__ + ":_unit_size", items, shared=spec,
                       setup=__name__ + ":_setup_sizes", on_result=got_size, cancel=cancel,
                       log=log)
            if getattr(runner, "fell_back", None):
                stats["processes_fallback"] = runner.fell_back
        Wm = np.array([r["W"] for r in rows])
        Em = np.array([r["exceed"] for r in rows])
        Um = np.array([r["used"] for r in rows])
    stats["problems"] = K * K + K * D * uniq.size
    stats["pair_draws_used"] = int(Um.sum())
    return CoaggResult(codes=list(spec.codes), groups=list(spec.groups), sizes=sizes, W=Wm,
                       exceed=Em, draws=D, seed=spec.seed, p=spec.p, solver=spec.solver,
                       sigma=spec.sigma, dropped=dict(spec.dropped), stats=stats, used=Um,
                       precision=spec.precision)


def coagglomeration(xy, codes, group_digits=2, industry_digits=3, weights=None, p=2,
                    draws=1000, seed=0, solver=EXACT, sigma=None, min_firms=1, certify=True,
                    levels=None, n_jobs=1, tol=1e-2, max_iter=10000, only=None, scheduler=None,
                    block=250, precision=0.0, level=0.95, sep_level=0.05, processes=0,
                    python=None, fallback=False, progress=None, log=None):
    """Coagg(j, k) for every ordered pair of industries (self-pairs included):
    :func:`describe` then :func:`run` with the runner the options choose.

    ``xy`` (F, 2) projected coordinates (map units, e.g. metres); ``codes`` F industry codes
    (text or numbers); the industry of a firm is the first ``industry_digits`` characters of
    its code, its group the first ``group_digits`` (0 = the whole code). ``weights`` optional
    positive firm weights (e.g. employment). Industries with fewer than ``min_firms`` firms are
    left out as rows and columns but their firms stay in the pool of the counterfactual draws.
    ``solver`` 'exact' (POT network simplex) or 'entropic' (log-domain Sinkhorn, blur
    ``sigma`` in map units, reg = sigma^p, tolerance ``tol`` on the L1 marginal error).
    ``certify`` (exact only) decides draws by proven bounds before solving exactly; the result
    is identical to solving every draw. ``levels``: cell sides of the binned bounds (map
    units; default extent/6, /12 and /40; a draw still undecided gets a grid of 2/3 the
    finest, extent/60). ``only``: an optional list of industry codes to analyse (the others
    stay in the pool of the draws).
    ``precision`` (0 = exact, the default): the largest error of each Coagg against the exact
    run with the same draws. A pair stops drawing once its value and its decisions against
    ``level`` (significant co-agglomeration) and ``sep_level`` (significant separation) are
    settled (probability of a larger error or another decision at most 1e-4, Jeffreys
    predictive), and a pair that uses every draw may leave up to 2·precision·draws draws
    undecided when its decisions do not depend on them (proven error at most ``precision``);
    see :class:`_StopRule`. The draws used per pair are in ``used``.

    Where it runs (the result is identical): ``n_jobs`` threads; or ``processes`` worker
    processes of the Python interpreter ``python`` (default
    :func:`core.runners.find_python`; a real Python with numpy, scipy and POT, never the QGIS
    binary; threads share one interpreter lock and reach about 1.6x on two cores, processes
    about 1.9x), which fail the run with an explanation when they do not work, or, with
    ``fallback``, hand the units left to ``n_jobs`` threads and say why in
    ``stats['processes_fallback']``; or ``scheduler``, the address of a running Dask
    scheduler (``tcp://host:8786``) or a Dask ``Client``: work units (row
    j, block of ``block`` draws) run on its workers, which need this package installed. No
    Dask worker is ever started here. ``progress`` a callable or :class:`Progress`; ``log``
    receives plain-data stage events (see :func:`run`).
    """
    from .. import runners
    spec = describe(xy, codes, group_digits=group_digits, industry_digits=industry_digits,
                    weights=weights, p=p, draws=draws, seed=seed, solver=solver, sigma=sigma,
                    min_firms=min_firms, certify=certify, levels=levels, tol=tol,
                    max_iter=max_iter, only=only, precision=precision, level=level,
                    sep_level=sep_level)
    # the worker processes of the observed stage go on with the draws (reuse)
    runner = runners.make_runner(threads=n_jobs, processes=processes, python=python,
                                 scheduler=scheduler, fallback=fallback, reuse=True)
    try:
        return run(spec, runner, block=block, progress=progress, log=log)
    except runners.RunnerError as e:
        if isinstance(runner, runners.Dask):
            raise InputError(str(e))
        raise InputError(_tr("The worker processes failed: {} Give a Python with numpy, scipy "
                         "and POT, or use threads (0 worker processes).").format(e))
    finally:
        runner.close()
