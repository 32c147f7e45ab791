"""Cost distance and MCR corridors (core, no QGIS), against independent references:
the analytic octile distance, GRASS r.cost (when installed), a brute-force Dijkstra on an
explicit 8-neighbour graph built here with SciPy, and a hand-made landscape."""
import shutil
import subprocess

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra

from ecoecon.core.ecosecurity import mcrcorridors as co
from ecoecon.core.ecosecurity import costdistance as cd
from ecoecon.core.errors import InputError
from tests.helpers import read_tif, write_tif


def graph_8(res, valid, xres, yres):
    """Explicit 8-neighbour graph (ArcGIS step rule), written independently of the core."""
    h, w = res.shape
    idx = np.arange(h * w).reshape(h, w)
    rows, cols, data = [], [], []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == dc == 0:
                continue
            step = np.hypot(dr * yres, dc * xres)
            for r in range(h):
                rr = r + dr
                if not 0 <= rr < h:
                    continue
                for c in range(w):
                    cc = c + dc
                    if 0 <= cc < w and valid[r, c] and valid[rr, cc]:
                        rows.append(idx[r, c])
                        cols.append(idx[rr, cc])
                        data.append(step * (res[r, c] + res[rr, cc]) / 2.0)
    return coo_matrix((data, (rows, cols)), shape=(h * w, h * w)).tocsr()


def brute_from(g, lab, s):
    """Cost from source s over the explicit graph (flat, inf unreachable)."""
    return dijkstra(g, directed=True, indices=np.flatnonzero(lab.ravel() == s), min_only=True)


def random_case(seed=0, shape=(24, 30), nsrc=5, nodata=0.12):
    rng = np.random.default_rng(seed)
    res = rng.uniform(1.0, 10.0, shape)
    valid = rng.random(shape) > nodata
    lab = np.zeros(shape, np.int32)
    for k in range(1, nsrc + 1):
        y, x = rng.integers(1, shape[0] - 2), rng.integers(1, shape[1] - 2)
        lab[y:y + 2, x:x + 2] = k
        valid[y:y + 2, x:x + 2] = True
    return res, valid, lab


# --- cost distance ---------------------------------------------------------------------------

def test_uniform_raster_is_octile_distance():
    h, w, c, cell = 41, 57, 3.5, 25.0
    costs = np.full((h, w), c)
    lab = np.zeros((h, w), np.int32)
    lab[13, 22] = 1
    surf = cd.cost_distance(costs, lab, (cell, cell))
    dr = np.abs(np.arange(h)[:, None] - 13) * np.ones((1, w))
    dc = np.abs(np.arange(w)[None, :] - 22) * np.ones((h, 1))
    octile = c * cell * ((np.maximum(dr, dc) - np.minimum(dr, dc)) + np.sqrt(2) * np.minimum(dr, dc))
    np.testing.assert_allclose(surf.cost, octile, rtol=1e-12, atol=1e-9)
    assert (surf.allocation == 1).all()


def test_rectangular_cells_step_rule():
    costs = np.array([[2.0, 4.0], [6.0, 8.0]])
    lab = np.array([[1, 0], [0, 0]])
    surf = cd.cost_distance(costs, lab, (10.0, 20.0))  # x 10 m, y 20 m
    np.testing.assert_allclose(surf.cost, [[0, 10 * 3], [20 * 4, np.hypot(10, 20) * 5]])


def test_multi_source_and_allocation_equal_brute_force():
    res, valid, lab = random_case(seed=1)
    costs = cd.cost_array(res, valid)
    surf = cd.cost_distance(costs, lab, (30.0, 40.0))
    g = graph_8(res, valid, 30.0, 40.0)
    per = np.array([brute_from(g, lab, s) for s in range(1, 6)])
    best = per.min(axis=0).reshape(res.shape)
    ok = np.isfinite(best)
    assert (np.isfinite(surf.cost) == ok).all()  # nodata barriers, enclosed cells
    np.testing.assert_allclose(surf.cost[ok], best[ok], rtol=1e-12)
    # allocation: the source whose cost is the minimum (ties allowed)
    alloc_cost = per[surf.allocation[ok] - 1, np.flatnonzero(ok.ravel())]
    np.testing.assert_allclose(alloc_cost, best[ok], rtol=1e-12)
    assert (surf.allocation[~ok] == 0).all()


