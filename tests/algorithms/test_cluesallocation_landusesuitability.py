"""Land-use suitability and CLUE-S allocation through processing.run, as a user runs them."""
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer
from scipy import ndimage

from tests.helpers import read_tif, write_tif


def _bands(path):
    ds = gdal.Open(str(path))
    out = []
    for b in range(1, ds.RasterCount + 1):
        band = ds.GetRasterBand(b)
        a = band.ReadAsArray().astype(np.float64)
        nd = band.GetNoDataValue()
        if nd is not None:
            a[a == nd] = np.nan
        out.append((band.GetDescription(), a))
    return out


def _table(dest):
    layer = dest if isinstance(dest, QgsVectorLayer) else QgsVectorLayer(dest, "t", "ogr")
    names = [f.name() for f in layer.fields()]
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def _null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def _landscape(tmp_path, shape=(40, 45), seed=0):
    rng = np.random.default_rng(seed)
    drivers = [ndimage.gaussian_filter(rng.standard_normal(shape), 3) for _ in range(3)]
    z = np.stack([(d - d.mean()) / d.std() for d in drivers])
    w = np.array([[2.0, -1.0, 0.5], [-1.5, 2.0, 0.0], [0.0, -0.5, -2.0]])
    lu = (np.argmax(np.einsum("kf,fhw->khw", w, z) + rng.gumbel(size=(3,) + shape), axis=0)
          + 1).astype(np.int32)
    lu[0, 0] = -9999
    d32 = [(d * 100 + 500).astype(np.float32) for d in drivers]
    paths = [write_tif(tmp_path / ("d%d.tif" % i), d) for i, d in enumerate(d32)]
    lu_path = write_tif(tmp_path / "lu.tif", lu, nodata=-9999)
    return lu, lu_path, paths, np.stack(d32).astype(np.float64)


def test_suitability_outputs_match_scikit_learn(tmp_path, run):
    lm = pytest.importorskip("sklearn.linear_model")
    from sklearn.metrics import roc_auc_score
    lu, lu_path, drivers, darr = _landscape(tmp_path)
    res = run("ecoecon:landusesuitability", {
        "INPUT": lu_path, "DRIVERS": drivers, "SAMPLE": 300, "SEED": 3, "PRIOR": False,
        "OUTPUT": str(tmp_path / "p.tif"), "COEFFICIENTS": "TEMPORARY_OUTPUT",
        "MODELS": "TEMPORARY_OUTPUT"})
    bands = _bands(res["OUTPUT"])
    assert [b[0] for b in bands] == ["class 1", "class 2", "class 3"]
    assert np.isnan(bands[0][1][0, 0])  # nodata stays nodata
    coef = _table(res["COEFFICIENTS"])
    models = _table(res["MODELS"])
    valid = lu != -9999
    X = darr[:, valid].T
    for k, c in enumerate([1, 2, 3]):
        rows = [r for r in coef if r["class"] == c]
        assert [r["term"] for r in rows] == ["intercept", "d0", "d1", "d2"]
        beta = np.array([r["beta"] for r in rows])
        # the model applied to the drivers gives the probability band (float32 output)
        p = 1 / (1 + np.exp(-(beta[0] + X @ beta[1:])))
        np.testing.assert_allclose(bands[k][1][valid], p, rtol=2e-6, atol=1e-7)
        auc = roc_auc_score(lu[valid] == c, p)
        assert abs(models[k]["auc_map"] - auc) < 1e-6
        assert _null(rows[0]["vif"]) and all(r["vif"] >= 1.0 for r in rows[1:])
        np.testing.assert_allclose([r["exp_beta"] for r in rows], np.exp(beta), rtol=1e-9)
    assert res["MIN_AUC"] == pytest.approx(min(m["auc_map"] for m in models))
    # an independent unpenalised fit on the same sample reproduces the coefficients
    from ecoecon.core.landuse.landusesuitability import stratified_sample
    idx = np.where(valid, lu - 1, -1)
    sample = stratified_sample(idx, valid, 3, 300, 3)
    Xs = darr.reshape(3, -1)[:, sample].T
    y = lu.ravel()[sample] == 2
    m = lm.LogisticRegression(penalty=None, solver="newton-cholesky", tol=1e-12).fit(Xs, y)
    beta2 = [r["beta"] for r in coef if r["class"] == 2]
    np.testing.assert_allclose(beta2, np.r_[m.intercept_, m.coef_[0]], rtol=1e-6)


