"""Kernel density (ArcGIS quartic) and economic intensity classes, without QGIS.

References are independent of the code under test: a plain loop over the points evaluating
the quartic kernel formula at every cell centre, hand-worked default radii, the total
population, and Fisher's optimal 1-D partition (dynamic programming) for the natural breaks.
"""
import math

import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.industry import kerneldensity as kde
from ecoecon.core.industry.economicpattern import class_table, classify_intensity, intensity_zones


def reference_density(x, y, w, x0, ytop, cell, width, height, r):
    """ArcGIS's definition, point by point: Σ pop·3/(π r²)·(1 − d²/r²)² for d < r."""
    cx = x0 + (np.arange(width) + 0.5) * cell
    cy = ytop - (np.arange(height) + 0.5) * cell
    out = np.zeros((height, width))
    for xi, yi, wi in zip(x, y, w):
        d2 = (cx[None, :] - xi) ** 2 + (cy[:, None] - yi) ** 2
        inside = d2 < r * r
        out[inside] += wi * 3.0 / (math.pi * r * r) * (1.0 - d2[inside] / (r * r)) ** 2
    return out


def fisher_optimal_breaks(values, k):
    """Fisher's exact optimal 1-D partition into k classes (least within-class sum of
    squares) by dynamic programming over the sorted values, written here independently of
    jenkspy. Returns (breaks [min, upper bound of class 1..k], the least sum of squares)."""
    v = np.sort(np.asarray(values, float))
    n = v.size
    c1 = np.concatenate([[0.0], np.cumsum(v)])
    c2 = np.concatenate([[0.0], np.cumsum(v * v)])
    i = np.arange(n + 1)[:, None]
    j = np.arange(n + 1)[None, :]
    cnt = np.where(j > i, j - i, 1)
    sse = np.where(j > i, (c2[j] - c2[i]) - (c1[j] - c1[i]) ** 2 / cnt, np.inf)  # [i, j)
    best = sse[0].copy()
    arg = []
    for _ in range(k - 1):
        tot = best[:, None] + sse
        a = np.argmin(tot, axis=0)
        arg.append(a)
        best = tot[a, np.arange(n + 1)]
    ends = [n]
    for a in reversed(arg):
        ends.append(a[ends[-1]])
    return np.array([v[0]] + [v[e - 1] for e in ends[::-1]]), best[n]


def within_ss(values, breaks):
    v = np.asarray(values, float)
    c = np.searchsorted(np.asarray(breaks)[1:-1], v, side="left")
    return sum(((v[c == i] - v[c == i].mean()) ** 2).sum() for i in np.unique(c))


# --- default search radius, worked by hand -------------------------------------------------

def test_default_radius_median_term_wins():
    # x = 0, 1, 2, 3, 14 on a line: mean centre (4, 0); distances 4, 3, 2, 1, 10 -> Dm = 3.
    # SD = sqrt((16 + 9 + 4 + 1 + 100) / 5) = sqrt(26) = 5.0990.
    # sqrt(1/ln 2) * Dm = 1.201122 * 3 = 3.603367 < SD, so
    # r = 0.9 * 3.603367 * 5^-0.2 = 0.9 * 3.603367 * 0.724780 = 2.35048
    info = kde.default_radius([0, 1, 2, 3, 14], [0, 0, 0, 0, 0])
    assert info["mean_x"] == pytest.approx(4.0) and info["mean_y"] == pytest.approx(0.0)
    assert info["dm"] == pytest.approx(3.0)
    assert info["sd"] == pytest.approx(math.sqrt(26.0))
    assert info["radius"] == pytest.approx(0.9 * (3 / math.sqrt(math.log(2))) * 5 ** -0.2,
                                           rel=1e-12)
    assert info["radius"] == pytest.approx(2.35048, abs=1e-5)


def test_default_radius_standard_distance_term_wins():
    # corners of a 6 x 8 rectangle: mean centre (3, 4), every distance 5 -> Dm = 5,
    # SD = sqrt(9 + 16) = 5 < 1.2011 * 5, so r = 0.9 * 5 * 4^-0.2 = 4.5 * 0.757858 = 3.41036
    info = kde.default_radius([0, 6, 0, 6], [0, 0, 8, 8])
    assert info["dm"] == pytest.approx(5.0) and info["sd"] == pytest.approx(5.0)
    assert info["radius"] == pytest.approx(0.9 * 5 * 4 ** -0.2, rel=1e-12)
    assert info["radius"] == pytest.approx(3.41036, abs=1e-5)


