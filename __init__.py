"""Eco-Economic Planner: QGIS Processing plugin.

The only QGIS entry point is :func:`classFactory`. Nothing QGIS-related is imported at module
level here, so ``core`` (the science) can be imported and tested without QGIS.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import EcoEconPlugin
    return EcoEconPlugin(iface)
