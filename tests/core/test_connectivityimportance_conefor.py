"""Conefor's node and connection files in connectivityimportance: a hand-made 5-node network
with listed and unlisted pairs against a brute force written here (all simple paths for the
maximum product probability, explicit node removal, breadth-first hop counts)."""
import itertools
import math

import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.ecosecurity import connectivityimportance as conn

nx = pytest.importorskip("networkx")   # the brute force's graph (a test-only package)

NODES = "1\t4.0\n2\t1.5\n3\t2.0\n4\t3.0\n7\t0.5\n"
# 1-2, 2-3, 3-4, 1-3 listed; 4-7 listed; every other pair (1-4, 2-4, 1-7, ...) unlisted
LINKS = "1\t2\t1000\n2 3 500\n3\t4\t2500\n1\t3\t4000\n4\t7\t800\n"


def _brute_pc(areas, edges, removed=None):
    """PCnum by brute force: p*_ij = max over simple paths of the product of p."""
    g = nx.Graph()
    nodes = [k for k in range(len(areas)) if k != removed]
    g.add_nodes_from(nodes)
    for (i, j), p in edges.items():
        if removed not in (i, j):
            g.add_edge(i, j, p=p)
    total = 0.0
    for i in nodes:
        for j in nodes:
            if i == j:
                best = 1.0
            else:
                best = 0.0
                for path in nx.all_simple_paths(g, i, j):
                    best = max(best, math.prod(g[a][b]["p"] for a, b in zip(path, path[1:])))
            total += areas[i] * areas[j] * best
    return total


def _brute_iic(areas, links, removed=None):
    g = nx.Graph()
    nodes = [k for k in range(len(areas)) if k != removed]
    g.add_nodes_from(nodes)
    g.add_edges_from(e for e in links if removed not in e)
    hops = dict(nx.all_pairs_shortest_path_length(g))
    return sum(areas[i] * areas[j] / (1 + hops[i][j]) for i in nodes for j in nodes
               if j in hops[i])


@pytest.fixture
def files(tmp_path):
    n = tmp_path / "nodes.txt"
    n.write_text(NODES)
    c = tmp_path / "links.txt"
    c.write_text(LINKS)
    return str(n), str(c)


def test_five_nodes_listed_and_unlisted_pairs(files):
    nodes, links = files
    ids, areas = conn.read_conefor_nodes(nodes)
    assert ids == ["1", "2", "3", "4", "7"]
    d0, p0 = 1000.0, 0.5
    dist = conn.read_conefor_links(links, ids, "dist")
    assert np.isinf(dist[0, 3]) and np.isinf(dist[0, 4])      # unlisted: not connected
    r = conn.pc_importance(areas, dist, d0, p0)
    k = -math.log(p0) / d0
    pos = {i: n for n, i in enumerate(ids)}
    edges = {}
    for line in LINKS.splitlines():
        a, b, v = line.split()
        edges[(pos[a], pos[b])] = math.exp(-k * float(v))
    num = _brute_pc(areas, edges)
    assert r["PCnum"] == pytest.approx(num, rel=1e-12)
    for m in range(5):
        dpc = 100 * (num - _brute_pc(areas, edges, removed=m)) / num
        assert r["dPC"][m] == pytest.approx(dpc, rel=1e-10, abs=1e-12)
        intra = 100 * areas[m] ** 2 / num
        assert r["dPCintra"][m] == pytest.approx(intra, rel=1e-12)
        assert r["dPCconnector"][m] == pytest.approx(dpc - intra - r["dPCflux"][m], abs=1e-9)
    # node 3 carries 1 and 2 to 4 and 7: a connector; the leaf 7 is not
    assert r["dPCconnector"][pos["3"]] > 1 and abs(r["dPCconnector"][pos["7"]]) < 1e-9
    # IIC: links where d <= 1000 (1-2, 2-3, 4-7)
    ri = conn.iic_importance(areas, dist, 1000.0)
    lk = [(0, 1), (1, 2), (3, 4)]
    inum = _brute_iic(areas, lk)
    assert ri["IICnum"] == pytest.approx(inum, rel=1e-12)
    for m in range(5):
        assert ri["dIIC"][m] == pytest.approx(
            100 * (inum - _brute_iic(areas, lk, removed=m)) / inum, rel=1e-10, abs=1e-12)


def test_probability_file_gives_the_same_as_its_distances(files, tmp_path):
    nodes, links = files
    ids, areas = conn.read_conefor_nodes(nodes)
    d0, p0 = 1000.0, 0.5
    k = -math.log(p0) / d0
    prob = tmp_path / "prob.txt"
    prob.write_text("".join("%s %s %.17g\n" % (a, b, math.exp(-k * float(v)))
                            for a, b, v in (ln.split() for ln in LINKS.splitlines())))
    a = conn.pc_importance(areas, conn.read_conefor_links(links, ids, "dist"), d0, p0)
    b = conn.pc_importance(areas, conn.read_conefor_links(str(prob), ids, "prob", d0, p0),
                           d0, p0)
    assert a["PCnum"] == pytest.approx(b["PCnum"], rel=1e-12)
    np.testing.assert_allclose(a["dPC"], b["dPC"], rtol=1e-10)


def test_bad_files_name_the_problem(files, tmp_path):
    nodes, links = files
    ids, _ = conn.read_conefor_nodes(nodes)
    bad = tmp_path / "bad.txt"
    bad.write_text("1 2 10\n1 99 5\n")
    with pytest.raises(InputError, match="99"):
        conn.read_conefor_links(str(bad), ids)
    bad.write_text("1 2 10\n2 1 11\n")
    with pytest.raises(InputError, match="twice"):
        conn.read_conefor_links(str(bad), ids)
    bad.write_text("1 x\n")
    with pytest.raises(InputError, match="line 1"):
        conn.read_conefor_nodes(str(bad))
    # ids written 3 or 3.0 match
    ok = tmp_path / "ok.txt"
    ok.write_text("1.0 2 10\n")
    assert conn.read_conefor_links(str(ok), ids)[0, 1] == 10
    assert list(itertools.chain(ids)) == ["1", "2", "3", "4", "7"]
