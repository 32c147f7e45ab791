"""ecoecon:ahpweights and ecoecon:resistancesurface through processing.run."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.helpers import read_tif, smooth_field, write_tif


def _rows(path):
    lyr = QgsVectorLayer(str(path), "t", "ogr")
    names = lyr.fields().names()
    return [dict(zip(names, f.attributes())) for f in lyr.getFeatures()]


class _Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def test_ahp_typed_matrix_classic_example(tmp_path, run):
    res = run("ecoecon:ahpweights", {"FACTORS": "a, b, c",
                                     "MATRIX": "1 3 5\n1/3 1 3\n1/5 1/3 1",
                                     "OUTPUT": str(tmp_path / "w.gpkg")})
    # published: 0.637, 0.258, 0.105, λmax 3.039, CR 0.033
    assert res["LAMBDA_MAX"] == pytest.approx(3.039, abs=5e-4)
    assert res["CR"] == pytest.approx(0.033, abs=5e-4) and res["CONSISTENT"] == 1
    rows = _rows(res["OUTPUT"])
    assert [r["factor"] for r in rows] == ["a", "b", "c"]
    np.testing.assert_allclose([r["weight"] for r in rows], [0.637, 0.258, 0.105], atol=5e-4)
    assert [r["rank"] for r in rows] == [1, 2, 3]


def test_ahp_table_input_and_inconsistency_warning(tmp_path, run):
    (tmp_path / "m.csv").write_text("name,a,b,c\nx,1,9,1/9\ny,1/9,1,9\nz,9,1/9,1\n")
    fb = _Warnings()
    res = run("ecoecon:ahpweights", {"TABLE": str(tmp_path / "m.csv"),
                                     "FACTOR_FIELD": "name",
                                     "OUTPUT": str(tmp_path / "w.gpkg")}, fb)
    assert res["CR"] >= 0.1 and res["CONSISTENT"] == 0
    assert any("CR" in w and "inconsistent" in w for w in fb.warnings)
    assert [r["factor"] for r in _rows(res["OUTPUT"])] == ["x", "y", "z"]


def test_ahp_bad_matrix(tmp_path, run):
    with pytest.raises(QgsProcessingException, match="reciprocal"):
        run("ecoecon:ahpweights", {"MATRIX": "1 3; 3 1", "OUTPUT": str(tmp_path / "w.gpkg")})


def _factors(tmp_path):
    shape = (40, 30)
    lu = (np.arange(shape[0] * shape[1]).reshape(shape) % 4 + 1).astype(np.int32)
    lu[0, 0] = -1
    slope = (smooth_field(shape, 1) * 45).astype(np.float32)
    elev = (smooth_field(shape, 2) * 2000 + 100).astype(np.float32)
    serv = smooth_field(shape, 3).astype(np.float32)
    return (lu, slope, elev, serv,
            write_tif(tmp_path / "lu.tif", lu, nodata=-1),
            write_tif(tmp_path / "slope.tif", slope),
            write_tif(tmp_path / "elev.tif", elev),
            write_tif(tmp_path / "serv.tif", serv))


def _classes(x, breaks, values):
    # independent reclassification: loop over the classes with explicit comparisons
    out = np.full(x.shape, np.nan)
    lo = -np.inf
    for b, v in zip(list(breaks) + [np.inf], values):
        out[(x > lo) & (x <= b)] = v
        lo = b
    return out


def test_resistance_surface_paper_defaults_and_ahp_table(tmp_path, run):
    lu, slope, elev, serv, plu, psl, pel, pse = _factors(tmp_path)
    (tmp_path / "lu.csv").write_text("code,resistance\n1,5\n2,15\n3,50\n4,100\n")
    params = {"LANDUSE": plu, "LANDUSE_TABLE": str(tmp_path / "lu.csv"), "SLOPE": psl,
              "ELEVATION": pel, "ELEVATION_BREAKS": "500, 1000, 1500, 1800",
              "SERVICE": pse, "SERVICE_BREAKS": "0.2, 0.4, 0.6, 0.8",
              "OUTPUT": str(tmp_path / "r.tif")}
    res = run("ecoecon:resistancesurface", params)
    out = read_tif(res["OUTPUT"])[0]
    r_lu = np.vectorize({1: 5, 2: 15, 3: 50, 4: 100}.get)(np.where(lu > 0, lu, 1)).astype(float)
    r_sl = _classes(slope.astype(float), [5, 15, 25, 35], [5, 15, 50, 75, 100])
    r_el = _classes(elev.astype(float), [500, 1000, 1500, 1800], [5, 15, 50, 75, 100])
    r_se = _classes(serv.astype(float), [0.2, 0.4, 0.6, 0.8], [100, 75, 50, 15, 5])
    exp = 0.45 * r_lu + 0.10 * r_sl + 0.12 * r_el + 0.33 * r_se
    assert np.isnan(out[0, 0])  # nodata in land use stays nodata
    np.testing.assert_allclose(out[1:], exp[1:], rtol=1e-6)
    # the same weights through an AHP table, rows in another order, matched by name
    (tmp_path / "w.csv").write_text(
        "factor,weight\nslope,0.10\nland use,0.45\nservice,0.33\nelevation,0.12\n")
    params2 = dict(params, WEIGHTS="", AHP_TABLE=str(tmp_path / "w.csv"),
                   OUTPUT=str(tmp_path / "r2.tif"))
    out2 = read_tif(run("ecoecon:resistancesurface", params2)["OUTPUT"])[0]
    np.testing.assert_allclose(out2[1:], exp[1:], rtol=1e-6)


def test_resistance_missing_landuse_code_is_named(tmp_path, run):
    lu, slope, elev, serv, plu, psl, pel, pse = _factors(tmp_path)
    with pytest.raises(QgsProcessingException, match=r"\b4\b"):
        run("ecoecon:resistancesurface", {"LANDUSE": plu, "LANDUSE_MAP": "1:5, 2:15, 3:50",
                                          "WEIGHTS": "1", "OUTPUT": str(tmp_path / "r.tif")})
    assert not (tmp_path / "r.tif").exists()


def test_resistance_natural_breaks_single_factor(tmp_path, run):
    pytest.importorskip("jenkspy")
    lu, slope, elev, serv, plu, psl, pel, pse = _factors(tmp_path)
    res = run("ecoecon:resistancesurface", {"ELEVATION": pel, "WEIGHTS": "0.45, 0.10, 0.12, "
                                            "0.33", "OUTPUT": str(tmp_path / "r.tif")})
    out = read_tif(res["OUTPUT"])[0]
    assert set(np.unique(out)) == {5, 15, 50, 75, 100}
    # higher elevation never gets a lower resistance
    order = np.argsort(elev.ravel())
    assert np.all(np.diff(out.ravel()[order]) >= 0)


def test_ahp_table_chains_into_resistance(tmp_path, run):
    lu, slope, elev, serv, plu, psl, pel, pse = _factors(tmp_path)
    w = np.array([0.45, 0.10, 0.12, 0.33])
    matrix = "; ".join(" ".join("%.12g" % (wi / wj) for wj in w) for wi in w)
    ahp = run("ecoecon:ahpweights", {"FACTORS": "land use, slope, elevation, service",
                                     "MATRIX": matrix, "OUTPUT": str(tmp_path / "w.gpkg")})
    assert ahp["CR"] == pytest.approx(0, abs=1e-9)
    common = {"LANDUSE": plu, "LANDUSE_MAP": "1:5, 2:15, 3:50, 4:100", "SLOPE": psl,
              "ELEVATION": pel, "ELEVATION_BREAKS": "500, 1000, 1500, 1800", "SERVICE": pse,
              "SERVICE_BREAKS": "0.2, 0.4, 0.6, 0.8"}
    a = read_tif(run("ecoecon:resistancesurface", dict(
        common, WEIGHTS="", AHP_TABLE=ahp["OUTPUT"], OUTPUT=str(tmp_path / "a.tif")))["OUTPUT"])[0]
    b = read_tif(run("ecoecon:resistancesurface", dict(
        common, OUTPUT=str(tmp_path / "b.tif")))["OUTPUT"])[0]  # typed paper weights
    np.testing.assert_allclose(a, b, rtol=1e-6)
