"""PC / dPC and IIC / dIIC against a brute-force oracle, hand-worked cases and invariances;
least-cost distances against the analytic octile distance and scikit-image."""
import itertools
import math

import numpy as np
import pytest

from ecoecon.core.ecosecurity import connectivityimportance as C
from ecoecon.core.errors import InputError

INF = np.inf


# ---------------------------------------------------------------- brute force (independent)
def _bf_pstar(p, nodes):
    """Max product probability by enumerating every simple path (networkx)."""
    nx = pytest.importorskip("networkx")

    g = nx.Graph()
    g.add_nodes_from(nodes)
    for i, j in itertools.combinations(nodes, 2):
        if p[i, j] > 0:
            g.add_edge(i, j)
    out = {}
    for i in nodes:
        for j in nodes:
            if i == j:
                out[i, j] = 1.0
                continue
            best = 0.0
            for path in nx.all_simple_paths(g, i, j):
                best = max(best, math.prod(p[u, v] for u, v in zip(path, path[1:])))
            out[i, j] = best
    return out


def _bf_pcnum(a, p, nodes):
    ps = _bf_pstar(p, nodes)
    return sum(a[i] * a[j] * ps[i, j] for i in nodes for j in nodes), ps


def _bf_dpc(a, p):
    n = len(a)
    nodes = list(range(n))
    num, ps = _bf_pcnum(a, p, nodes)
    res = []
    for k in nodes:
        rest = [i for i in nodes if i != k]
        num_k = _bf_pcnum(a, p, rest)[0] if rest else 0.0
        d = 100 * (num - num_k) / num
        intra = 100 * a[k] ** 2 / num
        flux = 100 * 2 * a[k] * sum(a[j] * ps[k, j] for j in nodes if j != k) / num
        res.append((d, intra, flux, d - intra - flux))
    return num, np.array(res)


def _bf_iic(a, adj):
    nx = pytest.importorskip("networkx")

    n = len(a)

    def num(nodes):
        g = nx.Graph()
        g.add_nodes_from(nodes)
        g.add_edges_from((i, j) for i, j in itertools.combinations(nodes, 2) if adj[i, j])
        sp = dict(nx.all_pairs_shortest_path_length(g))
        return sum(a[i] * a[j] / (1 + sp[i][j]) for i in nodes for j in nodes if j in sp[i])

    tot = num(list(range(n)))
    return tot, np.array([100 * (tot - num([i for i in range(n) if i != k])) / tot
                          for k in range(n)])


def _random_case(rng, n):
    a = rng.uniform(0.5, 20, n)
    xy = rng.uniform(0, 10, (n, 2))
    # distances that break the triangle inequality (like edge-to-edge distances)
    d = C.point_distances(xy) * rng.uniform(0.3, 1.0, (n, n))
    d = np.minimum(d, d.T)
    d[rng.random((n, n)) < 0.3] = INF  # some pairs without a link (notall)
    d = np.minimum(d, d.T)
    np.fill_diagonal(d, 0)
    return a, d


@pytest.mark.parametrize("seed", range(40))
def test_dpc_equals_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 8))
    a, d = _random_case(rng, n)
    d0, p0 = float(rng.uniform(1, 6)), float(rng.uniform(0.05, 0.9))
    max_link = None if seed % 3 else 6.0
    r = C.pc_importance(a, d, d0, p0, max_link=max_link)
    p = C.link_probabilities(d, d0, p0, max_link)
    num, bf = _bf_dpc(a, p)
    assert r["PCnum"] == pytest.approx(num, rel=1e-12)
    got = np.column_stack([r["dPC"], r["dPCintra"], r["dPCflux"], r["dPCconnector"]])
    np.testing.assert_allclose(got, bf, rtol=0, atol=1e-9)
    assert (r["dPCconnector"] >= 0).all()
    np.testing.assert_allclose(r["dA"], 100 * a / a.sum())


@pytest.mark.parametrize("seed", range(15))
def test_diic_equals_brute_force(seed):
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(1, 8))
    a, d = _random_case(rng, n)
    r = C.iic_importance(a, d, 4.0)
    adj = d <= 4.0
    num, bf = _bf_iic(a, adj)
    assert r["IICnum"] == pytest.approx(num, rel=1e-12)
    np.testing.assert_allclose(r["dIIC"], bf, atol=1e-9)
    np.testing.assert_allclose(r["dIIC"], r["dIICintra"] + r["dIICflux"] + r["dIICconnector"],
                               atol=1e-9)


