"""Ecosystem-service algorithms (InVEST 3.20 models re-implemented on NumPy/SciPy)."""
