"""Running many independent units of work: threads, worker processes of an explicit Python
interpreter, or a Dask cluster, behind one small interface. No science and no QGIS here.

A run is ``runner.run(unit, items, shared=None, setup=None, on_result=None, cancel=None,
log=None)``:

* ``unit`` names a function by its dotted path (``"package.module:function"``); it is called
  as ``unit(state, item)`` for every item and returns plain data (NumPy arrays, numbers,
  lists, dicts);
* ``items`` are plain-data arguments, one per unit;
* ``shared`` is plain data that every unit needs (sent once to each worker process, scattered
  once to a Dask cluster, passed by reference to threads);
* ``setup`` (optional, dotted path) builds a worker's state once from the shared data:
  ``setup(shared, stop) -> state``, where ``stop`` is a :class:`threading.Event` that is set
  when the run is canceled (long units poll it); without ``setup`` the state is ``shared``;
* ``on_result(index, result)`` runs in the calling thread as each unit completes (any order);
  an exception there (e.g. :class:`~.progress.Canceled` from a progress callback) stops the run;
* ``cancel()`` is polled about five times a second; when it returns True the workers are
  stopped (threads told, processes killed, Dask futures cancelled) and :class:`Canceled` is
  raised;
* ``log(event)`` receives plain-data events (dicts with a ``"event"`` key), e.g. a worker
  that failed and the fallback to threads;
* the return value is the list of results in the order of ``items``.

Worker processes are started as ``python -c <bootstrap>`` with an explicit interpreter and talk
over pipes (pickle). They never import the caller's ``__main__`` (unlike ``multiprocessing``'s
spawn start method, which re-runs a script without an ``if __name__ == "__main__":`` guard, the
QGIS console's or ``qgis_process``'s main module): the bootstrap registers this package from its
folder and imports only the module that holds the unit.
"""
import collections
import importlib
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import time
import traceback

from .i18n import tr as _tr
from .progress import Canceled

POLL_S = 0.2  # how often cancel() and the workers' health are checked


class RunnerError(RuntimeError):
    """The machinery failed (a worker process that did not start or died, a Dask cluster that
    cannot be reached or has no workers), not the unit: the message says what and how to fix
    it."""


# --- the Python interpreter for worker processes ------------------------------------------------
def find_python():
    """A Python interpreter of this installation: this one when it is Python itself (scripts,
    tests, notebooks), else the interpreter beside the embedding application's Python (QGIS
    ships one in ``sys.exec_prefix`` on Windows and macOS; Linux has ``bin/python3.X``), else
    ``python3`` on the PATH. None if none is found.

    Embedded (QGIS, ``qgis_process``), ``sys.executable`` is the application, or whatever
    ``python3`` the PATH gave: it is trusted only when it is a Python of this installation
    (two standard libraries must never mix in one worker)."""
    import shutil
    exe = sys.executable or ""
    prefix = os.path.realpath(sys.exec_prefix)
    if (os.path.basename(exe).lower().startswith("python")
            and os.path.realpath(os.path.dirname(exe)).startswith(prefix)):
        return exe
    ver = "python%d.%d" % sys.version_info[:2]
    for cand in (os.path.join(sys.exec_prefix, "python.exe"),
                 os.path.join(sys.exec_prefix, "bin", ver),
                 os.path.join(sys.exec_prefix, "bin", "python3"),
                 os.path.join(sys.exec_prefix, "bin", "python")):
        if os.path.isfile(cand):
            return cand
    return shutil.which("python3")


