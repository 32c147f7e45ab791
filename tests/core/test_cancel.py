"""Cancel reaches inside the long compiled calls (issue 13, item 4), and results are unchanged
when no one cancels. A cancel is a Progress whose is_canceled() turns True after a number of
checks (no clocks: behaviour, not speed)."""
import threading

import numpy as np
import pytest
from scipy import ndimage

from ecoecon.core.ecosecurity import mcrcorridors as co
from ecoecon.core.ecosecurity import costdistance as cd
from ecoecon.core.ecosystem import routing
from ecoecon.core.progress import Canceled, Progress, interruptible


def _after(n):
    """is_canceled that answers False n times, then True; counts its calls."""
    calls = [0]

    def f():
        calls[0] += 1
        return calls[0] > n
    return f, calls


def test_interruptible_returns_the_result_and_errors():
    assert interruptible(Progress(is_canceled=lambda: False), sum, [1, 2, 3]) == 6
    assert interruptible(None, sum, [1, 2]) == 3
    with pytest.raises(ZeroDivisionError):
        interruptible(Progress(is_canceled=lambda: False), lambda: 1 / 0)


def test_interruptible_stops_waiting_on_cancel():
    release = threading.Event()
    f, calls = _after(2)
    with pytest.raises(Canceled):
        interruptible(Progress(is_canceled=f), release.wait, 60, poll=0.01)
    release.set()      # the helper thread ends; its result is dropped
    assert calls[0] == 3


def test_dijkstra_polls_cancel_and_is_unchanged_otherwise():
    rng = np.random.default_rng(0)
    costs = rng.uniform(1, 5, (300, 300))
    lab = np.zeros(costs.shape, np.int32)
    lab[10, 10], lab[250, 200] = 1, 2
    plain = cd.cost_distance(costs, lab, (30.0, 30.0))
    seen = []
    watched = cd.cost_distance(costs, lab, (30.0, 30.0),
                               progress=Progress(seen.append, lambda: False))
    np.testing.assert_array_equal(plain.cost, watched.cost)
    np.testing.assert_array_equal(plain.allocation, watched.allocation)
    # progress moved during the pass, not only at its end
    assert len(seen) >= 90000 // cd.CHECK_EVERY and seen == sorted(seen)
    f, calls = _after(1)
    with pytest.raises(Canceled):
        cd.cost_distance(costs, lab, (30.0, 30.0), progress=Progress(is_canceled=f))
    assert calls[0] == 2     # stopped at the second poll, inside the pass
    f, _ = _after(3)
    with pytest.raises(Canceled):
        co.mcr_corridors(costs, np.ones(costs.shape, bool), lab, (30.0, 30.0),
                         progress=Progress(is_canceled=f))


def test_bounded_search_polls_cancel():
    costs = np.ones((400, 400))
    f, _ = _after(0)
    with pytest.raises(Canceled):
        cd.bounded_cost_distance(costs, np.array([200]), np.array([200]), (1.0, 1.0), 1e9,
                                 progress=Progress(is_canceled=f))
    out = cd.bounded_cost_distance(costs, np.array([200]), np.array([200]), (1.0, 1.0), 5.0,
                                   progress=Progress(is_canceled=lambda: False))
    ref = cd.bounded_cost_distance(costs, np.array([200]), np.array([200]), (1.0, 1.0), 5.0)
    np.testing.assert_array_equal(out.cost, ref.cost)


def test_pit_filling_and_flow_graph_cancel():
    rng = np.random.default_rng(1)
    dem = ndimage.gaussian_filter(rng.standard_normal((200, 200)), 4) * 50 + 100
    valid = np.ones(dem.shape, bool)
    plain = routing.fill_pits(dem, valid)
    watched = routing.fill_pits(dem, valid, Progress(is_canceled=lambda: False))
    np.testing.assert_array_equal(plain, watched)
    with pytest.raises(Canceled):
        routing.fill_pits(dem, valid, Progress(is_canceled=lambda: True))
    g = routing.flow_direction(plain, valid, "mfd", Progress(is_canceled=lambda: False))
    ref = routing.flow_direction(plain, valid, "mfd")
    np.testing.assert_array_equal(g.accumulate(np.ones(g.n)), ref.accumulate(np.ones(ref.n)))
    g.progress = Progress(is_canceled=lambda: True)
    with pytest.raises(Canceled):
        g.accumulate(np.ones(g.n))
    # a terraced DEM: the flat-resolution loops poll too
    terr = np.round(plain / 20) * 20
    with pytest.raises(Canceled):
        routing.flow_direction(routing.fill_pits(terr, valid), valid, "mfd",
                               Progress(is_canceled=lambda: True))


