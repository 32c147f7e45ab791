"""QGIS Processing algorithms: thin adapters from parameters to :mod:`core` and back.

Every module below this package (any depth) is scanned by the provider: each class that
subclasses :class:`algorithms.base.EcoEconAlgorithm` and sets ``NAME`` is registered.
"""
