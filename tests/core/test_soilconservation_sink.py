"""Outputs handed on one at a time (``sink``): the same grids as when they are all returned,
each once, and none kept by the core once handed on (peak memory, issue 16 item 4)."""
import weakref

import numpy as np
import pytest

from ecoecon.core.ecosystem import soilconservation as S


def _inputs(shape=(60, 50), seed=5):
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    z = ndimage.gaussian_filter(rng.standard_normal(shape), 3) * 40
    z += np.linspace(0, 30, shape[1])[None, :]
    z = np.round(z, 1)  # ties and flats
    r = 300 + 50 * rng.random(shape)
    k = 0.02 + 0.01 * rng.random(shape)
    lulc = rng.integers(1, 4, shape).astype(float)
    valid = np.ones(shape, bool)
    valid[:3, :4] = False  # some nodata
    zones = np.where(np.arange(shape[1])[None, :] < 25, 1, 2) * valid
    return z, r, k, lulc, valid, zones


@pytest.mark.parametrize("method", ["mfd", "d8"])
def test_sink_gets_every_output_once_identical_and_not_kept(method):
    z, r, k, lulc, valid, zones = _inputs()
    c, p = {1: 0.2, 2: 0.05, 3: 0.5}, {1: 1.0, 2: 0.5, 3: 0.8}
    kw = dict(threshold=40, method=method, zones=zones)
    ref, ref_tot = S.soil_conservation(z, r, k, lulc, valid, c, p, 30.0, **kw)
    assert sorted(ref) == sorted(S.OUTPUT_KEYS)
    got, handed = {}, []

    def sink(key, grid):
        # every grid handed on before is no longer held by the core
        assert all(w() is None for w in handed), key
        got[key] = grid.copy()
        handed.append(weakref.ref(grid))

    out, tot = S.soil_conservation(z, r, k, lulc, valid, c, p, 30.0, sink=sink, **kw)
    assert out == {}
    assert sorted(got) == sorted(S.OUTPUT_KEYS) and len(handed) == len(S.OUTPUT_KEYS)
    for key in S.OUTPUT_KEYS:
        assert got[key].dtype == np.float64 and got[key].shape == z.shape
        np.testing.assert_array_equal(got[key], ref[key], err_msg=key)  # bit for bit, NaN too
    assert tot == ref_tot and sorted(tot) == [1, 2]
    # the totals are the sums of the returned grids over each zone (t/yr: × cell area in ha)
    ha = 30.0 * 30.0 / 1e4
    for zid in (1, 2):
        m = zones == zid
        assert tot[zid]["usle_tot"] == pytest.approx(np.nansum(ref["usle"][m]) * ha, rel=1e-12)
        assert tot[zid]["avoid_exp"] == pytest.approx(
            np.nansum(ref["avoided_export"][m]) * ha, rel=1e-12)
