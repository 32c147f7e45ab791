import numpy as np
import pytest

from ecoecon.core import normalize, patches


def test_minmax_keeps_nodata_and_direction():
    x = np.array([2.0, 4.0, np.nan, 6.0])
    n, ok = normalize.minmax_normalize(x)
    np.testing.assert_allclose(n[ok], [0, 0.5, 1])
    assert np.isnan(n[2]) and not ok[2]
    n, ok = normalize.minmax_normalize(x, positive=False)
    np.testing.assert_allclose(n[ok], [1, 0.5, 0])
    n, _ = normalize.minmax_normalize(np.array([3.0, 3.0]))
    np.testing.assert_allclose(n, [1, 1])
    with pytest.raises(ValueError):
        normalize.minmax_normalize(np.array([np.nan]))


def test_patch_labelling_8_vs_4_and_areas():
    m = np.array([[1, 0, 0, 0],
                  [0, 1, 0, 1],
                  [0, 0, 0, 1],
                  [1, 1, 0, 0]], bool)
    lab8, n8 = patches.label_patches(m, 8)
    lab4, n4 = patches.label_patches(m, 4)
    assert (n8, n4) == (3, 4)
    # brute force: 4-connected components by flood fill written here
    seen, comps = np.zeros_like(m), 0
    for r, c in zip(*np.nonzero(m)):
        if seen[r, c]:
            continue
        comps += 1
        stack = [(r, c)]
        while stack:
            i, j = stack.pop()
            if 0 <= i < 4 and 0 <= j < 4 and m[i, j] and not seen[i, j]:
                seen[i, j] = True
                stack += [(i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)]
    assert comps == n4
    areas = patches.patch_areas_km2(lab8, 250.0 * 250.0)
    assert sorted(areas.tolist()) == [0.125, 0.125, 0.125]


def test_patches_min_area_sorted_by_area():
    m = np.zeros((10, 10), bool)
    m[0:2, 0:2] = True          # 4 cells
    m[5:9, 5:9] = True          # 16 cells
    m[0, 9] = True              # 1 cell
    lab, areas, largest = patches.patches_min_area(m, 1e6, 3.5)  # 1 km² cells
    np.testing.assert_allclose(areas, [16, 4])
    assert lab[6, 6] == 1 and lab[0, 0] == 2 and lab[0, 9] == 0
    assert largest == 16
    lab, areas, largest = patches.patches_min_area(m, 1e6, 100)
    assert areas.size == 0 and largest == 16


def test_combine_services_reweight_where_a_layer_is_missing():
    from ecoecon.core.combineservices import combine_services
    rng = np.random.default_rng(4)
    a, b = rng.random((6, 7)), rng.random((6, 7)) * 50
    va, vb = np.ones((6, 7), bool), rng.random((6, 7)) > 0.3
    comp, valid, _, _ = combine_services([a, b], [va, vb], [0.25, 0.75], 2,
                                         method="equal", missing="reweight")
    assert valid.all()
    an = (a - a.min()) / (a.max() - a.min())
    bv = b[vb]
    bn = (b - bv.min()) / (bv.max() - bv.min())
    for i in range(6):
        for j in range(7):
            exp = (0.25 * an[i, j] + 0.75 * bn[i, j]) if vb[i, j] else an[i, j]
            assert comp[i, j] == pytest.approx(exp)
    comp2, valid2, _, _ = combine_services([a, b], [va, vb], [0.25, 0.75], 2, method="equal")
    assert (valid2 == vb).all()


def test_relabel_ids_is_the_whole_raster_unique():
    """Same labels as the former ``np.unique(values, return_inverse=True)`` over every cell
    (with 0 added in front when no cell is 0), and as a hand-made map."""
    rng = np.random.default_rng(4)
    for v in (np.where(rng.random((40, 30)) < 0.1, rng.integers(1, 500, (40, 30)), 0).astype(
                  np.float64),
              rng.integers(3, 9, (5, 6)).astype(np.float64),          # no 0 at all
              np.zeros((3, 3))):
        labels, uid = patches.relabel_ids(v)
        u, inv = np.unique(v, return_inverse=True)
        ref = inv.reshape(v.shape)
        if u[0] != 0:
            ref, u = ref + 1, np.concatenate([[0], u])
        np.testing.assert_array_equal(labels, ref)
        np.testing.assert_array_equal(uid, u)
        assert labels.dtype == np.int32
    labels, uid = patches.relabel_ids(np.array([[0, 70, 70], [12, 0, 300]]))
    assert labels.tolist() == [[0, 2, 2], [1, 0, 3]] and uid.tolist() == [0, 12, 70, 300]
