"""Core of the SDR model (no QGIS): the routing against brute-force implementations written
here, cell by cell, from pygeoprocessing's documented rules."""
import heapq

import numpy as np
import pytest

from ecoecon.core.ecosystem import routing as R
from ecoecon.core.ecosystem import soilconservation as S
from ecoecon.core.errors import InputError

DR = [0, -1, -1, -1, 0, 1, 1, 1]
DC = [1, 1, 0, -1, -1, -1, 0, 1]


def _dem(shape=(23, 19), seed=3):
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    z = ndimage.gaussian_filter(rng.standard_normal(shape), 2) * 50
    z += np.linspace(0, 20, shape[1])[None, :]
    return np.round(z, 1)  # some ties and flats


def _priority_flood(z, valid):
    """Textbook priority-flood fill (Barnes 2014), 8-connected, edges and nodata drain."""
    rows, cols = z.shape
    out = z.copy()
    done = ~valid.copy()
    pq = []
    for r in range(rows):
        for c in range(cols):
            if not valid[r, c]:
                continue
            edge = r in (0, rows - 1) or c in (0, cols - 1)
            for k in range(8):
                rn, cn = r + DR[k], c + DC[k]
                if 0 <= rn < rows and 0 <= cn < cols and not valid[rn, cn]:
                    edge = True
            if edge:
                heapq.heappush(pq, (z[r, c], r, c))
                done[r, c] = True
    while pq:
        h, r, c = heapq.heappop(pq)
        for k in range(8):
            rn, cn = r + DR[k], c + DC[k]
            if 0 <= rn < rows and 0 <= cn < cols and not done[rn, cn]:
                done[rn, cn] = True
                out[rn, cn] = max(z[rn, cn], h)
                heapq.heappush(pq, (out[rn, cn], rn, cn))
    return out


def test_fill_pits_matches_priority_flood():
    z = _dem()
    valid = np.ones(z.shape, bool)
    valid[10, 10] = False
    z[4:7, 4:7] -= 30  # a pit
    np.testing.assert_array_equal(R.fill_pits(z, valid)[valid],
                                  _priority_flood(z, valid)[valid])


def _brute_d8(f, valid):
    rows, cols = f.shape
    d = np.full(f.shape, -1)
    for r in range(rows):
        for c in range(cols):
            best, bk = 0.0, -1
            for k in range(8):
                rn, cn = r + DR[k], c + DC[k]
                if 0 <= rn < rows and 0 <= cn < cols and valid[rn, cn]:
                    s = (f[r, c] - f[rn, cn]) / (2 ** 0.5 if k % 2 else 1)
                    if s > best:
                        best, bk = s, k
            d[r, c] = bk
    return d


def _brute_accumulate(f, valid, share_of):
    """FA by visiting cells from the highest down (each cell after all of its sources)."""
    rows, cols = f.shape
    fa = np.where(valid, 1.0, 0.0)
    order = sorted(((f[r, c], r, c) for r in range(rows) for c in range(cols)
                    if valid[r, c]), reverse=True)
    for _, r, c in order:
        for (rn, cn), p in share_of(r, c):
            fa[rn, cn] += p * fa[r, c]
    return fa


def test_d8_accumulation_matches_brute_force_on_slopes():
    z = _dem()
    valid = np.ones(z.shape, bool)
    # tilted so that no pit (and so no flat) remains; ties broken by a tiny ramp
    f = R.fill_pits(z + 40.0 * np.arange(z.shape[1])[None, :]
                    + np.arange(z.size).reshape(z.shape) * 1e-6, valid)
    g = R.flow_dir_d8(f, valid)
    dirs = _brute_d8(f, valid)
    slopes = dirs >= 0
    np.testing.assert_array_equal(g.to_grid(g.d8, -1)[slopes], dirs[slopes])

    def share(r, c):
        k = dirs[r, c]
        if k < 0:
            return []
        rn, cn = r + DR[k], c + DC[k]
        return [((rn, cn), 1.0)]
    assert (dirs[:, 1:] >= 0).all()  # only the low (west) edge may lack a lower neighbour
    np.testing.assert_allclose(g.to_grid(g.accumulate(np.ones(g.n))),
                               _brute_accumulate(f, valid, share))


