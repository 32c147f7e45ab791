"""Core of the SDR model (no QGIS): the routing against brute-force implementations written
here, cell by cell, from pygeoprocessing's documented rules."""
import heapq

import numpy as np
import pytest

from ecoecon.core.ecosystem import routing as R
from ecoecon.core.ecosystem import sdr as S
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
