"""The in-QGIS package installer (``ecoecon:installdependencies``) and the plugin's private
package folder.

The real install runs OFFLINE: scripts/setup.sh (scripts/wheelhouse.py) fills a local
wheelhouse with jenkspy and the NumPy the tests run with; in a fresh QGIS profile (a throw-away
settings folder) where jenkspy cannot be imported, combineservices refuses to run and points to
the installer; the installer puts jenkspy into <profile>/python/ecoecon_packages/py<X.Y>
without a second NumPy, and combineservices then runs and classes three well-separated value
clusters into the three classes they were built as."""
import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _wheelhouse_module():
    spec = importlib.util.spec_from_file_location("wheelhouse", ROOT / "scripts" /
                                                  "wheelhouse.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_private_folder_is_appended_after_qgis_packages(tmp_path, monkeypatch):
    from ecoecon.algorithms import deps
    folder = deps.private_dir(str(tmp_path))
    assert folder == os.path.join(str(tmp_path), "python", "ecoecon_packages",
                                  "py%d.%d" % sys.version_info[:2])
    os.makedirs(folder)
    monkeypatch.setattr(sys, "path", list(sys.path))
    numpy_dir = os.path.dirname(os.path.dirname(importlib.util.find_spec("numpy").origin))
    deps.activate(folder)
    assert sys.path[-1] == folder
    assert sys.path.index(numpy_dir) < sys.path.index(folder)
    deps.activate(folder)  # twice: still once
    assert sys.path.count(folder) == 1


def test_plan_keeps_qgis_packages(qgis_app):
    from ecoecon.algorithms.general import installdependencies as inst
    present = inst.present_distributions()
    import numpy
    assert present["numpy"] == numpy.__version__
    pins = inst.constraints(present)
    assert "numpy==%s" % numpy.__version__ in pins
    assert inst.constraints(present, {"numpy"}) == ["numpy==%s" % numpy.__version__]
    report = {"install": [{"metadata": {"name": "numpy", "version": "2.9.0"}},
                          {"metadata": {"name": "jenkspy", "version": "0.4.1"}},
                          {"metadata": {"name": "Some_Package", "version": "1.0"}}]}
    fake_present = {"numpy": "1.26.4", "some-package": "0.9"}
    assert inst.to_install(report, fake_present) == ["jenkspy==0.4.1"]
    # a requested package is installed even where stale metadata says it is present
    assert inst.to_install(report, dict(fake_present, jenkspy="0.4.1"),
                           ["jenkspy"]) == ["jenkspy==0.4.1"]
    assert inst.source_args("") == []
    assert inst.source_args(str(ROOT)) == ["--no-index", "--find-links", str(ROOT)]
    assert inst.source_args("https://example.org/simple") == ["--index-url",
                                                              "https://example.org/simple"]


def test_missing_message_points_to_the_installer(provider, monkeypatch):
    from ecoecon.algorithms import deps
    monkeypatch.setattr(deps, "missing", lambda mods: [m for m in mods if m in ("jenkspy",
                                                                                  "ot")])
    monkeypatch.setattr(deps, "apt_packages", lambda mods: [deps.APT[m] for m in mods
                                                            if m in deps.APT])
    msg = deps.missing_message(("jenkspy", "ot", "scipy"))
    assert "Install missing Python packages" in msg
    assert "sudo apt install python3-pot" in msg and "python3-jenkspy" not in msg
    assert "--target" in msg and "--user" not in msg
    assert "jenkspy" in msg and "POT" in msg
    assert deps.missing_message(("scipy",)) == ""
    # and the installer algorithm is registered where the message says
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().algorithmById(deps.INSTALLER_ID)
    assert alg is not None and alg.displayName() == "Install missing Python packages"
    assert alg.group() in msg


def test_apt_names_only_on_debian_system_python():
    from ecoecon.algorithms import deps
    names = deps.apt_packages(["scipy", "jenkspy", "skimage"])
    if os.path.exists("/etc/debian_version") and os.path.realpath(sys.exec_prefix) == "/usr":
        assert names == ["python3-scipy", "python3-skimage"]
    else:
        assert names == []


_SCRIPT = textwrap.dedent("""
    import importlib.util, json, os, sys
    from importlib.machinery import PathFinder
    root, wheelhouse, data, use_report = sys.argv[1:5]
    os.environ['QT_QPA_PLATFORM'] = 'offscreen'
    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProcessingContext
    app = QgsApplication([], False); app.initQgis()
    settings = QgsApplication.qgisSettingsDirPath()
    PRIVATE = os.path.join(settings, 'python', 'ecoecon_packages',
                           'py%d.%d' % sys.version_info[:2])

    class OnlyPrivate:
        # jenkspy is importable only from the private folder (it is installed in the test
        # environment, as it would not be in a user's QGIS)
        def find_spec(self, name, path=None, target=None):
            if name == 'jenkspy':
                spec = PathFinder.find_spec(name, [PRIVATE])
                if spec is None:
                    raise ModuleNotFoundError('blocked: ' + name)
                return spec
            return None
    sys.meta_path.insert(0, OnlyPrivate())

    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), 'python', 'plugins'))
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    spec = importlib.util.spec_from_file_location('ecoecon', root + '/__init__.py',
                                                  submodule_search_locations=[root])
    m = importlib.util.module_from_spec(spec); sys.modules['ecoecon'] = m
    spec.loader.exec_module(m)
    plugin = m.classFactory(None)  # the plugin's own start: activates the private folder
    plugin.initProcessing()
    from ecoecon.algorithms.general.installdependencies import InstallDependencies
    InstallDependencies.USE_REPORT = use_report == 'report'  # else: the pip < 22.2 path
    reg = QgsApplication.processingRegistry()
    out = {'settings': settings, 'private': PRIVATE}
    ok, msg = reg.algorithmById('ecoecon:combineservices').canExecute()
    out['before'] = [ok, msg]

    class FB(QgsProcessingFeedback):
        lines = []
        def pushConsoleInfo(self, t): FB.lines.append(t)
        def pushInfo(self, t): FB.lines.append(t)
    fb = FB()
    res = processing.run('ecoecon:installdependencies',
                         {'PACKAGES': 'jenkspy', 'SOURCE': wheelhouse},
                         context=QgsProcessingContext(), feedback=fb)
    out['result'] = res
    out['log'] = FB.lines
    out['files'] = sorted(os.listdir(PRIVATE))
    ok, msg = reg.algorithmById('ecoecon:combineservices').canExecute()
    out['after'] = [ok, msg]
    print('RESULT ' + json.dumps(out), flush=True)
    r = processing.run('ecoecon:combineservices', {
        'INPUTS': [os.path.join(data, 'v.tif')], 'N_CLASSES': 3, 'METHOD': 0,
        'OUTPUT': os.path.join(data, 'comp.tif'), 'CLASSES': os.path.join(data, 'cls.tif'),
        'BREAKS': os.path.join(data, 'breaks.csv')}, context=QgsProcessingContext(),
        feedback=QgsProcessingFeedback())
    out['classes'] = r['CLASSES']
    import jenkspy
    out['jenkspy_file'] = jenkspy.__file__
    print('RESULT ' + json.dumps(out))
""")


@pytest.mark.parametrize("path", ["report", "staging"])
def test_installer_installs_offline_into_a_fresh_profile(tmp_path, path):
    import numpy as np
    from tests.helpers import read_tif, write_tif
    wh = _wheelhouse_module()
    folder = wh.default_dir()
    if not wh.have(folder, "jenkspy"):
        pytest.skip("no local wheelhouse at %s (scripts/setup.sh fills it; needs the network "
                    "once)" % folder)
    # three clusters of values, far apart: natural breaks must put each in its own class
    rng = np.random.default_rng(5)
    truth = np.repeat(np.arange(3), 400).reshape(30, 40)
    values = np.choose(truth, [10.0, 50.0, 90.0]) + rng.uniform(-3, 3, truth.shape)
    data = tmp_path / "data"
    data.mkdir()
    write_tif(data / "v.tif", values.astype(np.float32), cell=100.0)
    env = dict(os.environ)
    env.update(HOME=str(tmp_path / "home"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    r = subprocess.run([sys.executable, "-c", _SCRIPT, str(ROOT), folder, str(data), path],
                       capture_output=True, text=True, env=env, timeout=600)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")]
    assert r.returncode == 0 and lines, r.stdout[-3000:] + r.stderr[-3000:]
    out = json.loads(lines[-1][len("RESULT "):])
    private = out["private"]
    assert private.startswith(str(tmp_path)), private  # the fresh profile, not the user's
    ok, msg = out["before"]
    assert not ok and "jenkspy" in msg and "Install missing Python packages" in msg
    # the wheelhouse's jenkspy, whatever version requirements-plugin.txt allows
    versions = {f.split("-")[1] for f in wh.have(folder, "jenkspy")}
    assert out["result"]["INSTALLED"] in {"jenkspy " + v for v in versions}
    assert out["result"]["FOLDER"] == private
    assert any(ln.startswith("Successfully installed jenkspy") for ln in out["log"])
    # NumPy (QGIS's) was not installed a second time: only jenkspy is in the folder
    assert not [f for f in out["files"] if f.lower().startswith("numpy")], out["files"]
    assert any(f.startswith("jenkspy") for f in out["files"])
    assert out["after"] == [True, ""]
    assert out["jenkspy_file"].startswith(private)
    cls = read_tif(out["classes"])[0]
    np.testing.assert_array_equal(cls, truth + 1)


def test_plugin_menu_offers_the_installer(qgis_processing, qgis_iface):
    import ecoecon
    from qgis.core import QgsApplication
    from tests.algorithms import conftest as algconf
    reg = QgsApplication.processingRegistry()
    if reg.providerById("ecoecon") is not None:
        reg.removeProvider("ecoecon")
        algconf._KEEP.clear()
    plugin = ecoecon.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.action is not None
        assert plugin.action.text() == "Install missing Python packages…"
        assert reg.algorithmById("ecoecon:installdependencies") is not None
    finally:
        plugin.unload()
    assert plugin.action is None and reg.providerById("ecoecon") is None