def test_slope_by_blocks_is_the_same():
    from ecoecon.core.ecosystem import soilconservation as sdr
    rng = np.random.default_rng(3)
    dem = ndimage.gaussian_filter(rng.standard_normal((203, 57)), 3) * 40
    valid = rng.random(dem.shape) > 0.05
    whole = sdr.slope_percent(dem, valid, 30.0, 30.0)
    for rows in (1, 2, 50, 64, 202):
        calls = []
        blocks = sdr.slope_percent_blocks(dem, valid, 30.0, 30.0, lambda: calls.append(1),
                                          rows=rows)
        np.testing.assert_array_equal(blocks, whole)
        assert len(calls) == -(-203 // rows)


# ---------------------------------------------------------------- connectivity least-cost distances
def _lcd_csgraph(lab, n, res, valid, cw, ch, limit=None, diag=None):
    """The former implementation (SciPy csgraph on an explicit 8-neighbour grid graph, one
    multi-source Dijkstra per patch), kept here as the oracle: the searches that replaced it
    must give the same numbers, bit for bit."""
    import math
    from scipy import sparse
    from scipy.sparse import csgraph
    r = np.asarray(res, dtype=np.float64)
    ok = np.asarray(valid, bool) & np.isfinite(r)
    h, w = r.shape
    idx = np.full(r.shape, -1, dtype=np.int64)
    idx[ok] = np.arange(int(ok.sum()))
    rows, cols, data = [], [], []
    diag = math.hypot(cw, ch) if diag is None else diag
    for dr, dc, step in ((0, 1, cw), (1, 0, ch), (1, 1, diag), (1, -1, diag)):
        r0, r1 = slice(0, h - dr), slice(dr, h)
        c0, c1 = (slice(0, w - dc), slice(dc, w)) if dc >= 0 else (slice(-dc, w),
                                                                   slice(0, w + dc))
        both = ok[r0, c0] & ok[r1, c1]
        a_i, b_i = idx[r0, c0][both], idx[r1, c1][both]
        cost = step * 0.5 * (r[r0, c0][both] + r[r1, c1][both])
        rows += [a_i, b_i]
        cols += [b_i, a_i]
        data += [cost, cost]
    m = int(ok.sum())
    g = sparse.csr_matrix((np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))),
                          shape=(m, m))
    out = np.full((n, n), np.inf)
    lim = np.inf if not limit else float(limit)
    for i in range(1, n + 1):
        d = csgraph.dijkstra(g, directed=True, indices=idx[(lab == i) & ok], min_only=True,
                             limit=lim)
        for j in range(1, n + 1):
            out[i - 1, j - 1] = d[idx[(lab == j) & ok]].min()
    out = np.minimum(out, out.T)
    np.fill_diagonal(out, 0.0)
    return out


