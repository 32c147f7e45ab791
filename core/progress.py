"""Progress reporting and cancellation for long core work, without any QGIS dependency."""


class Canceled(Exception):
    """Raised inside core work when the caller asked to stop."""


class Progress:
    """Adapter passed into core functions.

    ``callback(fraction)`` receives 0..1; ``is_canceled()`` returns True when the user cancelled.
    ``sub(start, stop)`` gives a child that maps its own 0..1 onto ``start..stop`` of the parent,
    so a function can hand part of its range to a helper. ``log(text)`` (optional) receives a
    line per stage of a long run (:meth:`stage`), with the time the previous stage took.
    """

    def __init__(self, callback=None, is_canceled=None, start=0.0, stop=1.0, log=None):
        self._cb = callback
        self._is_canceled = is_canceled
        self.start = start
        self.stop = stop
        self._log = log
        self._clock = None

    def __call__(self, fraction):
        self.check()
        if self._cb is not None:
            f = min(max(float(fraction), 0.0), 1.0)
            self._cb(self.start + (self.stop - self.start) * f)

    def check(self):
        if self._is_canceled is not None and self._is_canceled():
            raise Canceled("canceled by the user")

    def stage(self, text):
        """Log the start of a stage ("flow directions …"), with the seconds since the
        previous stage line of this object; also checks the cancel."""
        import time
        self.check()
        if self._log is None:
            return
        now = time.perf_counter()
        took = "" if self._clock is None else " (previous stage {:.1f} s)".format(
            now - self._clock)
        self._clock = now
        self._log(text + took)

    def sub(self, start, stop):
        span = self.stop - self.start
        return Progress(self._cb, self._is_canceled,
                        self.start + span * start, self.start + span * stop, self._log)


def interruptible(progress, func, *args, poll=0.1, **kwargs):
    """``func(*args, **kwargs)``, stopped promptly on cancel.

    For one long compiled call that releases the interpreter lock (scikit-image's
    ``reconstruction``, SciPy's sparse triangular solves, …) and cannot poll by itself: it runs
    in a helper thread while this thread checks ``progress`` every ``poll`` seconds. On cancel
    :class:`Canceled` is raised at once; the helper thread finishes its call in the background
    and its result is dropped (nothing is written). The result is the function's own, so
    nothing changes when no one cancels. Without a cancel check it is a plain call."""
    prog = as_progress(progress)
    if prog._is_canceled is None:
        return func(*args, **kwargs)
    import threading
    prog.check()
    box = {}

    def work():
        try:
            box["value"] = func(*args, **kwargs)
        except BaseException as e:   # handed to the caller
            box["error"] = e

    t = threading.Thread(target=work, name="ecoecon-interruptible", daemon=True)
    t.start()
    while t.is_alive():
        t.join(poll)
        if t.is_alive():
            prog.check()
    if "error" in box:
        raise box["error"]
    return box["value"]


def as_progress(progress):
    """Accept None, a plain callable or a :class:`Progress`; always return a :class:`Progress`."""
    if progress is None:
        return Progress()
    if isinstance(progress, Progress):
        return progress
    return Progress(callback=progress)
