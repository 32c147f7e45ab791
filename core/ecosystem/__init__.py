"""Ecosystem services as InVEST 3.20 computes them (no InVEST needed).

* :mod:`.wateryield` — Annual Water Yield (Budyko / Zhang).
* :mod:`.habitat` — Habitat Quality: degradation, quality, rarity.
* :mod:`.carbon` — Carbon storage and its change.
* :mod:`.lookup` — land-use code → table value lookups shared by the models.

Soil conservation (SDR) lives in the ``sdr*`` and ``routing*`` modules of this package.
"""
