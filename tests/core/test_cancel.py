"""Cancel reaches inside the long compiled calls (issue 13, item 4), and results are unchanged
when no one cancels. A cancel is a Progress whose is_canceled() turns True after a number of
checks (no clocks: behaviour, not speed)."""
import threading

import numpy as np
import pytest
from scipy import ndimage

from ecoecon.core.ecosecurity import mcrcorridors as co
from ecoecon.core.ecosecurity import costdistance as cd
from ecoecon.core.ecosystem import routing
from ecoecon.core.progress import Canceled, Progress, interruptible


def _after(n):
    """is_canceled that answers False n times, then True; counts its calls."""
    calls = [0]

    def f():
        calls[0] += 1
        return calls[0] > n
    return f, calls


def test_interruptible_returns_the_result_and_errors():
    assert interruptible(Progress(is_canceled=lambda: False), sum, [1, 2, 3]) == 6
    assert interruptible(None, sum, [1, 2]) == 3
    with pytest.raises(ZeroDivisionError):
        interruptible(Progress(is_canceled=lambda: False), lambda: 1 / 0)


def test_interruptible_stops_waiting_on_cancel():
    release = threading.Event()
    f, calls = _after(2)
    with pytest.raises(Canceled):
        interruptible(Progress(is_canceled=f), release.wait, 60, poll=0.01)
    release.set()      # the helper thread ends; its result is dropped
    assert calls[0] == 3


def test_dijkstra_polls_cancel_and_is_unchanged_otherwise():
    rng = np.random.default_rng(0)
    costs = rng.uniform(1, 5, (300, 300))
    lab = np.zeros(costs.shape, np.int32)
    lab[10, 10], lab[250, 200] = 1, 2
    plain = cd.cost_distance(costs, lab, (30.0, 30.0))
    seen = []
    watched = cd.cost_distance(costs, lab, (30.0, 30.0),
                               progress=Progress(seen.append, lambda: False))
    np.testing.assert_array_equal(plain.cost, watched.cost)
    np.testing.assert_array_equal(plain.allocation, watched.allocation)
    # progress moved during the pass, not only at its end
    assert len(seen) >= 90000 // cd.CHECK_EVERY and seen == sorted(seen)
    f, calls = _after(1)
    with pytest.raises(Canceled):
        cd.cost_distance(costs, lab, (30.0, 30.0), progress=Progress(is_canceled=f))
    assert calls[0] == 2     # stopped at the second poll, inside the pass
    f, _ = _after(3)
    with pytest.raises(Canceled):
        co.mcr_corridors(costs, np.ones(costs.shape, bool), lab, (30.0, 30.0),
                         progress=Progress(is_canceled=f))


def test_bounded_search_polls_cancel():
    costs = np.ones((400, 400))
    f, _ = _after(0)
    with pytest.raises(Canceled):
        cd.bounded_cost_distance(costs, np.array([200]), np.array([200]), (1.0, 1.0), 1e9,
                                 progress=Progress(is_canceled=f))
    out = cd.bounded_cost_distance(costs, np.array([200]), np.array([200]), (1.0, 1.0), 5.0,
                                   progress=Progress(is_canceled=lambda: False))
    ref = cd.bounded_cost_distance(costs, np.array([200]), np.array([200]), (1.0, 1.0), 5.0)
    np.testing.assert_array_equal(out.cost, ref.cost)


def test_pit_filling_and_flow_graph_cancel():
    rng = np.random.default_rng(1)
    dem = ndimage.gaussian_filter(rng.standard_normal((200, 200)), 4) * 50 + 100
    valid = np.ones(dem.shape, bool)
    plain = routing.fill_pits(dem, valid)
    watched = routing.fill_pits(dem, valid, Progress(is_canceled=lambda: False))
    np.testing.assert_array_equal(plain, watched)
    with pytest.raises(Canceled):
        routing.fill_pits(dem, valid, Progress(is_canceled=lambda: True))
    g = routing.flow_direction(plain, valid, "mfd", Progress(is_canceled=lambda: False))
    ref = routing.flow_direction(plain, valid, "mfd")
    np.testing.assert_array_equal(g.accumulate(np.ones(g.n)), ref.accumulate(np.ones(ref.n)))
    g.progress = Progress(is_canceled=lambda: True)
    with pytest.raises(Canceled):
        g.accumulate(np.ones(g.n))
    # a terraced DEM: the flat-resolution loops poll too
    terr = np.round(plain / 20) * 20
    with pytest.raises(Canceled):
        routing.flow_direction(routing.fill_pits(terr, valid), valid, "mfd",
                               Progress(is_canceled=lambda: True))


def test_slope_by_blocks_is_the_same():
    from ecoecon.core.ecosystem import soilconservation as sdr
    rng = np.random.default_rng(3)
    dem = ndimage.gaussian_filter(rng.standard_normal((203, 57)), 3) * 40
    valid = rng.random(dem.shape) > 0.05
    whole = sdr.slope_percent(dem, valid, 30.0, 30.0)
    for rows in (1, 2, 50, 64, 202):
        calls = []
        blocks = sdr.slope_percent_blocks(dem, valid, 30.0, 30.0, lambda: calls.append(1),
                                          rows=rows)
        np.testing.assert_array_equal(blocks, whole)
        assert len(calls) == -(-203 // rows)