def test_default_radius_weighted_by_population():
    # (0,0) with population 3 and (10,0) with 1: weighted mean centre (2.5, 0); distances 2.5
    # (weight 3) and 7.5 (weight 1): weighted median 2.5. SD = sqrt((3*6.25 + 56.25)/4)
    # = sqrt(18.75) = 4.330127; 1.201122 * 2.5 = 3.002806 < SD; n = 3 + 1 = 4:
    # r = 0.9 * 3.002806 * 4^-0.2 = 2.04813
    info = kde.default_radius([0, 10], [0, 0], [3, 1])
    assert info["mean_x"] == pytest.approx(2.5)
    assert info["dm"] == pytest.approx(2.5)
    assert info["sd"] == pytest.approx(math.sqrt(18.75))
    assert info["n"] == 4
    assert info["radius"] == pytest.approx(0.9 * (2.5 / math.sqrt(math.log(2))) * 4 ** -0.2,
                                           rel=1e-12)
    assert info["radius"] == pytest.approx(2.04813, abs=1e-5)


def test_integer_population_equals_repeated_points():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 100, 9), rng.uniform(0, 50, 9)
    pop = np.array([2, 1, 3, 1, 1, 4, 2, 1, 1])
    a = kde.default_radius(x, y, pop)
    b = kde.default_radius(np.repeat(x, pop), np.repeat(y, pop))
    for key in ("radius", "sd", "dm", "n"):
        assert a[key] == pytest.approx(b[key], rel=1e-12)


def test_weighted_median_matches_numpy_on_equal_weights():
    v = [5.0, 1.0, 4.0, 2.0]
    assert kde.weighted_median(v, [1, 1, 1, 1]) == np.median(v) == 3.0
    assert kde.weighted_median(v + [7.0], [1] * 5) == np.median(v + [7.0])


# --- density against the point-by-point definition -----------------------------------------

@pytest.mark.parametrize("radius_cells", [0.8, 2.5, 7.0, 16.0, 45.0])
@pytest.mark.parametrize("method", ["exact", "fft", "auto"])
def test_density_equals_point_by_point_reference(method, radius_cells):
    rng = np.random.default_rng(int(radius_cells * 10))
    cell = 50.0
    n = 120
    # clustered points, some outside the grid (they still count where their kernel reaches)
    x = 400000 + rng.normal(0, 600, n) + rng.choice([0, 900, 2000], n)
    y = 3000000 + rng.normal(0, 500, n)
    w = rng.uniform(0.5, 4.0, n)
    grid = kde.GridSpec(399500.0, 3001200.0, cell, 60, 45)
    r = radius_cells * cell
    got = kde.kernel_density(x, y, grid, r, w, method=method)
    ref = reference_density(x, y, w, grid.x0, grid.ytop, cell, grid.width, grid.height, r)
    assert ref.max() > 0
    assert np.abs(got - ref).max() <= 1e-3 * ref.max()
    assert np.all(got >= 0)
    if method == "exact":
        assert np.all(got[ref == 0] == 0)


def test_single_point_peak_is_three_over_pi_r_squared():
    grid = kde.GridSpec(0.0, 1000.0, 10.0, 100, 100)
    d = kde.kernel_density([505.0], [495.0], grid, 100.0, [7.0], method="exact")
    # the point sits on the centre of cell (row 50, col 50): 7 * 3 / (pi * 100^2)
    assert d[50, 50] == pytest.approx(7 * 3 / (math.pi * 1e4), rel=1e-12)
    assert d.argmax() == 50 * 100 + 50
    # a cell centre 60 m east: 7 * 3/(pi r^2) * (1 - 0.36)^2
    assert d[50, 56] == pytest.approx(7 * 3 / (math.pi * 1e4) * 0.64 ** 2, rel=1e-12)


@pytest.mark.parametrize("method", ["exact", "fft"])
def test_density_integrates_to_total_population(method):
    rng = np.random.default_rng(5)
    x, y = rng.uniform(0, 3000, 80), rng.uniform(0, 2000, 80)
    pop = rng.integers(1, 20, 80).astype(float)
    r = 400.0
    grid = kde.snapped_grid(x.min(), y.min(), x.max(), y.max(), 25.0, grow=r)
    d = kde.kernel_density(x, y, grid, r, pop, method=method)
    assert d.sum() * grid.cell ** 2 == pytest.approx(pop.sum(), rel=1e-4)


def test_snapped_grid_edges_are_multiples_of_the_cell():
    g = kde.snapped_grid(1234.5, 987.0, 5678.9, 4321.0, 500.0)
    assert (g.x0, g.ytop, g.width, g.height) == (1000.0, 4500.0, 10, 8)
    g2 = kde.snapped_grid(1234.5, 987.0, 5678.9, 4321.0, 500.0, grow=600)
    assert (g2.x0, g2.ytop, g2.width, g2.height) == (500.0, 5000.0, 12, 10)


