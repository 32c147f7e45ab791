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


def test_dependency_pins_match_requirements():
    from ecoecon.algorithms import deps
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            k, v = line.split("==")
            pins[k.lower()] = v
    for mod, (dist, ver) in deps.PACKAGES.items():
        assert pins.get(dist.lower()) == ver, dist


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
    assert "jenkspy" in msg and "-m pip install" in msg and "jenkspy==0.4.1" in msg
    with pytest.raises(QgsProcessingException, match="pip install"):
        alg.check_dependencies()


def _qgis_process_env(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    os.symlink(ROOT, plugins / "ecoecon")
    env = dict(os.environ)
    site = [p for p in sys.path if p.endswith("site-packages") and ".venv" in p]
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env.update(HOME=str(tmp_path / "home"), QGIS_PLUGINPATH=str(plugins),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(site))
    return env


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin absent")
def test_qgis_process_lists_and_runs(tmp_path):
    import numpy as np
    from tests.helpers import read_tif, write_tif
    env = _qgis_process_env(tmp_path)
    r = subprocess.run(["qgis_process.bin", "plugins", "enable", "ecoecon"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run(["qgis_process.bin", "list"], env=env, capture_output=True, text=True,
                       timeout=120)
    for alg in ("ecoecon:reclassifybytable", "ecoecon:combineservices",
                "ecoecon:ecologicalsources", "ecoecon:sources_from_services"):
        assert alg in r.stdout, alg
    cls = np.ones((20, 20), np.int32)
    cls[2:12, 2:12] = 4
    src = write_tif(tmp_path / "cls.tif", cls, cell=250.0)
    r = subprocess.run(["qgis_process.bin", "--json", "run", "ecoecon:ecologicalsources", "--",
                        "INPUT=" + src, "CLASSES=4", "MIN_AREA=1",
                        "OUTPUT=" + str(tmp_path / "p.tif"),
                        "POLYGONS=" + str(tmp_path / "p.gpkg")],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    res = json.loads(r.stdout[r.stdout.index("{"):])["results"]
    assert res["N_SOURCES"] == 1 and res["TOTAL_AREA"] == pytest.approx(6.25)
    assert read_tif(tmp_path / "p.tif")[0][5, 5] == 1
