"""AHP weights against a published textbook example, a power-iteration oracle and
consistent matrices."""
import numpy as np
import pytest

from ecoecon.core.ecosecurity.ahpweights import (RANDOM_INDEX, ahp_weights, complete_matrix,
                                          parse_matrix_text)
from ecoecon.core.errors import InputError


def _power_iteration(a, iters=2000):
    """Independent oracle: Perron vector by power iteration, λ by the Rayleigh-like ratio."""
    w = np.ones(a.shape[0]) / a.shape[0]
    for _ in range(iters):
        w = a @ w
        w /= w.sum()
    return w, float(np.mean((a @ w) / w))


def test_classic_three_by_three():
    # the classic 3×3 textbook matrix (1, 3, 5 / 1/3, 1, 3 / 1/5, 1/3, 1): published weights
    # 0.637, 0.258, 0.105, λmax = 3.039, CI = 0.019, CR = 0.033 (RI = 0.58)
    r = ahp_weights(parse_matrix_text("1 3 5; 1/3 1 3; 1/5 1/3 1"))
    np.testing.assert_allclose(r["weights"], [0.637, 0.258, 0.105], atol=5e-4)
    assert r["lambda_max"] == pytest.approx(3.039, abs=5e-4)
    assert r["CI"] == pytest.approx(0.019, abs=5e-4)
    assert r["CR"] == pytest.approx(0.033, abs=5e-4)
    assert r["RI"] == 0.58 and r["consistent"]


def test_saaty_random_index_table():
    assert [RANDOM_INDEX[n] for n in range(1, 11)] == [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32,
                                                       1.41, 1.45, 1.49]


@pytest.mark.parametrize("seed", range(10))
def test_random_matrices_equal_power_iteration(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 9))
    scale = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7,
                      1 / 8, 1 / 9])
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a[i, j] = rng.choice(scale)
            a[j, i] = 1 / a[i, j]
    r = ahp_weights(a)
    w, lam = _power_iteration(a)
    np.testing.assert_allclose(r["weights"], w, atol=1e-9)
    assert r["lambda_max"] == pytest.approx(lam, abs=1e-8)
    assert r["CR"] == pytest.approx((lam - n) / (n - 1) / RANDOM_INDEX[n], abs=1e-8)
    assert r["consistent"] == (r["CR"] < 0.1)


def test_consistent_matrix_recovers_weights():
    w = np.array([0.45, 0.10, 0.12, 0.33])  # the paper's weights
    a = w[:, None] / w[None, :]
    r = ahp_weights(a)
    np.testing.assert_allclose(r["weights"], w, atol=1e-12)
    assert r["lambda_max"] == pytest.approx(4.0, abs=1e-10)
    assert abs(r["CR"]) < 1e-10


def test_inconsistent_matrix_is_flagged():
    r = ahp_weights(parse_matrix_text("1 9 1/9; 1/9 1 9; 9 1/9 1"))
    assert r["CR"] >= 0.1 and not r["consistent"]


def test_upper_triangle_is_completed_and_errors():
    a = complete_matrix(parse_matrix_text("1 3 5; - 1 3; - - 1"))
    assert a[1, 0] == pytest.approx(1 / 3) and a[2, 0] == pytest.approx(0.2)
    with pytest.raises(InputError, match="reciprocal"):
        complete_matrix(parse_matrix_text("1 3; 3 1"))
    with pytest.raises(InputError, match="square"):
        complete_matrix(parse_matrix_text("1 3 5; 1/3 1"))
    with pytest.raises(InputError, match="judgement"):
        parse_matrix_text("1 x; 1 1")
    with pytest.raises(InputError, match="positive"):
        complete_matrix([[1, -2], [None, 1]])