def test_superimposed_density_is_sum_with_own_default_radii():
    rng = np.random.default_rng(7)
    xa, ya = rng.normal(1000, 200, 60), rng.normal(1000, 150, 60)
    xb, yb = rng.normal(2000, 500, 40), rng.normal(1500, 400, 40)
    x, y = np.concatenate([xa, xb]), np.concatenate([ya, yb])
    groups = ["391"] * 60 + ["392"] * 40
    grid = kde.snapped_grid(0, 0, 3500, 3000, 20.0)
    total, table = kde.superimposed_density(x, y, grid, groups)
    assert [t["group"] for t in table] == ["391", "392"]
    ra, rb = kde.default_radius(xa, ya)["radius"], kde.default_radius(xb, yb)["radius"]
    assert table[0]["radius"] == pytest.approx(ra) and table[1]["radius"] == pytest.approx(rb)
    ref = (reference_density(xa, ya, np.ones(60), grid.x0, grid.ytop, 20.0, grid.width,
                             grid.height, ra)
           + reference_density(xb, yb, np.ones(40), grid.x0, grid.ytop, 20.0, grid.width,
                               grid.height, rb))
    assert np.abs(total - ref).max() <= 1e-3 * ref.max()


def test_industry_codes_prefix_and_selection():
    codes = [3911, 3912.0, "3921", " 392 ", None, "C3811"]
    assert kde.industry_of(codes, 3) == ["391", "391", "392", "392", None, "C38"]
    assert kde.industry_of(codes, 0) == ["3911", "3912", "3921", "392", None, "C3811"]
    ind = kde.industry_of(codes, 3)
    sel = kde.select_industries(ind, kde.parse_codes("391; 392"))
    assert sel.tolist() == [True, True, True, True, False, False]
    with pytest.raises(InputError, match="39 "):
        kde.select_industries(ind, ["39 ".strip(), "391"])


def test_bad_inputs_are_input_errors():
    grid = kde.GridSpec(0.0, 100.0, 10.0, 10, 10)
    with pytest.raises(InputError):
        kde.kernel_density([1.0], [1.0], grid, 0.0)
    with pytest.raises(InputError):
        kde.kernel_density([1.0, 2.0], [1.0, 2.0], grid, 10.0, [1.0, -1.0])
    with pytest.raises(InputError, match="same place"):
        kde.superimposed_density([5.0, 5.0], [5.0, 5.0], grid)


# --- economic intensity classes -------------------------------------------------------------

def test_intensity_classes_are_natural_breaks_of_the_positive_density():
    rng = np.random.default_rng(11)
    x = np.concatenate([rng.normal(500, 80, 150), rng.normal(1400, 150, 100)])
    y = np.concatenate([rng.normal(500, 80, 150), rng.normal(900, 200, 100)])
    grid = kde.snapped_grid(0, 0, 2000, 1500, 60.0)
    d = kde.kernel_density(x, y, grid, 300.0) * 1e6  # per km²
    valid = np.ones(d.shape, bool)
    valid[0, :5] = False  # nodata stays nodata
    classes, breaks, used = classify_intensity(d, valid, 5)
    pos = d[valid & (d > 0)]
    assert pos.size < 10000  # no sampling: the exact optimum
    opt, least = fisher_optimal_breaks(pos, 5)
    np.testing.assert_allclose(breaks, opt, rtol=1e-9)
    assert within_ss(pos, breaks) == pytest.approx(least, rel=1e-9)
    assert breaks[0] == pytest.approx(pos.min())
    assert np.all(classes[valid & (d == 0)] == 0)  # no production: class 0
    assert set(np.unique(classes[used])) == {1, 2, 3, 4, 5}
    np.testing.assert_array_equal(np.searchsorted(opt[1:], d[used], side="left") + 1,
                                  classes[used])
    rows = class_table(d, classes, used, breaks, 60.0 ** 2 / 1e6)
    assert sum(r["cells"] for r in rows) == used.sum()
    # mass = Σ density × cell area = number of points whose kernel falls in the classified cells
    assert sum(r["mass"] for r in rows) == pytest.approx(d[used].sum() * 60.0 ** 2 / 1e6)
    labels, zones = intensity_zones(d, classes, 5, 60.0 ** 2 / 1e6)
    assert len(zones) >= 1 and zones[0]["mass"] >= zones[-1]["mass"]
    z1 = labels == 1
    assert zones[0]["cells"] == z1.sum()
    assert zones[0]["peak"] == pytest.approx(d[z1].max())
    assert np.all(classes[z1] == 5)


def test_include_zero_and_negative_density():
    d = np.array([[0.0, 0.0, 1.0], [2.0, 5.0, 9.0]])
    valid = np.ones(d.shape, bool)
    cls, breaks, used = classify_intensity(d, valid, 2, method="equal")
    assert cls.tolist() == [[0, 0, 1], [1, 1, 2]]  # breaks 1, 5, 9 (upper bound inclusive)
    cls, breaks, used = classify_intensity(d, valid, 2, method="equal", include_zero=True)
    assert cls.tolist() == [[1, 1, 1], [1, 2, 2]]  # breaks 0, 4.5, 9
    with pytest.raises(InputError, match="negative"):
        classify_intensity(-d, valid, 2)
