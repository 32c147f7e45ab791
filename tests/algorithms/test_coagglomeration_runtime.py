"""ecoecon:coagglomeration where it runs: an unguarded PyQGIS script with worker processes
(runs once, never hangs, same pair table as threads), cancel with worker processes and threads
(the workers are gone; the time is printed, not asserted), a log line per stage, and a real
Dask cluster on loopback (a scheduler and two workers in separate processes with the package
pip-installed for them): the same pair table as the local run, and a worker killed mid-run is
survived or reported, never a hang."""
import csv
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.algorithms.test_coagglomeration import _firms, _params

pytest.importorskip("ot")

ROOT = Path(__file__).resolve().parents[2]


def _read(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def _table(path):
    return [(r["industry_j"], r["industry_k"], r["w"], r["coagg"], r["draws"])
            for r in _read(path)]


class _Feedback(QgsProcessingFeedback):
    """Keeps the log and calls ``hook(progress)`` on every progress step."""

    def __init__(self, hook=None):
        super().__init__()
        self.lines, self.hook = [], hook

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.lines.append("WARNING " + text)
        super().pushWarning(text)

    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        if self.hook:
            self.hook(value)


def _children():
    import psutil
    return [p.pid for p in psutil.Process().children(recursive=True) if p.is_running()
            and p.status() != psutil.STATUS_ZOMBIE]


SCRIPT = '''
# a user's PyQGIS script, as the README shows it: no `if __name__ == "__main__":` guard
import importlib.util, os, sys
from qgis.core import QgsApplication, QgsProcessingFeedback
open({marker!r}, "a").write("script body ran\\n")
app = QgsApplication([], False)
app.initQgis()
sys.path.append(os.path.join(app.pkgDataPath(), "python", "plugins"))
from processing.core.Processing import Processing
Processing.initialize()
import processing
spec = importlib.util.spec_from_file_location(
    "ecoecon", {init!r}, submodule_search_locations=[{root!r}])
mod = importlib.util.module_from_spec(spec)
sys.modules["ecoecon"] = mod
spec.loader.exec_module(mod)
from ecoecon.provider.provider import EcoEconProvider
provider = EcoEconProvider()
QgsApplication.processingRegistry().addProvider(provider)


class Feedback(QgsProcessingFeedback):
    def pushWarning(self, text):
        print("WARNING", text, flush=True)


params = {params!r}
processing.run("ecoecon:coagglomeration", params, feedback=Feedback())
print("DONE", flush=True)
'''


def test_unguarded_pyqgis_script_with_worker_processes(tmp_path, run):
    """The script body runs once (multiprocessing's spawn would run it again in every worker,
    and with thousands of firms the parent blocked for ever in a pipe write), and the pair
    table is the one threads give with the same seed."""
    src = _firms(tmp_path / "firms.gpkg", seed=4)
    proc_dir, thr_dir = tmp_path / "proc", tmp_path / "thr"
    proc_dir.mkdir()
    thr_dir.mkdir()
    marker = tmp_path / "runs.txt"
    script = tmp_path / "user_script.py"
    script.write_text(SCRIPT.format(marker=str(marker), init=str(ROOT / "__init__.py"),
                                    root=str(ROOT),
                                    params=_params(proc_dir, src, DRAWS=60, PROCESSES=2)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                       timeout=600, cwd=str(tmp_path), env=env)
    assert "DONE" in r.stdout, (r.stdout[-2000:], r.stderr[-3000:])
    assert "WARNING" not in r.stdout  # no fallback to threads: the workers ran
    assert marker.read_text() == "script body ran\n"
    run("ecoecon:coagglomeration", _params(thr_dir, src, DRAWS=60, PROCESSES=0, THREADS=1))
    assert _table(proc_dir / "pairs.csv") == _table(thr_dir / "pairs.csv")


@pytest.mark.parametrize("processes", [2, 0])
def test_cancel_stops_the_run_and_its_workers(tmp_path, run, processes):
    """Cancel once the counterfactual stage runs: the run ends with 'Canceled', no worker
    process is left, and progress moved before (not stuck). The time from the cancel to the
    end is printed (this machine is shared: no timed assertion)."""
    src = _firms(tmp_path / "firms.gpkg", seed=5)
    seen, t_cancel = [], []

    def hook(value):
        seen.append(value)
        if value >= 25 and not t_cancel:
            def later():
                t_cancel.append(time.monotonic())
                fb.cancel()
            threading.Timer(1.0, later).start()
            t_cancel.append(None)
    fb = _Feedback(hook)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("ecoecon:coagglomeration", _params(tmp_path, src, DRAWS=4000, PRECISION=0,
                                               PROCESSES=processes, THREADS=2), feedback=fb)
    took = time.monotonic() - t_cancel[1]
    print("cancel (%s): %.2f s after feedback.cancel()"
          % ("%d worker processes" % processes if processes else "threads", took))
    assert len(set(int(v) for v in seen)) > 5  # progress moved
    time.sleep(0.5)
    assert _children() == []
    assert not (tmp_path / "pairs.csv").exists()


def test_a_log_line_per_stage(tmp_path, run, monkeypatch):
    from ecoecon.core.industry import coagglomeration as cg
    monkeypatch.setattr(cg, "LOG_EVERY_S", 0.0)  # a line for every unit
    src = _firms(tmp_path / "firms.gpkg", seed=6)
    fb = _Feedback()
    run("ecoecon:coagglomeration", _params(tmp_path, src, DRAWS=50, PROCESSES=0), feedback=fb)
    obs = [s for s in fb.lines if s.startswith("Observed distances")]
    drw = [s for s in fb.lines if s.startswith("Counterfactual draws")]
    assert obs and obs[-1].startswith("Observed distances and bounds: 4 of 4 industries")
    assert drw and "16 of 16 pairs finished" in drw[-1] and "about 0 s left" in drw[-1]


# --- a real Dask cluster on loopback ------------------------------------------------------------
@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, each a separate
    process of this Python with the package pip-installed into a folder of their own (what a
    user's workers need: ``pip install`` of this repository and its dependencies); the plugin
    is not on their path. Yields (address, worker processes); stops them all."""
    pytest.importorskip("distributed")
    from distributed import Client
    from tests.core.test_package import install_core, plain_env
    base = tmp_path_factory.mktemp("dask")
    site = install_core(base / "site")
    env = plain_env(site)
    sched_file = base / "scheduler.json"
    cmd = [sys.executable, "-m", "dask"]
    procs = []
    logs = []

    def start(args, name):
        log = open(base / (name + ".log"), "w")
        logs.append(log)
        p = subprocess.Popen(cmd + args, cwd=str(base), env=env, stdout=log,
                             stderr=subprocess.STDOUT, start_new_session=True)
        procs.append(p)
        return p
    try:
        start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
               "--scheduler-file", str(sched_file)], "scheduler")
        t0 = time.monotonic()
        while not sched_file.exists() and time.monotonic() - t0 < 120:
            assert procs[0].poll() is None, (base / "scheduler.log").read_text()
            time.sleep(0.5)
        address = json.loads(sched_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        workers = [start(["worker", address, "--nworkers", "1", "--nthreads", "1",
                          "--no-nanny", "--no-dashboard", "--host", "127.0.0.1",
                          "--name", "w%d" % i], "worker%d" % i) for i in (1, 2)]
        with Client(address, timeout=60) as c:
            c.wait_for_workers(2, timeout=180)
            # the workers import the installed package, not the plugin
            where = c.run(lambda: __import__("ecoecon.core.runners").core.runners.__file__)
            assert all(str(site) in f for f in where.values()), where
        yield address, workers
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)
        for log in logs:
            log.close()


def test_dask_cluster_same_pairs_as_local_run(tmp_path, run, dask_cluster):
    address, _ = dask_cluster
    src = _firms(tmp_path / "firms.gpkg", seed=7)
    for sub, extra in (("local", {}), ("dask", {"SCHEDULER": address})):
        (tmp_path / sub).mkdir()
        run("ecoecon:coagglomeration", _params(tmp_path / sub, src, DRAWS=600, PRECISION=0,
                                               **extra))
    assert _table(tmp_path / "dask" / "pairs.csv") == _table(tmp_path / "local" / "pairs.csv")
    # with a precision, whole rows are the units: the same again
    (tmp_path / "dask2").mkdir()
    (tmp_path / "local2").mkdir()
    run("ecoecon:coagglomeration", _params(tmp_path / "local2", src, DRAWS=300))
    run("ecoecon:coagglomeration", _params(tmp_path / "dask2", src, DRAWS=300,
                                           SCHEDULER=address))
    assert _table(tmp_path / "dask2" / "pairs.csv") == _table(tmp_path / "local2" / "pairs.csv")


def test_dask_worker_killed_mid_run_is_survived(tmp_path, run, dask_cluster):
    """The last test of the module: one of the two workers is killed (SIGKILL) once the first
    units are back. The scheduler reruns its units on the other worker and the pair table is
    the local one; a failure would have to be a QgsProcessingException that names the
    cluster (never a hang: the run has no worker for at most a minute before it fails)."""
    address, workers = dask_cluster
    src = _firms(tmp_path / "firms.gpkg", seed=8)
    (tmp_path / "local").mkdir()
    (tmp_path / "dask").mkdir()
    run("ecoecon:coagglomeration", _params(tmp_path / "local", src, DRAWS=1000, PRECISION=0))
    killed = []

    def hook(value):
        if value > 3 and not killed:
            workers[1].kill()
            killed.append(value)
    t0 = time.monotonic()
    try:
        run("ecoecon:coagglomeration", _params(tmp_path / "dask", src, DRAWS=1000, PRECISION=0,
                                               SCHEDULER=address), feedback=_Feedback(hook))
    except QgsProcessingException as e:  # allowed: a clear message, not a hang
        assert "Dask cluster" in str(e) and address in str(e)
        print("the run failed with: %s" % e)
        return
    finally:
        print("dask run with a worker killed: %.1f s" % (time.monotonic() - t0))
    assert killed and workers[1].wait(10) is not None
    print("the run survived the killed worker")
    assert _table(tmp_path / "dask" / "pairs.csv") == _table(tmp_path / "local" / "pairs.csv")
