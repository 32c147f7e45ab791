"""Wasserstein co-agglomeration (core, no QGIS): exact OT against a brute-force LP, the
certified engine against solving every draw, real multitype point patterns (Lansing Woods,
Paracou 16), a planted simulation, entropic -> exact as the blur shrinks, Table 3 counting."""
import csv

import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.industry.coagglomeration import (CoaggResult, coagglomeration, core_rows,
                                                   draw_permutations, group_rows,
                                                   industry_rows, pair_rows)
from ecoecon.core.industry.ot_solvers import (NotConverged, cost_matrix, exact_ot,
                                              sinkhorn_log)
from tests.conftest import shared_data

pytest.importorskip("ot")


def _lp_transport(a, b, C):
    """Brute-force transport LP: min <P, C> s.t. P 1 = a, P^T 1 = b, P >= 0 (HiGHS)."""
    from scipy.optimize import linprog
    n, m = C.shape
    A = np.zeros((n + m, n * m))
    for i in range(n):
        A[i, i * m:(i + 1) * m] = 1.0
    for l in range(m):
        A[n + l, l::m] = 1.0
    r = linprog(C.ravel(), A_eq=A, b_eq=np.concatenate([a, b]), bounds=(0, None),
                method="highs")
    assert r.status == 0
    return r.fun


@pytest.mark.parametrize("p", [1, 2])
def test_exact_ot_equals_brute_force_lp(p):
    rng = np.random.default_rng(3)
    for n, m in [(5, 7), (8, 3), (6, 6)]:
        x, y = rng.uniform(0, 10, (n, 2)), rng.uniform(0, 10, (m, 2))
        a, b = rng.uniform(0.5, 2, n), rng.uniform(0.5, 2, m)
        a, b = a / a.sum(), b / b.sum()
        C = np.array([[np.hypot(*(xi - yl)) ** p for yl in y] for xi in x])  # by hand
        np.testing.assert_allclose(cost_matrix(x, y, p), C, rtol=1e-12, atol=1e-12)
        val, u, v = exact_ot(a, b, C, potentials=True)
        assert val == pytest.approx(_lp_transport(a, b, C), rel=1e-9, abs=1e-12)
        assert np.all(u[:, None] + v[None, :] <= C + 1e-9)  # dual feasible
        assert a @ u + b @ v == pytest.approx(val, rel=1e-9)


def _planted(seed=0):
    """A and B share three cluster centres; C has its own centres; D is uniform. 50 km side."""
    rng = np.random.default_rng(seed)
    shared = rng.uniform(5e3, 45e3, (3, 2))
    own = rng.uniform(5e3, 45e3, (3, 2))
    pts, codes = [], []
    for code, centres, n in [("101", shared, 60), ("102", shared, 45), ("201", own, 51)]:
        c = centres[np.arange(n) % 3]  # equal shares of the three centres
        pts.append(c + rng.normal(0, 1.5e3, (n, 2)))
        codes += [code] * n
    pts.append(rng.uniform(0, 50e3, (40, 2)))
    codes += ["202"] * 40
    return np.vstack(pts) + [500000.0, 4000000.0], codes


def test_planted_shared_centres_significant_independent_not():
    xy, codes = _planted()
    r = coagglomeration(xy, codes, draws=60, seed=5)
    assert r.codes == ["101", "102", "201", "202"]
    c = dict(((r.codes[j], r.codes[k]), r.coagg[j, k]) for j in range(4) for k in range(4))
    assert c[("101", "102")] >= 0.95 and c[("102", "101")] >= 0.95
    for pair in [("101", "201"), ("201", "101"), ("102", "201"), ("101", "202"),
                 ("201", "202")]:
        assert c[pair] < 0.95, pair
    assert np.all(np.diag(r.W) == 0) and np.all(np.diag(r.coagg) == 1.0)
    assert not np.allclose(r.coagg, r.coagg.T)  # asymmetric
    np.testing.assert_allclose(r.W, r.W.T, rtol=1e-9)  # W is symmetric, Coagg is not: the
    # column industry k is the one resampled


@pytest.mark.parametrize("p,weighted", [(2, False), (1, False), (2, True)])
def test_certified_equals_solving_every_draw(p, weighted):
    xy, codes = _planted(1)
    w = np.random.default_rng(2).uniform(1, 20, len(codes)) if weighted else None
    kw = dict(draws=25, seed=11, p=p, weights=w)
    full = coagglomeration(xy, codes, certify=False, **kw)
    cert = coagglomeration(xy, codes, certify=True, **kw)
    np.testing.assert_array_equal(cert.exceed, full.exceed)
    np.testing.assert_allclose(cert.W, full.W, rtol=1e-12)
    assert cert.stats["exact"] < full.stats["exact"]
    # threads over rows give the same numbers
    par = coagglomeration(xy, codes, certify=True, n_jobs=2, **kw)
    np.testing.assert_array_equal(par.exceed, full.exceed)


