"""core/runners.py without QGIS: threads and worker processes give the same results, a worker
process never runs the caller's script, a worker that dies, hangs at start or cannot start is
reported and its units are redone by threads, cancel kills the workers, unit errors come back as
themselves. The units live in a small module written here (the workers get the caller's
sys.path)."""
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ecoecon.core import runners
from ecoecon.core.progress import Canceled

ROOT = Path(__file__).resolve().parents[2]

UNITS = '''
import os, time

def setup(shared, stop):
    return {"base": shared, "stop": stop, "pid": os.getpid()}

def add(state, item):
    return state["base"] + item, os.getpid()

def add_wait(state, item):
    time.sleep(0.05)
    return state["base"] + item, os.getpid()

def plain(shared, item):
    return shared * item

def slow(state, item):
    for _ in range(600):            # 60 s unless stopped
        if state["stop"].is_set():
            return None
        time.sleep(0.1)
    return item

def die_in_worker(state, item):
    # a worker process dies on item 3; the parent (threads) computes it
    if item == 3 and os.getpid() != state["base"]:
        os._exit(7)
    return item * item

def bad(state, item):
    if item == 2:
        raise ValueError("unit %d is bad" % item)
    return item
'''


@pytest.fixture
def units(tmp_path, monkeypatch):
    name = "rt_units_%d" % os.getpid()
    (tmp_path / (name + ".py")).write_text(UNITS)
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_threads_and_processes_same_results_in_item_order(units):
    items = list(range(12))
    seen = []
    thr = runners.Threads(2).run(units + ":add", items, shared=100, setup=units + ":setup")
    prc = runners.Processes(2).run(units + ":add", items, shared=100, setup=units + ":setup",
                                   on_result=lambda i, r: seen.append(i))
    assert [r[0] for r in thr] == [r[0] for r in prc] == [100 + i for i in items]
    assert sorted(seen) == items
    pids = {r[1] for r in prc}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2  # really other processes
    # without a setup the state is the shared data
    assert runners.Processes(1).run(units + ":plain", [1, 2, 3], shared=5) == [5, 10, 15]


