"""The cheap bounds of the certified co-agglomeration engine against brute force (POT's
``ot.emd2`` on every draw): the one-sided bound (the draw alone quantised), the early-stopping
dual ascent, and the staged closing of open draws (cheap bounds first, exact solves for the
rest) — each a proven bound, so decisions stay those of solving every draw."""
import numpy as np
import pytest

from ecoecon.core.industry import coagglomeration as cg
from ecoecon.core.industry.ot_solvers import cost_matrix

ot = pytest.importorskip("ot")


def _clustered(seed, n_ind=4, n=(30, 45, 38, 52), pool_extra=80):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 50e3, (6, 2))
    pts, codes = [], []
    for i in range(n_ind):
        c = centres[rng.choice(6, n[i], p=rng.dirichlet(np.ones(6)))]
        pts.append(c + rng.normal(0, 2e3, (n[i], 2)))
        codes += ["%d" % (101 + i)] * n[i]
    pts.append(rng.uniform(0, 50e3, (pool_extra, 2)))
    codes += ["999"] * pool_extra
    return np.vstack(pts), codes


@pytest.mark.parametrize("p,weighted", [(2, False), (1, False), (2, True)])
def test_one_sided_bounds_hold_against_emd2(p, weighted):
    """For random draws: lower <= emd2 <= upper, whatever the thresholds that steer the
    ascent (below the value: stops at once; above: runs its steps)."""
    xy, codes = _clustered(1)
    w = np.random.default_rng(2).uniform(1, 20, len(codes)) if weighted else None
    spec = cg.describe(xy, codes, weights=w, p=p, draws=6, seed=3)
    eng = spec.engine()
    L = len(eng.levels)
    rng = np.random.default_rng(5)
    checked = 0
    for j, mj in enumerate(spec.members):
        a = eng.masses(mj)
        xj = eng.xy[mj]
        for b in range(6):
            n = int(rng.integers(15, 60))
            d = eng.perms[b, :n]
            nu = eng.masses(d)
            truth = ot.emd2(a, nu, cost_matrix(xj, eng.xy[d], p))
            for grid in (L, L + 1):
                by = eng.quantise(grid, d, nu)
                for t in (0.5 * truth, truth, 1.5 * truth):
                    up = np.array([t * (1 + 1e-9)])
                    lo, hi = eng.one_sided(a, xj, d, nu, by, -np.inf, up, up * (1 - 2e-9),
                                           np.inf)
                    assert lo <= truth and hi >= truth, (j, b, t)
                    checked += 1
    assert checked == len(spec.members) * 6 * 2 * 3
    # the one-sided bound is tighter than the two-sided binned bound on the same grid
    # (X_j is not quantised): checked on the last draw
    lo2, hi2, _ = eng.binned_bounds(eng.quantise(L, mj, a), eng.quantise(L, d, nu))
    lo1, hi1 = eng.one_sided(a, xj, d, nu, eng.quantise(L, d, nu), -np.inf,
                             np.array([np.inf]), np.array([np.inf]), np.inf)
    assert hi1 <= hi2 * (1 + 1e-9) and lo1 >= lo2 * (1 - 1e-9)


def test_ascent_is_a_lower_bound_for_every_target():
    rng = np.random.default_rng(0)
    for _ in range(20):
        x, y = rng.uniform(0, 10, (12, 2)), rng.uniform(0, 10, (17, 2))
        a, b = rng.dirichlet(np.ones(12)), rng.dirichlet(np.ones(17))
        C = cost_matrix(x, y)
        truth = ot.emd2(a, b, C)
        u = rng.normal(0, 5, 12)
        for target in (-np.inf, 0.5 * truth, truth, np.inf):
            for first_v in (False, True):
                v, _ = cg._ascent(C, a, b, u, steps=4, target=target, first_v=first_v)
                assert v <= truth * (1 + 1e-9) + 1e-12
        # a target below the first step's bound: it stops there; the steps never lower it
        one, _ = cg._ascent(C, a, b, u, steps=1)
        assert cg._ascent(C, a, b, u, steps=4, target=-np.inf)[0] == one
        assert cg._ascent(C, a, b, u, steps=4)[0] >= one


@pytest.mark.parametrize("p,weighted,precision", [(2, False, 0.0), (1, False, 0.0),
                                                  (2, True, 0.0), (2, False, 0.02)])