def test_draws_seeded_nested_and_independent_of_blocks():
    a = draw_permutations(7, 5, 100, 30)
    b = draw_permutations(7, 5, 100, 30)
    np.testing.assert_array_equal(a, b)
    assert all(len(set(r)) == 30 for r in a)  # without replacement
    np.testing.assert_array_equal(draw_permutations(7, 3, 100, 30), a[:3])
    assert not np.array_equal(draw_permutations(8, 5, 100, 30), a)


def _read_points(path, type_field, weight_field=None):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    xy = np.array([[float(r["x"]), float(r["y"])] for r in rows])
    types = [r[type_field] for r in rows]
    w = np.array([float(r[weight_field]) for r in rows]) if weight_field else None
    return xy, types, w


def test_lansing_hickory_and_maple_segregated():
    xy, sp, _ = _read_points(shared_data("points", "lansing.csv"), "species")
    xy = xy * 924.0 * 0.3048  # unit square = 924 ft
    r = coagglomeration(xy, sp, industry_digits=0, group_digits=0, draws=40, seed=1,
                        only=["hickory", "maple"])
    h, m = r.codes.index("hickory"), r.codes.index("maple")
    assert r.coagg[h, m] <= 0.05 and r.coagg[m, h] <= 0.05
    assert r.coagg[h, h] == 1.0 and r.coagg[m, m] == 1.0


def test_paracou16_rosea_and_americana_apart():
    xy, tp, w = _read_points(shared_data("points", "paracou16.csv"), "PointType",
                             "PointWeight")
    only = ["Q. Rosea", "V. Americana"]
    r = coagglomeration(xy, tp, industry_digits=0, group_digits=0, draws=40, seed=2,
                        only=only)
    q, v = r.codes.index("Q. Rosea"), r.codes.index("V. Americana")
    assert r.sizes[q] == 27 and r.sizes[v] == 90
    assert r.coagg[q, v] <= 0.05 and r.coagg[v, q] <= 0.05
    rw = coagglomeration(xy, tp, industry_digits=0, group_digits=0, draws=40, seed=2,
                         only=only, weights=w)  # basal-area weights: still far apart
    assert rw.coagg[q, v] <= 0.1 and rw.coagg[v, q] <= 0.1


def test_entropic_converges_to_exact_as_blur_shrinks():
    rng = np.random.default_rng(4)
    x = rng.normal(0, 1000, (30, 2))
    y = rng.normal(300, 1000, (40, 2))
    a, b = np.full(30, 1 / 30), np.full(40, 1 / 40)
    C = cost_matrix(x, y, 2)
    exact = exact_ot(a, b, C)
    vals = [sinkhorn_log(a, b, C, s ** 2, tol=1e-4, max_iter=20000)[0]
            for s in (800, 400, 200, 100, 50)]
    assert all(v >= exact * (1 - 1e-6) for v in vals)  # <P_eps, C> is above the optimum
    assert all(v2 <= v1 * (1 + 1e-4) for v1, v2 in zip(vals, vals[1:]))  # monotone
    assert vals[-1] == pytest.approx(exact, rel=1e-3)
    assert vals[0] > exact * 1.02  # the blur matters at large sigma
    with pytest.raises(NotConverged, match="did not converge"):
        sinkhorn_log(a, b, C, 10.0 ** 2, tol=1e-9, max_iter=15)


def test_entropic_solver_through_coagglomeration():
    xy, codes = _planted(2)
    r = coagglomeration(xy, codes, draws=8, seed=1, solver="entropic", sigma=3000.0,
                        only=["101", "102"], tol=1e-3)
    ex = coagglomeration(xy, codes, draws=8, seed=1, only=["101", "102"])
    assert r.coagg[0, 1] >= 0.95 and ex.coagg[0, 1] >= 0.95
    with pytest.raises(InputError, match="blur"):
        coagglomeration(xy, codes, draws=2, solver="entropic")


def test_bad_input():
    xy, codes = _planted()
    with pytest.raises(InputError, match="p must be"):
        coagglomeration(xy, codes, p=3, draws=2)
    with pytest.raises(InputError, match="no industry code"):
        coagglomeration(xy, codes[:-1] + [None], draws=2)
    with pytest.raises(InputError, match="Fewer than two"):
        coagglomeration(xy, codes, min_firms=100, draws=2)
    with pytest.raises(InputError, match="positive"):
        coagglomeration(xy, codes, weights=np.zeros(len(codes)), draws=2)
    r = coagglomeration(xy, codes, min_firms=45, draws=3)
    assert r.codes == ["101", "102", "201"] and r.dropped == {"202": 40}


