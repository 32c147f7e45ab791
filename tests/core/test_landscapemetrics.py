"""Landscape metrics against FRAGSTATS 4.2's own output (Augusta NLCD), analytic fixtures and a
brute-force CONNECT written here."""
import numpy as np
import pytest
from scipy.spatial.distance import cdist
from scipy import ndimage

from ecoecon.core.errors import InputError
from ecoecon.core.landuse.landscapemetrics import landscape_metrics, max_like_adjacencies, min_edge
from tests.conftest import shared_data


def _read_fragstats(path):
    rows = [[x.strip() for x in line.split(",")] for line in open(path) if line.strip()]
    return rows[0], rows[1:]


@pytest.fixture(scope="module")
def augusta():
    gdal = pytest.importorskip("osgeo.gdal", reason="GDAL (osgeo) is not installed")
    path = shared_data("augusta_nlcd", "augusta_nlcd.tif")
    a = gdal.Open(str(path)).ReadAsArray()
    return a, landscape_metrics(a, np.ones(a.shape, bool), 30.0)


# FRAGSTATS prints 4 decimals: agreement to half a unit of the last digit (plus float noise)
TOL = 5.0001e-5


def test_class_metrics_equal_fragstats(augusta):
    _, res = augusta
    hdr, rows = _read_fragstats(shared_data("augusta_nlcd", "augusta_nlcd.class"))
    assert len(rows) == len(res.classes) == 15
    for row in rows:
        k = res.classes.index(int(row[1].split("_")[1]))
        for m in ("CA", "PLAND", "NP", "LPI", "TE", "ED", "LSI", "AI"):
            assert res.by_class[m][k] == pytest.approx(float(row[hdr.index(m)]), abs=TOL), (
                row[1], m)


def test_landscape_metrics_equal_fragstats(augusta):
    _, res = augusta
    hdr, rows = _read_fragstats(shared_data("augusta_nlcd", "augusta_nlcd.land"))
    for m in ("TA", "NP", "LPI", "TE", "ED", "LSI", "CONTAG", "SHDI", "SHEI", "AI"):
        assert res.landscape[m] == pytest.approx(float(rows[0][hdr.index(m)]), abs=TOL), m


def test_patch_rule_only_changes_np_lpi(augusta):
    a, res8 = augusta
    res4 = landscape_metrics(a, np.ones(a.shape, bool), 30.0, connectivity=4)
    assert res4.landscape["NP"] > res8.landscape["NP"]
    for m in ("PLAND", "LSI", "AI", "TE"):
        assert res4.by_class[m] == res8.by_class[m]
    # NP with 4-cell patches = number of rook-connected components, counted independently
    for k, c in enumerate(res4.classes):
        assert res4.by_class["NP"][k] == ndimage.label(a == c)[1]


def test_compact_square_and_checkerboard():
    sq = np.zeros((12, 12), int)
    sq[2:8, 3:9] = 1  # a 6×6 square in a matrix of class 0
    r = landscape_metrics(sq, np.ones(sq.shape, bool), 10.0)
    k = r.classes.index(1)
    assert r.by_class["AI"][k] == 100.0
    assert r.by_class["LSI"][k] == 1.0
    assert r.by_class["NP"][k] == 1 and r.by_class["PLAND"][k] == pytest.approx(100 * 36 / 144)
    assert r.by_class["TE"][k] == 24 * 10.0  # perimeter of 6×6 cells of 10 m
    cb = np.indices((10, 10)).sum(axis=0) % 2
    r = landscape_metrics(cb, np.ones(cb.shape, bool), 10.0)
    assert r.by_class["AI"] == [0.0, 0.0] and r.landscape["AI"] == 0.0
    assert r.by_class["NP"] == [1, 1]            # 8-cell rule: corners join the cells
    r4 = landscape_metrics(cb, np.ones(cb.shape, bool), 10.0, connectivity=4)
    assert r4.by_class["NP"] == [50, 50]         # 4-cell rule: every cell is a patch
    # SHDI/SHEI of two equal classes, CONTAG of a checkerboard (all adjacencies unlike)
    assert r.landscape["SHDI"] == pytest.approx(np.log(2))
    assert r.landscape["SHEI"] == pytest.approx(1.0)
    assert r.landscape["CONTAG"] == pytest.approx(100 * (1 + (2 * 0.5 * np.log(0.5)) /
                                                         (2 * np.log(2))))


