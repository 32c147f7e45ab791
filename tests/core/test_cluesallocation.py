"""CLUE-S allocation (core): checked against optimal transport (POT's exact network simplex),
brute-force neighbourhood counts, hand-made infeasible demands, and property tests over
random seeds (demand met, restricted cells and forbidden conversions never change)."""
import numpy as np
import pytest
from scipy import ndimage

from ecoecon.core.errors import InputError
from ecoecon.core.landuse.cluesallocation import (allocate_once, check_feasibility, clues_allocate,
                                        demand_in_cells, enrichment, largest_remainder,
                                        yearly_demand)
from tests.conftest import shared_data


def _landscape(shape, K, seed, scale=4.0):
    rng = np.random.default_rng(seed)
    z = np.stack([ndimage.gaussian_filter(rng.standard_normal(shape), scale) for _ in range(K)])
    z = (z - z.mean(axis=(1, 2), keepdims=True)) / z.std(axis=(1, 2), keepdims=True)
    suit = 1.0 / (1.0 + np.exp(-1.5 * z))
    init = np.argmax(suit + 0.6 * rng.random(suit.shape), axis=0)
    return suit, init


def _scaled(counts, factors, n):
    x = np.asarray(counts, float) * np.asarray(factors, float)
    return largest_remainder(x / x.sum() * n, n)


def _ot_allocation(S, need):
    """Semi-assignment by POT: maximise Σ TPROP s.t. one class per cell and class totals."""
    ot = pytest.importorskip("ot")
    K, n = S.shape
    cost = -np.asarray(S, dtype=np.float64).T.copy()
    cost[cost > 1e20] = 1e6  # forbidden conversion: a prohibitive cost
    plan = ot.emd(np.ones(n), np.asarray(need, dtype=np.float64), cost, numItermax=10_000_000)
    assert np.allclose(plan.sum(axis=1), 1.0) and np.allclose(plan.max(axis=1), 1.0)
    return plan.argmax(axis=1)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_converged_allocation_equals_optimal_transport(seed):
    rng = np.random.default_rng(seed)
    K, n = 5, 3000
    S = rng.random((K, n))
    cur = rng.integers(0, K, n)
    S[cur, np.arange(n)] += rng.random(K)[cur]  # elasticity of the current class
    allowed = rng.random((K, K)) > 0.25
    np.fill_diagonal(allowed, True)
    for c in range(K):
        for k in np.flatnonzero(~allowed[c]):
            S[k, cur == c] = -1e30
    base = np.bincount(cur, minlength=K).astype(float)
    need = _scaled(base, rng.uniform(0.7, 1.3, K), n)
    assert not check_feasibility(cur, None, allowed, need, list(range(K)))
    alloc, iters = allocate_once(S, need)
    np.testing.assert_array_equal(np.bincount(alloc, minlength=K), need)
    ref = _ot_allocation(S, need)
    np.testing.assert_array_equal(alloc, ref)  # cell for cell
    # ITER are dual prices: every cell's class maximises S + ITER
    assert np.all(S[alloc, np.arange(n)] + iters[alloc] >= (S + iters[:, None]).max(axis=0)
                  - 1e-12)


def test_whole_run_year_equals_optimal_transport_with_restricted_cells():
    K, shape = 4, (40, 50)
    suit, init = _landscape(shape, K, seed=7)
    valid = np.ones(shape, bool)
    valid[:3, :5] = False
    restricted = np.zeros(shape, bool)
    restricted[10:20, 10:25] = True
    elas = np.array([0.3, 0.1, 0.5, 0.2])
    allowed = np.ones((K, K), bool)
    allowed[2, 0] = allowed[3, 1] = False
    n = valid.sum()
    c0 = np.bincount(init[valid], minlength=K)
    D = _scaled(c0, [1.2, 0.9, 0.95, 1.0], n)[None, :]
    r = clues_allocate(init, valid, [0, 1, 2, 3], suit, D, elas, allowed, restricted,
                       tol_mean=0, tol_max=0, mode="cells", jitter=0)
    act = valid & ~restricted
    cur = init[act]
    S = suit[:, act].copy()
    S[cur, np.arange(cur.size)] += elas[cur]
    S[0, cur == 2] = -1e30
    S[1, cur == 3] = -1e30
    need = D[0] - np.bincount(init[valid & restricted], minlength=K)
    ref = _ot_allocation(S, need)
    np.testing.assert_array_equal(r.maps[0][act], ref)
    np.testing.assert_array_equal(r.maps[0][restricted], init[restricted])


