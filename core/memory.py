"""Give freed memory back to the operating system between the stages of a long run.

CPython and NumPy free large arrays with ``free()``; glibc keeps much of that memory in its
heap (arrays below its adaptive mmap threshold, up to 32 MB, come from the heap), so the
resident size of the process stays near the highest it has been even when little is in use.
``malloc_trim(0)`` returns the free heap pages (also those in the middle of the heap); it
takes a few milliseconds. Elsewhere than glibc (macOS, Windows, musl) this does nothing.
"""
import ctypes
import ctypes.util

_trim = None


def _load():
    global _trim
    if _trim is None:
        fn = False
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            fn = libc.malloc_trim
            fn.argtypes = [ctypes.c_size_t]
            fn.restype = ctypes.c_int
        except (OSError, AttributeError):
            fn = False
        _trim = fn
    return _trim


def release():
    """Return freed heap memory to the operating system (glibc; a no-op elsewhere)."""
    fn = _load()
    if fn:
        fn(0)