def check_python(python=None, modules=("numpy",), timeout=120):
    """``(interpreter, None)`` when ``python`` (default :func:`find_python`) is the same Python
    version as this one and imports ``modules`` (with this process's ``sys.path`` added, as
    the workers get it), else ``(None, why)``."""
    python = python or find_python()
    if not python:
        return None, "no Python interpreter was found"
    code = ("import sys; sys.path.extend(%r); assert sys.version_info[:2] == %r, sys.version; "
            "import %s" % (_extra_path(), tuple(sys.version_info[:2]),
                           ", ".join(modules) or "os"))
    try:
        chk = subprocess.run([python, "-c", code], capture_output=True, timeout=timeout,
                             stdin=subprocess.DEVNULL, creationflags=_NO_WINDOW)
        failed = chk.returncode != 0 and (
            chk.stderr.decode(errors="replace").strip()[-300:] or "exit status %d"
            % chk.returncode)
    except (OSError, subprocess.SubprocessError) as e:
        failed = str(e)
    if failed:
        return None, "{} does not work: {}".format(python, failed)
    return python, None


_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows


def _extra_path():
    return [p for p in sys.path if p and os.path.isdir(p)]


def resolve(path):
    """The object named by a dotted path ``package.module:name`` (or ``package.module.name``)."""
    mod, _, name = path.partition(":") if ":" in path else path.rpartition(".")
    obj = importlib.import_module(mod)
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


# --- runners -----------------------------------------------------------------------------------
class Runner:
    """The interface; see the module documentation."""

    workers = 1

    def run(self, unit, items, shared=None, setup=None, on_result=None, cancel=None, log=None):
        raise NotImplementedError

    def close(self):
        """Let go of what the runner keeps between runs (worker processes kept by
        ``Processes(reuse=True)``); a no-op for the others."""


class Threads(Runner):
    """Units in ``n`` threads of this process (NumPy, SciPy and POT release the interpreter
    lock in their compiled loops)."""

    def __init__(self, n=1):
        self.workers = max(1, int(n))

    def run(self, unit, items, shared=None, setup=None, on_result=None, cancel=None, log=None,
            done=None):
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
        items = list(items)
        out = [None] * len(items)
        todo = [i for i in range(len(items)) if not (done and i in done)]
        if done:
            for i, r in done.items():
                out[i] = r
        if not todo:
            return out
        stop = threading.Event()
        state = resolve(setup)(shared, stop) if setup else shared
        fn = resolve(unit) if isinstance(unit, str) else unit
        ex = ThreadPoolExecutor(min(self.workers, len(todo)))
        futs = {ex.submit(fn, state, items[i]): i for i in todo}
        pending = set(futs)
        try:
            while pending:
                fin, pending = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
                for f in fin:
                    i = futs[f]
                    out[i] = f.result()
                    if on_result:
                        on_result(i, out[i])
                if cancel and cancel():
                    raise Canceled("canceled")
        except BaseException:
            stop.set()
            # do not wait for the running units: they see ``stop`` and end on their own
            ex.shutdown(wait=False, cancel_futures=True)
            raise
        ex.shutdown(wait=True)
        return out


# The bootstrap of a worker process, run as ``python -c``: the protocol goes to a copy of the
# original stdout (prints of the science go to stderr), this package is registered from its
# folder (whatever the folder is called) and only the runner module is imported; never the
# caller's __main__.
_BOOT = r"""
import os, pickle, sys
out = os.fdopen(os.dup(1), "wb")
os.dup2(2, 1)
sys.stdout = sys.stderr
inp = sys.stdin.buffer
hdr = pickle.load(inp)
if tuple(sys.version_info[:2]) != tuple(hdr["version"]):
    pickle.dump(("fail", None, "Python %d.%d, not %d.%d like the caller"
                 % (sys.version_info[:2] + tuple(hdr["version"]))), out)
    out.flush()
    sys.exit(3)
sys.path.extend(p for p in hdr["path"] if p not in sys.path)
import importlib, importlib.util
for name, init in hdr["register"]:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, init, submodule_search_locations=[os.path.dirname(init)])
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
importlib.import_module(hdr["runners"])._serve(inp, out)
"""


def _send(fh, msg):
    pickle.dump(msg, fh, protocol=pickle.HIGHEST_PROTOCOL)
    fh.flush()