def test_cheap_bounds_for_every_size_equal_solving_every_draw(monkeypatch, p, weighted,
                                                              precision):
    """With the one-sided bound switched on for every draw size (it normally starts at
    ONE_SIDED_MIN firms), the certified run counts exactly what solving every draw with
    emd2 counts (precision 0), or stays within the precision with the same decisions."""
    monkeypatch.setattr(cg, "ONE_SIDED_MIN", 1)
    xy, codes = _clustered(7)
    w = np.random.default_rng(3).uniform(1, 20, len(codes)) if weighted else None
    D = 200 if precision else 30
    kw = dict(draws=D, seed=9, p=p, weights=w)
    # coarse grids, so that the one-sided grid (a quarter of the finest level) has fewer
    # cells than these small draws have firms
    cert = cg.coagglomeration(xy, codes, precision=precision, levels=(25e3, 16e3, 12e3), **kw)
    assert cert.stats.get("one_sided", 0) > 0
    # ... and on the refinement grid where the one-sided grid has about as many cells as
    # the draw has firms
    assert cert.stats.get("one_sided_coarse", 0) > 0
    _check_against_emd2(cert, xy, codes, p, w, D, precision)


def _brute_exceed(xy, codes, p, w, D):
    """Exceedances by brute force: emd2 on every pair and every draw."""
    spec = cg.describe(xy, codes, weights=w, p=p, draws=D, seed=9)
    perms = spec.permutations()
    K = len(spec.members)
    masses = (lambda i: np.full(i.size, 1.0 / i.size)) if w is None else \
        (lambda i: w[i] / w[i].sum())
    exceed = np.zeros((K, K))
    for j, mj in enumerate(spec.members):
        for k, mk in enumerate(spec.members):
            Wjk = 0.0 if j == k else ot.emd2(masses(mj), masses(mk),
                                             cost_matrix(spec.xy[mj], spec.xy[mk], p))
            for b in range(D):
                d = perms[b, :mk.size]
                exceed[j, k] += ot.emd2(masses(mj), masses(d),
                                        cost_matrix(spec.xy[mj], spec.xy[d], p)) > Wjk
    return exceed


def _check_against_emd2(cert, xy, codes, p, w, D, precision):
    """Precision 0: the same counts as emd2 on every pair and draw; otherwise within the
    precision with the same decisions (columns that used every draw)."""
    exceed = _brute_exceed(xy, codes, p, w, D)
    if precision == 0.0:
        np.testing.assert_array_equal(cert.exceed, exceed)
    else:
        truth = exceed / D
        full = cert.used == D
        assert np.abs(cert.coagg - truth)[full].max(initial=0) < precision
        for lvl in (0.95, 0.05):
            np.testing.assert_array_equal((cert.coagg >= lvl)[full], (truth >= lvl)[full])


def test_staged_closing_is_proven_against_brute_force():
    """Random true values and random valid bounds fed to the bookkeeping, with cheap bounds
    (tighter random valid bounds) tried before exact solves: every column that uses all
    draws is within the precision of the true count with the same decisions, and no more
    exact solves than closing draws in order without the cheap bounds."""
    from ecoecon.core.industry.coagglomeration import _Columns, _StopRule
    rng = np.random.default_rng(8)
    D, prec = 300, 0.02
    rule = _StopRule(D, prec, 0.95, 0.05)
    for trial in range(20):
        T = np.sort(rng.uniform(0.8, 1.2, 3))
        v = rng.uniform(0.0, 2.0, D)
        half = rng.uniform(0.0, 0.4, D)
        lob, hib = v - half * rng.uniform(0, 1, D), v + half * rng.uniform(0, 1, D)
        shrink = rng.uniform(0, 1, D)
        cols = _Columns(T, D, rule)
        solved, tightened = [], []

        def exact(b, lo, hi, up, down, cheap=True):
            solved.append(b)
            return v[b], v[b], True

        def tighten(b, lo, hi, up, down):
            tightened.append(b)
            return v[b] - (v[b] - lo) * shrink[b], v[b] + (hi - v[b]) * shrink[b]
        for b in range(D):
            act = cols.begin_draw()
            up, down = cols.up[act], cols.down[act]
            if not ((lob[b] <= up) & (hib[b] >= down)).any():
                cols.decide(act, lob[b])
            else:
                cols.defer(act, b, lob[b], hib[b])
            cols.end_draw(b, exact)
        cols.finish(exact, tighten)
        got = cols.exceed() / cols.used
        for c in range(3):
            truth = (v[:cols.used[c]] > T[c]).mean()
            if cols.used[c] == D:
                assert abs(got[c] - truth) < prec
                assert (got[c] >= 0.95) == (truth >= 0.95)
                assert (got[c] <= 0.05) == (truth <= 0.05)
            else:
                assert got[c] == truth
        assert len(set(solved)) == len(solved) and len(set(tightened)) == len(tightened)


