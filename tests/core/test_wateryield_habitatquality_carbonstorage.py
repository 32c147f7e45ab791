"""Core of water yield, habitat quality and carbon, without QGIS: lookups, kernels, rarity and
zonal means against brute-force versions written here."""
import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.ecosystem import carbonstorage as carbon
from ecoecon.core.ecosystem import habitatquality as habitat
from ecoecon.core.ecosystem import lookup, wateryield


def test_code_index_and_missing_codes():
    codes = np.array([[3, 1], [7, 3]])
    valid = np.array([[True, True], [False, True]])
    idx = lookup.code_index(codes, valid, [1, 3, 5])
    assert idx.tolist() == [[1, 0], [-1, 1]]
    with pytest.raises(InputError, match="7"):
        lookup.code_index(codes, np.ones((2, 2), bool), [1, 3], "pools table")
    # a very wide code range goes through the sorted search
    wide = np.array([[1, 10 ** 9]])
    assert lookup.code_index(wide, np.ones((1, 2), bool), [10 ** 9, 1]).tolist() == [[1, 0]]
    with pytest.raises(InputError, match="whole numbers"):
        lookup.as_codes(np.array([[1.5]]), np.array([[True]]))


def test_carbon_sums_pools_and_change():
    lu = np.array([[1, 2], [2, 1]], float)
    fut = np.array([[2, 2], [2, 0]], float)
    vf = np.array([[True, True], [True, False]])
    pools = {"c_above": [1, 10], "c_below": [2, 0], "c_soil": [3, 0], "c_dead": [4, 0.5]}
    r = carbon.carbon_storage(lu, np.ones((2, 2), bool), [1, 2], pools, 2500.0, fut, vf)
    assert r.storage.tolist() == [[10, 10.5], [10.5, 10]]
    assert r.total == pytest.approx(41 * 0.25)
    assert r.change[0, 0] == 0.5 and not r.valid_change[1, 1]
    assert r.total_change == pytest.approx((0.5 + 0 + 0) * 0.25)


def test_legacy_kernel_is_invests_construction():
    """Non-integer radius: InVEST measured distances from (R, R) in a round(2R+1) kernel."""
    k, c = habitat.legacy_kernel(2.4, "linear")
    assert k.shape == (6, 6) and c == 3
    i = np.arange(6) - 2.4
    d = np.hypot(i[:, None], i[None, :])
    raw = np.where(d > 2.4, 0, (2.4 - d) / 2.4)
    np.testing.assert_allclose(k, raw / raw.sum())
    # the cropped kernel used on small rasters is a window of the full one, same norm
    full, c = habitat.legacy_kernel(3.0, "exponential")
    crop, c2, a0, b0 = habitat._legacy_kernel_cropped(3.0, "exponential", (5, 7))
    assert c2 == c
    np.testing.assert_allclose(crop, full[a0:a0 + crop.shape[0], b0:b0 + crop.shape[1]])


def test_convolution_equals_brute_force_sum():
    rng = np.random.default_rng(1)
    t = (rng.random((12, 15)) > 0.9).astype(float) * rng.random((12, 15))
    k, c = habitat.legacy_kernel(3.3, "linear")
    out = habitat.decay_convolution(t, 3.3 * 30, "linear", (30.0, 30.0))
    brute = np.zeros_like(t)
    H, W = t.shape
    for i in range(H):  # fine on a 12 x 15 test raster
        for j in range(W):
            s = 0.0
            for a in range(k.shape[0]):
                for b in range(k.shape[1]):
                    y, x = i + c - a, j + c - b
                    if 0 <= y < H and 0 <= x < W:
                        s += t[y, x] * k[a, b]
            brute[i, j] = s
    np.testing.assert_allclose(out, brute, atol=1e-12)


def test_nearest_decay_uses_the_nearest_threat_only():
    present = np.zeros((1, 30), bool)
    present[0, [0, 4]] = True
    imp = habitat.decay_nearest(present, 100.0, "linear", (10.0, 10.0))
    assert imp[0, 2] == pytest.approx(1 - 2 / 10)  # nearest is 2 cells away, not the sum
    assert imp[0, 14] == 0 and imp[0, 13] == pytest.approx(1 - 9 / 10)
    # non-square cells: distances in metres
    imp = habitat.decay_nearest(np.eye(3, dtype=bool)[:1].T.copy(), 50.0, "linear",
                                (20.0, 10.0))
    assert imp[2, 0] == pytest.approx(1 - 40 / 50)


def test_rarity_brute_force():
    rng = np.random.default_rng(3)
    cur = rng.integers(1, 5, (20, 20)).astype(float)
    base = rng.integers(1, 4, (20, 20)).astype(float)
    vb = rng.random((20, 20)) > 0.1
    vc = np.ones((20, 20), bool)
    r, ok, table = habitat.rarity(cur, vc, base, vb, 900.0)
    for code in range(1, 5):
        n_cur = np.sum((cur == code) & vb)
        n_base = np.sum((base == code) & vb)
        if n_cur == 0:
            continue
        exp = 0.0 if n_base == 0 else 1 - n_cur / (n_cur + n_base)
        assert table[code] == pytest.approx(exp)
        assert np.allclose(r[(cur == code) & ok], exp)
    assert np.array_equal(ok, vb)


def test_water_yield_non_vegetated_caps_at_precipitation_and_zonal_means():
    one = np.ones((1, 3))
    r = wateryield.water_yield(
        np.array([[1, 1, 2]]), one > 0, one * 500, one > 0, one * 1000, one > 0, one * 800,
        one > 0, one * 0.1, one > 0, [1, 2], [0.3, 0.8], [700, 10], [0, 1], 5)
    assert r.aet[0, 0] == pytest.approx(300) and r.wyield[0, 0] == pytest.approx(200)
    with pytest.raises(InputError, match="lulc_veg"):
        wateryield.water_yield(one, one > 0, one, one > 0, one, one > 0, one, one > 0, one,
                               one > 0, [1], [1], [1], [2], 5)
    a = np.arange(12.0).reshape(3, 4)
    ok = np.ones((3, 4), bool)
    ok[0, 0] = False
    zones = [(0, 2, 0, 2, np.array([[True, True], [False, True]])), (0, 0, 0, 0,
                                                                    np.zeros((0, 0), bool))]
    means, counts = wateryield.zonal_means(zones, [(a, ok)])
    assert means[0, 0] == pytest.approx((1 + 5) / 2) and counts[0, 0] == 2
    assert np.isnan(means[1, 0])


@pytest.mark.parametrize("cell", [(30.0, 30.0), (20.0, 10.0)])
def test_nearest_distance_brute_force(cell):
    rng = np.random.default_rng(7)
    present = rng.random((17, 23)) > 0.97
    present[3, 4] = True
    d = habitat.nearest_distance(present, cell)
    pr, pc = np.nonzero(present)
    rows, cols = np.indices(present.shape)
    scale = 1.0 if cell[0] == cell[1] else None
    dy = (rows[..., None] - pr) * (1.0 if scale else cell[0])
    dx = (cols[..., None] - pc) * (1.0 if scale else cell[1])
    brute = np.sqrt(dy ** 2 + dx ** 2).min(axis=-1)
    np.testing.assert_allclose(d, brute, rtol=1e-6)
