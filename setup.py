"""Package list of the installable science (metadata in pyproject.toml): every folder of
``core/`` with an ``__init__.py``, installed as ``ecoecon.core`` (``ecoecon`` stays a namespace
package). QGIS never runs this file; the plugin works from its folder without it."""
import os

from setuptools import setup

HERE = os.path.dirname(os.path.abspath(__file__))
packages = sorted(
    "ecoecon." + os.path.relpath(d, HERE).replace(os.sep, ".")
    for d, _, files in os.walk(os.path.join(HERE, "core")) if "__init__.py" in files)

setup(packages=packages, package_dir={"ecoecon.core": "core"})