@pytest.mark.parametrize("p,weighted,precision", [(2, False, 0.0), (1, False, 0.0),
                                                  (2, True, 0.0), (2, False, 0.02)])
def test_finest_level_for_open_draws_equals_solving_every_draw(p, weighted, precision):
    """The finest binned level, which the per-draw loop skips where its grid has about as
    many cells as the draw has firms, is tried (with its lifted potentials) on the draws
    still open before an exact solve, for rows whose refinement grid does not pay: the
    certified run still counts exactly what emd2 on every draw counts (precision 0), or
    stays within the precision with the same decisions."""
    xy, codes = _clustered(7)
    w = np.random.default_rng(3).uniform(1, 20, len(codes)) if weighted else None
    D = 200 if precision else 30
    # a fine last level (as many cells as the small draws have firms) and a refinement grid
    # finer still: the stage applies
    cert = cg.coagglomeration(xy, codes, precision=precision, levels=(25e3, 12e3, 3e3),
                              draws=D, seed=9, p=p, weights=w)
    assert cert.stats.get("last_level", 0) > 0
    _check_against_emd2(cert, xy, codes, p, w, D, precision)


def test_finest_level_bounds_hold_against_emd2():
    """The finest level's binned bounds and its lifted lower bound bracket emd2 on draws the
    per-draw loop skips that level for (p = 1, 2, weighted)."""
    xy, codes = _clustered(1)
    checked = 0
    for p, weighted in ((2, False), (1, False), (2, True)):
        w = np.random.default_rng(2).uniform(1, 20, len(codes)) if weighted else None
        spec = cg.describe(xy, codes, weights=w, p=p, draws=6, seed=3, levels=(25e3, 12e3, 3e3))
        eng = spec.engine()
        L = len(eng.levels)
        for j, mj in enumerate(spec.members):
            a = eng.masses(mj)
            xj = eng.xy[mj]
            bj = eng.quantise(L - 1, mj, a)
            for n in (15, 40):
                q = eng.quantise_draws(n)[L - 1]
                for b in range(6):
                    d = eng.perms[b, :n]
                    nu = eng.masses(d)
                    truth = ot.emd2(a, nu, cost_matrix(xj, eng.xy[d], p))
                    lo, hi, dual = eng.binned_bounds(bj, q[b])
                    assert lo <= truth <= hi
                    for need in (0.5 * truth, 2 * truth):
                        assert eng.lifted(bj, q[b], dual, a, xj, d, nu, need,
                                          skip_below=False) <= truth
                    checked += not cg._in_loop(L - 1, q[b], n)
    assert checked > 0


@pytest.mark.parametrize("p,weighted", [(2, False), (1, False), (2, True)])
def test_skipping_levels_equals_solving_every_draw(monkeypatch, p, weighted):
    """A binned level skipped wherever the next one applies (the adaptive rule forced on
    from the first draw) changes only the cost: the certified run still counts exactly what
    emd2 on every draw counts."""
    monkeypatch.setattr(cg, "ADAPT_MIN", 0)
    monkeypatch.setattr(cg, "ADAPT_RATE", 2.0)
    xy, codes = _clustered(7)
    w = np.random.default_rng(3).uniform(1, 20, len(codes)) if weighted else None
    cert = cg.coagglomeration(xy, codes, precision=0.0, levels=(25e3, 16e3, 8e3), draws=30,
                              seed=9, p=p, weights=w)
    assert cert.stats.get("skipped_level", 0) > 0
    _check_against_emd2(cert, xy, codes, p, w, 30, 0.0)
