"""The land-use structure LP against an independent SciPy solve written here (optimum and
shadow prices), finite differences of the right-hand sides, and the Guangzhou arithmetic."""
import numpy as np
import pytest
from scipy.optimize import linprog

from ecoecon.core.errors import InputError
from ecoecon.core.landuse.landusestructure import (Constraint, LandClass, build_rows,
                                                   current_values, model_warnings, optimise)

pytest.importorskip("pulp")

# Guangzhou 2020 (Zhang et al. 2025): areas km², ecological coefficients CNY/ha; the economic
# coefficients here are illustrative (the paper's cannot be reproduced, see the notes)
CLASSES = [LandClass(1, "agriculture", 2022.69, 4458.98, 50000.0),
           LandClass(2, "forest", 3022.73, 26306.86, 3000.0),
           LandClass(3, "grassland", 93.13, 5811.58, 2000.0),
           LandClass(4, "water", 473.65, 143982.75, 20000.0),
           LandClass(5, "construction", 1458.05, 0.0, 900000.0),
           LandClass(6, "unutilised", 2.11, 229.25, 0.0)]
CONS = [Constraint("total_area"), Constraint("not_below_current", 5),
        Constraint("min_share", 1, 25.0), Constraint("max_area", 4, 600.0),
        Constraint("max_area", 5, 1700.0), Constraint("esv_growth", None, 2.0),
        Constraint("min_area", 2, 2900.0), Constraint("max_area", 3, 150.0),
        Constraint("max_area", 6, 5.0)]


def test_guangzhou_current_esv():
    esv, _ = current_values(CLASSES)
    assert round(esv / 1e8, 2) == 157.28


def _reference(objective_coef, total=None):
    """The same scenario typed directly for scipy.optimize.linprog (minimise −c·x)."""
    cur = np.array([c.current for c in CLASSES])
    v = 100 * np.array([c.esv for c in CLASSES])
    T = cur.sum() if total is None else total
    eye = np.eye(6)
    A_ub = [-eye[4], -eye[0], eye[3], eye[4], -v, -eye[1], eye[2], eye[5]]
    b_ub = [-cur[4], -0.25 * T, 600, 1700, -1.02 * (v @ cur), -2900, 150, 5]
    res = linprog(-objective_coef, A_ub=np.array(A_ub), b_ub=b_ub, A_eq=np.ones((1, 6)),
                  b_eq=[T], bounds=[(0, None)] * 6, method="highs")
    assert res.status == 0
    # d(max)/d(rhs): ≤ rows −marginal; ≥ rows (negated) +marginal; equality −marginal
    signs = np.array([1, 1, -1, -1, 1, 1, -1, -1])
    duals = np.concatenate([[-res.eqlin.marginals[0]], signs * res.ineqlin.marginals])
    return res, duals


@pytest.mark.parametrize("backend", ["auto", "pulp-cbc", "pulp-highs", "scipy"])
@pytest.mark.parametrize("objective", ["economic", "esv"])
def test_optimum_and_shadow_prices_equal_independent_linprog(objective, backend):
    if backend == "pulp-highs":
        pytest.importorskip("highspy")
    r = optimise(CLASSES, CONS, objective, backend=backend)
    coef = 100 * np.array([c.economic if objective == "economic" else c.esv for c in CLASSES])
    res, duals = _reference(coef)
    assert r.objective_value == pytest.approx(-res.fun, rel=1e-8)
    np.testing.assert_allclose(r.x, res.x, atol=1e-3)
    got = np.array([rr.shadow_price for rr in r.rows])
    np.testing.assert_allclose(got, np.where([rr.binding for rr in r.rows], duals, 0.0),
                               rtol=1e-6, atol=1e-6 * np.abs(duals).max())
    # CBC returns its solution through a text file: areas to about 1e-4 km²
    assert r.x.sum() == pytest.approx(sum(c.current for c in CLASSES), abs=1e-3)


def test_shadow_prices_equal_finite_differences():
    base = optimise(CLASSES, CONS, "economic", backend="scipy")
    by_label = {rr.row.source: rr for rr in base.rows}
    for idx, delta in ((4, 1.0), (6, 1.0)):   # max_area construction, min_area forest
        cons = list(CONS)
        cons[idx] = Constraint(cons[idx].kind, cons[idx].code, cons[idx].value + delta)
        moved = optimise(CLASSES, cons, "economic", backend="scipy")
        fd = (moved.objective_value - base.objective_value) / delta
        assert by_label[idx].binding
        assert by_label[idx].shadow_price == pytest.approx(fd, rel=1e-6)
    # total area: one more km² (all other rows unchanged)
    cons = [Constraint("total_area", None, sum(c.current for c in CLASSES) + 1.0)] + CONS[1:]
    moved = optimise(CLASSES, cons, "economic", backend="scipy")
    assert base.rows[0].shadow_price == pytest.approx(
        moved.objective_value - base.objective_value, rel=1e-6)