def test_traced_path_costs_the_surface():
    res, valid, lab = random_case(seed=2, shape=(40, 50))
    costs = cd.cost_array(res, valid)
    surf = cd.cost_distance(costs, lab, (30.0, 30.0))
    rng = np.random.default_rng(0)
    cells = np.argwhere(np.isfinite(surf.cost))
    for r, c in cells[rng.choice(len(cells), 40, replace=False)]:
        rows, cols = surf.trace(r, c)
        assert lab[rows[0], cols[0]] == surf.allocation[r, c]
        assert (rows[-1], cols[-1]) == (r, c)
        assert np.all(np.maximum(np.abs(np.diff(rows)), np.abs(np.diff(cols))) == 1)
        np.testing.assert_allclose(cd.path_cost(costs, rows, cols, (30.0, 30.0)),
                                   surf.cost[r, c], rtol=1e-12, atol=1e-9)


def test_bounded_search_exact_below_limit():
    res, valid, lab = random_case(seed=3, shape=(60, 70), nsrc=3)
    costs = cd.cost_array(res, valid)
    g = graph_8(res, valid, 30.0, 30.0)
    full = brute_from(g, lab, 2).reshape(res.shape)
    rr, cc = np.nonzero(lab == 2)
    limit = float(np.nanpercentile(full[np.isfinite(full)], 20))
    for margin in (1, 3, 200):  # too small a window must grow until exact
        ss = cd.bounded_cost_distance(costs, rr, cc, (30.0, 30.0), limit, margin=margin)
        r0, c0 = ss.origin
        win = np.full(res.shape, np.inf)
        win[r0:r0 + ss.cost.shape[0], c0:c0 + ss.cost.shape[1]] = ss.cost
        want = np.where(full <= limit, full, np.inf)
        assert (np.isfinite(win) == np.isfinite(want)).all()
        ok = np.isfinite(want)
        np.testing.assert_allclose(win[ok], want[ok], rtol=1e-12)


def test_negative_resistance_is_refused():
    with pytest.raises(InputError, match="negative"):
        cd.cost_array(np.array([[1.0, -2.0]]), np.ones((1, 2), bool))


def _grass_r_cost(tmp_path, res_path, src_path, knight=False):
    script = tmp_path / "rcost.sh"
    out = tmp_path / "grass_cost.tif"
    script.write_text(
        "set -e\n"
        f"r.in.gdal -o input={res_path} output=res --quiet\n"
        f"r.in.gdal -o input={src_path} output=src --quiet\n"
        "g.region raster=res\n"
        f"r.cost {'-k ' if knight else ''}input=res output=cost start_raster=src --quiet\n"
        f"r.out.gdal -f input=cost output={out} type=Float64 format=GTiff --quiet\n")
    subprocess.run(["grass", "--tmp-location", "EPSG:32650", "--exec", "bash", str(script)],
                   check=True, capture_output=True, timeout=120)
    return read_tif(out)[0]


@pytest.mark.skipif(shutil.which("grass") is None, reason="GRASS GIS (r.cost) is not installed")
def test_equals_grass_r_cost_times_cell_size(tmp_path):
    rng = np.random.default_rng(7)
    h, w, cell = 70, 90, 30.0
    res = rng.uniform(1.0, 5.0, (h, w)).astype(np.float32)
    res[rng.random((h, w)) < 0.1] = -9999  # nodata: a barrier in both
    src = np.zeros((h, w), np.int32)
    for k, (y, x) in enumerate([(10, 10), (40, 60), (60, 20)], start=1):
        src[y, x] = k
        res[y, x] = 2.0
    rp = write_tif(tmp_path / "res.tif", res, cell=cell, nodata=-9999)
    sp = write_tif(tmp_path / "src.tif", src, cell=cell, nodata=0)
    grass = _grass_r_cost(tmp_path, rp, sp)   # 8 neighbours (no -k), cost × cells
    ours = cd.cost_distance(cd.cost_array(res, res > 0), src, (cell, cell)).cost
    ok = np.isfinite(grass)
    assert (np.isfinite(ours) == ok).all()
    np.testing.assert_allclose(ours[ok], grass[ok] * cell, rtol=1e-9)