def test_mfd_accumulation_matches_brute_force_with_4bit_shares():
    z = _dem(seed=5)
    valid = np.ones(z.shape, bool)
    f = R.fill_pits(z + 40.0 * np.arange(z.shape[1])[None, :]
                    + np.arange(z.size).reshape(z.shape) * 1e-6, valid)
    g = R.flow_dir_mfd(f, valid)
    rows, cols = f.shape

    def share(r, c):
        w = []
        for k in range(8):
            rn, cn = r + DR[k], c + DC[k]
            if 0 <= rn < rows and 0 <= cn < cols and f[rn, cn] < f[r, c]:
                w.append((k, (f[r, c] - f[rn, cn]) / (2 ** 0.5 if k % 2 else 1)))
        tot = sum(s for _, s in w)
        q = [(k, int(0.5 + s / tot * 15)) for k, s in w]
        qs = sum(x for _, x in q)
        return [((r + DR[k], c + DC[k]), x / qs) for k, x in q if x]
    np.testing.assert_allclose(g.to_grid(g.accumulate(np.ones(g.n))),
                               _brute_accumulate(f, valid, share))


def test_flat_drains_by_shortest_path_to_its_outlet():
    # a flat 5×7 table whose only lower neighbour is below its bottom-right corner
    f = np.full((7, 9), 50.0)
    f[1:6, 1:8] = 10.0
    f[6, 8] = 0.0
    valid = np.ones(f.shape, bool)
    g = R.flow_dir_d8(f, valid)
    fa = g.to_grid(g.accumulate(np.ones(g.n)))
    # all 35 flat cells end at the drain cell (5, 7), which sends them to (6, 8)
    assert fa[5, 7] >= 35
    d = g.to_grid(g.d8, -1)
    assert d[5, 7] == 7  # the corner cell flows SE to the low cell
    # every flat cell moves closer to the corner (Chebyshev distance shrinks by one)
    for r in range(1, 6):
        for c in range(1, 8):
            if (r, c) == (5, 7):
                continue
            k = int(d[r, c])
            rn, cn = r + DR[k], c + DC[k]
            assert max(5 - rn, 7 - cn) == max(5 - r, 7 - c) - 1


def test_distance_to_channel_d8_and_mfd_by_hand():
    # a 1 × 6 strip sloping east, the last cell is the channel
    f = np.array([[6.0, 5, 4, 3, 2, 1]])
    valid = np.ones(f.shape, bool)
    w = np.array([[1.0, 2, 3, 4, 5, 6]])
    for m in ("d8", "mfd"):
        g = R.flow_direction(f, valid, m)
        ch = np.zeros(g.n, bool)
        ch[g.pos[5]] = True
        d = g.to_grid(R.distance_to_channel(g, ch, g.from_grid(w), m))
        if m == "d8":  # the cell's own weight: d_i = w_i + d_down
            np.testing.assert_allclose(d[0], [15, 14, 12, 9, 5, 0])
        else:  # the neighbour's weight: d_i = w_n + d_n
            np.testing.assert_allclose(d[0], [20, 18, 15, 11, 6, 0])


def test_ls_factor_by_formula_and_slope_of_a_plane():
    rows, cols = 8, 6
    z = 100 - np.arange(rows)[:, None] * 3.0 + np.zeros((rows, cols))  # 10 % at 30 m
    s = S.slope_percent(z, np.ones(z.shape, bool), 30.0, -30.0)
    np.testing.assert_allclose(s, 10.0, rtol=1e-6)
    fa = np.array([1.0, 4.0, 50.0, 3000.0])
    for pct, m in ((0.5, 0.2), (2.0, 0.3), (4.0, 0.4), (8.0, 0.5)):
        th = np.arctan(pct / 100)
        a = np.sqrt((fa - 1) * 900)
        x = np.sin(th) + np.cos(th)
        L = ((a + 900) ** (m + 1) - a ** (m + 1)) / (30 ** (m + 2) * x ** m * 22.13 ** m)
        expect = np.minimum(L, 122) * (10.8 * np.sin(th) + 0.03)
        np.testing.assert_allclose(S.ls_factor(np.full(4, pct), fa, 30.0, 122), expect,
                                   rtol=1e-5)