def test_suitability_without_statsmodels_gives_the_same_table(tmp_path, run, monkeypatch):
    import sys
    lu, lu_path, drivers, _ = _landscape(tmp_path, seed=6)
    params = {"INPUT": lu_path, "DRIVERS": drivers, "SAMPLE": 300, "SEED": 2,
              "OUTPUT": str(tmp_path / "p.tif"), "COEFFICIENTS": "TEMPORARY_OUTPUT",
              "MODELS": "TEMPORARY_OUTPUT"}
    with_sm = run("ecoecon:landusesuitability", params)
    monkeypatch.setitem(sys.modules, "statsmodels", None)  # import statsmodels → ImportError
    monkeypatch.setitem(sys.modules, "statsmodels.api", None)
    without = run("ecoecon:landusesuitability", dict(params, OUTPUT=str(tmp_path / "q.tif")))
    assert {m["solver"] for m in _table(without["MODELS"])} == {"irls"}
    assert {m["solver"] for m in _table(with_sm["MODELS"])} == {"statsmodels"}
    a, b = _table(with_sm["COEFFICIENTS"]), _table(without["COEFFICIENTS"])
    for ra, rb in zip(a, b):
        assert ra["term"] == rb["term"]
        for f in ("beta", "se", "p"):
            assert rb[f] == pytest.approx(ra[f], rel=1e-8, abs=1e-300)


def _write_csv(path, header, rows):
    path.write_text("\n".join([",".join(header)] + [",".join(map(str, r)) for r in rows]) + "\n")
    return str(path)


def test_clues_chain_demand_restricted_conversion(tmp_path, run):
    lu, lu_path, drivers, _ = _landscape(tmp_path, seed=2)
    suit = run("ecoecon:landusesuitability", {
        "INPUT": lu_path, "DRIVERS": drivers, "SAMPLE": 400, "SEED": 1,
        "OUTPUT": str(tmp_path / "p.tif"), "COEFFICIENTS": "TEMPORARY_OUTPUT",
        "MODELS": "TEMPORARY_OUTPUT"})
    valid = lu != -9999
    c0 = np.array([(lu[valid] == c).sum() for c in (1, 2, 3)])
    rows = [list(c0)]
    for t in range(1, 5):
        d = c0 + np.array([30, -10, -20]) * t
        rows.append(list(d))
    demand = _write_csv(tmp_path / "demand.csv", ["V1", "V2", "V3"], rows)
    conv = _write_csv(tmp_path / "conv.csv", ["from", "c1", "c2", "c3"],
                      [[1, 1, 1, 1], [2, 1, 1, 0], [3, 1, 1, 1]])
    restr = np.zeros(lu.shape, np.int32)
    restr[10:20, 5:30] = 1
    restr_path = write_tif(tmp_path / "restr.tif", restr)
    # a second mask (say, corridors), with nodata that must not restrict anything
    corr = np.zeros(lu.shape, np.int32)
    corr[30:33, :] = 3
    corr[0:5, :] = -1
    corr_path = write_tif(tmp_path / "corr.tif", corr, nodata=-1)
    restr = (restr > 0) | (corr > 0)
    res = run("ecoecon:cluesallocation", {
        "INITIAL": lu_path, "START_YEAR": 2020, "DEMAND": demand,
        "SUITABILITY": [suit["OUTPUT"]], "ELASTICITY": "0.3, 0.2, 0.5", "CONVERSION": conv,
        "RESTRICTED": [restr_path, corr_path], "TOL_MODE": 1, "TOL_MEAN": 0, "TOL_MAX": 0,
        "OUTPUT": str(tmp_path / "sim.tif"), "FINAL": str(tmp_path / "final.tif"),
        "LOG": "TEMPORARY_OUTPUT", "DEVIATION": "TEMPORARY_OUTPUT"})
    bands = _bands(res["OUTPUT"])
    assert [b[0] for b in bands] == ["2021", "2022", "2023", "2024"]
    assert res["N_YEARS"] == 4 and res["MAX_DEVIATION"] == 0
    prev = lu
    for t, (_, m) in enumerate(bands):
        assert np.isnan(m[0, 0])
        counts = [(m[valid] == c).sum() for c in (1, 2, 3)]
        assert counts == rows[t + 1]  # demand met exactly (tolerance 0 cells)
        r = restr & valid
        assert np.all(m[r] == lu[r])
        assert not np.any(valid & (prev == 2) & (m == 3))  # forbidden conversion
        prev = m
    final = read_tif(res["FINAL"])[0]
    np.testing.assert_array_equal(final[valid], bands[-1][1][valid])
    dev = _table(res["DEVIATION"])
    assert len(dev) == 12 and all(r["deviation"] == 0 for r in dev)
    assert [r["demand"] for r in dev if r["year"] == 2024] == rows[-1]
    log = _table(res["LOG"])
    assert {r["year"] for r in log} == {2021, 2022, 2023, 2024}
    assert all("iter_3" in r for r in log)


