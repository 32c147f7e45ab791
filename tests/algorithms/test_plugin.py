"""The plugin as QGIS loads it: classFactory, initProcessing/initGui, unload; metadata;
dependency messages; the qgis_process command line."""
import configparser
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from tests.algorithms import conftest as algconf

ROOT = Path(__file__).resolve().parents[2]


def test_plugin_loads_and_unloads(qgis_processing, qgis_iface):
    import ecoecon
    reg = QgsApplication.processingRegistry()
    if reg.providerById("ecoecon") is not None:  # registered by another test: start clean
        reg.removeProvider("ecoecon")
        algconf._KEEP.clear()
    plugin = ecoecon.classFactory(qgis_iface)
    plugin.initGui()
    prov = reg.providerById("ecoecon")
    assert prov is not None and prov.name() == "Eco-Economic Planner"
    assert reg.algorithmById("ecoecon:combineservices") is not None
    plugin.unload()
    assert reg.providerById("ecoecon") is None
    assert reg.algorithmById("ecoecon:combineservices") is None


def test_metadata_complete():
    cp = configparser.ConfigParser()
    cp.read(ROOT / "metadata.txt", encoding="utf-8")
    g = cp["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author",
                "email", "repository", "tracker", "homepage", "tags", "category",
                "hasProcessingProvider", "qgisMaximumVersion", "icon"):
        assert g.get(key), key
    assert g["name"] == "Eco-Economic Planner"
    assert g["qgisMinimumVersion"] == "3.22" and g["qgisMaximumVersion"] == "4.99"
    assert g["hasProcessingProvider"] == "yes" and g["category"] == "Raster"
    assert (ROOT / g["icon"]).exists()
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text()


def _requirements(path):
    """{distribution (lower case): specifier} of a requirements / constraints file."""
    import re
    out = {}
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        m = re.match(r"([A-Za-z0-9_.-]+)\s*([<>=!~].*)?$", line)
        if m:
            out[m.group(1).lower()] = (m.group(2) or "").replace(" ", "")
    return out


def test_dependency_ranges_match_requirements():
    from ecoecon.algorithms import deps
    ranges = _requirements(ROOT / "requirements-plugin.txt")
    assert ranges, "requirements-plugin.txt lists nothing"
    assert set(ranges) == {dist.lower() for dist, _ in deps.PACKAGES.values()}
    for mod, (dist, spec) in deps.PACKAGES.items():
        assert ranges[dist.lower()] == spec, dist
        assert "==" not in spec and ">=" in spec, (dist, "a range, never an exact pin")
        assert deps.requirement(mod) == dist + spec


def test_constraints_pin_inside_the_plugin_ranges():
    """Every test environment's pins (constraints/<codename>.txt) lie in the ranges users get;
    the versions Debian provides are listed in each file's comments and checked by the run
    itself (the installed versions must satisfy requirements-plugin.txt, test below)."""
    packaging = pytest.importorskip("packaging.specifiers")
    ranges = _requirements(ROOT / "requirements-plugin.txt")
    files = sorted((ROOT / "constraints").glob("*.txt"))
    assert {f.stem for f in files} >= {"bookworm", "trixie", "sid"}
    for f in files:
        for dist, spec in _requirements(f).items():
            assert spec.startswith("==") and "*" not in spec, (f.name, dist, "exact pins only")
            if dist in ranges:
                assert spec[2:] in packaging.SpecifierSet(ranges[dist]), (f.name, dist, spec)


def test_installed_versions_lie_in_the_plugin_ranges():
    """What this test run imports is inside requirements-plugin.txt's ranges."""
    from importlib.metadata import PackageNotFoundError, version
    packaging = pytest.importorskip("packaging.specifiers")
    for dist, spec in _requirements(ROOT / "requirements-plugin.txt").items():
        try:
            v = version(dist)
        except PackageNotFoundError:
            continue
        assert v in packaging.SpecifierSet(spec), (dist, v, spec)


def test_missing_dependency_is_reported(provider, monkeypatch):
    from qgis.core import QgsProcessingException
    from ecoecon.algorithms import deps
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecoecon:combineservices")
    ok, msg = alg.canExecute()
    assert ok and msg == ""
    real = deps.missing
    monkeypatch.setattr(deps, "missing", lambda mods: [m for m in mods if m == "jenkspy"]
                        or real(mods))
    ok, msg = alg.canExecute()
    assert not ok
    assert "jenkspy" in msg and "-m pip install" in msg and deps.requirement("jenkspy") in msg
    with pytest.raises(QgsProcessingException, match="pip install"):
        alg.check_dependencies()