def test_table3_counting_by_row_industry():
    """12 industries in groups of 3/4/5; pairs counted by the row industry j."""
    groups = ["10"] * 3 + ["11"] * 4 + ["12"] * 5
    codes = ["%s%d" % (g, i) for i, g in enumerate(groups)]
    rng = np.random.default_rng(0)
    K = 12
    exceed = rng.integers(0, 101, (K, K))
    np.fill_diagonal(exceed, 100)
    res = CoaggResult(codes=codes, groups=groups, sizes=np.full(K, 10), W=np.ones((K, K)),
                      exceed=exceed, draws=100, seed=0, p=2, solver="exact")
    c = exceed / 100.0
    g = np.array(groups)
    rows = {r[0]: r for r in group_rows(res, 0.95)}
    for grp, n in [("10", 3), ("11", 4), ("12", 5)]:
        r = rows[grp]
        sel = g == grp
        assert r[1:5] == [n, n * K, n * n, n * (K - n)]
        assert r[5] == int((c[sel] >= 0.95).sum())
        assert r[6] == int((c[np.ix_(sel, sel)] >= 0.95).sum())
        assert r[6] + r[7] == r[5]
        assert r[8] == pytest.approx(c[sel].mean())
    no_self = {r[0]: r for r in group_rows(res, 0.95, include_self=False)}
    assert no_self["12"][2:4] == [5 * 11, 5 * 4]
    ind = industry_rows(res, 0.95)
    assert sum(r[4] for r in ind) == sum(r[5] for r in rows.values())
    pairs = pair_rows(res, 0.95, 0.05)
    assert len(pairs) == K * K and sum(p[10] for p in pairs) == int((c >= 0.95).sum())
    core = core_rows(list(rows.values()), 2)
    order = sorted(rows.values(), key=lambda r: (-r[5], -r[8]))
    assert [r[1] for r in core] == [order[0][0], order[1][0]] and core[0][0] == 1


def test_dask_backend_identical_to_local_run():
    distributed = pytest.importorskip("distributed")
    xy, codes = _planted(3)
    kw = dict(draws=12, seed=4)
    local = coagglomeration(xy, codes, **kw)
    # in-process workers (threads): nothing is spawned through sys.executable
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        remote = coagglomeration(xy, codes, scheduler=cluster.scheduler_address, block=5,
                                 **kw)
    np.testing.assert_array_equal(remote.exceed, local.exceed)
    np.testing.assert_allclose(remote.W, local.W, rtol=1e-12)


# --- the precision option: sequential stopping and certified intervals --------------------------
def test_stop_rule_probability_by_integration():
    """The probability that stopping at m draws misses the full run by more than the precision
    (or flips a decision), by numerical integration of binomial tails over the Jeffreys
    posterior — an independent route to the beta-binomial predictive the rule uses."""
    from scipy import integrate, stats
    from ecoecon.core.industry.coagglomeration import _StopRule
    D, m, prec = 400, 250, 0.02
    rule = _StopRule(D, prec, 0.95, 0.05, first=250, every=1000)
    R = D - m
    for x in (0, 1, 3, 20, 125, 240, 248, 250):
        rep = x / m
        y = np.arange(R + 1)
        final = (x + y) / D
        bad = ((np.abs(final - rep) > prec) | ((final >= 0.95) != (rep >= 0.95))
               | ((final <= 0.05) != (rep <= 0.05)))

        def f(p):
            return stats.beta.pdf(p, x + 0.5, m - x + 0.5) * stats.binom.pmf(y[bad], R, p).sum()
        want = integrate.quad(f, 0, 1, points=[x / m], limit=200, epsabs=1e-13)[0]
        assert rule.p_bad[m][x] == pytest.approx(want, rel=1e-5, abs=1e-12), x
    assert rule.stop_ok[m][0] and rule.stop_ok[m][m]      # settled extremes stop
    assert not rule.stop_ok[m][125]                         # a middle value never does
    assert rule.budget == 15                                # < 2 * 0.02 * 400 open draws