def test_removal_on_larger_graph_equals_naive_removal():
    """n = 60 with components: the divide and conquer equals n explicit re-solves."""
    rng = np.random.default_rng(7)
    n = 60
    a = rng.uniform(1, 10, n)
    d = C.point_distances(rng.uniform(0, 200, (n, 2))) * rng.uniform(0.5, 1, (n, n))
    d = np.minimum(d, d.T)
    r = C.pc_importance(a, d, 10.0, 0.5, max_link=15.0)
    p = C.link_probabilities(d, 10.0, 0.5, 15.0)
    assert r["components"] > 1
    num = r["PCnum"]
    for k in range(n):
        keep = np.arange(n) != k
        ps = C.max_product_probabilities(p[np.ix_(keep, keep)])
        num_k = a[keep] @ ps @ a[keep]
        assert r["dPC"][k] == pytest.approx(100 * (num - num_k) / num, abs=1e-9)


# ---------------------------------------------------------------- hand-worked cases
def test_two_nodes():
    a = np.array([2.0, 3.0])
    d = np.array([[0, 5.0], [5.0, 0]])
    r = C.pc_importance(a, d, 5.0, 0.4)
    num = 4 + 9 + 2 * 2 * 3 * 0.4
    assert r["PCnum"] == pytest.approx(num)
    assert r["dPCflux"][0] == pytest.approx(200 * 2 * 3 * 0.4 / num)
    assert r["dPCconnector"] == pytest.approx([0, 0], abs=1e-12)
    assert r["dPC"][0] == pytest.approx(100 * (num - 9) / num)


def test_one_node():
    r = C.pc_importance([4.0], [[0.0]], 1.0, 0.5, landscape_area=8.0)
    assert r["PCnum"] == 16 and r["dPC"][0] == pytest.approx(100)
    assert r["dPCintra"][0] == pytest.approx(100) and r["PC"] == pytest.approx(0.25)


def _line(ac=INF):
    # p(d0 = 1) = 0.5: A–B and B–C at distance 1 (p = 0.5)
    return np.array([[0, 1, ac], [1, 0, 1], [ac, 1, 0]], dtype=float)


def test_line_abc_published_values():
    r = C.pc_importance(np.ones(3), _line(), 1.0, 0.5)
    assert r["PCnum"] == pytest.approx(5.5)
    assert r["pstar"][0, 2] == pytest.approx(0.25)
    assert r["dPC"][1] == pytest.approx(63.6364, abs=5e-5)
    assert r["dPCintra"][1] == pytest.approx(18.1818, abs=5e-5)
    assert r["dPCflux"][1] == pytest.approx(36.3636, abs=5e-5)
    assert r["dPCconnector"][1] == pytest.approx(9.0909, abs=5e-5)
    for k in (0, 2):
        assert r["dPC"][k] == pytest.approx(45.4545, abs=5e-5)
        assert r["dPCflux"][k] == pytest.approx(27.2727, abs=5e-5)
        assert r["dPCconnector"][k] == pytest.approx(0, abs=1e-12)


def test_line_with_weak_direct_link_keeps_max_product():
    # direct A–C with p = 0.2: d = ln(0.2)/ln(0.5)
    r = C.pc_importance(np.ones(3), _line(math.log(0.2) / math.log(0.5)), 1.0, 0.5)
    assert r["pstar"][0, 2] == pytest.approx(0.25)
    # without B, A and C keep their direct 0.2: connector of B = 2·(0.25 − 0.2)/PCnum
    assert r["dPCconnector"][1] == pytest.approx(100 * 2 * 0.05 / 5.5)


def test_touching_patches_have_p_one():
    d = np.array([[0, 0.0, 3.0], [0.0, 0, INF], [3.0, INF, 0]])
    p = C.link_probabilities(d, 1.0, 0.5)
    assert p[0, 1] == 1.0
    r = C.pc_importance([1.0, 1.0, 1.0], d, 1.0, 0.5)
    assert r["pstar"][0, 1] == 1.0 and r["pstar"][1, 2] == pytest.approx(0.125)
    assert r["PCnum"] == pytest.approx(3 + 2 * (1 + 0.125 + 0.125))
    assert r["links"] == 2 and r["components"] == 1


def test_probability_decay():
    p = C.link_probabilities([[0, 7.0, 14.0], [7.0, 0, 7.0], [14.0, 7.0, 0]], 7.0, 0.3)
    assert p[0, 1] == pytest.approx(0.3) and p[0, 2] == pytest.approx(0.09)


