"""pyproject.toml: ``pip install`` of the repository gives the science as ``ecoecon.core`` to a
plain Python without QGIS and without the plugin (a namespace ``ecoecon``), and it runs there,
worker processes included."""
import configparser
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def install_core(target):
    """``pip install`` of a copy of the repository's package files into ``target`` (no
    dependencies, no download: the build backend of this environment). Returns ``target``."""
    src = Path(target).parent / "ecoecon-src"
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "core", src / "core",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                        "--no-build-isolation", "--disable-pip-version-check", "--target",
                        str(target), str(src)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    return Path(target)


def plain_env(site):
    """The environment of a plain Python that has the installed package but not the plugin."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(site)
    env.pop("PYTHONSTARTUP", None)
    return env


def test_version_matches_the_plugin_metadata():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = "%s"' % meta["general"]["version"] in text


def test_core_imports_nothing_of_the_plugin():
    import re
    for p in (ROOT / "core").rglob("*.py"):
        depth = len(p.relative_to(ROOT / "core").parts)  # core/x.py: 1 (.. is above core)
        text = p.read_text(encoding="utf-8")
        dots = [len(m) for m in re.findall(r"^\s*from (\.+)", text, re.M)]
        assert all(d <= depth for d in dots), p
        assert not re.search(r"^\s*(import|from) (qgis|ecoecon)\b", text, re.M), p


def test_pip_install_gives_ecoecon_core_to_plain_python(tmp_path):
    pytest.importorskip("ot")
    site = install_core(tmp_path / "site")
    assert not (site / "ecoecon" / "__init__.py").exists()  # a namespace: the plugin wins
    assert (site / "ecoecon" / "core" / "industry" / "coagglomeration.py").exists()
    code = textwrap.dedent('''
        import sys
        import numpy as np
        import ecoecon
        from ecoecon.core.industry.coagglomeration import coagglomeration
        assert list(ecoecon.__path__) == [%r], ecoecon.__path__
        rng = np.random.default_rng(0)
        xy = rng.uniform(0, 5e4, (200, 2))
        codes = ["10%%d" %% (i %% 2) for i in range(200)]
        a = coagglomeration(xy, codes, draws=20, seed=1, processes=1)
        b = coagglomeration(xy, codes, draws=20, seed=1)
        assert "processes_fallback" not in a.stats, a.stats
        assert (a.exceed == b.exceed).all()
        assert not any(m == "qgis" or m.startswith("qgis.") for m in sys.modules)
        print("ok", ecoecon.core.__file__)
        ''' % str(site / "ecoecon"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=600, cwd=str(tmp_path), env=plain_env(site))
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.startswith("ok " + str(site))
