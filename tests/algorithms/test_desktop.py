"""Desktop smoke test: the real QGIS application (Debian's `qgis`) under Xvfb, with the plugin
enabled in a throw-away profile, opens every algorithm's dialog and saves a screenshot of each.
Fails when a dialog does not open."""
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("Xvfb") is None,
                    reason="the QGIS desktop (apt qgis) or Xvfb is absent")
def test_every_dialog_opens_in_desktop_qgis(tmp_path, provider):
    shots = tmp_path / "shots"
    shots.mkdir()
    home = tmp_path / "home"
    prof = home / ".local/share/QGIS/QGIS3/profiles/default/QGIS"
    prof.mkdir(parents=True)
    (prof / "QGIS3.ini").write_text("[PythonPlugins]\necoecon=true\n")
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    os.symlink(ROOT, plugins / "ecoecon")
    env = dict(os.environ)
    # the test venv's own packages (.venv here, another folder in the matrix chroots)
    site = [p for p in sys.path if p.endswith("site-packages")
            and os.path.realpath(p).startswith(os.path.realpath(sys.prefix))]
    env.update(HOME=str(home), QGIS_PLUGINPATH=str(plugins), ECOECON_SHOTS=str(shots),
               PYTHONPATH=os.pathsep.join(site))
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) X screen
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # set by pytest-qgis; we want the profile above
    cmd = ["qgis", "--nologo",
           "--noversioncheck", "--code", str(ROOT / "tests" / "desktop_dialogs.py")]
    from tests.helpers import run_in_xvfb
    r = run_in_xvfb(cmd, env)
    report_path = shots / "report.json"
    assert report_path.exists(), "QGIS did not run the script:\n" + r.stdout[-3000:] + \
        r.stderr[-3000:]
    report = json.loads(report_path.read_text())
    assert "ecoecon" in report["active_plugins"]
    assert report["provider"]
    assert not report["errors"], report["errors"]
    expected = {a.id() for a in provider.algorithms()}
    assert set(report["dialogs"]) == expected
    models = {a.id() for a in provider.algorithms() if hasattr(a, "childAlgorithms")}
    assert set(report["modeler"]) == models
    assert report["modeler"]["ecoecon:eco_economic_workflow"]["children"] == 17
    from qgis.PyQt.QtGui import QImage
    for alg_id, d in list(report["dialogs"].items()) + list(report["modeler"].items()):
        img = QImage(d["png"])
        assert not img.isNull() and img.width() > 300 and img.height() > 200, alg_id
        # not a blank picture: a dialog with widgets has many distinct colours
        colours = {img.pixel(x, y) for x in range(0, img.width(), 7)
                   for y in range(0, img.height(), 7)}
        assert len(colours) > 5, alg_id
