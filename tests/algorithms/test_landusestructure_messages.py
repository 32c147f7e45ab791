"""LP messages a planner can act on (issue 13, item 7), with the Zhang et al. (2025) Guangzhou
ecological coefficients chained in from 'Ecosystem service value': class names (not codes),
warnings ordered by consequence, a class driven to 0 named with a floor, binding rows with
slack 0, values in 10⁸ of the currency. Oracle: the same LP typed for scipy's linprog here."""
import csv

import numpy as np
import pytest
from scipy.optimize import linprog

from tests.conftest import ROOT
from tests.helpers import write_tif


def _rows(path):
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(str(path), "t", "ogr")
    names = [f.name() for f in lyr.fields()]
    return [dict(zip(names, f.attributes())) for f in lyr.getFeatures()]


def test_zhang_coefficients_chained_into_the_lp(tmp_path, run):
    pytest.importorskip("pulp")
    table = ROOT / "resources" / "tables" / "example_esv_guangzhou_zhang2025.csv"
    with open(table, newline="", encoding="utf-8") as fh:
        zh = {int(r["code"]): (r["class"], float(r["esv_cny_per_ha"])) for r in csv.DictReader(fh)}
    # 1 km² cells: 20 agricultural, 30 forest, 2 grassland, 5 water, 15 construction, 1 unused
    counts = {1: 20, 2: 30, 3: 2, 4: 5, 5: 15, 6: 1}
    lu = np.concatenate([np.full(n, c) for c, n in counts.items()]).astype(np.int32)
    lu = np.concatenate([lu, np.full(80 - lu.size, -1)]).reshape(8, 10)
    src = write_tif(tmp_path / "lu.tif", lu, cell=1000.0, nodata=-1)
    econ = {1: 50000.0, 2: 3000.0, 3: 2000.0, 4: 20000.0, 5: 900000.0, 6: 0.0}
    (tmp_path / "eco.csv").write_text("code,out\n" + "".join(
        "%d,%g\n" % kv for kv in econ.items()))
    esv = run("ecoecon:ecosystemservicevalue", {
        "INPUT": src, "TABLE": str(table), "VALUE_FIELDS": ["esv_cny_per_ha"],
        "ECON_TABLE": str(tmp_path / "eco.csv"), "ECON_FIELD": "out",
        "OUTPUT_TABLE": str(tmp_path / "esv.csv"), "OUTPUT": "TEMPORARY_OUTPUT"})
    (tmp_path / "cons.csv").write_text("type,code,value\nmax_area,5,16\nesv_growth,,2\n"
                                       "min_area,6,0\n")
    res = run("ecoecon:landusestructure", {
        "CLASSES": esv["OUTPUT_TABLE"], "CONSTRAINTS": str(tmp_path / "cons.csv"),
        "OBJECTIVE": 1, "VALUE_UNIT": 2, "OUTPUT": str(tmp_path / "o.csv"),
        "CONSTRAINTS_OUT": str(tmp_path / "c.csv"), "TRADEOFF": "TEMPORARY_OUTPUT"})
    # the oracle: max ESV, Σx = 73, construction ≤ 16, ESV ≥ 1.02 ESV(now)
    codes = sorted(counts)
    cur = np.array([counts[c] for c in codes], float)
    v = 100 * np.array([zh[c][1] for c in codes])
    e = 100 * np.array([econ[c] for c in codes])
    ref = linprog(-v, A_ub=np.array([np.eye(6)[4], -v]), b_ub=[16, -1.02 * v @ cur],
                  A_eq=np.ones((1, 6)), b_eq=[cur.sum()], bounds=[(0, None)] * 6,
                  method="highs")
    assert ref.status == 0 and ref.x[0] == pytest.approx(0, abs=1e-9)  # agriculture → 0
    out = _rows(tmp_path / "o.csv")
    # names carried from the ESV table (its 'class' column), not codes
    assert [r["name"] for r in out[:6]] == [zh[c][0] for c in codes]
    np.testing.assert_allclose([float(r["optimal_km2"]) for r in out[:6]], ref.x, atol=1e-6)
    # values in 10⁸ of the currency
    assert res["ESV"] == pytest.approx(-ref.fun / 1e8, rel=1e-8)
    assert float(out[6]["economic"]) == pytest.approx(e @ ref.x / 1e8, rel=1e-8)
    # warnings ordered by consequence: what happens to the classes comes first; the class
    # driven to 0 is named with a floor; redundant rules come last
    w = res["WARNINGS"].split("\n")
    agri = zh[1][0]
    first_outcome = [i for i, t in enumerate(w) if "ends at 0 km²" in t or "changes by" in t]
    redundant = [i for i, t in enumerate(w) if "redundant" in t]
    dominance = [i for i, t in enumerate(w) if "has at least the ecosystem service value" in t]
    assert first_outcome[0] == 0 and max(first_outcome) < min(dominance) < min(redundant)
    assert any(t.startswith(agri + " ends at 0 km² (−100 %") and "min_area 1 10" in t
               for t in w)
    # dominance warnings by the area at stake: water's (over forest, grassland, unused) first
    assert w[min(dominance)].startswith(zh[4][0] + " has at least")
    # binding rows: slack exactly 0 (round-off is not slack), and as % of the constraint
    cons = _rows(tmp_path / "c.csv")
    for r in cons:
        if r["binding"] == "yes":
            assert float(r["slack"]) == 0.0
            assert r["slack_pct"] in (None, "") or float(r["slack_pct"]) == 0.0
