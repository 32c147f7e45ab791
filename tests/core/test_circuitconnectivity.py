"""circuitconnectivity: Circuitscape's verification suite through .ini files, and small
circuits against a dense-Laplacian pseudo-inverse written here."""
import glob
import os

import numpy as np
import pytest

from ecoecon.core.ecosecurity import circuitconnectivity as cc
from tests.conftest import SHARED_DATA

VERIFY = SHARED_DATA / "circuitscape_verify"
INIS = sorted(glob.glob(str(VERIFY / "input" / "raster" / "*" / "*" / "*.ini")))


@pytest.mark.skipif(not INIS, reason="../shared/data/circuitscape_verify is absent")
@pytest.mark.parametrize("ini", INIS, ids=[os.path.basename(p) for p in INIS])
def test_circuitscape_verification_case(ini, tmp_path):
    """Circuitscape's own acceptance rule: resistances within sqrt(1e-6) (absolute), every
    map we write within a sum of squared cell differences < 1e-6 of the map Circuitscape
    wrote under the same name."""
    name = os.path.basename(ini)[:-4]
    try:
        run = cc.run_ini(ini, base_dir=str(VERIFY), out_dir=str(tmp_path))
    except FileNotFoundError as e:   # allToOneVerify12 names a folder the suite lacks
        pytest.skip("the verification suite lacks an input of %s: %s" % (name, e))
    except ImportError as e:         # a GeoTIFF input needs GDAL (tests/core run without it)
        pytest.skip("%s reads a GeoTIFF, which needs GDAL: %s" % (name, e))
    assert run.written
    compared = 0
    for mine in run.written:
        fname = os.path.basename(mine)
        exp = VERIFY / "output_verify" / fname
        if fname.endswith("_resistances_3columns.out"):
            continue   # Circuitscape's tests skip it (some of the stored ones are stale)
        assert exp.exists(), "we wrote %s, which Circuitscape does not write" % fname
        if fname.endswith(".asc"):
            a, _ = cc.read_ascii_grid(str(exp))
            b, _ = cc.read_ascii_grid(mine)
            a, b = np.nan_to_num(a, nan=-9999.0), np.nan_to_num(b, nan=-9999.0)
            assert a.shape == b.shape
            assert ((a - b) ** 2).sum() < 1e-6, fname
        else:
            a = np.array(cc.read_matrix_text(str(exp)))
            b = np.array(cc.read_matrix_text(mine))
            assert a.shape == b.shape, fname
            assert np.abs(a - b).max() <= 1e-3, fname
        compared += 1
    # the effective resistances are always compared (not in advanced mode)
    if cc.read_ini(ini).get("scenario") != "advanced":
        assert os.path.exists(str(tmp_path / "output" / (name + "_resistances.out")))
    assert compared >= 1


# --------------------------------------------------------------------------------------------
# dense references
# --------------------------------------------------------------------------------------------
def _dense_laplacian(cond, four, avg_res):
    """Laplacian over the cells with conductance > 0, built cell by cell (independent of the
    vectorised builder)."""
    h, w = cond.shape
    idx = -np.ones((h, w), int)
    cells = [(r, c) for r in range(h) for c in range(w) if cond[r, c] > 0]
    for k, (r, c) in enumerate(cells):
        idx[r, c] = k
    n = len(cells)
    L = np.zeros((n, n))
    nbrs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    if not four:
        nbrs += [(1, 1), (1, -1), (-1, 1), (-1, -1)]
    for k, (r, c) in enumerate(cells):
        for dr, dc in nbrs:
            rr, cc_ = r + dr, c + dc
            if 0 <= rr < h and 0 <= cc_ < w and idx[rr, cc_] >= 0:
                a, b = cond[r, c], cond[rr, cc_]
                g = 1.0 / ((1 / a + 1 / b) / 2) if avg_res else (a + b) / 2
                if dr and dc:
                    g /= np.sqrt(2)
                j = idx[rr, cc_]
                L[k, j] -= g
                L[k, k] += g
    return L, idx


def _dense_node_currents(L, v):
    n = len(v)
    out = np.zeros(n)
    for i in range(n):
        inflow = outflow = 0.0
        for j in range(n):
            if i != j and L[i, j] != 0:
                f = -L[i, j] * (v[i] - v[j])
                if f > 0:
                    outflow += f
                else:
                    inflow -= f
        out[i] = max(inflow, outflow)
    return out


@pytest.mark.parametrize("four,avg_res,solver", [(False, False, "direct"),
                                                 (True, True, "direct"),
                                                 (False, True, "amg")])