def _qgis_process_env(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    os.symlink(ROOT, plugins / "ecoecon")
    env = dict(os.environ)
    site = [p for p in sys.path if p.endswith("site-packages") and sys.prefix != sys.base_prefix
            and p.startswith(sys.prefix)]   # the test venv's own packages (.venv or a chroot's)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env.update(HOME=str(tmp_path / "home"), QGIS_PLUGINPATH=str(plugins),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(site))
    return env


def _qgis_process(env):
    """The command to call: ``qgis_process`` where Debian's wrapper works (QGIS 3.40+; it
    must there), else ``qgis_process.bin`` (3.22: the wrapper passes --noversioncheck, which
    qgis_process refuses). None when neither is installed."""
    from qgis.core import Qgis
    if shutil.which("qgis_process"):
        r = subprocess.run(["qgis_process", "--version"], env=env, capture_output=True,
                           text=True, timeout=120)
        if Qgis.versionInt() >= 34000:
            assert r.returncode == 0, "qgis_process fails on QGIS 3.40+: " + r.stdout + r.stderr
        if r.returncode == 0:
            return "qgis_process"
    return "qgis_process.bin" if shutil.which("qgis_process.bin") else None


@pytest.mark.skipif(shutil.which("qgis_process") is None and shutil.which("qgis_process.bin")
                    is None, reason="qgis_process absent")
def test_qgis_process_lists_and_runs(tmp_path):
    import numpy as np
    from tests.helpers import read_tif, write_tif
    env = _qgis_process_env(tmp_path)
    qp = _qgis_process(env)
    r = subprocess.run([qp, "plugins", "enable", "ecoecon"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run([qp, "list"], env=env, capture_output=True, text=True, timeout=120)
    for alg in ("ecoecon:reclassifybytable", "ecoecon:combineservices",
                "ecoecon:ecologicalsources", "ecoecon:sources_from_services"):
        assert alg in r.stdout, alg
    cls = np.ones((20, 20), np.int32)
    cls[2:12, 2:12] = 4
    src = write_tif(tmp_path / "cls.tif", cls, cell=250.0)
    r = subprocess.run([qp, "--json", "run", "ecoecon:ecologicalsources", "--",
                        "INPUT=" + src, "CLASSES=4", "MIN_AREA=1",
                        "OUTPUT=" + str(tmp_path / "p.tif"),
                        "POLYGONS=" + str(tmp_path / "p.gpkg")],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    res = json.loads(r.stdout[r.stdout.index("{"):])["results"]
    assert res["N_SOURCES"] == 1 and res["TOTAL_AREA"] == pytest.approx(6.25)
    assert read_tif(tmp_path / "p.tif")[0][5, 5] == 1

    # Secondary outputs are optional: the corridors from the MCR alone, without naming the
    # allocation raster or the corridor lines (qgis_process refused that before).
    patches = np.zeros((30, 30), np.int32)
    patches[2:5, 2:5] = 1
    patches[20:24, 20:24] = 2
    pt = write_tif(tmp_path / "patches.tif", patches, cell=100.0)
    rs = write_tif(tmp_path / "res.tif", np.ones((30, 30), np.float32), cell=100.0)
    r = subprocess.run([qp, "--json", "run", "ecoecon:mcrcorridors", "--",
                        "SOURCE_RASTER=" + pt, "RESISTANCE=" + rs,
                        "MCR=" + str(tmp_path / "mcr.tif")],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    res = json.loads(r.stdout[r.stdout.index("{"):])["results"]
    assert res["N_CORRIDORS"] == 1 and not res.get("ALLOCATION") and not res.get("CORRIDORS")
    mcr = read_tif(tmp_path / "mcr.tif")[0]
    # unit resistance, 100 m cells: the cost at a cell next to patch 1 is one step of 100 m
    assert mcr[3, 3] == 0 and mcr[3, 5] == pytest.approx(100.0)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".tif", ".gpkg")) == [
        "cls.tif", "mcr.tif", "p.gpkg", "p.tif", "patches.tif", "res.tif"]


def test_secondary_outputs_are_optional(provider):
    """qgis_process refuses to run while a mandatory output is unnamed: every algorithm has
    exactly one mandatory output (its primary one), the others are optional. Those a dialog
    user would not expect stay off by default."""
    off_by_default = {("mcrcorridors", "ALLOCATION"), ("coagglomeration", "INDUSTRIES"),
                      ("connectivityimportance", "SCAN"), ("cluesallocation", "LOG")}
    for alg in provider.algorithms():
        dests = [d for d in alg.parameterDefinitions() if d.isDestination()]
        if not dests:   # the models: their outputs follow the children's
            continue
        mandatory = [d.name() for d in dests if not (int(d.flags()) & 8)]
        assert len(mandatory) == 1, (alg.id(), mandatory)
        for d in dests:
            if (alg.name(), d.name()) in off_by_default:
                assert not d.createByDefault(), (alg.id(), d.name())
