"""Resistance surface: class tables, class breaks, weights, missing codes."""
import numpy as np
import pytest

from ecoecon.core.ecosecurity import resistancesurface as R
from ecoecon.core.errors import InputError


def test_reclass_codes_and_missing_code_named():
    lu = np.array([[1, 2], [3, np.nan]])
    valid = np.isfinite(lu)
    out, ok = R.reclass_codes(lu, valid, {1: 5, 2: 50, 3: 100}, "land use")
    np.testing.assert_array_equal(out[ok], [5, 50, 100])
    assert not ok[1, 1]
    with pytest.raises(InputError, match=r"land use.*\b3\b"):
        R.reclass_codes(lu, valid, {1: 5, 2: 50}, "land use")


def test_reclass_breaks_upper_bound_inclusive():
    slope = np.array([0.0, 5.0, 5.1, 15.0, 24.0, 35.0, 60.0])
    out, ok = R.reclass_breaks(slope, np.ones(7, bool), [5, 15, 25, 35], R.PAPER_VALUES,
                               "slope")
    np.testing.assert_array_equal(out, [5, 5, 15, 15, 50, 75, 100])
    with pytest.raises(InputError, match="resistance values"):
        R.reclass_breaks(slope, np.ones(7, bool), [5, 15], R.PAPER_VALUES, "slope")
    with pytest.raises(InputError, match="increase"):
        R.reclass_breaks(slope, np.ones(7, bool), [5, 3, 7, 9], R.PAPER_VALUES, "slope")


def test_weighted_sum_with_paper_weights():
    rng = np.random.default_rng(0)
    layers = [rng.choice(R.PAPER_VALUES, (6, 5)) for _ in range(4)]
    valids = [np.ones((6, 5), bool) for _ in range(4)]
    valids[2][0, 0] = False
    w = [R.PAPER_WEIGHTS[k] for k in ("landuse", "slope", "elevation", "service")]
    out, ok = R.weighted_resistance(layers, valids, w)
    exp = sum(wi * x for wi, x in zip(w, layers))  # the paper's weights already sum to 1
    np.testing.assert_allclose(out[ok], exp[ok])
    assert not ok[0, 0] and np.isnan(out[0, 0])
    out2, _ = R.weighted_resistance(layers, valids, [2 * x for x in w])
    np.testing.assert_allclose(out2[ok], exp[ok])
    with pytest.raises(InputError, match="weights"):
        R.weighted_resistance(layers, valids, [1, 2])
