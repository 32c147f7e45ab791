"""ecosystemservicevalue, landusestructure, landuseaccuracy and landscapemetrics through
processing.run, against FRAGSTATS 4.2, MOLUSCE's published cross-tabulation, scikit-learn,
an independent linprog and hand-worked values."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from scipy.optimize import linprog

from tests.conftest import shared_data
from tests.helpers import read_tif, write_tif


def _rows(path):
    lyr = QgsVectorLayer(str(path), "t", "ogr")
    assert lyr.isValid(), path
    names = [f.name() for f in lyr.fields()]
    return [dict(zip(names, f.attributes())) for f in lyr.getFeatures()]


def _num(v):
    return None if v in (None, "") or (hasattr(v, "isNull") and v.isNull()) else float(v)


def test_landscape_metrics_augusta_equals_fragstats(tmp_path, run):
    tif = shared_data("augusta_nlcd", "augusta_nlcd.tif")
    res = run("ecoecon:landscapemetrics", {
        "INPUT": str(tif), "CONNECT_DISTANCE": 90.0,
        "CLASS_TABLE": str(tmp_path / "c.csv"), "LANDSCAPE_TABLE": str(tmp_path / "l.csv")})
    hdr, *rows = [[x.strip() for x in line.split(",")] for line in
                  open(shared_data("augusta_nlcd", "augusta_nlcd.class"))]
    ours = {int(r["code"]): r for r in _rows(res["CLASS_TABLE"])}
    for row in rows:
        o = ours[int(row[1].split("_")[1])]
        for mine, theirs in (("CA_ha", "CA"), ("PLAND", "PLAND"), ("NP", "NP"), ("LPI", "LPI"),
                             ("TE_m", "TE"), ("ED", "ED"), ("LSI", "LSI"), ("AI", "AI")):
            assert _num(o[mine]) == pytest.approx(float(row[hdr.index(theirs)]), abs=5.0001e-5)
        assert o["patch_rule"] == "8-cell" and _num(o["connect_m"]) == 90.0
    hdr, row = [[x.strip() for x in line.split(",")] for line in
                open(shared_data("augusta_nlcd", "augusta_nlcd.land"))]
    land = {r["metric"]: r for r in _rows(res["LANDSCAPE_TABLE"])}
    for m in ("TA", "NP", "LPI", "TE", "ED", "LSI", "CONTAG", "SHDI", "SHEI", "AI"):
        assert _num(land[m]["value"]) == pytest.approx(float(row[hdr.index(m)]), abs=5.0001e-5)
    assert "90 m" in land["CONNECT"]["note"]
    assert res["SHDI"] == pytest.approx(1.9942, abs=5e-5)
    assert 0 < res["CONNECT"] < 100


def test_landscape_metrics_nodata_and_refusals(tmp_path, run):
    a = np.zeros((12, 12), np.int32)
    a[2:8, 3:9] = 1
    a[11, :] = -1
    src = write_tif(tmp_path / "sq.tif", a, nodata=-1, cell=10.0)
    res = run("ecoecon:landscapemetrics", {
        "INPUT": src, "CONNECTIVITY": 1, "CONNECT_DISTANCE": None,
        "CLASS_TABLE": str(tmp_path / "c.csv"), "LANDSCAPE_TABLE": str(tmp_path / "l.csv")})
    cls = {int(r["code"]): r for r in _rows(res["CLASS_TABLE"])}
    assert set(cls) == {0, 1}                      # nodata is not a class
    assert _num(cls[1]["AI"]) == 100.0 and _num(cls[1]["LSI"]) == 1.0
    assert _num(cls[1]["PLAND"]) == pytest.approx(100 * 36 / 132)
    assert cls[1]["patch_rule"] == "4-cell" and res["CONNECT"] is None
    geo = write_tif(tmp_path / "geo.tif", a, cell=0.01, origin=(110.0, 30.0), epsg=4326)
    with pytest.raises(QgsProcessingException, match="[Rr]eproject"):
        run("ecoecon:landscapemetrics", {"INPUT": geo, "CLASS_TABLE": "TEMPORARY_OUTPUT",
                                         "LANDSCAPE_TABLE": "TEMPORARY_OUTPUT"})


def test_accuracy_molusce_volga(tmp_path, run):
    sk = pytest.importorskip("sklearn.metrics")
    init = str(shared_data("molusce_volga", "init.tif"))
    final = str(shared_data("molusce_volga", "final.tif"))
    # reference = init, simulated = final: the published init → final cross-tabulation
    res = run("ecoecon:landuseaccuracy", {
        "REFERENCE": init, "SIMULATED": final,
        "OUTPUT": str(tmp_path / "m.csv"), "CROSSTAB": str(tmp_path / "x.csv")})
    ct = _rows(res["CROSSTAB"])
    m = [[int(_num(r["sim_%d" % j])) for j in (1, 2, 3, 4)] for r in ct]
    assert m == [[4065, 4, 2, 1], [1657, 62871, 260, 364], [514, 539, 80689, 1969],
                 [2, 15, 7, 8677]]
    a, _, _, _ = read_tif(init)
    b, _, _, _ = read_tif(final)
    ok = np.isfinite(a) & np.isfinite(b)
    assert res["KAPPA"] == pytest.approx(sk.cohen_kappa_score(a[ok], b[ok]), abs=1e-12)
    assert res["PO"] == pytest.approx(np.mean(a[ok] == b[ok]), abs=1e-12)
    assert res["FOM"] is None
    # a 'simulation' that equals the observed final map: FoM = 1; that equals the initial
    # map (no change simulated): FoM = 0, every observed change is a miss
    res = run("ecoecon:landuseaccuracy", {
        "REFERENCE": final, "SIMULATED": final, "INITIAL": init,
        "OUTPUT": str(tmp_path / "m2.csv"), "CROSSTAB": "TEMPORARY_OUTPUT"})
    assert res["FOM"] == 1.0 and res["KAPPA"] == pytest.approx(1.0)
    res = run("ecoecon:landuseaccuracy", {
        "REFERENCE": final, "SIMULATED": init, "INITIAL": init,
        "OUTPUT": str(tmp_path / "m3.csv"), "CROSSTAB": "TEMPORARY_OUTPUT"})
    meas = {r["measure"]: _num(r["value"]) for r in _rows(res["OUTPUT"])}
    ok3 = ok
    assert res["FOM"] == 0.0 and meas["misses"] == np.sum(a[ok3] != b[ok3])
    assert meas["quantity_disagreement"] + meas["allocation_disagreement"] == pytest.approx(
        1 - meas["Po"])


def test_esv_raster_table_and_missing_code(tmp_path, run):
    lu = np.array([[1, 1, 2, 4], [2, 4, 4, 0]], np.int32)
    src = write_tif(tmp_path / "lu.tif", lu, nodata=0, cell=100.0)   # 1 ha cells
    (tmp_path / "esv.csv").write_text(
        "code,name,food,water\n1,agri,10,1\n2,forest,2,3\n4,water,0.5,40\n")
    (tmp_path / "eco.csv").write_text("code,out\n1,1000\n2,50\n4,300\n")
    res = run("ecoecon:ecosystemservicevalue", {
        "INPUT": src, "TABLE": str(tmp_path / "esv.csv"), "CODE_FIELD": "code",
        "VALUE_FIELDS": ["food", "water"], "UNIT_VALUE": 2.0,
        "ECON_TABLE": str(tmp_path / "eco.csv"), "ECON_FIELD": "out",
        "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT": str(tmp_path / "esv.tif"),
        "ECON_OUTPUT": str(tmp_path / "eco.tif")})
    # by hand: agri 2 ha × 11 × 2 = 44; forest 2 ha × 5 × 2 = 20; water 3 ha × 40.5 × 2 = 243
    assert res["TOTAL_ESV"] == pytest.approx(44 + 20 + 243)
    assert res["TOTAL_ECONOMIC"] == pytest.approx(2 * 1000 + 2 * 50 + 3 * 300)
    t = {int(r["code"]): r for r in _rows(res["OUTPUT_TABLE"])}
    assert _num(t[4]["esv_total"]) == pytest.approx(243)
    assert _num(t[4]["area_km2"]) == pytest.approx(0.03)
    assert _num(t[1]["food"]) == pytest.approx(40)
    assert _num(t[1]["econ_per_ha"]) == 1000
    cell = read_tif(res["OUTPUT"])[0]
    assert np.isnan(cell[1, 3]) and cell[0, 0] == pytest.approx(22)
    assert np.nansum(cell) == pytest.approx(307)
    (tmp_path / "bad.csv").write_text("code,food\n1,10\n2,2\n")
    with pytest.raises(QgsProcessingException, match="4"):
        run("ecoecon:ecosystemservicevalue", {
            "INPUT": src, "TABLE": str(tmp_path / "bad.csv"), "VALUE_FIELDS": ["food"],
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "OUTPUT": str(tmp_path / "no.tif")})
    assert not (tmp_path / "no.tif").exists()


GZ = ("code,name,area_km2,esv_per_ha,econ_per_ha\n1,agriculture,2022.69,4458.98,50000\n"
      "2,forest,3022.73,26306.86,3000\n3,grassland,93.13,5811.58,2000\n"
      "4,water,473.65,143982.75,20000\n5,construction,1458.05,0,900000\n"
      "6,unutilised,2.11,229.25,0\n")
CONS = ("type,code,value\nnot_below_current,5,\nmin_share,1,25\nmax_area,4,600\n"
        "max_area,5,1700\nesv_growth,,2\nmin_area,2,2900\nmax_area,3,150\nmax_area,6,5\n")


def test_land_use_structure_lp(tmp_path, run):
    pytest.importorskip("pulp")
    (tmp_path / "cls.csv").write_text(GZ)
    (tmp_path / "cons.csv").write_text(CONS + "economic_growth,,1\n")
    res = run("ecoecon:landusestructure", {
        "CLASSES": str(tmp_path / "cls.csv"), "NAME_FIELD": "name",
        "CONSTRAINTS": str(tmp_path / "cons.csv"), "OBJECTIVE": 0,
        "OUTPUT": str(tmp_path / "o.csv"), "CONSTRAINTS_OUT": str(tmp_path / "c.csv"),
        "TRADEOFF": str(tmp_path / "t.csv")})
    cur = np.array([2022.69, 3022.73, 93.13, 473.65, 1458.05, 2.11])
    v = 100 * np.array([4458.98, 26306.86, 5811.58, 143982.75, 0, 229.25])
    e = 100 * np.array([50000, 3000, 2000, 20000, 900000, 0.0])
    eye = np.eye(6)
    ref = linprog(-e, A_ub=np.array([-eye[4], -eye[0], eye[3], eye[4], -v, -eye[1], eye[2],
                                     eye[5], -e]),
                  b_ub=[-cur[4], -0.25 * cur.sum(), 600, 1700, -1.02 * v @ cur, -2900, 150, 5,
                        -1.01 * e @ cur],
                  A_eq=np.ones((1, 6)), b_eq=[cur.sum()], bounds=[(0, None)] * 6,
                  method="highs")
    out = _rows(res["OUTPUT"])
    np.testing.assert_allclose([_num(r["optimal_km2"]) for r in out[:6]], ref.x, atol=1e-3)
    assert out[6]["name"] == "total"
    assert res["OBJECTIVE_VALUE"] == pytest.approx(-ref.fun, rel=1e-8)
    cons = _rows(res["CONSTRAINTS_OUT"])
    binding = {r["constraint"] for r in cons if r["binding"] == "yes"}
    assert "construction ≤ 1,700 km²" in binding and "forest ≥ 2,900 km²" in binding
    assert "redundant" in res["WARNINGS"]
    assert len(_rows(res["TRADEOFF"])) == 1
    # the sweep: a curve of 5 points from max-economic to max-ESV
    res = run("ecoecon:landusestructure", {
        "CLASSES": str(tmp_path / "cls.csv"), "CONSTRAINTS": str(tmp_path / "cons.csv"),
        "OBJECTIVE": 2, "SWEEP_POINTS": 5, "OUTPUT": "TEMPORARY_OUTPUT",
        "CONSTRAINTS_OUT": "TEMPORARY_OUTPUT", "TRADEOFF": str(tmp_path / "t2.csv")})
    curve = _rows(res["TRADEOFF"])
    assert len(curve) == 5
    assert _num(curve[0]["economic"]) == pytest.approx(-ref.fun, rel=1e-7)
    # (the economic floor of the table still holds at the ESV end of the curve)
    best_esv = linprog(-v, A_ub=np.array([-eye[4], -eye[0], eye[3], eye[4], -v, -eye[1],
                                          eye[2], eye[5], -e]),
                       b_ub=[-cur[4], -0.25 * cur.sum(), 600, 1700, -1.02 * v @ cur, -2900,
                             150, 5, -1.01 * e @ cur], A_eq=np.ones((1, 6)), b_eq=[cur.sum()],
                       bounds=[(0, None)] * 6, method="highs")
    assert _num(curve[-1]["esv"]) == pytest.approx(-best_esv.fun, rel=1e-7)


def test_land_use_structure_infeasible_names_constraints(tmp_path, run):
    pytest.importorskip("pulp")
    (tmp_path / "cls.csv").write_text(GZ)
    (tmp_path / "cons.csv").write_text(CONS + "min_area,1,3000\n")
    with pytest.raises(QgsProcessingException,
                       match="infeasible.*agriculture ≥ 3,000 km²"):
        run("ecoecon:landusestructure", {
            "CLASSES": str(tmp_path / "cls.csv"), "NAME_FIELD": "name",
            "CONSTRAINTS": str(tmp_path / "cons.csv"), "OUTPUT": str(tmp_path / "o.csv"),
            "CONSTRAINTS_OUT": "TEMPORARY_OUTPUT", "TRADEOFF": "TEMPORARY_OUTPUT"})
    assert not (tmp_path / "o.csv").exists()


def test_esv_table_chains_into_lp(tmp_path, run):
    """The per-class table of ecosystemservicevalue is a valid class table of the LP."""
    pytest.importorskip("pulp")
    lu = np.array([[1, 1, 2, 2], [2, 4, 4, 5]], np.int32)
    src = write_tif(tmp_path / "lu.tif", lu, cell=1000.0)   # 1 km² cells
    (tmp_path / "esv.csv").write_text("code,v\n1,4458.98\n2,26306.86\n4,143982.75\n5,0\n")
    (tmp_path / "eco.csv").write_text("code,out\n1,50000\n2,3000\n4,20000\n5,900000\n")
    esv = run("ecoecon:ecosystemservicevalue", {
        "INPUT": src, "TABLE": str(tmp_path / "esv.csv"), "VALUE_FIELDS": ["v"],
        "ECON_TABLE": str(tmp_path / "eco.csv"), "ECON_FIELD": "out",
        "OUTPUT_TABLE": str(tmp_path / "t.csv"), "OUTPUT": "TEMPORARY_OUTPUT"})
    (tmp_path / "cons.csv").write_text("type,code,value\nmax_area,4,2\nmax_area,5,2\n"
                                       "not_below_current,2,\n")
    res = run("ecoecon:landusestructure", {
        "CLASSES": esv["OUTPUT_TABLE"], "CONSTRAINTS": str(tmp_path / "cons.csv"),
        "OBJECTIVE": 1, "OUTPUT": str(tmp_path / "o.csv"),
        "CONSTRAINTS_OUT": "TEMPORARY_OUTPUT", "TRADEOFF": "TEMPORARY_OUTPUT"})
    x = {int(_num(r["code"])): _num(r["optimal_km2"]) for r in _rows(res["OUTPUT"])[:-1]}
    # max ESV with 8 km²: water to its cap 2, forest gets the rest (6), others 0
    assert x == pytest.approx({1: 0.0, 2: 6.0, 4: 2.0, 5: 0.0}, abs=1e-6)
    assert res["ESV"] == pytest.approx(100 * (6 * 26306.86 + 2 * 143982.75), rel=1e-9)
