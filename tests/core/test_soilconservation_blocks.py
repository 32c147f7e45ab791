"""Per-edge and per-cell work done block by block (peak memory, issue 16 item 4) gives the same
bits as done in one piece: every output and total with blocks of a few edges / cells (so that
many blocks, and block edges inside every kind of row, occur) against one block holding the
whole grid; and inputs in their files' own data types (int16 DEM, float32 factors, byte land
use) against the same values as float64.

The oracle is the same function run with blocks larger than the grid (the code before the
blocks was one piece over the whole arrays), compared bit for bit, NaN included."""
import numpy as np
import pytest

from ecoecon.core.ecosystem import routing as R
from ecoecon.core.ecosystem import soilconservation as S


def _inputs(shape=(70, 64), seed=11):
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    z = ndimage.gaussian_filter(rng.standard_normal(shape), 3) * 40
    z += np.linspace(0, 30, shape[1])[None, :]
    z = np.round(z)  # whole metres: ties and flats, and exact as int16
    r = (300 + 50 * rng.random(shape)).astype(np.float32).astype(np.float64)
    k = (0.02 + 0.01 * rng.random(shape)).astype(np.float32).astype(np.float64)
    lulc = rng.integers(1, 4, shape).astype(float)
    valid = np.ones(shape, bool)
    valid[:3, :4] = False  # some nodata
    valid[30:33, 40:44] = False  # a hole inside
    zones = np.where(np.arange(shape[1])[None, :] < 30, 1, 2) * valid
    return z, r, k, lulc, valid, zones


C, P = {1: 0.2, 2: 0.05, 3: 0.5}, {1: 1.0, 2: 0.5, 3: 0.8}


def _run(method, z, r, k, lulc, valid, zones):
    return S.soil_conservation(z, r, k, lulc, valid, C, P, 30.0, threshold=40, method=method,
                               zones=zones)


def _same(a, b):
    out_a, tot_a = a
    out_b, tot_b = b
    assert sorted(out_a) == sorted(out_b) == sorted(S.OUTPUT_KEYS)
    for key in S.OUTPUT_KEYS:
        assert out_a[key].dtype == out_b[key].dtype == np.float64
        # bit for bit (NaN and the sign of zero included)
        np.testing.assert_array_equal(out_a[key].view(np.int64), out_b[key].view(np.int64),
                                      err_msg=key)
    assert tot_a == tot_b


@pytest.mark.parametrize("method", ["mfd", "d8"])
@pytest.mark.parametrize("edges,cells", [(7, 5), (64, 333), (1000, 1 << 12)])
def test_small_blocks_give_the_same_bits(method, edges, cells, monkeypatch):
    inp = _inputs()
    whole = _run(method, *inp)  # blocks larger than the grid: one piece
    n = int(inp[4].sum())
    assert n < R.CELL_BLOCK and 8 * n < R.BLOCK
    monkeypatch.setattr(R, "BLOCK", edges)
    monkeypatch.setattr(R, "CELL_BLOCK", cells)
    monkeypatch.setattr(R, "SOLVE_BLOCK", edges)  # the triangular solves block by block too
    g = R.flow_direction(R.fill_pits(np.where(inp[4], inp[0], np.nan), inp[4]), inp[4],
                         method)
    blocks = list(g.blocks())
    assert len(blocks) > 2
    # the blocks tile the edges and never split a source's row
    assert blocks[0][0] == 0 and blocks[-1][1] == g.nnz
    assert all(b[1] == c[0] and b[3] == c[2] for b, c in zip(blocks, blocks[1:]))
    assert all(g.indptr[r0] == e0 and g.indptr[r1] == e1 for e0, e1, r0, r1 in blocks)
    _same(_run(method, *inp), whole)


@pytest.mark.parametrize("method", ["mfd", "d8"])
def test_inputs_in_their_own_data_types_give_the_same_bits(method):
    z, r, k, lulc, valid, zones = _inputs()
    ref = _run(method, z, r, k, lulc, valid, zones)
    got = _run(method, z.astype(np.int16), r.astype(np.float32), k.astype(np.float32),
               lulc.astype(np.uint8), valid, zones.astype(np.int32))
    _same(got, ref)


def test_graph_edge_arrays_read_from_the_system_layout():
    # targets and sources read per block (and whole on access) are those of the flow
    # directions: every edge goes from a cell to its neighbour in direction k
    z, r, k, lulc, valid, zones = _inputs((30, 27), 3)
    filled = R.fill_pits(np.where(valid, z, np.nan), valid)
    for method in ("mfd", "d8"):
        g = R.flow_direction(filled, valid, method)
        src, tgt, kk = g.src, g.indices, g.k.astype(np.int64)
        cols = z.shape[1]
        a, b = g.cells[src], g.cells[tgt]
        np.testing.assert_array_equal(b // cols - a // cols, R.DR[kk])
        np.testing.assert_array_equal(b % cols - a % cols, R.DC[kk])
        assert np.all(tgt > src)  # topological order
        parts = [(g.src_block(r0, r1), g.tgt_block(e0, e1, r0, r1))
                 for e0, e1, r0, r1 in g.blocks()]
        np.testing.assert_array_equal(np.concatenate([p[0] for p in parts]), src)
        np.testing.assert_array_equal(np.concatenate([p[1] for p in parts]), tgt)