# --- corridors ---------------------------------------------------------------------------------

def hand_landscape():
    """A wall of nodata at column 20 with a gap at the top (where source B sits) and one at
    the bottom. A (left) and C (right) reach the bottom gap cheaply through channels of
    resistance 1, so their allocation zones touch there; but their least-cost path goes
    through the top gap, across B (rows 1: 10 per cell; the bottom row is dear)."""
    h, w = 31, 41
    res = np.full((h, w), 10.0)
    valid = np.ones((h, w), bool)
    valid[:, 20] = False
    valid[0:3, 20] = True    # top gap, B in it
    valid[28:31, 20] = True  # bottom gap
    res[1:30, 2] = 1.0       # channel down from A
    res[1:30, 38] = 1.0      # channel down from C
    lab = np.zeros((h, w), np.int32)
    lab[1, 2] = 1            # A
    lab[1, 20] = 2           # B
    lab[1, 38] = 3           # C
    return res, valid, lab


def test_hand_landscape_zones_and_policies():
    res, valid, lab = hand_landscape()
    costs = cd.cost_array(res, valid)
    g = graph_8(res, valid, 1.0, 1.0)
    per = {s: brute_from(g, lab, s).reshape(res.shape) for s in (1, 2, 3)}
    lcd = {(a, b): per[a][lab == b].min() for a, b in ((1, 2), (2, 3), (1, 3))}

    adj = co.mcr_corridors(res, valid, lab, (1.0, 1.0), policy="adjacent")
    assert adj.n_adjacent == 3                        # A and C touch at the bottom gap
    got = {(c.from_id, c.to_id): c for c in adj.corridors}
    assert set(got) == {(1, 2), (2, 3), (1, 3)}
    for k, c in got.items():
        np.testing.assert_allclose(c.cost, lcd[k], rtol=1e-12)
        np.testing.assert_allclose(cd.path_cost(costs, c.rows, c.cols, (1.0, 1.0)), c.cost,
                                   rtol=1e-12)
        assert lab[c.rows[0], c.cols[0]] == k[0] and lab[c.rows[-1], c.cols[-1]] == k[1]
    assert got[(1, 3)].crosses == (2,)              # the A–C path runs through B
    assert got[(1, 3)].bridge > got[(1, 3)].cost    # the bottom crossing is not the LCP

    lm = co.mcr_corridors(res, valid, lab, (1.0, 1.0), policy="adjacent_no_crossing")
    assert {(c.from_id, c.to_id) for c in lm.corridors} == {(1, 2), (2, 3)}
    assert [(c.from_id, c.to_id) for c in lm.dropped_crossing] == [(1, 3)]

    mst = co.mcr_corridors(res, valid, lab, (1.0, 1.0), policy="mst")
    assert {(c.from_id, c.to_id) for c in mst.corridors} == {(1, 2), (2, 3)}
    for c in mst.corridors:
        np.testing.assert_allclose(c.cost, lcd[(c.from_id, c.to_id)], rtol=1e-12)

    lim = sorted(lcd.values())[1] + 1e-6
    cl = co.mcr_corridors(res, valid, lab, (1.0, 1.0), policy="cost_limit", cost_limit=lim)
    want = {k for k, v in lcd.items() if v <= lim}
    assert {(c.from_id, c.to_id) for c in cl.corridors} == want