@pytest.mark.parametrize("seed", [3, 4, 5, 6, 7])
@pytest.mark.parametrize("nbh", [False, True])
def test_properties_over_years(seed, nbh):
    rng = np.random.default_rng(seed)
    K, shape, T = 5, (45, 40), 6
    suit, init = _landscape(shape, K, seed)
    codes = [10, 20, 30, 40, 50]
    init_codes = np.asarray(codes)[init]
    valid = rng.random(shape) > 0.05
    restricted = ndimage.binary_dilation(rng.random(shape) > 0.995, iterations=2)
    allowed = rng.random((K, K)) > 0.3
    np.fill_diagonal(allowed, True)
    allowed[:, 0] = True  # class 10 may always be reached
    n = valid.sum()
    c0 = np.bincount(init[valid], minlength=K)
    end = c0 * rng.uniform(0.8, 1.25, K)
    end = end / end.sum() * n
    years, dem = yearly_demand([2000 + T], end[None, :], 2000, c0)
    D, _ = demand_in_cells(dem, n)
    tol = 0.5
    nb = dict(radius=1, weight=0.4, seed=seed) if nbh else None
    try:
        r = clues_allocate(init_codes, valid, codes, suit, D, rng.uniform(0, 0.6, K), allowed,
                           restricted, years=years, tol_mean=tol, tol_max=tol,
                           neighbourhood=nb)
    except InputError as e:  # a random matrix may make a demand infeasible: must say why
        assert "cannot" in str(e)
        return
    prev = init_codes
    for t in range(T):
        m = r.maps[t]
        counts = np.array([(m[valid] == c).sum() for c in codes])
        dev = 100.0 * np.abs(counts - D[t]) / D[t]
        assert dev.max() <= tol and dev.mean() <= tol
        np.testing.assert_array_equal(counts, r.allocated[t])
        assert np.all(m[valid & restricted] == init_codes[valid & restricted])
        for a in range(K):
            for b in range(K):
                if not allowed[a, b]:
                    assert not np.any(valid & (prev == codes[a]) & (m == codes[b]))
        prev = m
    assert r.years == list(range(2001, 2001 + T))


def test_feasibility_names_class_and_reason():
    # class 0: 10 cells, 4 of them restricted; class 1: 10 cells; class 2: 10 cells
    cur = np.repeat([0, 1, 2], 10)
    res = np.zeros(30, bool)
    res[:4] = True
    allowed = np.ones((3, 3), bool)
    msgs = check_feasibility(cur, res, allowed, [2, 14, 14], [1, 2, 3], year=2005)
    assert len(msgs) == 1 and "class 1" in msgs[0] and "restricted" in msgs[0]
    assert "2005" in msgs[0]
    # class 3 may not be reached from class 2: it can grow only from class 1's 6 free cells
    allowed[1, 2] = False
    msgs = check_feasibility(cur, res, allowed, [4, 4, 22], [1, 2, 3])
    assert any("class 3" in m and "class 2" in m and "forbids" in m for m in msgs), msgs
    assert any("16 cells may become" in m for m in msgs), msgs
    # a pair of classes jointly short, though each is fine alone
    # (class 3 feeds both 1 and 2; class 4 may only become 3)
    cur = np.repeat([0, 1, 2, 3], 10)
    allowed = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [1, 1, 1, 0], [0, 0, 1, 1]], bool)
    msgs = check_feasibility(cur, None, allowed, [16, 16, 8, 0], [1, 2, 3, 4])
    assert len(msgs) == 1 and "classes 1, 2" in msgs[0] and "only 30 cells" in msgs[0], msgs
    assert not check_feasibility(cur, None, allowed, [15, 15, 10, 0], [1, 2, 3, 4])


