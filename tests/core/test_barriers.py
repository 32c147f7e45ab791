"""barriers: a planted wall across a corridor is the top barrier, and its score equals a
brute-force recomputation: the raster with the circle restored, a plain Dijkstra written here
(scipy.sparse.csgraph on the 8-neighbour graph, step × mean resistance)."""
import numpy as np
import pytest
from scipy import sparse
from scipy.sparse import csgraph

from ecoecon.core.errors import InputError
from ecoecon.core.ecosecurity import barriers as bb

CELL = 10.0


def _dijkstra_lcd(res, lab, a, b):
    h, w = res.shape
    idx = np.arange(h * w).reshape(h, w)
    rows, cols, vals = [], [], []
    for r in range(h):
        for c in range(w):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                r2, c2 = r + dr, c + dc
                if 0 <= r2 < h and 0 <= c2 < w:
                    step = CELL * (np.sqrt(2) if dr and dc else 1.0)
                    rows.append(idx[r, c])
                    cols.append(idx[r2, c2])
                    vals.append(step * (res[r, c] + res[r2, c2]) / 2)
    G = sparse.csr_matrix((vals, (rows, cols)), shape=(h * w, h * w))
    d = csgraph.dijkstra(G, directed=False, indices=idx[lab == a], min_only=True)
    return d[idx[lab == b]].min()


def _landscape():
    res = np.full((24, 40), 100.0)
    res[10:13, :] = 1.0          # corridor, 3 cells wide, at the lowest resistance
    res[10:13, 20] = 70.0        # the wall
    res[3, 5:35] = 30.0          # a decoy: a high-resistance line away from the corridor
    lab = np.zeros(res.shape, int)
    lab[10:13, 0:2] = 1
    lab[10:13, 38:40] = 2
    return res, lab


@pytest.mark.parametrize("radius", [20.0, 30.0])
def test_wall_is_top_barrier_and_score_is_brute_force(radius):
    res, lab = _landscape()
    out = bb.barriers(res, np.ones(res.shape, bool), lab, (CELL, CELL), [radius])
    assert out.pairs == [(1, 2)]
    lcd = _dijkstra_lcd(res, lab, 1, 2)
    assert out.lcd[0] == pytest.approx(lcd, rel=1e-12)
    top = np.argwhere(out.score == out.score.max())
    assert out.score.max() > 0
    # every top cell's circle covers the wall on the corridor
    for r, c in top:
        assert abs(c - 20) * CELL <= radius
    # brute force at the centre on the wall
    r, c = 11, 20
    assert out.score[r, c] == pytest.approx(out.score.max())
    yy, xx = np.mgrid[0:res.shape[0], 0:res.shape[1]]
    disk = np.hypot((yy - r) * CELL, (xx - c) * CELL) <= radius + 1e-9
    restored = res.copy()
    restored[disk] = res.min()
    lcd2 = _dijkstra_lcd(restored, lab, 1, 2)
    assert out.score[r, c] == pytest.approx((lcd - lcd2) / (2 * radius), rel=1e-9)
    # and the decoy line, which no corridor crosses, scores nothing
    assert out.score[3, 5:35].max() == 0


def test_max_over_radii_and_bad_radius():
    res, lab = _landscape()
    a = bb.barriers(res, np.ones(res.shape, bool), lab, (CELL, CELL), [20.0])
    b = bb.barriers(res, np.ones(res.shape, bool), lab, (CELL, CELL), [30.0])
    both = bb.barriers(res, np.ones(res.shape, bool), lab, (CELL, CELL), [20.0, 30.0])
    np.testing.assert_allclose(both.score, np.maximum(a.score, b.score))
    with pytest.raises(InputError):
        bb.barriers(res, np.ones(res.shape, bool), lab, (CELL, CELL), [5.0])
