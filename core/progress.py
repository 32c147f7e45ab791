"""Progress reporting and cancellation for long core work, without any QGIS dependency."""


class Canceled(Exception):
    """Raised inside core work when the caller asked to stop."""


class Progress:
    """Adapter passed into core functions.

    ``callback(fraction)`` receives 0..1; ``is_canceled()`` returns True when the user cancelled.
    ``sub(start, stop)`` gives a child that maps its own 0..1 onto ``start..stop`` of the parent,
    so a function can hand part of its range to a helper.
    """

    def __init__(self, callback=None, is_canceled=None, start=0.0, stop=1.0):
        self._cb = callback
        self._is_canceled = is_canceled
        self.start = start
        self.stop = stop

    def __call__(self, fraction):
        self.check()
        if self._cb is not None:
            f = min(max(float(fraction), 0.0), 1.0)
            self._cb(self.start + (self.stop - self.start) * f)

    def check(self):
        if self._is_canceled is not None and self._is_canceled():
            raise Canceled("canceled by the user")

    def sub(self, start, stop):
        span = self.stop - self.start
        return Progress(self._cb, self._is_canceled,
                        self.start + span * start, self.start + span * stop)


def as_progress(progress):
    """Accept None, a plain callable or a :class:`Progress`; always return a :class:`Progress`."""
    if progress is None:
        return Progress()
    if isinstance(progress, Progress):
        return progress
    return Progress(callback=progress)