def test_clues_typed_demand_interpolated_in_km2_and_neighbourhood(tmp_path, run):
    lu, lu_path, drivers, _ = _landscape(tmp_path, seed=3)
    s = [write_tif(tmp_path / ("s%d.tif" % k),
                   ndimage.gaussian_filter(np.random.default_rng(k).random(lu.shape), 2)
                   .astype(np.float32)) for k in range(3)]
    valid = lu != -9999
    c0 = np.array([(lu[valid] == c).sum() for c in (1, 2, 3)])
    end = c0 + np.array([40, 0, -40])
    km2 = 100.0 * 100.0 / 1e6  # 100 m cells
    matrix = []
    for c, v in zip((1, 2, 3), end):
        matrix += [2024, c, v * km2]
    res = run("ecoecon:cluesallocation", {
        "INITIAL": lu_path, "START_YEAR": 2020, "DEMAND_MATRIX": matrix, "UNIT": 2,
        "SUITABILITY": s, "ELASTICITY": "0.1,0.1,0.1", "NEIGHBOURHOOD": True,
        "NB_WEIGHT": "0.5", "TOL_MEAN": 0.1, "TOL_MAX": 0.1,
        "OUTPUT": str(tmp_path / "sim.tif"), "FINAL": str(tmp_path / "final.tif"),
        "LOG": "TEMPORARY_OUTPUT", "DEVIATION": "TEMPORARY_OUTPUT"})
    bands = _bands(res["OUTPUT"])
    assert len(bands) == 4
    dev = _table(res["DEVIATION"])
    for r in dev:  # linear interpolation 2020 → 2024
        k = r["class"] - 1
        t = r["year"] - 2020
        assert abs(r["demand"] - (c0[k] + (end[k] - c0[k]) * t / 4)) <= 1
        assert abs(r["deviation_pct"]) <= 0.1


def test_clues_infeasible_names_class_and_writes_nothing(tmp_path, run):
    lu, lu_path, drivers, _ = _landscape(tmp_path, seed=4)
    valid = lu != -9999
    c0 = [(lu[valid] == c).sum() for c in (1, 2, 3)]
    s = [write_tif(tmp_path / ("s%d.tif" % k), np.full(lu.shape, 0.5, np.float32))
         for k in range(3)]
    # class 3 may be reached from nowhere, but its demand grows
    demand = _write_csv(tmp_path / "d.csv", ["year", "c1", "c2", "c3"],
                        [[2021, c0[0] - 5, c0[1] - 5, c0[2] + 10]])
    conv = _write_csv(tmp_path / "conv.csv", ["from", "to_1", "to_2", "to_3"],
                      [[1, 1, 1, 0], [2, 1, 1, 0], [3, 1, 1, 1]])
    params = {"INITIAL": lu_path, "START_YEAR": 2020, "DEMAND": demand, "SUITABILITY": s,
              "CONVERSION": conv, "OUTPUT": str(tmp_path / "sim.tif"),
              "FINAL": str(tmp_path / "final.tif"), "LOG": "TEMPORARY_OUTPUT",
              "DEVIATION": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="class 3.*forbids"):
        run("ecoecon:cluesallocation", params)
    assert not (tmp_path / "sim.tif").exists() and not (tmp_path / "final.tif").exists()
    # a class of the map missing from the demand is named
    demand2 = _write_csv(tmp_path / "d2.csv", ["year", "c1", "c2"], [[2021, 10, 10]])
    with pytest.raises(QgsProcessingException, match="class\\(es\\) 3"):
        run("ecoecon:cluesallocation", dict(params, DEMAND=demand2, CONVERSION=None))
    # one suitability surface too few
    with pytest.raises(QgsProcessingException, match="one suitability surface per class"):
        run("ecoecon:cluesallocation", dict(params, SUITABILITY=s[:2], CONVERSION=None))


def test_clues_reads_the_land_use_structure_table(tmp_path, run):
    """The LP's output (code, name, current_km2, optimal_km2; no year) as the demand of a target
    year, interpolated yearly from the initial map."""
    lu, lu_path, drivers, _ = _landscape(tmp_path, seed=5)
    valid = lu != -9999
    c0 = np.array([(lu[valid] == c).sum() for c in (1, 2, 3)])
    end = c0 + np.array([-30, 50, -20])
    km2 = 0.01
    lp = _write_csv(tmp_path / "lp.csv", ["code", "name", "current_km2", "optimal_km2"],
                    [[c, "n%d" % c, a * km2, b * km2] for c, a, b in zip((1, 2, 3), c0, end)])
    s = [write_tif(tmp_path / ("s%d.tif" % k),
                   np.random.default_rng(k).random(lu.shape).astype(np.float32))
         for k in range(3)]
    res = run("ecoecon:cluesallocation", {
        "INITIAL": lu_path, "START_YEAR": 2020, "DEMAND": lp, "VALUE_FIELD": "optimal_km2",
        "TARGET_YEAR": 2025, "UNIT": 2, "SUITABILITY": s, "TOL_MODE": 1, "TOL_MEAN": 0,
        "TOL_MAX": 0, "OUTPUT": str(tmp_path / "sim.tif"),
        "FINAL": str(tmp_path / "final.tif"), "LOG": "TEMPORARY_OUTPUT",
        "DEVIATION": "TEMPORARY_OUTPUT"})
    assert res["N_YEARS"] == 5
    final = read_tif(res["FINAL"])[0]
    assert [(final[valid] == c).sum() for c in (1, 2, 3)] == list(end)
