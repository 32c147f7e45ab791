"""Test set-up shared by every test.

The repository root *is* the plugin package. Tests import it under its installed folder name,
``ecoecon`` (``from ecoecon.core import classify``), whatever the checkout is called.
Reference data is read from ``../shared/data`` beside the checkout; tests that need it skip
with a reason where it is absent.
"""
import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = "ecoecon"
SHARED_DATA = ROOT.parent / "shared" / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _load_package():
    if PKG in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        PKG, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[PKG] = mod
    spec.loader.exec_module(mod)


_load_package()


def shared_data(*parts):
    """Path to a file of ``../shared/data``; skips the test when it is absent."""
    p = SHARED_DATA.joinpath(*parts)
    if not p.exists():
        pytest.skip("reference data %s is absent (it lives in ../shared/data beside the "
                    "checkout)" % "/".join(parts))
    return p
