"""ecoecon:coagglomeration through processing.run: planted structure, Table 3 counts, the core
industry outputs, weights, and refusal of geographic coordinates."""
import csv

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

pytest.importorskip("ot")


def _firms(path, epsg=32650, seed=0, offset=(500000.0, 4000000.0), scale=1.0):
    """Groups 10 (101, 102: shared centres) and 20 (201: own centres, 202: uniform)."""
    rng = np.random.default_rng(seed)
    shared = rng.uniform(5e3, 45e3, (3, 2))
    own = rng.uniform(5e3, 45e3, (3, 2))
    recs = []
    for code, centres, n in [("101", shared, 45), ("102", shared, 36), ("201", own, 39)]:
        pts = centres[np.arange(n) % 3] + rng.normal(0, 1.5e3, (n, 2))
        recs += [(code, x, y) for x, y in pts]
    recs += [("202", x, y) for x, y in rng.uniform(0, 50e3, (30, 2))]
    recs += [("203", 25e3, 25e3), ("203", 26e3, 25e3)]  # below a minimum of 5 firms
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    lyr = ds.CreateLayer("firms", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("emp", ogr.OFTReal))
    for i, (code, x, y) in enumerate(recs):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("code", code)
        f.SetField("emp", 1.0 + i % 7)
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(offset[0] + x * scale, offset[1] + y * scale)
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def _read(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def _params(tmp_path, src, **kw):
    """The algorithm's parameters; one thread in this process unless a test asks for worker
    processes (PROCESSES) or a cluster (the models and the demo run the default, 2 workers)."""
    p = {"INPUT": src, "CODE_FIELD": "code", "INDUSTRY_DIGITS": 3, "GROUP_DIGITS": 2,
         "MIN_FIRMS": 5, "DRAWS": 40, "SEED": 3, "N_CORE": 1, "THREADS": 1, "PROCESSES": 0,
         "PAIRS": str(tmp_path / "pairs.csv"), "INDUSTRIES": str(tmp_path / "ind.csv"),
         "GROUPS": str(tmp_path / "groups.csv"), "CORE": str(tmp_path / "core.csv")}
    p.update(kw)
    return p


@pytest.fixture(scope="module")
def full_run(qgis_processing, tmp_path_factory):
    """(firms, results) of the reference run (seed 0, every output named), made once for the
    tests of this module that read it (each run costs seconds)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    from tests.algorithms.conftest import ensure_provider
    ensure_provider()
    tmp = tmp_path_factory.mktemp("coagg_full")
    src = _firms(tmp / "firms.gpkg")
    res = processing.run("ecoecon:coagglomeration", _params(tmp, src),
                         context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    return src, res


def test_secondary_outputs_are_optional(tmp_path, run, full_run):
    """Only the pairs named (as qgis_process users may): the same pairs and core codes as a run
    that names every output, and no other file."""
    src, full = full_run
    (tmp_path / "only").mkdir()
    p = _params(tmp_path, src, PAIRS=str(tmp_path / "only" / "pairs.csv"))
    for k in ("INDUSTRIES", "GROUPS", "CORE"):
        del p[k]
    res = run("ecoecon:coagglomeration", p)
    assert _read(res["PAIRS"]) == _read(full["PAIRS"])
    assert res["CORE_CODES"] == full["CORE_CODES"]
    assert not any(res.get(k) for k in ("INDUSTRIES", "GROUPS", "CORE"))
    # the CSV and its column-type sidecar (.csvt), nothing else
    assert sorted(f.name for f in (tmp_path / "only").iterdir()) == ["pairs.csv", "pairs.csvt"]


def test_coagglomeration_tables_and_core(full_run):
    res = full_run[1]
    pairs = _read(res["PAIRS"])
    assert len(pairs) == 16  # 4 industries (203 left out), self-pairs included
    c = {(r["industry_j"], r["industry_k"]): float(r["coagg"]) for r in pairs}
    assert c[("101", "102")] >= 0.95 and c[("102", "101")] >= 0.95
    assert c[("101", "201")] < 0.95 and c[("201", "101")] < 0.95
    assert all(c[(k, k)] == 1.0 for k in ("101", "102", "201", "202"))
    assert all(int(r["significant"]) == (float(r["coagg"]) >= 0.95) for r in pairs)
    groups = {r["group"]: r for r in _read(res["GROUPS"])}
    for g in ("10", "20"):  # 2 industries each among 4: 8 pairs, 4 within, 4 across
        assert [int(groups[g][f]) for f in ("industries", "pairs", "pairs_within",
                                            "pairs_cross")] == [2, 8, 4, 4]
        sig = [r for r in pairs if r["group_j"] == g and int(r["significant"])]
        assert int(groups[g]["sig"]) == len(sig)
        assert int(groups[g]["sig_within"]) == sum(r["group_k"] == g for r in sig)
        mean = np.mean([float(r["coagg"]) for r in pairs if r["group_j"] == g])
        assert float(groups[g]["mean_coagg"]) == pytest.approx(mean)
    assert int(groups["10"]["sig_within"]) == 4  # 101, 102 both ways + self-pairs
    core = _read(res["CORE"])
    best = max(groups.values(), key=lambda r: (int(r["sig"]), float(r["mean_coagg"])))
    assert len(core) == 1 and core[0]["code"] == best["group"] == res["CORE_CODES"]
    assert res["N_SIGNIFICANT"] == sum(int(r["significant"]) for r in pairs)
    ind = {r["industry"]: r for r in _read(res["INDUSTRIES"])}
    assert set(ind) == {"101", "102", "201", "202"} and int(ind["101"]["firms"]) == 45


def test_coagglomeration_weights_p1_and_no_self(tmp_path, run):
    src = _firms(tmp_path / "firms.gpkg", seed=1)
    res = run("ecoecon:coagglomeration", _params(
        tmp_path, src, WEIGHT_FIELD="emp", P=1, INCLUDE_SELF=False, DRAWS=20, N_CORE=2,
        THREADS=2))
    groups = {r["group"]: r for r in _read(res["GROUPS"])}
    assert int(groups["10"]["pairs"]) == 6 and int(groups["10"]["pairs_within"]) == 2
    assert len(res["CORE_CODES"].split(",")) == 2


def test_coagglomeration_refuses_geographic_crs(tmp_path, run):
    src = _firms(tmp_path / "geo.gpkg", epsg=4326, offset=(110.0, 30.0), scale=1e-5)
    with pytest.raises(QgsProcessingException, match="geographic"):
        run("ecoecon:coagglomeration", _params(tmp_path, src))
    assert not (tmp_path / "pairs.csv").exists()


def test_coagglomeration_precision_stops_settled_pairs(tmp_path, run):
    src = _firms(tmp_path / "firms.gpkg")
    fast = _read(run("ecoecon:coagglomeration", _params(tmp_path, src, DRAWS=400))["PAIRS"])
    exact_dir = tmp_path / "exact"
    exact_dir.mkdir()
    exact = _read(run("ecoecon:coagglomeration",
                      _params(exact_dir, src, DRAWS=400, PRECISION=0))["PAIRS"])
    assert all(int(r["draws"]) == 400 for r in exact)
    used = {(r["industry_j"], r["industry_k"]): int(r["draws"]) for r in fast}
    assert all(used[(k, k)] < 400 for k in ("101", "102", "201", "202"))  # settled at once
    for f, e in zip(fast, exact):
        assert (f["industry_j"], f["industry_k"]) == (e["industry_j"], e["industry_k"])
        assert abs(float(f["coagg"]) - float(e["coagg"])) < 0.01
        assert f["significant"] == e["significant"] and f["separated"] == e["separated"]


def test_coagglomeration_worker_processes(tmp_path, run):
    src = _firms(tmp_path / "firms.gpkg", seed=2)
    thr = _read(run("ecoecon:coagglomeration", _params(tmp_path, src, DRAWS=60))["PAIRS"])
    out = tmp_path / "proc"
    out.mkdir()
    prc = _read(run("ecoecon:coagglomeration", _params(out, src, DRAWS=60, PROCESSES=2))["PAIRS"])
    assert [(r["coagg"], r["draws"]) for r in prc] == [(r["coagg"], r["draws"]) for r in thr]
    with pytest.raises(QgsProcessingException, match="worker processes"):
        run("ecoecon:coagglomeration", _params(tmp_path, src, DRAWS=5, PROCESSES=1,
                                               PYTHON="/nonexistent/python3"))
