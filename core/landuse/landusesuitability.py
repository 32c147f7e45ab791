"""Location suitability for CLUE-S: one binomial logistic regression per land-use class.

For class u: log(P/(1 − P)) = β₀ + Σ_f β_f·X_f, fitted by maximum likelihood on a seeded cell
sample, y = 1 where the cell is of class u. The sample is stratified by class (up to ``n`` cells
drawn at random from every class) so rare classes are represented. Because such a sample
over-represents rare classes, the intercept can be corrected to the class's share of the map
(prior correction, King & Zeng 2001: β₀ + ln(π/(1−π)) − ln(ȳ/(1−ȳ)), π the share in the map, ȳ
in the sample); slopes, standard errors of the slopes and the AUC are not affected.

Drivers are standardised (z-scores over the sample) for a well-conditioned fit; the
coefficients are reported in the drivers' own units (β_f = β*_f / s_f, β₀ = β*₀ − Σ β*_f·m_f/s_f,
covariance transformed with the same linear map) and standardised (β*, per standard deviation).

Fit: statsmodels' ``Logit`` (Newton–Raphson) when statsmodels is installed; otherwise the same
maximum-likelihood estimate by iteratively reweighted least squares (Newton's method on the
log-likelihood), with standard errors from the inverse Fisher information — the two agree to
the solvers' tolerance (the tests check it).

ROC AUC = (R₁ − n₁(n₁+1)/2)/(n₁·n₀), R₁ the sum of the ranks of the presence cells (ties
get mean ranks), over every valid cell of the map and over the sample. VIF_f = 1/(1 − R²_f),
R²_f of driver f regressed on the others, = the diagonal of the inverse correlation matrix.
"""
import numpy as np
from scipy import stats

from ..errors import InputError
from ..progress import as_progress
from ..i18n import tr as _tr


#: fewest cells of a class to fit its logit; fewer events per driver than
#: EVENTS_PER_DRIVER give a warning (Peduzzi et al. 1996, J Clin Epidemiol 49:1373)
MIN_CELLS = 10
EVENTS_PER_DRIVER = 10


def stratified_sample(index_map, valid, K, n_per_class, seed):
    """Flat indices of a seeded random sample: up to ``n_per_class`` cells of every class
    (all of a class that has fewer). ``index_map`` holds class indices 0..K−1."""
    rng = np.random.default_rng(seed)
    flat = np.asarray(index_map).ravel()
    v = np.asarray(valid, bool).ravel()
    out = []
    for k in range(K):
        cells = np.flatnonzero(v & (flat == k))
        if cells.size > n_per_class:
            cells = np.sort(rng.choice(cells, int(n_per_class), replace=False))
        out.append(cells)
    return np.sort(np.concatenate(out)) if out else np.zeros(0, np.int64)


def _irls(X, y, tol=1e-10, max_iter=100):
    """Maximum-likelihood logit by Newton's method (IRLS). X includes the constant column."""
    beta = np.zeros(X.shape[1])
    ll_old = -np.inf
    for _ in range(max_iter):
        eta = X @ beta
        p = 1.0 / (1.0 + np.exp(-eta))
        w = np.clip(p * (1 - p), 1e-12, None)
        grad = X.T @ (y - p)
        H = (X * w[:, None]).T @ X
        step = np.linalg.solve(H, grad)
        beta = beta + step
        ll = float(np.sum(y * eta - np.logaddexp(0, eta)))
        if np.max(np.abs(step)) < tol or abs(ll - ll_old) < tol * 1e-3:
            break
        ll_old = ll
    eta = X @ beta
    p = 1.0 / (1.0 + np.exp(-eta))
    H = (X * (p * (1 - p))[:, None]).T @ X
    cov = np.linalg.inv(H)
    ll = float(np.sum(y * eta - np.logaddexp(0, eta)))
    return beta, cov, ll


