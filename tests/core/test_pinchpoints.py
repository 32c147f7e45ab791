"""pinchpoints: on a one-corridor landscape 1 A crosses every cut of the corridor (flows
recomputed here from the voltages and link conductances), and the pinch zone is the neck."""
import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.ecosecurity import pinchpoints as pp


def _landscape():
    rng = np.random.default_rng(2)
    res = np.full((30, 60), 80.0)
    res[10:20, :] = rng.uniform(1, 3, (10, 60))     # corridor band
    res[5:25, 29:32] = 80.0
    res[14:16, 29:32] = 1.0                          # a 2-cell neck
    lab = np.zeros(res.shape, int)
    lab[10:20, 0:3] = 1
    lab[10:20, 57:60] = 2
    return res, lab


@pytest.mark.parametrize("four", [False, True])
def test_one_ampere_across_every_cut(four):
    res, lab = _landscape()
    out = pp.pinch_points(res, np.ones(res.shape, bool), lab, (10.0, 10.0), width=400.0,
                          share=0.05, four_neighbors=four, keep_voltages=True)
    assert len(out.corridors) == 1
    (win, volt, cond), = out.voltages.values()
    lw = lab[win]
    cols_a = np.nonzero((lw == 1).any(axis=0))[0]
    cols_b = np.nonzero((lw == 2).any(axis=0))[0]
    h, w = cond.shape
    checked = 0
    for c in range(cols_a.max() + 1, cols_b.min() - 1):
        total = 0.0
        for r in range(h):
            for dr in ((0,) if four else (-1, 0, 1)):
                r2 = r + dr
                if not (0 <= r2 < h) or cond[r, c] <= 0 or cond[r2, c + 1] <= 0:
                    continue
                g = (cond[r, c] + cond[r2, c + 1]) / 2.0
                if dr:
                    g /= np.sqrt(2.0)
                total += g * (volt[r, c] - volt[r2, c + 1])
        assert abs(total) == pytest.approx(1.0, abs=1e-8), c
        checked += 1
    assert checked > 40
    # the neck carries all of it: the corridor's largest current is in the neck or at its
    # mouths, and the neck is in the pinch zone
    c = out.corridors[0]
    neck = np.zeros(res.shape, bool)
    neck[14:16, 29:32] = True
    cur = np.where(lab > 0, np.nan, out.current)
    r, cc = np.unravel_index(np.nanargmax(cur), cur.shape)
    assert 13 <= r <= 16 and 28 <= cc <= 32
    assert c.max_current == pytest.approx(np.nanmax(cur))
    assert (out.pinch[neck] == 1).all()
    assert c.resistance > 0 and c.lcd > 0


def test_width_must_be_positive():
    res, lab = _landscape()
    with pytest.raises(InputError):
        pp.pinch_points(res, np.ones(res.shape, bool), lab, (10.0, 10.0), width=0)