def test_min_edge_and_max_adjacency_by_brute_force():
    # the most compact shape of a cells: fill a square row by row (FRAGSTATS' definition)
    for a in range(1, 60):
        n = int(np.floor(np.sqrt(a)))
        side = n if n * n == a else n + 1
        grid = np.zeros((side + 2, side + 2), bool)
        filled = 0
        for i in range(side):
            for j in range(side):
                if filled < a:
                    grid[1 + i, 1 + j] = True
                    filled += 1
        # a not-quite-square fills n+1 rows of n only when needed: use the better orientation
        best_e, best_g = None, None
        for g in (grid, _fill(a, n)):
            e = (np.sum(g[:, 1:] != g[:, :-1]) + np.sum(g[1:, :] != g[:-1, :]))
            like = np.sum(g[:, 1:] & g[:, :-1]) + np.sum(g[1:, :] & g[:-1, :])
            best_e = e if best_e is None else min(best_e, e)
            best_g = like if best_g is None else max(best_g, like)
        assert min_edge(a) == best_e, a
        assert max_like_adjacencies(a) == best_g, a


def _fill(a, n):
    """n columns wide, rows filled left to right."""
    rows = -(-a // n)
    g = np.zeros((rows + 2, n + 2), bool)
    for t in range(a):
        g[1 + t // n, 1 + t % n] = True
    return g


def _connect_brute(codes, conn, d, cell):
    struct = np.ones((3, 3)) if conn == 8 else None
    joined = possible = 0
    per_class = {}
    for c in np.unique(codes):
        lab, n = ndimage.label(codes == c, structure=struct)
        pts = [np.argwhere(lab == j) * cell for j in range(1, n + 1)]
        cj = sum(1 for j in range(n) for k in range(j + 1, n)
                 if cdist(pts[j], pts[k]).min() <= d + 1e-9)
        per_class[int(c)] = 100 * cj / (n * (n - 1) / 2) if n > 1 else None
        joined += cj
        possible += n * (n - 1) // 2
    return 100 * joined / possible, per_class


@pytest.mark.parametrize("conn,d", [(8, 30.0), (8, 45.0), (4, 20.0), (8, 0.0), (4, 100.0)])
def test_connect_equals_brute_force(conn, d):
    rng = np.random.default_rng(3)
    codes = (ndimage.gaussian_filter(rng.standard_normal((40, 36)), 1.2) > 0.1).astype(int)
    codes[rng.random(codes.shape) < 0.06] = 2
    r = landscape_metrics(codes, np.ones(codes.shape, bool), 10.0, connectivity=conn,
                          connect_distance=d)
    exp_l, exp_c = _connect_brute(codes, conn, d, 10.0)
    assert r.landscape["CONNECT"] == pytest.approx(exp_l)
    for k, c in enumerate(r.classes):
        assert r.by_class["CONNECT"][k] == pytest.approx(exp_c[c])
    assert r.connect_distance == d


def test_nodata_is_outside_and_background_inside():
    base = np.array([[1, 1, 2, 2],
                     [1, 3, 3, 2],
                     [1, 1, 2, 2]])
    r = landscape_metrics(base, np.ones(base.shape, bool), 1.0)
    big = np.full((5, 7), 9)
    big[1:4, 2:6] = base
    rb = landscape_metrics(big, big != 9, 1.0)   # nodata ring: identical metrics
    assert rb.classes == r.classes
    for m in ("PLAND", "NP", "LPI", "TE", "LSI", "AI"):
        assert rb.by_class[m] == r.by_class[m]
    for m in ("TA", "TE", "LSI", "SHDI", "CONTAG", "AI"):
        assert rb.landscape[m] == pytest.approx(r.landscape[m])
    # class 3 as background: A still 12 cells, classes 1 and 2 only; hand-worked
    g = landscape_metrics(base, np.ones(base.shape, bool), 1.0, background=3)
    assert g.classes == [1, 2]
    assert g.by_class["PLAND"] == pytest.approx([100 * 5 / 12, 100 * 5 / 12])
    # class 1 meets class 2 on 2 sides and the background on 3 (class 2 likewise)
    assert g.by_class["TE"] == [5.0, 5.0]
    assert g.landscape["TE"] == 2 + 3 + 3  # 1|2, 1|bg, 2|bg; bg|bg is not an edge
    assert g.landscape["SHDI"] == pytest.approx(-2 * (5 / 12) * np.log(5 / 12))


def test_bad_input():
    with pytest.raises(InputError, match="whole numbers"):
        landscape_metrics(np.array([[1.5, 2.0]]), np.ones((1, 2), bool), 1.0)
    with pytest.raises(InputError, match="no valid"):
        landscape_metrics(np.array([[1, 2]]), np.zeros((1, 2), bool), 1.0)