def test_pairwise_against_pseudo_inverse(four, avg_res, solver):
    rng = np.random.default_rng(7)
    h, w = 9, 11
    cond = rng.uniform(0.2, 5.0, (h, w))
    cond[4, 2:9] = 0            # a partial wall
    L, idx = _dense_laplacian(cond, four, avg_res)
    Lp = np.linalg.pinv(L)
    pts = [(0, 0), (8, 10), (3, 5), (6, 1)]
    rows = np.array([p[0] for p in pts])
    cols = np.array([p[1] for p in pts])
    ids = np.array([3, 1, 7, 2])
    seen = []
    res = cc.pairwise(cond, rows, cols, ids, four_neighbors=four, avg_resistances=avg_res,
                      solver=solver, maximum=True,
                      on_pair=lambda i, j, cur, volt: seen.append((i, j, cur, volt)))
    order = np.argsort(ids)
    assert list(res.ids) == sorted(ids.tolist())
    cum = np.zeros((h, w))
    for a in range(4):
        for b in range(4):
            ia, ib = idx[pts[order[a]]], idx[pts[order[b]]]
            e = np.zeros(len(L))
            e[ia] += 1
            e[ib] -= 1
            assert res.resistances[a, b] == pytest.approx(e @ Lp @ e, rel=1e-7, abs=1e-9)
    # pair maps: current injected at the second id, the first grounded at 0 V
    assert len(seen) == 6
    for i, j, cur, volt in seen:
        pi = pts[list(ids).index(i)]
        pj = pts[list(ids).index(j)]
        e = np.zeros(len(L))
        e[idx[pj]], e[idx[pi]] = 1, -1
        v = Lp @ e
        v = v - v[idx[pi]]
        nc = _dense_node_currents(L, v)
        ref_c = np.where(idx >= 0, nc[np.maximum(idx, 0)], 0)
        ref_v = np.where(idx >= 0, v[np.maximum(idx, 0)], 0)
        np.testing.assert_allclose(cur, ref_c, atol=1e-7)
        np.testing.assert_allclose(volt, ref_v, atol=1e-7)
        assert cur[pi] == pytest.approx(1.0) and cur[pj] == pytest.approx(1.0)
        cum += ref_c
    np.testing.assert_allclose(res.cum, cum, atol=1e-6)
    assert res.timing.factorisations == 1 and res.timing.solves == 3   # n - 1 solves


def test_disconnected_pairs_are_minus_one():
    cond = np.ones((5, 7))
    cond[:, 3] = 0                         # two islands
    res = cc.pairwise(cond, np.array([0, 4, 2]), np.array([0, 1, 6]), np.array([1, 2, 3]),
                      four_neighbors=True)
    R = res.resistances
    assert R[0, 2] == -1 and R[1, 2] == -1 and R[0, 1] > 0
    assert np.all(np.diag(R) == 0)


def test_focal_regions_short_circuited_all_mode():
    """A focal region is one node: its cells share one voltage; against the dense
    pseudo-inverse of the Laplacian with the region's cells merged."""
    rng = np.random.default_rng(3)
    cond = rng.uniform(0.5, 2.0, (6, 8))
    pmap = np.zeros((6, 8), int)
    pmap[0:2, 0:2] = 1
    pmap[4:6, 6:8] = 2
    pmap[0, 7] = 3
    rows, cols, ids = cc.points_from_raster(pmap)
    res = cc.pairwise(cond, rows, cols, ids, regions="all", four_neighbors=True)
    L, idx = _dense_laplacian(cond, True, False)
    # merge: P maps cells to merged nodes
    groups = {}
    for (r, c), k in np.ndenumerate(idx):
        key = ("p", pmap[r, c]) if pmap[r, c] else ("c", k)
        groups.setdefault(key, []).append(k)
    keys = list(groups)
    P = np.zeros((len(L), len(keys)))
    for j, key in enumerate(keys):
        P[groups[key], j] = 1
    Lm = P.T @ L @ P
    Lp = np.linalg.pinv(Lm)
    node = {i: keys.index(("p", i)) for i in (1, 2, 3)}
    for a, ia in enumerate((1, 2, 3)):
        for b, ib in enumerate((1, 2, 3)):
            e = np.zeros(len(keys))
            e[node[ia]] += 1
            e[node[ib]] -= 1
            assert res.resistances[a, b] == pytest.approx(e @ Lp @ e, rel=1e-8, abs=1e-12)


def test_one_to_all_against_dense_solve():
    rng = np.random.default_rng(11)
    cond = rng.uniform(0.5, 3.0, (7, 7))
    rows, cols, ids = np.array([0, 6, 3]), np.array([0, 6, 0]), np.array([1, 2, 3])
    out = {}
    res = cc.one_to_all(cond, rows, cols, ids,
                        on_point=lambda i, cur, volt: out.__setitem__(i, (cur, volt)))
    L, idx = _dense_laplacian(cond, False, False)
    for k in range(3):
        src = idx[rows[k], cols[k]]
        gnd = [idx[rows[m], cols[m]] for m in range(3) if m != k]
        free = [x for x in range(len(L)) if x not in gnd]
        b = np.zeros(len(free))
        b[free.index(src)] = 1.0
        v = np.zeros(len(L))
        v[free] = np.linalg.solve(L[np.ix_(free, free)], b)
        assert res.resistances[k] == pytest.approx(v[src], rel=1e-9)
        np.testing.assert_allclose(out[ids[k]][1], np.where(idx >= 0, v[idx], 0), atol=1e-10)
        # the injected 1 A leaves through the grounds
        assert out[ids[k]][0][rows[k], cols[k]] == pytest.approx(1.0)