def test_columns_interval_is_proven_against_brute_force():
    """Random true values and random valid bounds fed to the bookkeeping as the engine does:
    every column that uses all draws is within the precision of the true count, with the same
    decisions; a column stopped early reports exactly its own draws."""
    from ecoecon.core.industry.coagglomeration import _Columns, _StopRule
    rng = np.random.default_rng(4)
    D, prec = 300, 0.02
    rule = _StopRule(D, prec, 0.95, 0.05)
    for trial in range(20):
        T = np.sort(rng.uniform(0.5, 1.5, 4))
        T[0] = -1.0  # a column every draw exceeds: stops early
        v = rng.uniform(0.0, 2.0, D)
        half = rng.uniform(0.0, 0.3, D)
        lob, hib = v - half * rng.uniform(0, 1, D), v + half * rng.uniform(0, 1, D)
        cols = _Columns(T, D, rule)
        solved = []

        def exact(b, lo, hi, up, down):
            solved.append(b)
            return v[b], v[b], True
        for b in range(D):
            act = cols.begin_draw()
            if act is None:
                break
            up, down = cols.up[act], cols.down[act]
            if not ((lob[b] <= up) & (hib[b] >= down)).any():
                cols.decide(act, lob[b])
            else:
                cols.defer(act, b, lob[b], hib[b])
            cols.end_draw(b, exact)
        cols.finish(exact)
        got = cols.exceed() / cols.used
        for c in range(4):
            truth = (v[:cols.used[c]] > T[c]).mean()
            if cols.used[c] == D:
                assert abs(got[c] - truth) < prec
                assert (got[c] >= 0.95) == (truth >= 0.95)
                assert (got[c] <= 0.05) == (truth <= 0.05)
            else:
                assert got[c] == truth
        assert cols.used[0] < D and got[0] == 1.0
        assert len(set(solved)) == len(solved)  # no draw solved twice


def test_precision_run_close_to_exact_and_cheaper():
    xy, codes = _planted(2)
    kw = dict(draws=400, seed=3)
    exact = coagglomeration(xy, codes, **kw)
    fast = coagglomeration(xy, codes, precision=0.01, **kw)
    assert np.all(exact.used == 400)
    diff = np.abs(fast.coagg - exact.coagg)
    assert diff.max() < 0.01
    for lvl in (0.95, 0.05):
        np.testing.assert_array_equal(fast.coagg >= lvl, exact.coagg >= lvl)
    # the settled pairs (the planted ones, the self-pairs) stopped early
    assert (fast.used < 400).sum() >= 6 and np.all(np.diag(fast.used) < 400)
    assert fast.stats["pair_draws_used"] < exact.stats["pair_draws_used"]
    rows = pair_rows(fast)
    assert [r[12] for r in rows] == fast.used.ravel().tolist()  # the draws column
    # the entropic path stops too, and threads do not change the result
    par = coagglomeration(xy, codes, precision=0.01, n_jobs=2, **kw)
    np.testing.assert_array_equal(par.exceed, fast.exceed)
    np.testing.assert_array_equal(par.used, fast.used)


def test_precision_checked():
    xy, codes = _planted(2)
    with pytest.raises(InputError, match="precision"):
        coagglomeration(xy, codes, draws=10, precision=0.5)


@pytest.mark.parametrize("precision", [0.0, 0.01])
def test_worker_processes_identical_to_threads(precision):
    """Units in worker processes of an explicit interpreter give the numbers of the threads."""
    from ecoecon.core.industry.coagglomeration import find_python
    xy, codes = _planted(1)
    kw = dict(draws=150, seed=4, precision=precision)
    thr = coagglomeration(xy, codes, n_jobs=2, **kw)
    prc = coagglomeration(xy, codes, processes=2, python=find_python(), **kw)
    np.testing.assert_array_equal(prc.exceed, thr.exceed)
    np.testing.assert_array_equal(prc.used, thr.used)
    np.testing.assert_array_equal(prc.W, thr.W)
    assert prc.stats["exact"] == thr.stats["exact"]
    with pytest.raises(InputError, match="worker processes"):
        coagglomeration(xy, codes, draws=5, processes=1, python="/nonexistent/python3")
    # with a fallback, a Python that does not work means threads, and the reason is kept
    fb = coagglomeration(xy, codes, processes=2, python="/nonexistent/python3", fallback=True,
                         **kw)
    np.testing.assert_array_equal(fb.exceed, thr.exceed)
    assert "/nonexistent/python3" in fb.stats["processes_fallback"]


def test_find_python_ignores_a_foreign_executable(monkeypatch, tmp_path):
    """Embedded (QGIS, qgis_process), sys.executable may be any 'python3' of the PATH, of
    another installation: the workers would then mix two standard libraries."""
    import sys
    from ecoecon.core.industry.coagglomeration import find_python
    fake = tmp_path / "python3"
    fake.write_text("")
    monkeypatch.setattr(sys, "executable", str(fake))
    got = find_python()
    assert got and got != str(fake)
