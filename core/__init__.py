"""The science of Eco-Economic Planner.

Nothing below this package imports QGIS or Qt: every function takes NumPy arrays and plain
values and returns arrays and tables, so it runs and is tested without QGIS.

Shared conventions
------------------
* A raster is a 2-D NumPy array plus a boolean ``valid`` mask of the same shape (True where the
  cell holds data). Nodata cells are never turned into zero: functions return a result array and
  its own valid mask, and the caller writes nodata where the mask is False.
* Long work accepts ``progress`` (a callable taking a fraction 0..1; it raises
  :class:`Canceled` when the user cancelled) — see :func:`core.progress.Progress`.
* Distances in metres, areas in square metres unless a name says otherwise (``_km2``, ``_ha``).
"""
