"""Nodata that does not become barriers, and guidance where a default does not fit
(issue 13, items 5 and 6): hand-worked oracles."""
import numpy as np
import pytest

from ecoecon.core import combineservices as services
from ecoecon.core import patches
from ecoecon.core.ecosecurity import mcrcorridors as co
from ecoecon.core.ecosecurity import resistancesurface as R
from ecoecon.core.errors import InputError


def test_reweighted_resistance_by_hand():
    a = np.array([[10.0, 10.0], [10.0, np.nan]])
    b = np.array([[20.0, np.nan], [np.nan, np.nan]])
    va, vb = np.isfinite(a), np.isfinite(b)
    out, ok = R.weighted_resistance([a, b], [va, vb], [3, 1], missing="reweight")
    # (0,0): 0.75·10 + 0.25·20 = 12.5; (0,1), (1,0): only a → 10; (1,1): nothing → nodata
    np.testing.assert_allclose(out[ok], [12.5, 10.0, 10.0])
    assert ok.tolist() == [[True, True], [True, False]]
    # the old rule: only where both hold data
    out0, ok0 = R.weighted_resistance([a, b], [va, vb], [3, 1])
    assert ok0.sum() == 1 and out0[0, 0] == pytest.approx(12.5)
    # land use bounds the area: b alone outside it stays nodata
    area = np.array([[True, False], [True, True]])
    _, ok2 = R.weighted_resistance([a, b], [va, vb], [3, 1], missing="reweight", area=area)
    assert ok2.tolist() == [[True, False], [True, False]]
    with pytest.raises(InputError):
        R.weighted_resistance([a], [np.zeros((2, 2), bool)], [1], missing="reweight")


def test_missing_counts_by_hand():
    v1 = np.array([True, True, False, True])
    v2 = np.array([True, False, False, True])
    valid = v1 | v2
    assert services.missing_counts([v1, v2], valid) == [0, 1]


def test_nodata_split_by_hand():
    valid = np.ones((7, 9), bool)
    valid[:, 4] = False            # a nodata river across the area
    lab = np.zeros(valid.shape, int)
    lab[3, 1], lab[3, 7], lab[0, 0] = 1, 2, 3
    sp = co.nodata_split(valid, lab)
    assert sp.parts == 2 and sp.part_sources == [2, 1]
    assert sp.holes == 0           # the river touches the edge: not enclosed
    valid[0, 4] = valid[6, 4] = True      # a river that stops short of the edge
    sp = co.nodata_split(valid, lab)
    assert sp.parts == 1 and sp.holes == 5
    cost = np.where(valid, 1.0, np.inf)
    cost[0, 8] = np.inf
    assert co.nodata_split(valid, lab, cost).unreachable == 1


def test_size_guidance_by_hand():
    areas = [0.05, 0.5, 2.0, 20.0, 200.0, 3.0]
    g = patches.size_guidance(areas, targets=(2, 5, 10))
    assert g["n"] == 6
    assert g["minimum_for"] == {2: 20.0, 5: 0.5, 10: None}
    assert [b[2] for b in g["bins"]] == [1, 1, 2, 1, 1]
    assert g["quantiles"][0] == 0.05 and g["quantiles"][3] == 200.0
    assert g["quantiles"][1] == pytest.approx(2.5)
    # keeping patches ≥ the suggested minimum gives the target count
    mask = np.zeros((20, 20), bool)
    mask[0, 0] = True
    mask[5:7, 5:7] = True
    mask[10:13, 10:13] = True
    lab, kept, largest, everything = patches.patches_min_area(mask, 1e6, 0.0, all_areas=True)
    g = patches.size_guidance(everything, targets=(2,))
    _, kept2, _ = patches.patches_min_area(mask, 1e6, g["minimum_for"][2])
    assert kept2.size == 2 and g["minimum_for"][2] == 4.0


def test_suggested_width_gives_the_band_it_says():
    # uniform resistance 4, 30 m cells: W = √2 · 5 · 30 · 4; the corridor's NLCC ≤ W is at
    # least 5 cells wide on each side of the straight path between the two sources
    r = np.full((61, 61), 4.0)
    w, med, half = co.suggest_width(r, np.ones(r.shape, bool), (30.0, 30.0))
    assert w == pytest.approx(600.0 * np.sqrt(2)) and (med, half) == (4.0, 150.0)
    lab = np.zeros(r.shape, int)
    lab[30, 10], lab[30, 50] = 1, 2
    out = co.mcr_corridors(r, np.ones(r.shape, bool), lab, (30.0, 30.0), width=w)
    for col in range(10, 51):
        rows = np.flatnonzero(np.isfinite(out.nlcc[:, col]))
        assert rows.min() <= 30 - 5 and rows.max() >= 30 + 5
    # and, beside a source, not much more than that (by the cost x·r of a side step)
    rows = np.flatnonzero(np.isfinite(out.nlcc[:, 10]))
    assert rows.max() - 30 <= 6
