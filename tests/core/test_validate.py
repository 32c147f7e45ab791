"""core/validate.py and the range checks the methods make with it (no QGIS): hand-made inputs
with the broken value at a known place; the message must name it, and valid input passes."""
import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.validate import (check_code_lengths, check_ids, check_raster, check_values,
                                   range_text)


def test_range_text():
    assert range_text(0, 1) == "0–1"
    assert range_text(0, 1, True, True) == "(0, 1)"
    assert range_text(0, None, True) == "> 0"
    assert range_text(0) == "≥ 0"
    assert range_text(None, 5, hi_open=True) == "< 5"


def test_check_values_names_row_value_and_range():
    check_values([0.0, 0.4, 1.2], "biophysical table: kc", lo=0.0, keys=[1, 2, 3])
    with pytest.raises(InputError) as e:
        check_values([0.9, 0.4, -0.9, -1], "biophysical table: kc", lo=0.0,
                     keys=[1, 2, 3, 4], meaning="kc (crop coefficient)")
    msg = str(e.value)
    assert "kc of code 3 is -0.9" in msg and "≥ 0" in msg and "2 values" in msg
    with pytest.raises(InputError, match=r"of class 2 is 0, .* > 0"):
        check_values([1.0, 0.0], "resistance", lo=0.0, lo_open=True, keys=[1, 2],
                     key_name="class")
    with pytest.raises(InputError, match="nan"):
        check_values([np.nan], "weight", lo=0.0)


def test_check_raster_counts_and_locates():
    a = np.full((4, 5), 0.2)
    valid = np.ones(a.shape, bool)
    check_raster(a, valid, "PAWC raster", 0.0, 1.0)
    a[1, 3], a[2, 0] = -0.2, 20.0
    with pytest.raises(InputError) as e:
        check_raster(a, valid, "PAWC raster", 0.0, 1.0, fix="Divide a percent by 100.")
    msg = str(e.value)
    assert "2 cell(s)" in msg and "-0.2 to 20" in msg and "row 1, column 3" in msg
    assert "Divide a percent by 100." in msg
    valid[1, 3] = valid[2, 0] = False      # nodata cells are not checked
    check_raster(a, valid, "PAWC raster", 0.0, 1.0)


def test_check_ids():
    check_ids([1, 2, 3], "patches", "pid")
    with pytest.raises(InputError, match=r"'pid' is empty \(NULL\) in 1 feature\(s\) "
                                         r"\(the first is feature 2\)"):
        check_ids([1, None, 3], "patches", "pid")
    with pytest.raises(InputError, match=r"holds the value\(s\) 1, 5 more than once"):
        check_ids([1, 1, 5, 2, 5], "patches", "pid")


def test_check_code_lengths():
    check_code_lengths(["101", "1011", "2023"], 3)
    with pytest.raises(InputError, match=r"1 of the industry codes are shorter than the 3 "
                                         r"characters .* '10'"):
        check_code_lengths(["101", "10", "2023"], 3)
    check_code_lengths(["hickory", "oak"], 0)          # names: whole codes of any length
    with pytest.raises(InputError, match="different lengths"):
        check_code_lengths(["10", "1011"], 0)
    check_code_lengths(["10", "1011"], 0, same_length=False)


def test_water_yield_refuses_pawc_in_percent_and_negative_kc():
    from ecoecon.core.ecosystem.wateryield import water_yield
    lu = np.array([[1, 2]])
    ok = np.ones((1, 2), bool)
    one = np.ones((1, 2))
    args = (lu, ok, one * 800, ok, one * 1000, ok, one * 900, ok)
    water_yield(*args, one * 0.2, ok, [1, 2], [0.9, 0.5], [1500, 1], [1, 0], 5)
    with pytest.raises(InputError, match=r"plant-available water content.*20.*percent"):
        water_yield(*args, one * 20, ok, [1, 2], [0.9, 0.5], [1500, 1], [1, 0], 5)
    with pytest.raises(InputError, match=r"kc of code 2 is -0.5"):
        water_yield(*args, one * 0.2, ok, [1, 2], [0.9, -0.5], [1500, 1], [1, 0], 5)
    # root depth only matters (and is only checked) for vegetated classes
    water_yield(*args, one * 0.2, ok, [1, 2], [0.9, 0.5], [1500, -1], [1, 0], 5)
    with pytest.raises(InputError, match=r"root_depth of code 1 is 0"):
        water_yield(*args, one * 0.2, ok, [1, 2], [0.9, 0.5], [0, 1], [1, 0], 5)


def test_mcr_costs_refuse_zero_resistance():
    from ecoecon.core.ecosecurity import costdistance as cd
    r = np.ones((3, 4))
    r[1, 2] = 0.0
    with pytest.raises(InputError, match=r"1 cell\(s\) .* 0 at row 1, column 2.* > 0"):
        cd.cost_array(r, np.ones(r.shape, bool))
    valid = np.ones(r.shape, bool)
    valid[1, 2] = False                    # nodata is a barrier, not a bad value
    assert np.isinf(cd.cost_array(r, valid)[1, 2])


def test_accuracy_maps_must_overlap_and_share_classes():
    from ecoecon.core.landuse.landuseaccuracy import check_comparable
    ref = np.repeat(np.arange(1, 5)[None, :], 4, 0)
    ok = np.ones(ref.shape, bool)
    assert check_comparable(ref, ok, ref, ok) == []
    quarter = ok.copy()
    quarter[:, 1:] = False
    with pytest.raises(InputError, match=r"only 25.0% of the reference map's cells \(4 of 16\)"):
        check_comparable(ref, ok, ref, quarter)
    half = ok.copy()
    half[:, 2:] = False
    w = check_comparable(ref, ok, ref, half)
    assert len(w) == 1 and "50.0%" in w[0]
    w = check_comparable(ref, ok, np.where(ref == 4, 7, ref), ok)
    assert len(w) == 1 and "4 in the reference map, 7 in the simulated map" in w[0]
    with pytest.raises(InputError, match="no class code in common"):
        check_comparable(ref, ok, ref + 10, ok)


def test_suitability_refuses_a_class_of_one_cell():
    from ecoecon.core.landuse.landusesuitability import fit_suitability
    rng = np.random.default_rng(1)
    drivers = rng.standard_normal((2, 30, 30))
    lu = np.where(drivers[0] > 0, 1, 2)
    lu[5, 5] = 3
    with pytest.raises(InputError, match=r"Class 3 has only 1 cell"):
        fit_suitability(lu, np.ones(lu.shape, bool), [1, 2, 3], drivers, n_per_class=100)


def test_carbon_pools_and_habitat_ranges():
    from ecoecon.core.ecosystem.carbonstorage import pool_sums
    pools = {"c_above": [1, 2], "c_below": [0, 0], "c_soil": [3, -1], "c_dead": [0, 0]}
    with pytest.raises(InputError, match=r"c_soil of code 5 is -1"):
        pool_sums(pools, codes=[4, 5])
    pools["c_soil"] = [3, 1]
    np.testing.assert_array_equal(pool_sums(pools, codes=[4, 5]), [4, 3])