def _gone(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return True
    return False


def test_kept_workers_run_the_next_stage_then_close(units):
    """Processes(reuse=True): the next run (a new setup and shared data) goes to the same
    worker processes; one that died in between is replaced; close() ends them; a failed run
    ends its workers as without reuse."""
    r = runners.Processes(2, reuse=True)
    first = r.run(units + ":add", range(8), shared=100, setup=units + ":setup")
    pids = {p for _, p in first}
    assert os.getpid() not in pids and pids
    k1 = {w.proc.pid for w in r._kept}   # (a worker may be ready and kept without a unit)
    assert k1 and os.getpid() not in k1
    pids |= k1
    # units of 50 ms: a kept worker (ready at once) gets some; a new process only in place
    # of one that was not kept
    second = r.run(units + ":add_wait", range(20), shared=1000, setup=units + ":setup")
    assert [v for v, _ in second] == [1000 + i for i in range(20)]
    used = {p for _, p in second}
    assert k1 <= used and len(used - k1) <= 2 - len(k1)
    pids |= used
    assert r.run(units + ":plain", [1, 2], shared=7) == [7, 14]   # a stage without setup
    # (a worker still setting up when its stage ended is not kept: kill one that is)
    dead = r._kept[0].proc.pid
    os.kill(dead, 9)
    time.sleep(0.5)
    third = r.run(units + ":add", range(8), shared=5, setup=units + ":setup")
    assert [v for v, _ in third] == [5 + i for i in range(8)]
    assert dead not in {p for _, p in third}
    kept = {w.proc.pid for w in r._kept}
    assert kept and dead not in kept
    r.close()
    time.sleep(0.2)
    assert all(_gone(p) for p in kept | pids | {dead})
    # a failed run: its workers end (nothing is kept)
    r = runners.Processes(2, reuse=True)
    with pytest.raises(ValueError, match="unit 2 is bad"):
        r.run(units + ":bad", range(5), shared=0, setup=units + ":setup")
    assert r._kept == []


def test_unit_error_comes_back_as_itself(units):
    for r in (runners.Threads(2), runners.Processes(2)):
        with pytest.raises(ValueError, match="unit 2 is bad"):
            r.run(units + ":bad", range(5), shared=0, setup=units + ":setup")


def test_dead_worker_falls_back_to_threads(units):
    events = []
    r = runners.Processes(2, fallback=runners.Threads(2))
    out = r.run(units + ":die_in_worker", range(8), shared=os.getpid(),
                setup=units + ":setup", log=events.append)
    assert out == [i * i for i in range(8)]
    assert "exit status 7" in r.fell_back
    fb = [e for e in events if e["event"] == "fallback"]
    assert len(fb) == 1 and fb[0]["total"] == 8
    # without a fallback the failure is an error that says what happened
    with pytest.raises(runners.RunnerError, match="exit status 7"):
        runners.Processes(2).run(units + ":die_in_worker", range(8), shared=os.getpid(),
                                 setup=units + ":setup")


def test_runner_errors_are_translated(units):
    """A RunnerError's sentence goes through core's translation hook (the plugin installs Qt's
    translator there) and is filled in after translation: worker, pid and exit status stay."""
    from ecoecon.core import i18n
    zh = {"A worker process ({python}, pid {pid}) ended (exit status {status})":
          "工作进程（{python}，pid {pid}）已结束（退出状态 {status}）"}
    i18n.set_translator(lambda ctx, text: zh.get(text, text) if ctx == i18n.CONTEXT else text)
    try:
        with pytest.raises(runners.RunnerError, match=r"^工作进程（.+，pid \d+）已结束（退出状态 7）"):
            runners.Processes(1).run(units + ":die_in_worker", range(5), shared=os.getpid(),
                                     setup=units + ":setup")
    finally:
        i18n.set_translator(None)


def test_worker_that_cannot_start_or_hangs(units, tmp_path):
    with pytest.raises(runners.RunnerError, match="could not start"):
        runners.Processes(1, python=str(tmp_path / "no-python")).run(units + ":plain", [1], 2)
    hang = tmp_path / "hanging-python"
    hang.write_text("#!/bin/sh\nsleep 600\n")
    hang.chmod(0o755)
    r = runners.Processes(1, python=str(hang), fallback=runners.Threads(1), start_timeout=2)
    assert r.run(units + ":plain", [1, 2], shared=3) == [3, 6]
    assert "did not start within 2 s" in r.fell_back
    # a Python of another version is refused by the bootstrap, not run
    py, why = runners.check_python(str(tmp_path / "no-python"))
    assert py is None and "no-python" in why
    assert runners.check_python(sys.executable) == (sys.executable, None)


def test_cancel_kills_the_worker_processes(units):
    pids = []
    t0 = []

    def cancel():
        if len(pids) == 2 and not t0:
            t0.append(time.monotonic())
        return bool(t0)

    def log(ev):
        if ev["event"] == "worker_ready":
            pids.append(ev["pid"])
    with pytest.raises(Canceled):
        runners.Processes(2).run(units + ":slow", range(4), shared=0, setup=units + ":setup",
                                 cancel=cancel, log=log)
    took = time.monotonic() - t0[0]
    for pid in pids:  # killed and reaped: no such process any more
        with pytest.raises(OSError):
            os.kill(pid, 0)
    print("cancel with worker processes: %.2f s" % took)
    # threads: the running units see the stop event, the call returns at once
    t0.clear()
    pids[:] = [0, 0]
    with pytest.raises(Canceled):
        runners.Threads(2).run(units + ":slow", range(4), shared=0, setup=units + ":setup",
                               cancel=cancel)
    print("cancel with threads: %.2f s" % (time.monotonic() - t0[0]))


def test_unguarded_script_is_not_run_again(tmp_path):
    """A script without ``if __name__ == "__main__":`` (what the QGIS console, qgis_process and
    most users' scripts are): its body must run once, not once more in every worker (as with
    multiprocessing's spawn), and the co-agglomeration must finish."""
    pytest.importorskip("ot")
    marker = tmp_path / "runs.txt"
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent('''
        import importlib.util, sys
        import numpy as np
        open(%r, "a").write("ran\\n")
        spec = importlib.util.spec_from_file_location(
            "ecoecon", %r, submodule_search_locations=[%r])
        mod = importlib.util.module_from_spec(spec)
        sys.modules["ecoecon"] = mod
        spec.loader.exec_module(mod)
        from ecoecon.core.industry.coagglomeration import coagglomeration
        rng = np.random.default_rng(0)
        xy = rng.uniform(0, 5e4, (300, 2))
        codes = ["10%%d" %% (i %% 3) for i in range(300)]
        a = coagglomeration(xy, codes, draws=30, seed=2, processes=2)
        b = coagglomeration(xy, codes, draws=30, seed=2, n_jobs=1)
        assert "processes_fallback" not in a.stats, a.stats
        assert (a.exceed == b.exceed).all() and (a.W == b.W).all()
        print("same")
        ''' % (str(marker), str(ROOT / "__init__.py"), str(ROOT))))
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                       timeout=600, cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().endswith("same")
    assert marker.read_text() == "ran\n"


def test_one_interpreter_probe_in_the_tree():
    """``find_python`` is defined once (core/runners.py); deps.qgis_python delegates to it."""
    defs = []
    for p in ROOT.rglob("*.py"):
        if ".venv" in p.parts or "tests" in p.parts:
            continue
        if "def find_python" in p.read_text(encoding="utf-8", errors="replace"):
            defs.append(p.relative_to(ROOT).as_posix())
    assert defs == ["core/runners.py"]
    text = (ROOT / "core" / "industry" / "coagglomeration.py").read_text(encoding="utf-8")
    for word in ("subprocess", "multiprocessing", "distributed"):
        assert word not in text
