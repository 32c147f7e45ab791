"""The triangular solves of the flow routing done block by block (peak memory, issue 16
item 4) give the same bits as one SuperLU solve of the whole system, and the right values.

Oracles: SciPy's ``spsolve_triangular`` on the whole system I − M (what the routing did
before the blocks), compared bit for bit; and a plain loop over the cells in topological order
(accumulation: x_t += m·x_s source after source; gathering: x_s = b_s + Σ m·x_t from the
last cell), compared to 1e-12."""
import numpy as np
import pytest
import scipy.sparse as sp
from scipy.sparse.linalg import spsolve_triangular

from ecoecon.core.ecosystem import routing as R


def _graph(method, shape=(40, 36), seed=5):
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    z = ndimage.gaussian_filter(rng.standard_normal(shape), 2.5) * 30
    z += np.linspace(0, 20, shape[0])[:, None]
    z = np.round(z)  # flats and ties
    valid = np.ones(shape, bool)
    valid[5:8, 6:9] = False
    return R.flow_direction(R.fill_pits(np.where(valid, z, np.nan), valid), valid, method)


def _whole(g, v, b, up):
    """One solve of the whole system, as the routing did it before the blocks."""
    n = g.n
    vals = np.empty(g.nnz + n)
    ptr2 = g.indptr + np.arange(n + 1)
    idx = np.empty(g.nnz + n, dtype=np.int64)
    src = g.src
    slot = np.arange(g.nnz) + src + 1
    idx[slot] = g.indices
    vals[slot] = -v
    idx[ptr2[:-1]] = np.arange(n)
    vals[ptr2[:-1]] = 1.0
    m = sp.csr_matrix((vals, idx.astype(np.int32), ptr2.astype(np.int32)), shape=(n, n))
    rhs = np.array(b, dtype=np.float64, order="F")
    if up:
        return spsolve_triangular(m.T.tocsc(), rhs, lower=True, unit_diagonal=True)
    return spsolve_triangular(m, rhs, lower=False, unit_diagonal=True)


def _loop(g, v, b, up):
    src, tgt = g.src, g.indices
    x = np.array(b, dtype=np.float64)
    if up:
        for e in range(g.nnz):  # sources in topological order: each is final when pushed
            x[tgt[e]] += v[e] * x[src[e]]
    else:
        for e in range(g.nnz - 1, -1, -1):  # from the last source: targets are final
            x[src[e]] += v[e] * x[tgt[e]]
    return x


def _same_bits(a, b):
    np.testing.assert_array_equal(np.ascontiguousarray(a).view(np.int64),
                                  np.ascontiguousarray(b).view(np.int64))


@pytest.mark.parametrize("method", ["mfd", "d8"])
@pytest.mark.parametrize("block", [1, 5, 64, 1 << 20])
def test_solve_up_blocks_same_bits(method, block, monkeypatch):
    g = _graph(method)
    rng = np.random.default_rng(1)
    v = g.share * rng.uniform(0.3, 1.0, g.nnz)
    b = rng.uniform(0, 2, g.n)
    ref = _whole(g, v, b, up=True)
    np.testing.assert_allclose(ref, _loop(g, v, b, up=True), rtol=1e-12)
    monkeypatch.setattr(R, "SOLVE_BLOCK", block)
    if block < g.nnz:
        assert len(list(g.blocks(R.SOLVE_BLOCK))) > 3
    _same_bits(g.solve_up(v, b.copy()), ref)
    # per-edge values given block by block (the routing's way) and several columns at once
    B = np.column_stack([b, rng.uniform(0, 1, g.n), np.ones(g.n)])
    got = g.solve_up(R.Blocks(lambda e0, e1, r0, r1: v[e0:e1].copy()), B.copy(order="F"))
    for j in range(3):
        _same_bits(got[:, j], _whole(g, v, B[:, j], up=True))


@pytest.mark.parametrize("block", [1, 5, 64, 1 << 20])
def test_solve_down_blocks_same_bits_d8(block, monkeypatch):
    g = _graph("d8")
    assert np.diff(g.indptr).max() == 1
    rng = np.random.default_rng(2)
    v = rng.uniform(0.2, 1.0, g.nnz)
    b = rng.uniform(0, 3, g.n)
    ref = _whole(g, v, b, up=False)
    np.testing.assert_allclose(ref, _loop(g, v, b, up=False), rtol=1e-12)
    monkeypatch.setattr(R, "SOLVE_BLOCK", block)
    _same_bits(g.solve_down(v, b.copy()), ref)


def test_solve_down_mfd_whole_system(monkeypatch):
    """Several targets per cell (MFD): gathering stays one solve of the whole system (block
    by block, the order of the terms in a cell's sum could differ)."""
    g = _graph("mfd")
    assert np.diff(g.indptr).max() > 1
    rng = np.random.default_rng(3)
    v = g.share
    b = rng.uniform(0, 3, g.n)
    monkeypatch.setattr(R, "SOLVE_BLOCK", 5)
    _same_bits(g.solve_down(v, b.copy()), _whole(g, v, b, up=False))
    np.testing.assert_allclose(g.solve_down(v, b.copy()), _loop(g, v, b, up=False), rtol=1e-12)


def test_flow_accumulation_counts_the_upslope_cells(monkeypatch):
    """D8 accumulation with tiny blocks: each cell counts itself and every cell whose path
    passes through it (brute force: follow each cell's path)."""
    monkeypatch.setattr(R, "SOLVE_BLOCK", 3)
    g = _graph("d8", shape=(20, 18))
    fa = g.accumulate(np.ones(g.n))
    tgt = np.full(g.n, -1)
    tgt[g.src] = g.indices
    want = np.zeros(g.n)
    for i in range(g.n):
        j = i
        while j >= 0:
            want[j] += 1
            j = tgt[j]
    np.testing.assert_array_equal(fa, want)