def fit_logit(X, y, use_statsmodels=True):
    """Logit of ``y`` (0/1) on ``X`` (n, p) with an intercept → dict(beta (p+1), cov, se, z, p,
    llf, llnull, backend). Raises InputError on perfect separation or a singular design."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    Xc = np.column_stack([np.ones(len(y)), X])
    backend = "irls"
    beta = cov = llf = None
    if use_statsmodels:
        try:
            import statsmodels.api as sm
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                r = sm.Logit(y, Xc).fit(method="newton", disp=0, tol=1e-10, maxiter=100)
            beta, cov, llf = np.asarray(r.params), np.asarray(r.cov_params()), float(r.llf)
            backend = "statsmodels"
        except ImportError:
            pass
        except np.linalg.LinAlgError:
            raise InputError(_tr("The logistic regression has no finite estimate: the class is "
                             "(almost) perfectly separated by the drivers — its cells lie "
                             "entirely on one side of some driver value, as when a class was "
                             "mapped from an elevation threshold — or the drivers are linearly "
                             "dependent. Remove or coarsen the driver that defines the class."))
        except Exception as e:  # PerfectSeparationError and friends
            raise InputError(_tr("The logistic regression failed ({}). A class separated perfectly "
                             "by a driver, or a driver constant in the sample, causes this.")
                             .format(e))
    if beta is None:
        try:
            beta, cov, llf = _irls(Xc, y)
        except np.linalg.LinAlgError:
            raise InputError(_tr("The drivers are linearly dependent (a singular design); remove a "
                             "driver that is a combination of others."))
    if not np.all(np.isfinite(beta)) or np.max(np.abs(beta)) > 1e6:
        raise InputError(_tr("The logistic regression diverged: the class is separated perfectly "
                         "by the drivers in the sample."))
    se = np.sqrt(np.clip(np.diag(cov), 0, None))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, beta / np.where(se > 0, se, 1.0), np.nan)
    pval = 2.0 * stats.norm.sf(np.abs(z))
    ybar = y.mean()
    llnull = float(len(y) * (ybar * np.log(ybar) + (1 - ybar) * np.log(1 - ybar)))
    return dict(beta=beta, cov=cov, se=se, z=z, p=pval, llf=llf, llnull=llnull,
                backend=backend)


def auc(score, label):
    """ROC AUC by the rank-sum (Mann–Whitney) formula; NaN when one group is empty."""
    score = np.asarray(score, dtype=np.float64)
    label = np.asarray(label, bool)
    n1 = int(label.sum())
    n0 = label.size - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    r = stats.rankdata(score)
    return float((r[label].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))


def vif(X):
    """Variance inflation factor of every column of X (n, p); inf for an exact dependence."""
    X = np.asarray(X, dtype=np.float64)
    if X.shape[1] < 2:
        return np.ones(X.shape[1])
    C = np.corrcoef(X, rowvar=False)
    try:
        return np.diag(np.linalg.inv(C)).copy()
    except np.linalg.LinAlgError:
        return np.full(X.shape[1], np.inf)


def fit_suitability(landuse, valid, codes, drivers, n_per_class=2000, seed=1,
                    prior_correction=True, use_statsmodels=True, names=None, progress=None):
    """Fit one logit per class and predict its probability surface.

    landuse (H, W) class codes; valid (H, W) bool (cells with data in the map *and* every
    driver); codes: the K classes to model; drivers (F, H, W) float.
    Returns dict(prob (K, H, W) float32 (NaN outside ``valid``), coef: list of rows
    (class, term, beta, se, z, p, exp_beta, beta_std, vif), models: list of per-class dicts
    (class, n_sample, n_presence, auc_map, auc_sample, mcfadden_r2, backend), vif (F,)).
    """
    prog = as_progress(progress)
    landuse = np.asarray(landuse)
    valid = np.asarray(valid, bool)
    drivers = np.asarray(drivers, dtype=np.float64)
    if drivers.ndim == 2:
        drivers = drivers[None]
    F = drivers.shape[0]
    K = len(codes)
    H, W = landuse.shape
    idx = np.full((H, W), -1, dtype=np.int32)
    for k, c in enumerate(codes):
        idx[valid & (landuse == c)] = k
    warnings = []
    for k, c in enumerate(codes):
        n_k = int((idx == k).sum())
        if not n_k:
            raise InputError(_tr("Class {} does not occur in the land-use map (where all drivers "
                             "have data), so no model can be fitted for it.").format(c))
        if n_k < MIN_CELLS:
            raise InputError(
                _tr("Class {} has only {} cell(s) in the land-use map (where all drivers have "
                "data); a logistic regression needs at least {} cells of a class to estimate "
                "{} coefficients (with fewer, the estimates run off to infinity). Merge the "
                "class with a similar one or leave it out of the classes to model.").format(
                    c, n_k, MIN_CELLS, F + 1))
        if n_k < EVENTS_PER_DRIVER * F:
            warnings.append(
                _tr("Class {} has only {} cells for {} drivers (fewer than {} per driver, Peduzzi "
                "et al. 1996): its coefficients are uncertain; read their standard errors "
                "before using them.").format(c, n_k, F, EVENTS_PER_DRIVER))
    sample = stratified_sample(idx, valid & (idx >= 0), K, n_per_class, seed)
    Xs = drivers.reshape(F, -1)[:, sample].T
    m = Xs.mean(axis=0)
    s = Xs.std(axis=0)
    const = np.flatnonzero(s == 0)
    if const.size:
        raise InputError(_tr("Driver(s) {} are constant over the sample; remove them.").format(
            ", ".join(str(names[i]) if names is not None else str(i + 1) for i in const)))
    Z = (Xs - m) / s
    v = vif(Xs)
    if np.linalg.matrix_rank(np.column_stack([np.ones(len(Z)), Z])) < F + 1:
        worst = np.flatnonzero(~np.isfinite(v) | (v > 1e8))
        raise InputError(_tr("The drivers are linearly dependent (a singular design){}: remove a "
                         "driver that is a combination of others (for example one dummy of a "
                         "set that sums to one).").format(
                             ": drivers " + ", ".join(
                                 str(names[i]) if names is not None else str(i + 1)
                                 for i in worst)
                             if worst.size else ""))
    ys = idx.ravel()[sample]
    # linear map standardised → raw coefficients: beta_raw = T @ beta_std
    T = np.eye(F + 1)
    T[0, 1:] = -m / s
    T[1:, 1:] = np.diag(1.0 / s)
    vflat = valid.ravel()
    cells = np.flatnonzero(vflat)
    Xall = drivers.reshape(F, -1)[:, cells]
    prob = np.full((K, H * W), np.nan, dtype=np.float32)
    coef_rows, models = [], []
    for k, c in enumerate(codes):
        y = (ys == k).astype(np.float64)
        if y.min() == y.max():
            raise InputError(_tr("The sample holds only class {} or none of it; the land-use map "
                             "needs at least two classes.").format(c))
        try:
            fit = fit_logit(Z, y, use_statsmodels)
        except InputError as e:
            raise InputError(_tr("Class {}: {}").format(c, e))
        b_std = fit["beta"]
        b_raw = T @ b_std
        cov_raw = T @ fit["cov"] @ T.T
        se_raw = np.sqrt(np.clip(np.diag(cov_raw), 0, None))
        if prior_correction:
            share = (idx == k).sum() / float((idx >= 0).sum())
            ybar = y.mean()
            if 0 < share < 1:
                b_raw[0] += np.log(share / (1 - share)) - np.log(ybar / (1 - ybar))
        with np.errstate(divide="ignore", invalid="ignore"):
            z_raw = np.where(se_raw > 0, b_raw / np.where(se_raw > 0, se_raw, 1.0), np.nan)
        p_raw = 2.0 * stats.norm.sf(np.abs(z_raw))
        eta = b_raw[0] + b_raw[1:] @ Xall
        p = 1.0 / (1.0 + np.exp(-eta))
        prob[k, cells] = p
        terms = ["intercept"] + (list(names) if names is not None
                                 else ["driver_%d" % (f + 1) for f in range(F)])
        # quasi-complete separation: a driver (nearly) rules the class out in the sample
        sep = [terms[j + 1] for j in range(F)
               if not (se_raw[j + 1] > 0) or abs(b_std[j + 1]) > 10
               or fit["se"][j + 1] > 100]
        for j, term in enumerate(terms):
            coef_rows.append((c, term, float(b_raw[j]), float(se_raw[j]), float(z_raw[j]),
                              float(p_raw[j]), float(np.exp(b_raw[j])),
                              float(b_std[j]), None if j == 0 else float(v[j - 1])))
        label_all = idx.ravel()[cells] == k
        eta_s = np.column_stack([np.ones(len(y)), Z]) @ b_std
        models.append(dict(
            code=c, n_sample=int(len(y)), n_presence=int(y.sum()),
            auc_map=auc(p, label_all), auc_sample=auc(eta_s, y.astype(bool)),
            mcfadden_r2=1.0 - fit["llf"] / fit["llnull"], backend=fit["backend"],
            separated=sep,
            beta_std=b_std, beta_raw=b_raw, se_raw=se_raw))
        prog((k + 1) / K)
    return dict(prob=prob.reshape(K, H, W), coef=coef_rows, models=models, vif=v,
                sample=sample, mean=m, std=s, warnings=warnings)