def test_infeasible_run_raises_before_allocating():
    init = np.repeat([[0] * 5 + [1] * 5], 4, axis=0)
    suit = np.full((2, 4, 10), 0.5)
    D = np.array([[30, 10]])
    with pytest.raises(InputError, match="class 0"):
        clues_allocate(init, np.ones(init.shape, bool), [0, 1], suit, D, [0, 0],
                       allowed=[[1, 1], [0, 1]])
    with pytest.raises(InputError, match="restricted"):
        clues_allocate(init, np.ones(init.shape, bool), [0, 1], suit, np.array([[10, 30]]),
                       [0, 0], restricted=init == 0)


def test_jitter_breaks_ties_of_equal_suitability():
    init = np.random.default_rng(0).integers(0, 3, (50, 60))
    suit = np.full((3, 50, 60), 0.5)
    D = np.array([[1100, 1000, 900]])
    valid = np.ones(init.shape, bool)
    with pytest.raises(InputError, match="did not meet the demand"):
        clues_allocate(init, valid, [0, 1, 2], suit, D, [0.1] * 3, tol_mean=0, tol_max=0,
                       mode="cells", jitter=0, max_iter=20)
    r = clues_allocate(init, valid, [0, 1, 2], suit, D, [0.1] * 3, tol_mean=0, tol_max=0,
                       mode="cells")
    assert r.allocated[0].tolist() == [1100, 1000, 900]
    # few changes: only as many cells change as the demand needs (ELAS keeps the rest)
    assert (r.maps[0] != init).sum() == np.abs(np.bincount(init.ravel()) - D[0]).sum() // 2


def test_float32_scores_still_reach_the_exact_demand(monkeypatch):
    """Large maps keep the scores in float32; a stalled exact allocation finishes in float64."""
    from ecoecon.core.landuse import cluesallocation as clues
    monkeypatch.setattr(clues, "_FLOAT64_LIMIT", 0)
    suit, init = _landscape((80, 90), 6, seed=21)
    valid = np.ones(init.shape, bool)
    c0 = np.bincount(init.ravel(), minlength=6)
    T = 5
    end = _scaled(c0, [0.8, 1.1, 1.2, 0.9, 1.05, 1.0], init.size)
    D = np.array([largest_remainder(c0 + (end - c0) * (t + 1) / T, init.size)
                  for t in range(T)])
    r = clues_allocate(init, valid, list(range(6)), suit.astype(np.float32), D,
                       [0.3, 0.2, 0.1, 0.4, 0.5, 0.2], tol_mean=0, tol_max=0, mode="cells")
    np.testing.assert_array_equal(r.allocated, D)


def test_enrichment_against_brute_force():
    rng = np.random.default_rng(3)
    m = rng.integers(-1, 3, (9, 11))
    F = enrichment(m, 3, radius=1)
    H, W = m.shape
    N = (m >= 0).sum()
    for k in range(3):
        share = (m == k).sum() / N
        for i in range(H):
            for j in range(W):
                win = m[max(i - 1, 0):i + 2, max(j - 1, 0):j + 2].copy()
                own = m[i, j]
                nv = (win >= 0).sum() - (own >= 0)
                nk = (win == k).sum() - (own == k)
                exp = nk / nv / share if nv else 0.0
                assert abs(F[k, i, j] - exp) < 1e-5


def test_neighbourhood_weight_zero_is_plain_clues():
    suit, init = _landscape((30, 30), 3, seed=11)
    valid = np.ones((30, 30), bool)
    c0 = np.bincount(init.ravel(), minlength=3)
    D = _scaled(c0, [1.1, 1.0, 0.9], 900)[None, :]
    a = clues_allocate(init, valid, [0, 1, 2], suit, D, [0.2] * 3, tol_mean=0, tol_max=0,
                       mode="cells")
    b = clues_allocate(init, valid, [0, 1, 2], suit, D, [0.2] * 3, tol_mean=0, tol_max=0,
                       mode="cells", neighbourhood=dict(radius=1, weight=0.0))
    np.testing.assert_array_equal(a.maps, b.maps)