def test_missing_code_is_named():
    z = _dem((6, 5))
    one = np.ones(z.shape)
    lulc = np.ones(z.shape)
    lulc[2, 2] = 9
    with pytest.raises(InputError, match="9"):
        S.soil_conservation(z, one, one, lulc, np.ones(z.shape, bool), {1: 0.1}, {1: 1.0},
                            30.0)


def test_deposition_matches_invest_rules_on_a_strip():
    # D8 strip east; cell 4 (last) is stream. Brute force of sdr_core's per-cell rules.
    f = np.array([[5.0, 4, 3, 2, 1]])
    valid = np.ones(f.shape, bool)
    g = R.flow_dir_d8(f, valid)
    sdr = g.from_grid(np.array([[0.1, 0.2, 0.15, 0.5, 1.0]]))
    ep = g.from_grid(np.array([[2.0, 1.0, 3.0, 0.5, 0.0]]))
    t, flux = S.deposition(g, sdr, ep, np.ones(g.n, bool))
    s = [0.1, 0.2, 0.15, 0.5, 1.0]
    e = [2.0, 1.0, 3.0, 0.5, 0.0]
    F_prev, T = 0.0, []
    for i in range(5):
        dbar = s[i + 1] if i < 4 else 0.0
        dbar = max(dbar, s[i])
        dr = 1.0 if s[i] == 1 else (dbar - s[i]) / (1 - s[i])
        T.append(dr * F_prev)
        F_prev = (1 - dr) * F_prev + e[i]
    np.testing.assert_allclose(g.to_grid(t)[0], T)


# --- flats and MFD streams against plain-Python queues written from pygeoprocessing 2.4's
# rules (flow_dir_d8 / extract_streams_mfd in routing.pyx): the scan in 256 × 256 blocks, a
# first-in-first-out plateau search whose drains seed the drain queue in the order met, then a
# first-in-first-out relaxation that reads a cell's *current* distance when it is popped and
# re-pushes a neighbour each time its distance strictly drops.

def _fifo_d8(h, valid, block=256):
    """D8 directions and plateau distances as pygeoprocessing's flow_dir_d8 sets them.
    Also returns how many pops read a distance that dropped after the cell was pushed."""
    from collections import deque
    rows, cols = h.shape
    sq2 = 1.4142135623730951
    fd = np.full(h.shape, -1)
    seen = np.zeros(h.shape, bool)
    dist = np.full(h.shape, float(rows * cols))

    def height(r, c):
        ok = 0 <= r < rows and 0 <= c < cols and valid[r, c]
        return h[r, c] if ok else None
    scan = [(r, c) for br in range(0, rows, block) for bc in range(0, cols, block)
            for r in range(br, min(br + block, rows)) for c in range(bc, min(bc + block, cols))]
    stale = 0
    for r, c in scan:
        if not valid[r, c] or fd[r, c] >= 0:
            continue
        root = h[r, c]
        best, bs = -1, 0.0
        for k in range(8):
            n = height(r + DR[k], c + DC[k])
            if n is not None and (root - n) / (sq2 if k & 1 else 1.0) > bs:
                best, bs = k, (root - n) / (sq2 if k & 1 else 1.0)
        if best >= 0:
            fd[r, c] = best
            continue
        search, drains, nodata_drains = deque([(r, c)]), deque(), []
        seen[r, c] = True
        while search:
            rq, cq = search.popleft()
            best, bs, diagonal = -1, 0.0, 1
            for k in range(8):
                rn, cn = rq + DR[k], cq + DC[k]
                n = height(rn, cn)
                if n is None:
                    if diagonal and bs == 0.0:
                        best, diagonal = k, k & 1
                    continue
                if n == root:
                    if not seen[rn, cn]:
                        seen[rn, cn] = True
                        search.append((rn, cn))
                elif n < root and (root - n) / (sq2 if k & 1 else 1.0) > bs:
                    best, bs = k, (root - n) / (sq2 if k & 1 else 1.0)
            if best >= 0 and bs > 0:
                fd[rq, cq], dist[rq, cq] = best, 0.0
                drains.append((rq, cq))
            elif best >= 0:
                nodata_drains.append((rq, cq, best))
        if not drains:
            for rq, cq, k in nodata_drains:
                fd[rq, cq], dist[rq, cq] = k, 0.0
                drains.append((rq, cq))
        drains = deque((rq, cq, 0.0) for rq, cq in drains)
        while drains:
            rq, cq, at_push = drains.popleft()
            stale += at_push != dist[rq, cq]
            for k in range(8):
                rn, cn = rq + DR[k], cq + DC[k]
                nd = dist[rq, cq] + (sq2 if k & 1 else 1.0)
                if height(rn, cn) == root and dist[rn, cn] > nd:
                    fd[rn, cn], dist[rn, cn] = (k + 4) % 8, nd
                    drains.append((rn, cn, nd))
    return fd, dist, stale