def _exc_payload(e):
    """An exception to send back: the object when it pickles, else its text."""
    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:
        return "".join(traceback.format_exception_only(type(e), e)).strip()


_END = "end of stage"  # between stages of a kept worker (Processes(reuse=True))


def _serve(inp, out):
    """The loop of a worker process: stages until None (or the end of its input). A stage is
    (unit, setup, shared): set up, then one unit per message until ``_END``."""
    while True:
        try:
            msg = pickle.load(inp)
        except EOFError:
            return
        if msg is None:
            return
        try:
            unit, setup, shared = msg
            fn = resolve(unit)
            state = resolve(setup)(shared, threading.Event()) if setup else shared
        except BaseException as e:  # noqa: B902 (reported to the parent, which decides)
            _send(out, ("fail", None, traceback.format_exc()[-2000:] or repr(e)))
            return
        _send(out, ("ready", None, os.getpid()))
        while True:
            msg = pickle.load(inp)
            if msg is None:
                return
            if isinstance(msg, str):  # _END: the next stage (or None) follows
                break
            i, item = msg
            try:
                r = fn(state, item)
            except Exception as e:
                _send(out, ("err", i, _exc_payload(e)))
            else:
                _send(out, ("ok", i, r))
        state = fn = msg = None


class _Worker:
    """One worker process and the two threads that feed it and read its answers."""

    def __init__(self, wid, python, header, payload, answers):
        self.wid = wid
        self.err = tempfile.TemporaryFile()
        # a process group of its own (POSIX): a kill reaches whatever it started too, so no
        # grandchild keeps the pipes open (a read blocked on them would never end)
        self.proc = subprocess.Popen(
            [python, "-u", "-c", _BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.err, creationflags=_NO_WINDOW, start_new_session=os.name != "nt")
        self.started = time.monotonic()
        self.ready = False
        self.busy = collections.deque()    # item indices sent, not answered
        self.lock = threading.Lock()
        self.dead = False
        threading.Thread(target=self._write_init, args=(header, payload), daemon=True).start()
        threading.Thread(target=self._read, args=(answers,), daemon=True).start()

    def _write_init(self, header, payload):
        try:
            with self.lock:
                if header is not None:
                    _send(self.proc.stdin, header)
                self.proc.stdin.write(payload)
                self.proc.stdin.flush()
        except (OSError, ValueError):
            pass  # the process died: the reader reports it

    def next_stage(self, payload):
        """A kept worker (between stages, all its units answered) sets up the next stage."""
        self.started = time.monotonic()
        self.ready = False
        self.busy.clear()
        threading.Thread(target=self._write_init, args=(None, payload), daemon=True).start()

    def end_stage(self):
        try:
            with self.lock:
                _send(self.proc.stdin, _END)
        except (OSError, ValueError):
            pass

    def send(self, i, item):
        self.busy.append(i)
        threading.Thread(target=self._write, args=(i, item), daemon=True).start()

    def _write(self, i, item):
        try:
            with self.lock:
                _send(self.proc.stdin, (i, item))
        except (OSError, ValueError):
            pass

    def _read(self, answers):
        try:
            while True:
                answers.put((self.wid, pickle.load(self.proc.stdout)))
        except Exception:
            answers.put((self.wid, ("eof", None, None)))
        finally:  # closed here, never by another thread while this one reads
            try:
                self.proc.stdout.close()
            except (OSError, ValueError):
                pass

    def stderr_tail(self):
        try:
            self.err.seek(0)
            return self.err.read().decode(errors="replace").strip()[-600:]
        except (OSError, ValueError):
            return ""

    def kill(self):
        self.dead = True
        try:
            if os.name != "nt":
                import signal
                os.killpg(self.proc.pid, signal.SIGKILL)
            else:
                self.proc.kill()
        except OSError:
            pass

    def close(self):
        try:
            with self.lock:
                _send(self.proc.stdin, None)
        except (OSError, ValueError):
            pass


class Processes(Runner):
    """Units in ``n`` worker processes of the interpreter ``python`` (default
    :func:`find_python`), one unit at a time each (plus one queued). A worker that does not
    start within ``start_timeout`` seconds, exits or breaks stops the processes; with a
    ``fallback`` runner (e.g. :class:`Threads`) the units not done yet run there and
    ``fell_back`` holds the reason, else :class:`RunnerError` is raised.

    With ``reuse`` the workers of a run that ended well are kept for the next run of this
    runner (a stage of the same computation: each start costs the interpreter and the
    science's imports, ~1.5 s of CPU with POT) until :meth:`close`; a run that fails or is
    canceled kills them as before."""

    def __init__(self, n, python=None, fallback=None, start_timeout=60.0, reuse=False):
        self.workers = max(1, int(n))
        self.python = python
        self.fallback = fallback
        self.start_timeout = float(start_timeout)
        self.fell_back = None
        self.reuse = bool(reuse)
        self._kept = []        # idle workers of the last run (reuse)
        self._answers = None   # their answer queue (their reader threads write there)
        self._next_id = 0

    def close(self):
        kept, self._kept = self._kept, []
        for w in kept:
            w.close()
        for w in kept:
            try:
                w.proc.wait(5)
            except subprocess.TimeoutExpired:
                w.kill()
            for fh in (w.proc.stdin, w.err):
                try:
                    fh.close()
                except (OSError, ValueError):
                    pass

    def _take_kept(self, python, n):
        """The kept workers still alive, for ``python`` (the others closed); their queue."""
        kept, self._kept = self._kept, []
        if not kept:
            return [], queue.Queue()
        answers = self._answers
        gone = set()
        while True:  # between stages nothing is pending but the end of a worker
            try:
                wid, (kind, _, _) = answers.get_nowait()
            except queue.Empty:
                break
            if kind == "eof":
                gone.add(wid)
        live = [w for w in kept if w.wid not in gone and w.proc.poll() is None and
                w.python == python]
        extra = [w for w in kept if w not in live] + live[n:]
        if extra:
            self._kept = extra
            self.close()
        return live[:n], answers

    def run(self, unit, items, shared=None, setup=None, on_result=None, cancel=None, log=None):
        items = list(items)
        done = {}
        try:
            return self._run(unit, items, shared, setup, on_result, cancel, log, done)
        except RunnerError as e:
            if self.fallback is None:
                raise
            self.fell_back = str(e)
            if log:
                log({"event": "fallback", "reason": str(e), "done": len(done),
                     "total": len(items)})
            return self.fallback.run(unit, items, shared, setup, on_result, cancel, log,
                                     done=done)

    def _run(self, unit, items, shared, setup, on_result, cancel, log, done):
        out = [None] * len(items)
        if not items:
            return out
        python = self.python or find_python()
        if not python:
            raise RunnerError(_tr("No Python interpreter was found for the worker "
                                  "processes."))
        runners = __name__
        top = runners.split(".")[0]
        register = []
        init = getattr(sys.modules.get(top), "__file__", None)
        if init and os.path.basename(init) == "__init__.py":
            register.append((top, os.path.abspath(init)))
        header = {"version": tuple(sys.version_info[:2]), "path": _extra_path(),
                  "register": register, "runners": runners}
        payload = pickle.dumps((unit, setup, shared), protocol=pickle.HIGHEST_PROTOCOL)
        n = min(self.workers, len(items))
        workers, answers = self._take_kept(python, n)
        for w in workers:
            w.next_stage(payload)
        try:
            while len(workers) < n:
                w = _Worker(self._next_id, python, header, payload, answers)
                w.python = python
                self._next_id += 1
                workers.append(w)
        except OSError as e:
            for w in workers:
                w.kill()
            raise RunnerError(_tr("The worker processes ({}) could not start: {}.").format(
                python, e))
        byid = {w.wid: w for w in workers}
        todo = collections.deque(range(len(items)))

        def feed(w):
            while todo and len(w.busy) < 2:
                i = todo.popleft()
                w.send(i, items[i])

        def broken(w, why, **fill):  # why: a translated sentence with {python}, {pid}, fill
            tail = w.stderr_tail()
            return RunnerError(why.format(python=python, pid=w.proc.pid, **fill)
                               + ((": " + tail.splitlines()[-1]) if tail else "."))

        ok = False
        try:
            while len(done) < len(items):
                try:
                    wid, (kind, i, val) = answers.get(timeout=POLL_S)
                except queue.Empty:
                    kind = None
                if cancel and cancel():
                    raise Canceled("canceled")
                if kind is not None and wid not in byid:
                    kind = None  # the end of a worker of an earlier stage that was not kept
                if kind is not None:
                    w = byid[wid]
                    if kind == "ready":
                        w.ready = True
                        if log:
                            log({"event": "worker_ready", "worker": wid, "pid": val,
                                 "seconds": time.monotonic() - w.started})
                        feed(w)
                    elif kind == "ok":
                        w.busy.remove(i)
                        out[i] = done[i] = val
                        feed(w)
                        if on_result:
                            on_result(i, val)
                    elif kind == "err":
                        if isinstance(val, BaseException):
                            raise val
                        raise RuntimeError(val)
                    elif kind == "fail":
                        raise broken(w, _tr("A worker process ({python}, pid {pid}) could "
                                            "not set up: {detail}"),
                                     detail=str(val).strip().splitlines()[-1])
                    elif not w.dead:  # eof: the process ended (or closed its pipe)
                        try:
                            w.proc.wait(5)
                        except subprocess.TimeoutExpired:
                            pass
                        raise broken(w, _tr("A worker process ({python}, pid {pid}) ended "
                                            "(exit status {status})"),
                                     status=w.proc.returncode)
                now = time.monotonic()
                for w in workers:
                    if not w.ready and now - w.started > self.start_timeout:
                        raise broken(w, _tr("A worker process ({python}, pid {pid}) did not "
                                            "start within {seconds:.0f} s"),
                                 seconds=self.start_timeout)
            ok = True
            return out
        finally:
            if ok and self.reuse:  # kept for the next stage (close() ends them); one still
                # setting up (its units all went to the others) ends as without reuse
                keep = [w for w in workers if w.ready]
                for w in keep:
                    w.end_stage()
                self._kept, self._answers = keep, answers
                workers = [w for w in workers if not w.ready]
            for w in workers:
                if ok:
                    w.close()
                else:
                    w.kill()
            for w in workers:
                try:
                    w.proc.wait(5 if ok else 2)
                except subprocess.TimeoutExpired:
                    w.kill()
                # the pipes: stdout is closed by its reader thread; stdin only when no writer
                # can be blocked on it (after a kill, the threads end on the broken pipes and
                # the files go with the Popen object)
                for fh in ((w.proc.stdin, w.err) if ok else (w.err,)):
                    try:
                        fh.close()
                    except (OSError, ValueError):
                        pass


_DASK_STATE = {}
_DASK_LOCK = threading.Lock()


def _dask_unit(unit, setup, token, shared, item):
    """A unit on a Dask worker: the state is set up once per worker process and run."""
    if setup:
        with _DASK_LOCK:
            if token not in _DASK_STATE:
                while len(_DASK_STATE) >= 2:
                    _DASK_STATE.pop(next(iter(_DASK_STATE)))
                _DASK_STATE[token] = resolve(setup)(shared, threading.Event())
            state = _DASK_STATE[token]
    else:
        state = shared
    return resolve(unit)(state, item)


class Dask(Runner):
    """Units on a running Dask distributed cluster: ``scheduler`` is its address
    (``tcp://host:8786``) or a ``distributed.Client``. Nothing is started here; the workers
    need this package installed (``pip install`` of the repository gives ``ecoecon.core``)
    and its dependencies. Units of a worker that dies are rerun by the scheduler on the
    others; with no worker left for ``no_worker_timeout`` seconds the run fails."""

    def __init__(self, scheduler, timeout=30.0, no_worker_timeout=60.0):
        self.scheduler = scheduler
        self.timeout = float(timeout)
        self.no_worker_timeout = float(no_worker_timeout)

    def run(self, unit, items, shared=None, setup=None, on_result=None, cancel=None, log=None):
        try:
            from distributed import Client, wait
        except ImportError:
            raise RunnerError(_tr("A Dask scheduler was given, but the Python package "
                                  "'distributed' is not installed here. Install it (pip "
                                  "install distributed) or leave the scheduler address empty "
                                  "to run locally."))
        import uuid
        items = list(items)
        own = not hasattr(self.scheduler, "submit")
        try:
            client = Client(self.scheduler, timeout=self.timeout) if own else self.scheduler
        except (OSError, TimeoutError, ValueError) as e:
            raise RunnerError(_tr("Could not reach the Dask scheduler at {}: {}").format(
                self.scheduler, e))
        futs = []
        try:
            self.workers = max(1, len(client.scheduler_info().get("workers", {})))
            fut_shared = client.scatter(shared, broadcast=True) if shared is not None else None
            token = uuid.uuid4().hex
            futs = [client.submit(_dask_unit, unit, setup, token, fut_shared, it, pure=False)
                    for it in items]
            index = {f.key: i for i, f in enumerate(futs)}
            out = [None] * len(items)
            pending = set(futs)
            alone_since, checked = None, 0.0
            while pending:
                try:
                    fin = wait(list(pending), timeout=POLL_S, return_when="FIRST_COMPLETED").done
                except Exception as e:  # distributed's TimeoutError differs across versions
                    if "Timeout" not in type(e).__name__:
                        raise
                    fin = ()
                for f in fin:
                    pending.discard(f)
                    i = index[f.key]
                    if f.status != "finished":
                        try:
                            f.result()
                        except Exception as e:
                            if type(e).__name__ in ("KilledWorker", "CancelledError",
                                                    "FutureCancelledError"):
                                raise RunnerError(_tr("The Dask cluster at {} lost unit {} ({}): "
                                                      "{}").format(self.scheduler, i,
                                                                   type(e).__name__, e))
                            raise
                    out[i] = f.result()
                    if on_result:
                        on_result(i, out[i])
                if cancel and cancel():
                    raise Canceled("canceled")
                now = time.monotonic()
                if pending and now - checked > 2.0:
                    checked = now
                    n = len(client.scheduler_info().get("workers", {}))
                    if n:
                        alone_since = None
                    elif alone_since is None:
                        alone_since = now
                    elif now - alone_since > self.no_worker_timeout:
                        raise RunnerError(_tr("The Dask cluster at {} has had no workers "
                                              "for {:.0f} s; {} units were left. Start "
                                              "workers (dask worker {}) and run "
                                              "again.").format(
                                              self.scheduler, now - alone_since, len(pending),
                                              self.scheduler))
            return out
        except BaseException:
            if futs:
                try:
                    client.cancel(futs)
                except Exception:
                    pass
            raise
        finally:
            if own:
                client.close()


def make_runner(threads=1, processes=0, python=None, scheduler=None, fallback=True, reuse=False):
    """The runner for the usual options: a Dask scheduler when given, else ``processes`` worker
    processes of ``python`` (falling back to ``threads`` threads when ``fallback``; kept from
    one run to the next with ``reuse``, until ``close()``), else threads."""
    if scheduler:
        return Dask(scheduler)
    if processes and int(processes) > 0:
        return Processes(int(processes), python, Threads(threads) if fallback else None,
                         reuse=reuse)
    return Threads(threads)