def test_sweep_is_a_tradeoff_curve():
    r = optimise(CLASSES, CONS, "sweep", sweep_points=5)
    econ = [p["economic"] for p in r.sweep]
    esv = [p["esv"] for p in r.sweep]
    assert all(a >= b - 1e-6 * abs(a) for a, b in zip(econ, econ[1:]))  # falls as ESV rises
    assert all(a <= b + 1e-6 * abs(b) for a, b in zip(esv, esv[1:]))
    best_esv = optimise(CLASSES, CONS, "esv").objective_value
    assert esv[-1] == pytest.approx(best_esv, rel=1e-7)
    assert econ[0] == pytest.approx(optimise(CLASSES, CONS, "economic").objective_value,
                                    rel=1e-7)
    # independent check of one interior point: max ECO s.t. ESV ≥ floor
    p = r.sweep[2]
    v = 100 * np.array([c.esv for c in CLASSES])
    e = 100 * np.array([c.economic for c in CLASSES])
    res, _ = _reference(e)
    res2 = linprog(-e, A_ub=np.vstack([_ub_rows(), -v]), b_ub=np.r_[_ub_rhs(), -p["floor"]],
                   A_eq=np.ones((1, 6)), b_eq=[sum(c.current for c in CLASSES)],
                   bounds=[(0, None)] * 6, method="highs")
    assert p["economic"] == pytest.approx(-res2.fun, rel=1e-7)


def _ub_rows():
    eye = np.eye(6)
    v = 100 * np.array([c.esv for c in CLASSES])
    return np.array([-eye[4], -eye[0], eye[3], eye[4], -v, -eye[1], eye[2], eye[5]])


def _ub_rhs():
    cur = np.array([c.current for c in CLASSES])
    v = 100 * np.array([c.esv for c in CLASSES])
    return np.array([-cur[4], -0.25 * cur.sum(), 600, 1700, -1.02 * (v @ cur), -2900, 150, 5])


def test_infeasible_names_the_conflict():
    cons = CONS + [Constraint("min_area", 1, 3000.0)]
    with pytest.raises(InputError) as e:
        optimise(CLASSES, cons, "economic")
    msg = str(e.value)
    assert "infeasible" in msg and "agriculture ≥ 3,000 km²" in msg
    assert "forest ≥ 2,900 km²" in msg and "total area" in msg
    assert "water ≤ 600" not in msg   # not part of the conflict


def test_unbounded_names_the_classes():
    with pytest.raises(InputError, match="unbounded.*construction"):
        optimise(CLASSES, [Constraint("max_area", 4, 600.0)], "economic")


def test_warnings_redundant_and_dominance():
    cons = CONS + [Constraint("economic_growth", None, 1.0), Constraint("min_area", 2, 100.0)]
    rows, total = build_rows(CLASSES, cons)
    w = model_warnings(CLASSES, rows, "economic", total)
    assert any("economic benefit ≥ current" in s and "redundant" in s for s in w)
    assert any("forest ≥ 100 km²" in s and "stricter" in s for s in w)
    # water (higher ESV and higher economic value than forest) uncapped → warned
    no_cap = [c for c in CONS if not (c.kind == "max_area" and c.code == 4)]
    rows, total = build_rows(CLASSES, no_cap)
    w = model_warnings(CLASSES, rows, "esv", total)
    assert any(s.startswith("water has at least") and "forest" in s for s in w)
    assert any(s.startswith("water has the highest ESV") for s in w)


def test_bad_tables():
    with pytest.raises(InputError, match="unknown type"):
        optimise(CLASSES, [Constraint("maximum", 1, 3.0)])
    with pytest.raises(InputError, match="class 9"):
        optimise(CLASSES, [Constraint("min_area", 9, 3.0)])
    with pytest.raises(InputError, match="needs a value"):
        optimise(CLASSES, [Constraint("min_area", 1, None)])


def test_implied_constraints_are_reported():
    # forest ≥ 2,900 km² and a total of 7,072.36 km² imply forest ≤ 7,000 km² can never bind;
    # a share floor of 1 % for agriculture is implied by its 25 % floor (weaker duplicate)
    cons = CONS + [Constraint("max_area", 2, 7000.0), Constraint("min_share", 1, 1.0)]
    r = optimise(CLASSES, cons, "economic")
    assert any("forest ≤ 7,000 km²" in w and "redundant" in w for w in r.warnings)
    assert any("agriculture ≥ 1 % of the total" in w and "stricter" in w for w in r.warnings)
    # a binding constraint is never called redundant
    binding = {rr.row.label for rr in r.rows if rr.binding}
    assert not any(("'%s' is redundant" % b) in w for b in binding for w in r.warnings)