def _flat_tables(n_cases, seed=11):
    """10 × 10 flats (height 10) with holes (height 60) in a rim of 60, drained by a few rim
    cells at height 0 or, when there are none, by the raster edge."""
    rng = np.random.default_rng(seed)
    for _ in range(n_cases):
        h = np.full((12, 12), 60.0)
        h[1:11, 1:11] = np.where(rng.random((10, 10)) < 0.2, 60.0, 10.0)
        rim = [(0, c) for c in range(12)] + [(11, c) for c in range(12)] + \
              [(r, 0) for r in range(1, 11)] + [(r, 11) for r in range(1, 11)]
        for i in rng.choice(len(rim), rng.integers(0, 4), replace=False):
            h[rim[i]] = 0.0
        if rng.random() < 0.2:
            h = h[1:, 1:]  # the flat touches the raster edge
        yield h


def test_flats_follow_pygeoprocessings_fifo_queue_with_repushes():
    stale_total = 0
    for h in _flat_tables(60):
        valid = np.ones(h.shape, bool)
        if h.shape == (11, 11):
            valid[5, 10] = False  # and a nodata cell
        fd, dist, stale = _fifo_d8(h, valid)
        stale_total += stale
        g = R.flow_dir_d8(h, valid)
        np.testing.assert_array_equal(g.to_grid(g.d8, -1), np.where(valid, fd, -1))
        # the plateau distances too (float sums along the path taken; MFD uses them)
        drops, nod = R._drops(h, valid)
        has_down = valid & (np.nan_to_num(drops, nan=-1.0) > 0).any(axis=0)
        ours = R._flats(h, valid, has_down, nod)[0]
        on_flat = valid & (dist < h.size)
        np.testing.assert_array_equal(ours[on_flat], dist[on_flat])
    # the cases include pops whose distance dropped while they waited in the queue
    assert stale_total > 0


