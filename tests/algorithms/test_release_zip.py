"""The release package as a user gets it: ./scripts/package.sh's ZIP, unpacked into a clean
profile of the real desktop QGIS (under Xvfb) whose language is set the way QGIS's Options
dialog stores it (locale/overrideFlag=true, locale/userLocale=zh-Hans). The plugin loads from
the ZIP's files, its names, parameters, help, a model and an error raised in core/ are
Chinese, dialogs open (screenshots), and an algorithm runs."""
import configparser
import importlib.util
import json
import os
import shutil
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _package_module():
    spec = importlib.util.spec_from_file_location("package", ROOT / "scripts" / "package.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(shutil.which("lrelease") is None, reason="lrelease absent")
def test_zip_layout_and_metadata(tmp_path):
    pkg = _package_module()
    path = pkg.build(str(tmp_path))
    assert os.path.basename(path) == "ecoecon-%s.zip" % pkg.check_metadata()["version"]
    names = zipfile.ZipFile(path).namelist()
    assert all(n.startswith("ecoecon/") for n in names)
    for must in ("ecoecon/__init__.py", "ecoecon/metadata.txt", "ecoecon/plugin.py",
                 "ecoecon/LICENSE", "ecoecon/provider/provider.py",
                 "ecoecon/i18n/ecoecon_zh_CN.qm", "ecoecon/requirements-plugin.txt",
                 "ecoecon/resources/models/eco_economic_workflow.model3",
                 "ecoecon/algorithms/general/installdependencies.py",
                 "ecoecon/resources/help/installdependencies.zh_CN.md"):
        assert must in names, must
    for n in names:
        assert not n.startswith(("ecoecon/tests/", "ecoecon/benchmarks/", "ecoecon/scripts/",
                                 "ecoecon/.venv/", "ecoecon/dist/", "ecoecon/.ci/",
                                 "ecoecon/docs/")), n
        assert "__pycache__" not in n and not n.endswith(".pyc"), n
    cp = configparser.ConfigParser(interpolation=None)
    cp.read_string(zipfile.ZipFile(path).read("ecoecon/metadata.txt").decode("utf-8"))
    assert cp["general"]["supportsQt6"] and cp["general"]["license"]


def test_metadata_check_names_what_is_missing(tmp_path):
    pkg = _package_module()
    bad = tmp_path / "metadata.txt"
    bad.write_text("[general]\nname=x\nversion=1.0\nemail=nobody\n")
    with pytest.raises(SystemExit) as e:
        pkg.check_metadata(str(bad))
    msg = str(e.value)
    for k in ("qgisMinimumVersion", "about", "tracker", "license", "supportsQt6",
              "MAJOR.MINOR.PATCH", "email is not an address"):
        assert k in msg, k


@pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("Xvfb") is None
                    or shutil.which("lrelease") is None,
                    reason="the QGIS desktop (apt qgis), Xvfb or lrelease is absent")
def test_zip_installs_into_clean_desktop_profile_in_chinese(tmp_path):
    from tests.helpers import read_tif, run_in_xvfb, write_tif
    zip_path = _package_module().build(str(tmp_path / "dist"))
    home = tmp_path / "home"
    prof = home / ".local/share/QGIS/QGIS3/profiles/default"
    plugins = prof / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as z:  # what "Install from ZIP" does
        z.extractall(plugins)
    (prof / "QGIS" / "QGIS3.ini").parent.mkdir(parents=True)
    (prof / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\necoecon=true\n\n[locale]\noverrideFlag=true\nuserLocale=zh-Hans\n")
    out = tmp_path / "out"
    out.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    cls = np.ones((20, 20), np.int32)
    cls[2:12, 2:12] = 4
    write_tif(data / "cls.tif", cls, cell=250.0)
    # two service rasters without a cell where both hold data: core refuses to combine them
    left = np.where(np.arange(20)[None, :] < 10, 1.0, -9999.0) * np.ones((20, 1))
    write_tif(data / "left.tif", left.astype(np.float32), cell=250.0, nodata=-9999.0)
    write_tif(data / "right.tif", left[:, ::-1].astype(np.float32), cell=250.0,
              nodata=-9999.0)
    env = dict(os.environ)
    # the test venv's own packages (.venv here, another folder in the matrix chroots)
    site = [p for p in sys.path if p.endswith("site-packages")
            and os.path.realpath(p).startswith(os.path.realpath(sys.prefix))]
    env.update(HOME=str(home), ECOECON_OUT=str(out), ECOECON_DATA=str(data),
               PYTHONPATH=os.pathsep.join(site))
    for k in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH", "LANG",
              "LC_ALL", "LANGUAGE"):
        env.pop(k, None)
    cmd = ["qgis", "--nologo",
           "--noversioncheck", "--code", str(ROOT / "tests" / "desktop_release.py")]
    r = run_in_xvfb(cmd, env)
    rp = out / "report.json"
    assert rp.exists(), "QGIS did not run the script:\n" + r.stdout[-3000:] + r.stderr[-3000:]
    rep = json.loads(rp.read_text(encoding="utf-8"))
    screens = os.environ.get("ECOECON_SCREENS")
    if screens:  # keep the screenshots for a person to look at
        os.makedirs(screens, exist_ok=True)
        for s in rep["screens"]:
            shutil.copy(s, screens)
    assert not rep["errors"], rep["errors"]
    assert "ecoecon" in rep["active_plugins"]
    assert rep["plugin_file"].startswith(str(plugins / "ecoecon"))  # the ZIP's copy
    assert rep["translation"] == "zh-Hans"
    assert rep["menu_action"] == "安装缺少的 Python 包…"
    assert rep["name"] == "生态系统服务综合"
    assert rep["group"] == "通用栅格工具"
    assert rep["parameter"] == "分级数"
    assert "自然断点" in rep["help"]
    assert rep["model"] == "由生态系统服务识别生态源地"
    assert rep["model_parameter"] == "土地利用栅格"
    assert rep["installer"] == "安装缺少的 Python 包"
    assert "无需管理员权限" in rep["installer_help"]
    assert rep["error"] and "各栅格没有全部具有数据的共同像元" in rep["error"], rep["error"]
    assert rep["run"]["N_SOURCES"] == 1 and rep["run"]["TOTAL_AREA"] == pytest.approx(6.25)
    assert read_tif(rep["run"]["OUTPUT"])[0][5, 5] == 1
    assert "安装缺少的 Python 包" in rep["missing_message"] and "jenkspy" in \
        rep["missing_message"]
    assert len(rep["screens"]) == 4
    from qgis.PyQt.QtGui import QImage
    for s in rep["screens"]:
        img = QImage(s)
        assert not img.isNull() and img.width() > 300 and img.height() > 200, s
