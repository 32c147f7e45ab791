"""Logistic suitability (core) against independent references: scikit-learn's unpenalised
LogisticRegression (Newton–Cholesky) for the coefficients, scikit-learn's roc_auc_score for the
AUC, statsmodels for the standard errors of the fallback solver, and brute-force least squares
for the VIF."""
import numpy as np
import pytest
from scipy import ndimage

from ecoecon.core.errors import InputError
from ecoecon.core.landuse.landusesuitability import (auc, fit_logit, fit_suitability,
                                              stratified_sample, vif)


def _data(shape=(60, 70), K=3, F=3, seed=0):
    rng = np.random.default_rng(seed)
    drivers = np.stack([ndimage.gaussian_filter(rng.standard_normal(shape), 3) * 50 + 100 * f
                        for f in range(F)])
    z = (drivers - drivers.mean(axis=(1, 2), keepdims=True)) / drivers.std(axis=(1, 2),
                                                                            keepdims=True)
    w = rng.normal(0, 1.5, (K, F))
    score = np.einsum("kf,fhw->khw", w, z) + rng.gumbel(size=(K,) + shape)
    lu = np.argmax(score, axis=0) * 10 + 10
    valid = np.ones(shape, bool)
    valid[:2, :3] = False
    return lu, valid, drivers


@pytest.mark.parametrize("use_statsmodels", [True, False])
def test_coefficients_and_auc_equal_scikit_learn(use_statsmodels):
    sk = pytest.importorskip("sklearn.linear_model")
    from sklearn.metrics import roc_auc_score
    lu, valid, drivers = _data()
    codes = [10, 20, 30]
    r = fit_suitability(lu, valid, codes, drivers, n_per_class=600, seed=5,
                        prior_correction=False, use_statsmodels=use_statsmodels)
    assert r["models"][0]["backend"] == ("statsmodels" if use_statsmodels else "irls")
    sample = r["sample"]
    X = drivers.reshape(3, -1)[:, sample].T
    y_all = lu.ravel()[sample]
    cells = valid.ravel()
    for k, c in enumerate(codes):
        y = (y_all == c).astype(int)
        m = sk.LogisticRegression(penalty=None, solver="newton-cholesky", tol=1e-12,
                                  max_iter=1000).fit(X, y)
        ref = np.concatenate([m.intercept_, m.coef_[0]])
        got = r["models"][k]["beta_raw"]
        np.testing.assert_allclose(got, ref, rtol=1e-6, atol=1e-8)
        p_ref = m.predict_proba(drivers.reshape(3, -1)[:, cells].T)[:, 1]
        np.testing.assert_allclose(r["prob"][k].ravel()[cells], p_ref, rtol=1e-5, atol=1e-7)
        auc_ref = roc_auc_score(lu.ravel()[cells] == c, p_ref)
        assert abs(r["models"][k]["auc_map"] - auc_ref) < 1e-6
        assert abs(r["models"][k]["auc_sample"] - roc_auc_score(y, m.decision_function(X))) \
            < 1e-6
        rows = [row for row in r["coef"] if row[0] == c]
        assert [row[1] for row in rows] == ["intercept", "driver_1", "driver_2", "driver_3"]
        np.testing.assert_allclose([row[6] for row in rows], np.exp(ref), rtol=1e-6)
    assert np.isnan(r["prob"][0][0, 0])  # nodata stays nodata