def test_yearly_demand_interpolation_and_cells():
    years, d = yearly_demand([2004], [[60.0, 40.0]], 2000, [100.0, 0.0])
    assert list(years) == [2001, 2002, 2003, 2004]
    np.testing.assert_allclose(d, [[90, 10], [80, 20], [70, 30], [60, 40]])
    years, d = yearly_demand([2000, 2002], [[50, 50], [70, 30]], 2000, [0, 0])
    np.testing.assert_allclose(d, [[60, 40], [70, 30]])  # the table's own row for 2000 wins
    cells, notes = demand_in_cells([[33.4, 33.3, 33.3]], 100)
    assert cells.sum() == 100 and not notes
    cells, notes = demand_in_cells([[0.5, 0.5]], 40, cells_per_unit=40.2)  # km² → cells
    assert cells.tolist() == [[20, 20]] and notes
    with pytest.raises(InputError, match="2007"):
        demand_in_cells([[10, 10]], 100, years=[2007])
    with pytest.raises(InputError, match="before"):
        yearly_demand([1999, 2001], [[1, 1], [1, 1]], 2000, [1, 1])


def test_sibuyan_demand_scenarios_full_run():
    """The CLUE-S teaching landscape: logit suitability on the 13 drivers, each of the four
    demand scenarios 1997→2011 with the national park (restr1) restricted."""
    gdal = pytest.importorskip("osgeo.gdal", reason="GDAL (osgeo) is not installed")
    from ecoecon.core.landuse.landusesuitability import fit_suitability
    folder = shared_data("sibuyan", "lu_sib_1997.tif").parent

    def rd(name):
        ds = gdal.Open(str(folder / (name + ".tif")))
        b = ds.GetRasterBand(1)
        a = b.ReadAsArray().astype(np.float64)
        return a, a != b.GetNoDataValue()

    lu, valid = rd("lu_sib_1997")
    drivers = []
    # ef_003-ef_005 (geology) sum to one: the intercept and two of them suffice
    for i in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13):
        d, v = rd("ef_%03d" % i)
        drivers.append(d)
        valid &= v
    restr = rd("restr1")[0] == 1
    codes = [1, 2, 3, 4, 5]
    fit = fit_suitability(lu, valid, codes, np.array(drivers), n_per_class=5000, seed=1)
    assert all(m["auc_map"] > 0.7 for m in fit["models"][:4])
    for s in (1, 2, 3, 4):
        rows = np.loadtxt(folder / ("demand%d.csv" % s), delimiter=",", skiprows=1)
        assert (rows[0] == [(lu[valid] == c).sum() for c in codes]).all()
        D, _ = demand_in_cells(rows[1:], valid.sum())
        r = clues_allocate(lu, valid, codes, fit["prob"], D, [0.2] * 5,
                           restricted=restr & valid, years=range(1998, 2012), tol_mean=0.1,
                           tol_max=0.1)
        assert len(r.maps) == 14 and all(r.converged)
        for t in range(14):
            counts = np.array([(r.maps[t][valid] == c).sum() for c in codes])
            assert np.all(100 * np.abs(counts - D[t]) / D[t] <= 0.1)
            assert np.all(r.maps[t][restr & valid] == lu[restr & valid])


def test_demand_and_conversion_tables():
    from ecoecon.core.landuse.cluesallocation import conversion_from_records, demand_from_records
    rows = [{"V1": "10", "V2": "5"}, {"V1": "9", "V2": "6"}]
    years, codes, vals = demand_from_records(["V1", "V2"], rows)
    assert years is None and codes == [1, 2] and vals.tolist() == [[10, 5], [9, 6]]
    rows = [{"Year": 2021, "class": 3, "demand": 4.5}, {"Year": 2021, "class": 1, "demand": 2},
            {"Year": 2020, "class": 3, "demand": 4}, {"Year": 2020, "class": 1, "demand": 3}]
    years, codes, vals = demand_from_records(["Year", "class", "demand"], rows)
    assert years == [2020, 2021] and codes == [1, 3] and vals.tolist() == [[3, 4], [2, 4.5]]
    with pytest.raises(InputError, match="class 1 in year 2022"):
        demand_from_records(["Year", "class", "demand"],
                            rows[:2] + [{"Year": 2022, "class": 3, "demand": 1}])
    # the land-use structure LP's output: one row per class, the target year given apart
    rows = [{"code": 1, "name": "a", "current_km2": 5, "optimal_km2": 4.5},
            {"code": 2, "name": "b", "current_km2": 5, "optimal_km2": 5.5}]
    fields = ["code", "name", "current_km2", "optimal_km2"]
    years, codes, vals = demand_from_records(fields, rows, value_field="optimal_km2",
                                             target_year=2035)
    assert years == [2035] and codes == [1, 2] and vals.tolist() == [[4.5, 5.5]]
    with pytest.raises(InputError, match="target year"):
        demand_from_records(fields, rows, value_field="optimal_km2")
    rows = [{"from": 1, "c1": 1, "c2": 0}, {"from": 2, "c1": 1, "c2": 1}]
    allowed = conversion_from_records(["from", "c1", "c2"], rows, [1, 2])
    assert allowed.tolist() == [[True, False], [True, True]]
    with pytest.raises(InputError, match="no row for class"):
        conversion_from_records(["from", "c1", "c2"], rows[:1], [1, 2])