def test_corridor_types_from_grades():
    res, valid, lab = hand_landscape()
    out = co.mcr_corridors(res, valid, lab, (1.0, 1.0), policy="adjacent",
                           grades={1: co.IMPORTANT, 2: co.ORDINARY, 3: co.CRUCIAL})
    t = {(c.from_id, c.to_id): c.ctype for c in out.corridors}
    assert t == {(1, 2): 2, (2, 3): 1, (1, 3): 1}
    out = co.mcr_corridors(res, valid, lab, (1.0, 1.0), policy="adjacent",
                           grades={1: co.ORDINARY, 2: co.IMPORTANT, 3: co.ORDINARY})
    t = {(c.from_id, c.to_id): c.ctype for c in out.corridors}
    assert t == {(1, 2): 2, (2, 3): 2, (1, 3): 2}   # A–C crosses the important B


@pytest.mark.parametrize("policy", ["adjacent", "adjacent_no_crossing", "mst", "cost_limit"])
def test_random_landscape_lcd_paths_and_width(policy):
    res, valid, lab = random_case(seed=5, shape=(45, 55), nsrc=7)
    costs = cd.cost_array(res, valid)
    g = graph_8(res, valid, 30.0, 30.0)
    per = {s: brute_from(g, lab, s).reshape(res.shape) for s in range(1, 8)}
    width = 1500.0
    out = co.mcr_corridors(res, valid, lab, (30.0, 30.0), policy=policy, cost_limit=4000.0,
                           width=width, zone_classes=3)
    assert out.corridors
    want_nlcc = np.full(res.shape, np.inf)
    for c in out.corridors:
        lcd = per[c.from_id][lab == c.to_id].min()
        np.testing.assert_allclose(c.cost, lcd, rtol=1e-12)
        np.testing.assert_allclose(cd.path_cost(costs, c.rows, c.cols, (30.0, 30.0)), lcd,
                                   rtol=1e-12)
        assert c.bridge >= lcd * (1 - 1e-12) or np.isnan(c.bridge)
        n = per[c.from_id] + per[c.to_id] - lcd
        want_nlcc = np.minimum(want_nlcc, np.where(n <= width, n, np.inf))
        assert np.all(out.nlcc[c.rows, c.cols] <= 1e-6)   # the LCP lies in its corridor
    assert (np.isfinite(out.nlcc) == np.isfinite(want_nlcc)).all()
    ok = np.isfinite(want_nlcc)
    np.testing.assert_allclose(out.nlcc[ok], want_nlcc[ok], atol=1e-6)
    assert out.nlcc[ok].min() >= -1e-6
    if policy == "cost_limit":
        pairs = {(a, b) for a in range(1, 8) for b in range(a + 1, 8)
                 if per[a][lab == b].min() <= 4000.0}
        assert {(c.from_id, c.to_id) for c in out.corridors} == pairs
    assert out.zones.max() == 3 and (out.zones[~np.isfinite(out.cost)] == 0).all()


def test_zone_breaks_given():
    res, valid, lab = random_case(seed=6)
    out = co.mcr_corridors(res, valid, lab, (30.0, 30.0), zone_breaks=[500.0, 2000.0])
    c, z = out.cost, out.zones
    ok = np.isfinite(c)
    assert (z[ok & (c <= 500)] == 1).all() and (z[ok & (c > 500) & (c <= 2000)] == 2).all()
    assert (z[ok & (c > 2000)] == 3).all()


def test_bad_inputs():
    res, valid, lab = random_case(seed=8)
    with pytest.raises(InputError, match="cost limit"):
        co.mcr_corridors(res, valid, lab, (30.0, 30.0), policy="cost_limit")
    with pytest.raises(InputError, match="source"):
        co.mcr_corridors(res, valid, np.zeros_like(lab), (30.0, 30.0))


def test_mst_without_width_needs_no_per_source_search():
    res, valid, lab = random_case(seed=9, shape=(40, 50), nsrc=6)
    out = co.mcr_corridors(res, valid, lab, (30.0, 30.0), policy="mst")
    assert out.runs == 0 and len(out.corridors) == 5