def test_fallback_irls_equals_statsmodels():
    sm = pytest.importorskip("statsmodels.api")
    rng = np.random.default_rng(2)
    X = rng.standard_normal((3000, 4))
    y = (X @ [1.0, -0.5, 0.2, 0.0] + 0.3 + rng.logistic(size=3000) > 0).astype(float)
    own = fit_logit(X, y, use_statsmodels=False)
    assert own["backend"] == "irls"
    ref = sm.Logit(y, sm.add_constant(X)).fit(disp=0, method="newton", tol=1e-12)
    np.testing.assert_allclose(own["beta"], ref.params, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(own["se"], ref.bse, rtol=1e-9)
    np.testing.assert_allclose(own["p"], ref.pvalues, rtol=1e-6, atol=1e-300)
    np.testing.assert_allclose(own["llf"], ref.llf, rtol=1e-12)
    np.testing.assert_allclose(1 - own["llf"] / own["llnull"], ref.prsquared, rtol=1e-9)
    via_sm = fit_logit(X, y)
    assert via_sm["backend"] == "statsmodels"
    np.testing.assert_allclose(via_sm["beta"], own["beta"], rtol=1e-9)


def test_raw_unit_standard_errors_equal_statsmodels_on_raw_drivers():
    sm = pytest.importorskip("statsmodels.api")
    lu, valid, drivers = _data(seed=4)
    r = fit_suitability(lu, valid, [10, 20, 30], drivers, n_per_class=500, seed=1,
                        prior_correction=False)
    X = drivers.reshape(3, -1)[:, r["sample"]].T
    y = (lu.ravel()[r["sample"]] == 20).astype(float)
    ref = sm.Logit(y, sm.add_constant(X)).fit(disp=0, method="newton", tol=1e-12)
    rows = [row for row in r["coef"] if row[0] == 20]
    np.testing.assert_allclose([row[2] for row in rows], ref.params, rtol=1e-6)
    np.testing.assert_allclose([row[3] for row in rows], ref.bse, rtol=1e-6)
    np.testing.assert_allclose([row[5] for row in rows], ref.pvalues, rtol=1e-5, atol=1e-200)


def test_prior_correction_moves_only_the_intercept():
    lu, valid, drivers = _data(seed=1)
    a = fit_suitability(lu, valid, [10, 20, 30], drivers, 300, 3, prior_correction=False)
    b = fit_suitability(lu, valid, [10, 20, 30], drivers, 300, 3, prior_correction=True)
    for k, c in enumerate([10, 20, 30]):
        pi = (lu[valid] == c).mean()
        ybar = a["models"][k]["n_presence"] / a["models"][k]["n_sample"]
        shift = np.log(pi / (1 - pi)) - np.log(ybar / (1 - ybar))
        ba, bb = a["models"][k]["beta_raw"], b["models"][k]["beta_raw"]
        np.testing.assert_allclose(bb[0] - ba[0], shift, rtol=1e-12)
        np.testing.assert_allclose(bb[1:], ba[1:], rtol=1e-12)
        assert abs(a["models"][k]["auc_map"] - b["models"][k]["auc_map"]) < 1e-9


def test_auc_with_ties_equals_scikit_learn():
    roc_auc_score = pytest.importorskip("sklearn.metrics").roc_auc_score
    rng = np.random.default_rng(0)
    s = rng.integers(0, 5, 500).astype(float)
    y = rng.random(500) < 0.3
    assert abs(auc(s, y) - roc_auc_score(y, s)) < 1e-12


def test_vif_equals_regression_r2():
    rng = np.random.default_rng(1)
    X = rng.standard_normal((400, 4))
    X[:, 3] = X[:, 0] + 0.3 * X[:, 1] + 0.2 * rng.standard_normal(400)
    v = vif(X)
    for j in range(4):
        others = np.column_stack([np.ones(400), np.delete(X, j, axis=1)])
        coef, *_ = np.linalg.lstsq(others, X[:, j], rcond=None)
        resid = X[:, j] - others @ coef
        r2 = 1 - resid.var() / X[:, j].var()
        assert abs(v[j] - 1 / (1 - r2)) < 1e-8 * v[j]
    assert v[3] > 10


def test_sample_is_stratified_and_seeded():
    idx = np.repeat([0, 1, 2], [5000, 300, 50]).reshape(1, -1)
    valid = np.ones(idx.shape, bool)
    s1 = stratified_sample(idx, valid, 3, 200, 7)
    s2 = stratified_sample(idx, valid, 3, 200, 7)
    np.testing.assert_array_equal(s1, s2)
    np.testing.assert_array_equal(np.bincount(idx.ravel()[s1]), [200, 200, 50])


def test_bad_input_messages():
    lu, valid, drivers = _data()
    with pytest.raises(InputError, match="99"):
        fit_suitability(lu, valid, [10, 99], drivers)
    d = drivers.copy()
    d[1] = 5.0
    with pytest.raises(InputError, match="constant"):
        fit_suitability(lu, valid, [10, 20], d)
    d = np.concatenate([drivers, (drivers[0] + drivers[1])[None]])
    with pytest.raises(InputError, match="linearly dependent|separated|failed"):
        fit_suitability(lu, valid, [10, 20], d)