def _patchy(shape, n, seed):
    rng = np.random.default_rng(seed)
    res = ndimage.gaussian_filter(rng.random(shape), 2) * 50 + rng.uniform(0.5, 3, shape)
    valid = rng.random(shape) > 0.08
    valid[shape[0] // 2, : shape[1] // 2] = False          # a wall with a gap
    lab = np.zeros(shape, np.int32)
    for k in range(1, n + 1):
        y, x = rng.integers(0, shape[0] - 3), rng.integers(0, shape[1] - 3)
        lab[y:y + rng.integers(1, 4), x:x + rng.integers(1, 4)] = k
    return res, valid, lab


@pytest.mark.parametrize("seed,cw,ch", [(0, 30.0, 30.0), (1, 25.0, 40.0), (2, 1.0, 1.0),
                                        (3, 500.0, 500.0)])
def test_least_cost_distances_unchanged(seed, cw, ch):
    from ecoecon.core.ecosecurity import connectivityimportance as C
    res, valid, lab = _patchy((70, 90), 9, seed)
    n = int(lab.max())
    present = np.unique(lab[(lab > 0) & valid])
    lab[~np.isin(lab, present)] = 0
    lab = np.searchsorted(np.concatenate([[0], present]), lab).astype(np.int32)  # 1..n again
    n = present.size
    ref = _lcd_csgraph(lab, n, res, valid, cw, ch)
    got = C.least_cost_distances(lab, n, res, valid, cw, ch)
    np.testing.assert_array_equal(got, ref)
    watched = C.least_cost_distances(lab, n, res, valid, cw, ch,
                                     progress=Progress(lambda f: None, lambda: False))
    np.testing.assert_array_equal(watched, ref)
    # bounded searches: limits equal to a distance (that pair is kept) that cut the others
    # (small ones run in windows), and one large enough for full-raster searches
    fin = np.sort(ref[np.isfinite(ref) & (ref > 0)])
    for lim in (fin[0], fin[fin.size // 4], fin[fin.size // 2], fin[-1] * 3):
        ref_b = _lcd_csgraph(lab, n, res, valid, cw, ch, limit=lim)
        for prog in (None, Progress(lambda f: None, lambda: False)):
            got_b = C.least_cost_distances(lab, n, res, valid, cw, ch, limit=lim,
                                           progress=prog)
            np.testing.assert_array_equal(got_b, ref_b)


def test_least_cost_distances_unreachable_patch():
    from ecoecon.core.ecosecurity import connectivityimportance as C
    res = np.full((40, 40), 2.0)
    valid = np.ones(res.shape, bool)
    valid[:, 20] = False                 # a wall: patch 3 cannot be reached
    lab = np.zeros(res.shape, np.int32)
    lab[3, 3], lab[30, 10], lab[10:12, 30:33] = 1, 2, 3
    got = C.least_cost_distances(lab, 3, res, valid, 10.0, 10.0,
                                 progress=Progress(lambda f: None, lambda: False))
    np.testing.assert_array_equal(got, _lcd_csgraph(lab, 3, res, valid, 10.0, 10.0))
    assert np.isinf(got[0, 2]) and np.isfinite(got[0, 1])


def test_least_cost_distances_cancel_inside_a_search_and_progress_moves():
    from ecoecon.core.ecosecurity import connectivityimportance as C
    from ecoecon.core.ecosecurity import costdistance as cd
    res = np.ones((400, 400))
    valid = np.ones(res.shape, bool)
    lab = np.zeros(res.shape, np.int32)
    lab[5, 5], lab[390, 390] = 1, 2
    seen = []
    C.least_cost_distances(lab, 2, res, valid, 1.0, 1.0, progress=Progress(seen.append,
                                                                           lambda: False))
    # the progress moved inside the first patch's search, not only after it
    assert len([f for f in seen if f < 0.5]) >= 160000 // cd.CHECK_EVERY - 1
    assert seen == sorted(seen) and seen[-1] == 1.0
    f, calls = _after(2)
    with pytest.raises(Canceled):
        C.least_cost_distances(lab, 2, res, valid, 1.0, 1.0, progress=Progress(is_canceled=f))
    assert calls[0] == 3     # the first patch's search stopped at its second poll
    f, calls = _after(2)
    with pytest.raises(Canceled):     # bounded searches in windows poll too
        C.least_cost_distances(lab, 2, res, valid, 1.0, 1.0, limit=200.0,
                               progress=Progress(is_canceled=f))
    assert calls[0] == 3     # polled once inside each window's search


def test_large_search_object_is_built_while_the_cancel_is_polled():
    """Above 16 × CHECK_EVERY cells the Dijkstra object is built in a helper thread
    (``interruptible``): the same surface when no one cancels, Canceled when one does."""
    from ecoecon.core.ecosecurity import costdistance as cd
    rng = np.random.default_rng(5)
    costs = rng.uniform(1, 3, (760, 700))
    assert costs.size >= 16 * cd.CHECK_EVERY
    lab = np.zeros(costs.shape, np.int32)
    lab[3, 3], lab[700, 650] = 1, 2
    plain = cd.cost_distance(costs, lab, (10.0, 10.0))
    watched = cd.cost_distance(costs, lab, (10.0, 10.0),
                               progress=Progress(lambda f: None, lambda: False))
    np.testing.assert_array_equal(plain.cost, watched.cost)
    np.testing.assert_array_equal(plain.allocation, watched.allocation)
    f, calls = _after(1)
    with pytest.raises(Canceled):
        cd.cost_distance(costs, lab, (10.0, 10.0), progress=Progress(is_canceled=f))
    assert calls[0] == 2     # while building (a slow machine) or at the search's first poll


def test_least_cost_distances_diagonal_length():
    """The one difference from the former implementation: the diagonal step is scikit-image's
    sqrt(w² + h²) instead of hypot(w, h). They are the same double for whole-metre cells and
    most others; where they differ by an ulp (these cell sizes), the distances are identical
    to the former algorithm given that diagonal and within a few ulps of the former numbers."""
    import math
    from ecoecon.core.ecosecurity import connectivityimportance as C
    for cw, ch in ((207.55357250273482, 277.04887539816445),
                   (395.27220819706014, 155.08144049936428)):
        diag = float(np.sqrt(ch * ch + cw * cw))
        assert diag != math.hypot(cw, ch)
        res, valid, lab = _patchy((50, 60), 6, 7)
        present = np.unique(lab[(lab > 0) & valid])
        lab[~np.isin(lab, present)] = 0
        lab = np.searchsorted(np.concatenate([[0], present]), lab).astype(np.int32)
        n = present.size
        got = C.least_cost_distances(lab, n, res, valid, cw, ch)
        np.testing.assert_array_equal(got, _lcd_csgraph(lab, n, res, valid, cw, ch, diag=diag))
        np.testing.assert_allclose(got, _lcd_csgraph(lab, n, res, valid, cw, ch), rtol=4e-15)