def test_flat_tie_decided_by_a_stale_queue_entry():
    # 1 = flat (height 10), 2 = lower cell (0), 0 = wall (60). The corner (1, 1) is
    # 5.414213562373095 from the drains both S through (2, 1) (4.414213562373095 + 1) and SE
    # through (2, 2) (4.0 + √2), the same float. In the FIFO queue (2, 1) still waits with
    # an entry pushed at 5.24 when its distance has already dropped to 4.41 (re-pushed
    # later); that old entry is popped before (2, 2)'s last entry and, reading the current
    # distance, sets the corner first; (2, 2) then only equals it (strict <). So the corner
    # drains S — a queue ordered by when a cell was first reached said SE. The bundle's cell
    # (row 238, col 242) is the same case (E vs SE, both 7.414213562373095; InVEST: SE).
    m = np.array([[0, 0, 0, 0, 0, 0, 0],
                  [0, 1, 1, 1, 0, 1, 0],
                  [0, 1, 1, 1, 0, 1, 0],
                  [0, 1, 1, 1, 1, 1, 0],
                  [0, 0, 1, 1, 1, 0, 0],
                  [0, 1, 1, 1, 1, 1, 2],
                  [0, 1, 1, 1, 1, 1, 0],
                  [0, 0, 0, 2, 0, 0, 0]])
    h = np.select([m == 1, m == 2], [10.0, 0.0], 60.0)
    valid = np.ones(h.shape, bool)
    fd, dist, stale = _fifo_d8(h, valid)
    assert fd[1, 1] == 6 and stale > 0
    assert dist[2, 1] + 1.0 == dist[2, 2] + 2 ** 0.5 == dist[1, 1]
    g = R.flow_dir_d8(h, valid)
    np.testing.assert_array_equal(g.to_grid(g.d8, -1), fd)


def _brute_streams_mfd(fa, w4, thr, trace=0.7, block=256):
    """extract_streams_mfd as written in pygeoprocessing 2.4: fa with NaN at nodata, w4 the
    (8, rows, cols) 4-bit weights. 1 stream, 0 not (NaN nodata)."""
    from collections import deque
    rows, cols = fa.shape
    st = np.full(fa.shape, 255)

    def ok(r, c):
        return 0 <= r < rows and 0 <= c < cols and not np.isnan(fa[r, c])
    scan = [(r, c) for br in range(0, rows, block) for bc in range(0, cols, block)
            for r in range(br, min(br + block, rows)) for c in range(bc, min(bc + block, cols))]
    for r, c in scan:
        if not ok(r, c) or st[r, c] != 255:
            continue
        st[r, c] = 0
        if fa[r, c] < thr:
            continue
        if not any(w4[k, r, c] and not ok(r + DR[k], c + DC[k]) for k in range(8)):
            continue  # not an outlet
        search = deque([(r, c)])
        st[r, c] = 1
        while search:
            rn, cn = search.popleft()
            for k in range(8):
                rs, cs = rn + DR[k], cn + DC[k]
                if not ok(rs, cs) or not w4[(k + 4) % 8, rs, cs] or st[rs, cs] in (1, 2):
                    continue
                if fa[rs, cs] >= thr:
                    st[rs, cs] = 1
                    search.append((rs, cs))
                    back = deque([(rs, cs)])  # provisional cells below turn stream
                    while back:
                        rb, cb = back.popleft()
                        for kb in range(8):
                            rx, cx = rb + DR[kb], cb + DC[kb]
                            if w4[kb, rb, cb] and ok(rx, cx) and st[rx, cx] == 2:
                                st[rx, cx] = 1
                                back.append((rx, cx))
                elif fa[rs, cs] >= trace * thr:
                    st[rs, cs] = 2
                    search.append((rs, cs))
    return np.where(np.isnan(fa), np.nan, st == 1)


@pytest.mark.parametrize("seed", range(6))
def test_mfd_streams_follow_extract_streams_mfd(seed):
    z = _dem((40, 36), seed=seed)
    valid = np.ones(z.shape, bool)
    valid[18:21, 30:33] = False  # a hole: its rim drains into it (more outlets)
    f = R.fill_pits(z, valid)
    g = R.flow_dir_mfd(f, valid)
    fa = g.accumulate(np.ones(g.n))
    w4 = np.zeros((8,) + z.shape, dtype=np.int64)
    w4.reshape(8, -1)[:, g.cells] = g.weights4
    for thr in (15.0, 40.0):
        ours = g.to_grid(R.streams_mfd(g, fa, thr).astype(float))
        np.testing.assert_array_equal(ours, _brute_streams_mfd(g.to_grid(fa), w4, thr))
