"""LP messages: outcome warnings with the bound that stops them, their order by consequence,
slack within tolerance — hand-worked."""
import numpy as np
import pytest

from ecoecon.core.landuse import landusestructure as lp
from ecoecon.core.landuse.landusestructure import Constraint, LandClass, Row

pytest.importorskip("pulp")


def test_outcome_warnings_by_hand():
    cls = [LandClass(1, "farm", 100.0, 1.0, 1.0), LandClass(2, "wood", 50.0, 2.0, 1.0),
           LandClass(3, "town", 10.0, 0.0, 9.0), LandClass(4, "lake", 0.0, 9.0, 0.0)]
    x = np.array([0.0, 60.0, 100.0, 0.0])
    w = lp.outcome_warnings(cls, [x], 50.0)
    text = [t for _, _, t in w]
    # farm: 100 → 0; town: +900 % (cap 10·1.5 = 15); wood +20 % is within 50 %; lake had none
    assert len(w) == 2
    assert text[0].startswith("farm ends at 0 km² (−100 %, from 100 km²).")
    assert "min_area 1 50 " in text[0] and "not_below_current 1" in text[0]
    assert text[1].startswith("town changes by +900.0 % (10 → 100 km²)")
    assert text[1].endswith("max_area 3 15.")
    assert [s for _, s, _ in w] == [100.0, 90.0]
    # 'in every scenario' only when the class is 0 in all of them
    w2 = lp.outcome_warnings(cls, [x, np.array([0.0, 60, 100, 0])], 50.0, sweep=True)
    assert "in every scenario of the sweep" in w2[0][2]
    w3 = lp.outcome_warnings(cls, [x, np.array([5.0, 60, 95, 0])], 50.0, sweep=True)
    assert "in every scenario" not in w3[0][2]


def test_order_by_consequence():
    scored = [(lp.REDUNDANT, 0.0, "r1"), (lp.STRUCTURE, 3.0, "s-small"),
              (lp.OUTCOME, 10.0, "o-small"), (lp.STRUCTURE, 300.0, "s-big"),
              (lp.OUTCOME, 2000.0, "o-big"), (lp.REDUNDANT, 0.0, "r2"),
              (lp.REDUNDANT, 0.0, "r1")]
    assert lp.order_warnings(scored) == ["o-big", "o-small", "s-big", "s-small", "r1", "r2"]


def test_slack_within_tolerance_is_zero_and_relative():
    r = Row("ESV ≥ 1.6e12", "min_esv", None, np.array([1e6, 2e6]), ">=", 1.6e12, "currency", 0)
    x = np.array([1.6e6 - 0.017516, 0.0])     # lhs = 1.6e12 − 17,516: round-off
    res = lp._evaluate([r], x, [0.5])[0]
    assert res.binding and res.slack == 0.0 and res.slack_pct == 0.0
    x = np.array([2e6, 0.0])                  # 25 % above the floor
    res = lp._evaluate([r], x, [0.5])[0]
    assert not res.binding and res.slack == pytest.approx(4e11)
    assert res.slack_pct == pytest.approx(25.0) and res.shadow_price == 0.0


def test_optimise_puts_the_outcome_first():
    cls = [LandClass(1, "farm", 40.0, 4458.98, 50000.0),
           LandClass(2, "wood", 60.0, 26306.86, 3000.0),
           LandClass(3, "water", 10.0, 143982.75, 20000.0),
           LandClass(6, "unused", 1.0, 229.25, 0.0)]
    r = lp.optimise(cls, [Constraint("total_area"), Constraint("min_area", 6, 0.0)], "esv")
    # max ESV: water takes everything; farm, wood and unused end at 0
    np.testing.assert_allclose(r.x, [0, 0, 111, 0], atol=1e-6)
    assert r.warnings[0].startswith("water changes by +1010.0 %")
    assert r.warnings[1].startswith("wood ends at 0 km²")
    assert r.warnings[2].startswith("farm ends at 0 km²")
    assert r.warnings[-1].endswith("areas are never negative.")
