"""Validation measures against scikit-learn, hand-worked cross-tabulations and MOLUSCE's
published Volga cross-tabulation."""
import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.landuse.landuseaccuracy import agreement, crosstab, figure_of_merit
from tests.conftest import shared_data


def test_hand_worked_two_classes():
    # 4 cells; reference 1,1,1,2; simulated 1,1,2,2
    classes, m = crosstab(np.array([1, 1, 1, 2]), np.array([1, 1, 2, 2]))
    assert classes == [1, 2] and m.tolist() == [[2, 1], [0, 1]]
    g = agreement(m)
    # Po = 3/4; p1+ = 3/4, p+1 = 1/2; Pe = 3/8 + 1/8 = 1/2; Pmax = 1/2 + 1/4 = 3/4
    assert g["Po"] == 0.75 and g["Pe"] == 0.5 and g["Pmax"] == 0.75
    assert g["Kappa"] == pytest.approx(0.5)
    assert g["Kno"] == pytest.approx(0.5)            # (3/4 − 1/2)/(1 − 1/2)
    assert g["Klocation"] == pytest.approx(1.0)      # (3/4 − 1/2)/(3/4 − 1/2)
    assert g["Khisto"] == pytest.approx(0.5)         # (3/4 − 1/2)/(1 − 1/2)
    assert g["quantity"] == pytest.approx(0.25)      # ½(|3/4−1/2| + |1/4−1/2|)
    assert g["allocation"] == pytest.approx(0.0)
    assert g["producers"] == [pytest.approx(2 / 3), 1.0] and g["users"] == [1.0, 0.5]


def test_hand_worked_pure_allocation_error():
    # same quantities, swapped positions: Q = 0, A = 1 − Po
    g = agreement([[1, 1], [1, 1]])
    assert g["quantity"] == 0.0 and g["allocation"] == pytest.approx(0.5)
    assert g["Kappa"] == pytest.approx(0.0) and g["Khisto"] == pytest.approx(1.0)
    assert g["Klocation"] == pytest.approx(0.0)


def test_against_scikit_learn():
    sk = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(7)
    ref = rng.integers(1, 6, size=(60, 70))
    sim = np.where(rng.random(ref.shape) < 0.7, ref, rng.integers(1, 7, size=ref.shape))
    valid = rng.random(ref.shape) > 0.1
    classes, m = crosstab(ref, sim, valid)
    labels = sorted(set(ref[valid]) | set(sim[valid]))
    np.testing.assert_array_equal(m, sk.confusion_matrix(ref[valid], sim[valid], labels=labels))
    g = agreement(m)
    assert g["Kappa"] == pytest.approx(sk.cohen_kappa_score(ref[valid], sim[valid]), abs=1e-12)
    assert g["Po"] == pytest.approx(sk.accuracy_score(ref[valid], sim[valid]), abs=1e-12)
    assert g["quantity"] + g["allocation"] == pytest.approx(1 - g["Po"], abs=1e-12)
    assert g["Klocation"] * g["Khisto"] == pytest.approx(g["Kappa"], abs=1e-12)
    rec = sk.recall_score(ref[valid], sim[valid], labels=labels, average=None,
                          zero_division=0)
    for a, b in zip(g["producers"], rec):
        assert (a or 0.0) == pytest.approx(b)


def test_figure_of_merit_hand_worked():
    ini = np.array([1, 1, 1, 1, 2, 2, 2, 3, 3, 3])
    ref = np.array([2, 2, 3, 1, 2, 1, 2, 3, 1, 3])
    sim = np.array([2, 3, 1, 2, 2, 1, 1, 3, 3, 3])
    # cell by cell: hit, wrong hit, miss, false alarm, persistence, hit, false alarm,
    # persistence, miss, persistence
    f = figure_of_merit(ini, ref, sim)
    assert (f["hits"], f["wrong_hits"], f["misses"], f["false_alarms"]) == (2, 1, 2, 2)
    assert f["persistence"] == 3
    assert f["FoM"] == pytest.approx(2 / 7)
    assert f["producers"] == pytest.approx(2 / 5) and f["users"] == pytest.approx(2 / 5)


def test_molusce_volga_crosstab():
    gdal = pytest.importorskip("osgeo.gdal", reason="GDAL (osgeo) is not installed")
    a = gdal.Open(str(shared_data("molusce_volga", "init.tif"))).ReadAsArray()
    b = gdal.Open(str(shared_data("molusce_volga", "final.tif"))).ReadAsArray()
    classes, m = crosstab(a, b, (a != 255) & (b != 255))
    assert classes == [1, 2, 3, 4]
    assert m.tolist() == [[4065, 4, 2, 1], [1657, 62871, 260, 364], [514, 539, 80689, 1969],
                          [2, 15, 7, 8677]]


def test_errors():
    with pytest.raises(InputError, match="different shapes"):
        crosstab(np.zeros((2, 2)), np.zeros((2, 3)))
    with pytest.raises(InputError, match="7"):
        crosstab(np.array([1, 7]), np.array([1, 1]), classes=[1, 2])
