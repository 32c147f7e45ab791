"""Land-use scenarios: ecosystem service value, the land-use structure LP, CLUE-S allocation,
validation of simulated maps and landscape metrics (no QGIS import below this package)."""
