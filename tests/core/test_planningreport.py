"""The report's arithmetic against hand-worked numbers (no QGIS)."""
import math

import numpy as np
import pytest

from ecoecon.core.synthesis import planningreport as pr


def test_water_yield_volume_in_cubic_metres_and_1e8():
    # 2 cells of 500 m × 500 m = 250,000 m² each; 1000 mm and 500 mm of yield
    # volume = 1.0 m × 250,000 m² + 0.5 m × 250,000 m² = 375,000 m³
    v = np.array([[1000.0, 500.0, np.nan]])
    s = pr.service_summary("water_yield", v, np.array([[True, True, False]]), 250000.0)
    assert s["total"] == pytest.approx(375000.0)
    assert s["total_large"] == pytest.approx(0.00375)
    assert s["mean"] == pytest.approx(750.0)
    assert s["area_km2"] == pytest.approx(0.5)


def test_soil_and_carbon_totals_per_hectare_times_area():
    # 30 m cells = 0.09 ha: 100 t/ha and 300 t/ha → 9 + 27 = 36 t
    s = pr.service_summary("soil_conservation", np.array([100.0, 300.0]),
                           np.array([True, True]), 900.0)
    assert s["total"] == pytest.approx(36.0)
    assert s["total_large"] == pytest.approx(36.0 / 1e4)
    # carbon: 2 cells of 1 km² = 100 ha each at 150 Mg/ha → 30,000 Mg = 0.03 Tg
    c = pr.service_summary("carbon", np.array([150.0, 150.0]), np.array([True, True]), 1e6)
    assert c["total"] == pytest.approx(30000.0)
    assert c["total_large"] == pytest.approx(0.03)


def test_habitat_quality_is_a_mean_without_total():
    s = pr.service_summary("habitat_quality", np.array([0.2, 0.4, 9.0]),
                           np.array([True, True, False]), 1.0)
    assert s["mean"] == pytest.approx(0.3)
    assert s["total"] is None and s["total_large"] is None


def test_class_areas_and_shares():
    codes = np.array([[1, 1, 2], [3, 3, 3]])
    valid = np.array([[True, True, True], [True, True, False]])
    rows = pr.class_areas(codes, valid, 250000.0, classes=[1, 2, 3, 4])
    # 5 valid cells: 2 × class 1, 1 × class 2, 2 × class 3 (one is invalid), 0 × class 4
    assert rows == [(1, 2, 0.5, 40.0), (2, 1, 0.25, 20.0), (3, 2, 0.5, 40.0), (4, 0, 0.0, 0.0)]


def test_grade_summary_never_sums_dpc():
    grades = [1, 1, 2, 3]
    areas = [10.0, 30.0, 40.0, 20.0]
    dpc = [60.0, 70.0, 30.0, 14.0]  # sums to 174 %: a per-source index
    rows = pr.grade_summary(grades, areas, dpc)
    assert [r["sources"] for r in rows] == [2, 1, 1]
    assert rows[0]["area_km2"] == 40.0 and rows[0]["share_pct"] == pytest.approx(40.0)
    assert rows[0]["index_min"] == 60.0 and rows[0]["index_max"] == 70.0
    assert rows[0]["index_mean"] == pytest.approx(65.0)
    assert all("index_sum" not in r for r in rows)


def test_type_summary():
    rows = pr.type_summary(["I", "III", "III", "II"], [4.0, 1.0, 3.0, 2.0])
    assert [(r["type"], r["corridors"], r["length_km"], r["mean_km"]) for r in rows] == \
        [("I", 1, 4.0, 4.0), ("II", 1, 2.0, 2.0), ("III", 2, 4.0, 2.0)]
    assert rows[0]["share_pct"] == pytest.approx(40.0)


def test_conflicts_by_grade_folds_the_crosstab():
    rows = [("ordinary source", 0, False, 30.0), ("ordinary source", 4, True, 1.5),
            ("ordinary source", 5, True, 0.5), ("crucial source", 0, False, 10.0),
            ("crucial source", 5, True, 0.0)]
    out = pr.conflicts_by_grade(rows)
    assert out[0] == {"grade": "ordinary source", "area_km2": 32.0, "conflict_km2": 2.0,
                      "conflict_pct": 6.25}
    assert out[1]["conflict_km2"] == 0.0 and out[1]["conflict_pct"] == 0.0


def test_structure_and_value_tables():
    scen = [("start", {1: 60.0, 5: 40.0}), ("plan", {1: 50.0, 5: 50.0})]
    codes, rows = pr.structure_table(scen)
    assert codes == [1, 5]
    assert rows[0] == (1, [(60.0, 60.0), (50.0, 50.0)])
    assert rows[-1] == (None, [(100.0, 100.0), (100.0, 100.0)])
    # ESV: 60 km² = 6000 ha × 10 /ha + 4000 ha × 0 = 60,000; plan 50,000 (−16.67 %)
    vals = pr.value_table(scen, {1: 10.0, 5: 0.0}, {1: 1.0, 5: 100.0})
    assert vals[0]["esv"] == pytest.approx(60000.0)
    assert vals[1]["esv"] == pytest.approx(50000.0)
    assert vals[1]["esv_change_pct"] == pytest.approx(-100.0 / 6.0)
    # economic: 6000 + 400,000 = 406,000 → 5000 + 500,000 = 505,000
    assert vals[1]["econ_change"] == pytest.approx(99000.0)
    assert pr.value_table([("a", {7: 1.0})], {1: 1.0})[0]["missing"] == [7]


def test_ramp_limits_skip_nodata_and_never_nan():
    a = np.array([np.nan, -3.4028235e38, 2.0, 5.0], dtype=np.float32)
    assert pr.ramp_limits(a, nodata=float(np.float32(-3.4028235e38))) == (2.0, 5.0)
    lo, hi = pr.ramp_limits(np.array([np.nan]))
    assert (lo, hi) == (0.0, 1.0)
    assert pr.ramp_limits(np.array([3.0, 3.0])) == (2.5, 3.5)


def test_ramp_stops_are_rounded_inside():
    stops, d = pr.ramp_stops(6.2, 81.300003, 4)
    assert stops[0] == 6.2 and stops[-1] == 81.300003
    # steps of 25.03: one decimal is enough; no 81.300003 in the middle labels
    assert d == 0 or d == 1
    assert stops[1] == round(6.2 + (81.300003 - 6.2) / 3, d)


@pytest.mark.parametrize("x,floor,ceil", [(7.3, 5.0, 10.0), (1.0, 1.0, 1.0), (0.031, 0.02, 0.05),
                                          (2400.0, 2000.0, 5000.0)])
def test_nice_number(x, floor, ceil):
    assert math.isclose(pr.nice_number(x, "floor"), floor)
    assert math.isclose(pr.nice_number(x, "ceil"), ceil)


def test_scale_bar_fits_the_map():
    # a 50 km wide map: 4 segments within 30 % (15 km) → 2 km segments (8 km in all)
    assert pr.scale_bar(50000.0) == (2.0, "km", 2000.0)
    # a 9 km wide map: 2.7 km / 4 = 675 m → 500 m segments
    assert pr.scale_bar(9000.0) == (500.0, "m", 500.0)
    for w in (1234.0, 9000.0, 55555.0, 130000.0):
        _, _, seg = pr.scale_bar(w)
        assert 4 * seg <= 0.3 * w
        assert 4 * seg > 0.3 * w / 2.5  # not needlessly short either