def test_advanced_finite_and_direct_grounds():
    cond = np.full((4, 6), 2.0)
    src = np.zeros((4, 6))
    src[1, 0] = 3.0
    gnd = np.zeros((4, 6))
    gnd[2, 5] = 0.5          # finite ground, conductance 0.5 S
    gnd[0, 5] = np.inf       # direct ground
    res = cc.advanced(cond, src, gnd, four_neighbors=True)
    L, idx = _dense_laplacian(cond, True, False)
    L = L.copy()
    L[idx[2, 5], idx[2, 5]] += 0.5
    free = [x for x in range(len(L)) if x != idx[0, 5]]
    b = np.zeros(len(L))
    b[idx[1, 0]] = 3.0
    v = np.zeros(len(L))
    v[free] = np.linalg.solve(L[np.ix_(free, free)], b[free])
    np.testing.assert_allclose(res.voltage, v[idx], atol=1e-10)
    # 3 A in: the source cell carries 3 A, and the two grounds drain 3 A together
    assert res.current[1, 0] == pytest.approx(3.0)
    drained = 0.5 * v[idx[2, 5]] + (3.0 - 0.5 * v[idx[2, 5]])
    assert drained == pytest.approx(3.0)
    assert res.current[0, 5] == pytest.approx(3.0 - 0.5 * v[idx[2, 5]], rel=1e-9)


def test_ini_relative_paths_and_names(tmp_path):
    """Paths of the .ini are read relative to the working folder; outputs follow
    output_file with Circuitscape's names."""
    cond = np.ones((3, 4))
    meta = cc.GridMeta(4, 3, 0.0, 0.0, 10.0)
    (tmp_path / "in").mkdir()
    cc.write_ascii_grid(str(tmp_path / "in" / "r.asc"), cond, meta)
    pts = np.zeros((3, 4))
    pts[0, 0], pts[2, 3] = 5, 9
    cc.write_ascii_grid(str(tmp_path / "in" / "p.asc"), pts, meta)
    (tmp_path / "a.ini").write_text(
        "[Habitat raster or graph]\nhabitat_file = in/r.asc\nhabitat_map_is_resistances = True\n"
        "[Circuitscape mode]\ndata_type = raster\nscenario = pairwise\n"
        "[Options for pairwise and one-to-all and all-to-one modes]\npoint_file = in/p.asc\n"
        "[Output options]\noutput_file = out/run.out\nwrite_cur_maps = True\n"
        "write_volt_maps = True\nwrite_max_cur_maps = True\n")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        run = cc.run_ini("a.ini")
    finally:
        os.chdir(cwd)
    names = sorted(os.path.basename(p) for p in run.written)
    assert names == sorted(["run_resistances.out", "run_resistances_3columns.out",
                            "run_curmap_5_9.asc", "run_voltmap_5_9.asc",
                            "run_cum_curmap.asc", "run_max_curmap.asc"])
    tab = cc.read_matrix_text(str(tmp_path / "out" / "run_resistances.out"))
    assert tab[0] == [0, 5, 9] and tab[1][2] == pytest.approx(run.result.resistances[0, 1])


def test_included_pairs_file(tmp_path):
    """Circuitscape's included-pairs list: the points it names are kept (others dropped, as
    Circuitscape's prune_points), and only the listed pairs are solved ('include') or all
    pairs but the listed ones ('exclude'); the others stay −1."""
    cond = np.ones((6, 6))
    rows, cols, ids = np.array([0, 5, 0]), np.array([0, 5, 5]), np.array([1, 2, 3])
    f = tmp_path / "inc.txt"
    full = cc.pairwise(cond, rows, cols, ids)
    f.write_text("mode include\n1 2\n2 3\n")
    res = cc.pairwise(cond, rows, cols, ids, include=cc.read_included_pairs(str(f)))
    R = res.resistances
    assert list(res.ids) == [1, 2, 3]
    assert R[0, 1] == pytest.approx(full.resistances[0, 1]) and R[0, 1] > 0
    assert R[1, 2] == pytest.approx(full.resistances[1, 2])
    assert R[0, 2] == -1
    f.write_text("mode exclude\n1 2\n2 3\n")
    R = cc.pairwise(cond, rows, cols, ids, include=cc.read_included_pairs(str(f))).resistances
    assert R[0, 1] == -1 and R[1, 2] == -1
    assert R[0, 2] == pytest.approx(full.resistances[0, 2])
    f.write_text("mode include\n1 2\n")      # point 3 is not named: dropped
    res = cc.pairwise(cond, rows, cols, ids, include=cc.read_included_pairs(str(f)))
    assert list(res.ids) == [1, 2]