def test_banded_selection_equals_sorting():
    from ecoecon.core.landuse.cluesallocation import _kth_pair
    rng = np.random.default_rng(9)
    t = rng.normal(size=5000)
    t[:300] = 1e30  # forbidden cells
    t[300:350] = 0.25  # ties
    s = np.sort(t)
    for d in (1, 17, 2500, 4000, 4699, 4700):
        for guess, width in ((0.0, 1e-3), (s[d], 1e-6), (-5.0, 1e-6), (np.inf, 1.0),
                             (3.0, 10.0)):
            assert _kth_pair(t, d, guess, width) == (s[d - 1], s[d])


def test_reconcile_demand_hand_worked():
    from ecoecon.core.landuse.cluesallocation import reconcile_demand
    # map: 100 cells, class 1: 60, class 2: 40; the table in ha with 2 cells per ha, columns
    # unsorted, a class 5 absent from the map with no demand, rows for 2000 (start) and 2004
    plan = reconcile_demand([1, 2], {1: 60, 2: 40}, [2, 1, 5],
                            [[20, 30, 0], [30, 20, 0]], [2000, 2004], 2000, 2.0, 100)
    assert plan.codes == [1, 2] and plan.dropped == [5]
    assert plan.years.tolist() == [2001, 2002, 2003, 2004]
    assert plan.demand.tolist() == [[55, 45], [50, 50], [45, 55], [40, 60]]
    assert plan.initial_row.tolist() == [60, 40] and not plan.initial_differs
    # without years: rows are the start year and the next ones; the first row differs
    plan = reconcile_demand([1, 2], {1: 60, 2: 40}, [1, 2], [[70, 30], [50, 50], [20, 80]],
                            None, 2010, 1.0, 100)
    assert plan.years.tolist() == [2011, 2012]
    assert plan.demand.tolist() == [[50, 50], [20, 80]]
    assert plan.initial_differs
    with pytest.raises(InputError, match="no area for class"):
        reconcile_demand([1, 2, 3], {1: 50, 2: 30, 3: 20}, [1, 2], [[50, 50], [40, 60]],
                         [2000, 2001], 2000, 1.0, 100)
    with pytest.raises(InputError, match="at least two rows"):
        reconcile_demand([1], {1: 10}, [1], [[10]], None, 2000, 1.0, 10)


def test_reconcile_demand_equals_brute_force_interpolation():
    from ecoecon.core.landuse.cluesallocation import reconcile_demand
    rng = np.random.default_rng(11)
    for _ in range(20):
        K = int(rng.integers(2, 5))
        n = 1000
        init = rng.multinomial(n, np.ones(K) / K)
        last = rng.multinomial(n, np.ones(K) / K)
        span = int(rng.integers(1, 6))
        # a demand table with the start year and the last year (exact cells: no rounding)
        plan = reconcile_demand(list(range(1, K + 1)), dict(enumerate(init.tolist(), 1)),
                                list(range(1, K + 1)), [init, last], [0, span], 0, 1.0, n)
        for t, y in enumerate(plan.years):
            want = init + (last - init) * y / span        # linear in the year, by hand
            assert plan.demand[t].sum() == n
            assert np.abs(plan.demand[t] - want).max() < 1.0
        np.testing.assert_array_equal(plan.demand[-1], last)