def test_scaling_areas_and_landscape_area_leave_dpc_unchanged():
    rng = np.random.default_rng(3)
    a, d = _random_case(rng, 7)
    r1 = C.pc_importance(a, d, 3.0, 0.5, landscape_area=100.0)
    r2 = C.pc_importance(a * 1e4, d, 3.0, 0.5, landscape_area=5.0)
    for f in ("dPC", "dPCintra", "dPCflux", "dPCconnector"):
        np.testing.assert_allclose(r1[f], r2[f], atol=1e-10)
    assert r2["PCnum"] == pytest.approx(r1["PCnum"] * 1e8)
    assert r1["PC"] == pytest.approx(r1["PCnum"] / 1e4)


def test_centroid_distances_all_pairs_give_no_connector():
    rng = np.random.default_rng(11)
    xy = rng.uniform(0, 1000, (40, 2))
    r = C.pc_importance(rng.uniform(1, 5, 40), C.point_distances(xy), 200.0, 0.5)
    assert np.abs(r["dPCconnector"]).max() < 1e-9
    assert (r["dPCflux"] > 0).all()


def test_threshold_scan_matches_single_runs():
    rng = np.random.default_rng(5)
    a, d = _random_case(rng, 6)
    rows = C.threshold_scan(a, d, [1, 2, 4], 0.5, landscape_area=50)
    for row in rows:
        single = C.pc_importance(a, d, row["distance"], 0.5, landscape_area=50)
        assert row["PCnum"] == pytest.approx(single["PCnum"])
        assert row["EC_PC"] == pytest.approx(math.sqrt(single["PCnum"]))
        assert row["PC"] == pytest.approx(single["PCnum"] / 2500)
    assert rows[0]["PCnum"] < rows[1]["PCnum"] < rows[2]["PCnum"]


def test_bad_inputs():
    with pytest.raises(InputError, match="2"):
        C.pc_importance([1.0, -1.0], [[0, 1], [1, 0]], 1, 0.5)
    with pytest.raises(InputError):
        C.pc_importance([1.0, 1.0], [[0, 1], [1, 0]], 1, 1.5)
    with pytest.raises(InputError):
        C.pc_importance([1.0, 1.0], [[0, 1], [1, 0]], 0, 0.5)


def test_grades_by_natural_breaks():
    pytest.importorskip("jenkspy")
    v = np.array([0.1, 0.2, 0.15, 5.0, 5.5, 30.0, 31.0])
    g, b = C.grade_by_breaks(v, 3)
    assert g.tolist() == [3, 3, 3, 2, 2, 1, 1]
    assert C.grade_by_breaks([2.0, 2.0], 3)[0].tolist() == [1, 1]


# ---------------------------------------------------------------- least-cost distances
def test_least_cost_uniform_is_octile_distance():
    lab = np.zeros((12, 15), int)
    lab[1, 1] = 1
    lab[9, 13] = 2
    lab[5:7, 2:4] = 3
    res = np.full(lab.shape, 2.0)
    d = C.least_cost_distances(lab, 3, res, np.ones(lab.shape, bool), 10.0, 10.0)

    def octile(p, q):
        dr, dc = abs(p[0] - q[0]), abs(p[1] - q[1])
        return 2.0 * 10.0 * (max(dr, dc) - min(dr, dc) + math.sqrt(2) * min(dr, dc))

    assert d[0, 1] == pytest.approx(octile((1, 1), (9, 13)))
    assert d[0, 2] == pytest.approx(min(octile((1, 1), q) for q in
                                        [(5, 2), (5, 3), (6, 2), (6, 3)]))
    np.testing.assert_allclose(d, d.T)


def test_least_cost_matches_skimage_mcp_geometric():
    skg = pytest.importorskip("skimage.graph")
    rng = np.random.default_rng(2)
    res = rng.uniform(1, 10, (30, 40))
    valid = rng.random(res.shape) > 0.1
    lab = np.zeros(res.shape, int)
    lab[2:4, 2:5] = 1
    lab[20:23, 30:33] = 2
    lab[25:28, 5:7] = 3
    valid[lab > 0] = True
    d = C.least_cost_distances(lab, 3, res, valid, 30.0, 30.0)
    costs = np.where(valid, res, np.inf)
    for i in (1, 2, 3):
        m = skg.MCP_Geometric(costs, sampling=(30.0, 30.0))
        cum, _ = m.find_costs(list(zip(*np.nonzero(lab == i))))
        for j in (1, 2, 3):
            assert d[i - 1, j - 1] == pytest.approx(cum[lab == j].min(), rel=1e-12)
    # a bounded search leaves far pairs without a link
    lim = np.sort(d[np.triu_indices(3, 1)])[1]
    db = C.least_cost_distances(lab, 3, res, valid, 30.0, 30.0, limit=lim)
    np.testing.assert_array_equal(np.isinf(db), d > lim)
