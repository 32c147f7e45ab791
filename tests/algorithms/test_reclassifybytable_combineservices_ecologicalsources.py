"""The first algorithms, run through processing.run as a user would."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.helpers import read_tif, smooth_field, write_tif


def test_provider_lists_every_algorithm(provider):
    from ecoecon.provider.provider import algorithm_classes
    ids = {a.id() for a in provider.algorithms()}
    expected = {"ecoecon:" + c.NAME for c in algorithm_classes()}
    assert {"ecoecon:reclassifybytable", "ecoecon:combineservices",
            "ecoecon:ecologicalsources"} <= expected
    assert expected <= ids
    for alg in provider.algorithms():
        assert alg.name() == alg.name().lower() and " " not in alg.name()
        assert alg.displayName() and alg.group() and alg.groupId()
        if alg.id().startswith("ecoecon:") and not hasattr(alg, "childAlgorithms"):
            assert len(alg.shortHelpString()) > 80, alg.id()


def test_reclassify_ranges_matrix(tmp_path, run):
    a = np.array([[0, 1, 2], [3, 4, -9999]], dtype=np.float32)
    src = write_tif(tmp_path / "a.tif", a, nodata=-9999)
    res = run("ecoecon:reclassifybytable", {
        "INPUT": src, "RULES": ["", 1, 10, 1, 3, 20, 3, "", 30],
        "OUTPUT": str(tmp_path / "o.tif")})
    out, nd, gt, wkt = read_tif(res["OUTPUT"])
    np.testing.assert_array_equal(out[0], [10, 10, 20])
    np.testing.assert_array_equal(out[1, :2], [20, 30])
    assert np.isnan(out[1, 2])  # nodata stays nodata
    assert "32650" in wkt or "UTM zone 50N" in wkt


def test_reclassify_class_map_table_and_missing_code(tmp_path, run):
    lu = np.array([[1, 2], [3, 2]], dtype=np.int32)
    src = write_tif(tmp_path / "lu.tif", lu)
    (tmp_path / "t.csv").write_text("Code,resist\n1,5\n2,50\n3,100\n")
    res = run("ecoecon:reclassifybytable", {
        "INPUT": src, "TABLE": str(tmp_path / "t.csv"), "CODE_FIELD": "Code",
        "VALUE_FIELD": "resist", "OUTPUT": str(tmp_path / "o.tif")})
    out = read_tif(res["OUTPUT"])[0]
    np.testing.assert_array_equal(out, [[5, 50], [100, 50]])
    (tmp_path / "t2.csv").write_text("Code,resist\n1,5\n2,50\n")
    with pytest.raises(QgsProcessingException, match="3"):
        run("ecoecon:reclassifybytable", {
            "INPUT": src, "TABLE": str(tmp_path / "t2.csv"), "CODE_FIELD": "Code",
            "VALUE_FIELD": "resist", "OUTPUT": str(tmp_path / "o2.tif")})
    assert not (tmp_path / "o2.tif").exists()  # nothing written half-way


def _services(tmp_path, shape=(60, 50)):
    paths = []
    for i in range(3):
        f = smooth_field(shape, seed=10 + i) * (i + 1) * 100
        f[0, 0] = -1  # nodata in one corner of each
        paths.append(write_tif(tmp_path / ("s%d.tif" % i), f.astype(np.float32), nodata=-1,
                               cell=250.0))
    return paths


def test_combine_services_weighted_sum_and_breaks(tmp_path, run):
    mapclassify = pytest.importorskip("mapclassify")
    paths = _services(tmp_path, (30, 20))
    res = run("ecoecon:combineservices", {
        "INPUTS": paths, "WEIGHTS": "0.5, 0.3, 0.2", "N_CLASSES": 4,
        "OUTPUT": str(tmp_path / "c.tif"), "CLASSES": str(tmp_path / "k.tif"),
        "BREAKS": str(tmp_path / "b.csv")})
    comp = read_tif(res["OUTPUT"])[0]
    # independent recomputation of the normalised weighted sum
    arrs = [read_tif(p)[0] for p in paths]
    valid = np.all([np.isfinite(a) for a in arrs], axis=0)
    exp = np.zeros(valid.shape)
    for w, a in zip([0.5, 0.3, 0.2], arrs):
        v = a[valid]
        exp[valid] += w * (v - v.min()) / (v.max() - v.min())
    np.testing.assert_allclose(comp[valid], exp[valid], rtol=1e-6, atol=1e-6)
    assert np.isnan(comp[0, 0])
    # classes are the natural breaks of the composite (mapclassify, an independent Jenks)
    k = read_tif(res["CLASSES"])[0]
    bins = mapclassify.FisherJenks(comp[valid].astype(np.float64), k=4).bins
    ref = np.searchsorted(bins, comp[valid].astype(np.float64), side="left") + 1
    agree = (k[valid] == np.minimum(ref, 4)).mean()
    assert agree > 0.995  # float32 storage may move a value sitting exactly on a break
    table = QgsVectorLayer(res["BREAKS"], "b", "ogr")
    rows = [f.attributes() for f in table.getFeatures()]
    assert [int(r[0]) for r in rows] == [1, 2, 3, 4]
    assert rows[3][1] == "extremely important"
    assert sum(int(r[4]) for r in rows) == valid.sum()


def test_combine_services_bad_weights(tmp_path, run):
    paths = _services(tmp_path, (10, 10))
    with pytest.raises(QgsProcessingException, match="3 rasters"):
        run("ecoecon:combineservices", {"INPUTS": paths, "WEIGHTS": "0.5,0.5",
                                        "OUTPUT": "TEMPORARY_OUTPUT",
                                        "CLASSES": "TEMPORARY_OUTPUT",
                                        "BREAKS": "TEMPORARY_OUTPUT"})


def test_combine_services_all_nodata_is_an_error(tmp_path, run):
    p = write_tif(tmp_path / "nd.tif", np.full((5, 5), -1, np.float32), nodata=-1)
    with pytest.raises(QgsProcessingException, match="only nodata"):
        run("ecoecon:combineservices", {"INPUTS": [p], "OUTPUT": "TEMPORARY_OUTPUT",
                                        "CLASSES": "TEMPORARY_OUTPUT",
                                        "BREAKS": "TEMPORARY_OUTPUT"})


def test_ecological_sources(tmp_path, run):
    cls = np.ones((40, 40), np.int32)
    cls[2:12, 2:12] = 4      # 100 cells × 0.0625 km² = 6.25 km²
    cls[20:38, 20:38] = 4    # 324 cells = 20.25 km²
    cls[15, 15] = 4
    cls[39, 0] = -1
    src = write_tif(tmp_path / "cls.tif", cls, nodata=-1, cell=250.0)
    res = run("ecoecon:ecologicalsources", {
        "INPUT": src, "CLASSES": "4", "MIN_AREA": 5.0, "OUTPUT": str(tmp_path / "p.tif"),
        "POLYGONS": str(tmp_path / "p.gpkg")})
    assert res["N_SOURCES"] == 2
    assert res["TOTAL_AREA"] == pytest.approx(26.5)
    ids = read_tif(res["OUTPUT"])[0]
    assert ids[30, 30] == 1 and ids[5, 5] == 2 and ids[15, 15] == 0 and np.isnan(ids[39, 0])
    lyr = QgsVectorLayer(res["POLYGONS"], "p", "ogr")
    feats = {f["id"]: f for f in lyr.getFeatures()}
    assert feats[1]["area_km2"] == pytest.approx(20.25)
    assert feats[1].geometry().area() == pytest.approx(20.25e6)
    with pytest.raises(QgsProcessingException, match="largest is 20.25"):
        run("ecoecon:ecologicalsources", {"INPUT": src, "MIN_AREA": 50.0,
                                          "OUTPUT": "TEMPORARY_OUTPUT",
                                          "POLYGONS": "TEMPORARY_OUTPUT"})


def test_sources_refuse_geographic_crs(tmp_path, run):
    cls = np.full((5, 5), 4, np.int32)
    src = write_tif(tmp_path / "geo.tif", cls, cell=0.01, origin=(110.0, 30.0), epsg=4326)
    with pytest.raises(QgsProcessingException, match="[Rr]eproject"):
        run("ecoecon:ecologicalsources", {"INPUT": src, "MIN_AREA": 0.0,
                                          "OUTPUT": "TEMPORARY_OUTPUT",
                                          "POLYGONS": "TEMPORARY_OUTPUT"})


def test_alignment_of_secondary_raster(tmp_path, run):
    """A secondary raster on another grid is warped onto the first one (bilinear)."""
    a = np.arange(100, dtype=np.float32).reshape(10, 10)
    p1 = write_tif(tmp_path / "a.tif", a, cell=100.0)
    fine = np.kron(a, np.ones((2, 2), np.float32))  # same values at 50 m
    p2 = write_tif(tmp_path / "b.tif", fine, cell=50.0)
    res = run("ecoecon:combineservices", {"INPUTS": [p1, p2], "N_CLASSES": 2,
                                          "OUTPUT": str(tmp_path / "c.tif"),
                                          "CLASSES": "TEMPORARY_OUTPUT",
                                          "BREAKS": "TEMPORARY_OUTPUT"})
    comp, _, gt, _ = read_tif(res["OUTPUT"])
    assert comp.shape == (10, 10) and gt[1] == 100.0
    np.testing.assert_allclose(comp, (a - a.min()) / (a.max() - a.min()), atol=1e-6)


def test_sources_with_corner_touching_cells_are_valid_polygons(tmp_path, run):
    """8-connected patches touch at cell corners; their polygons must still be valid (GEOS),
    or the next algorithm refuses them."""
    cls = np.ones((12, 12), np.int32)
    cls[2:6, 2:6] = 4
    cls[6, 6] = cls[7, 7] = cls[7, 5] = 4          # a chain of corner-touching cells
    cls[3, 3] = 1                                   # a hole whose ring meets the outer ring
    cls[8:10, 8:10] = 4
    cls[8, 9] = 1
    src = write_tif(tmp_path / "cls.tif", cls, cell=250.0)
    res = run("ecoecon:ecologicalsources", {"INPUT": src, "MIN_AREA": 0.0,
                                            "OUTPUT": "TEMPORARY_OUTPUT",
                                            "POLYGONS": str(tmp_path / "p.gpkg")})
    lyr = QgsVectorLayer(res["POLYGONS"], "p", "ogr")
    feats = list(lyr.getFeatures())
    assert len(feats) == res["N_SOURCES"]
    for f in feats:
        assert f.geometry().isGeosValid(), f.geometry().asWkt()
        assert f.geometry().area() == pytest.approx(f["cells"] * 62500.0)
