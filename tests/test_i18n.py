"""Every string the plugin shows has a zh_CN translation, and the compiled catalogue works."""
import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _i18n():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 absent")
def test_every_string_has_a_zh_cn_translation():
    missing = _i18n().untranslated()
    assert not missing, "untranslated (context, source): %s" % missing[:20]


def test_placeholders_survive_translation():
    for (ctx, src), tr in _i18n().translated().items():
        for ph in ("{}", "{:g}", "{:.4g}"):
            assert src.count(ph) == tr.count(ph), (ctx, src[:60], tr[:60])


@pytest.mark.skipif(shutil.which("lrelease") is None, reason="lrelease absent")
def test_compiled_catalogue_translates(qgis_app, qgis_cleanup, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    qm = tmp_path / "ecoecon_zh_CN.qm"
    subprocess.run(["lrelease", "-silent"] + sorted(str(p) for p in
                                                    (ROOT / "i18n" / "zh_CN").glob("*.ts"))
                   + ["-qm", str(qm)], check=True)
    tr = QTranslator()
    assert tr.load(str(qm))
    QCoreApplication.installTranslator(tr)
    try:
        from ecoecon.algorithms.general.combineservices import CombineServices
        from ecoecon.algorithms.base import group_name
        assert CombineServices().displayName() == "生态系统服务综合"
        assert group_name("ecosecurity") == "生态安全格局"
    finally:
        QCoreApplication.removeTranslator(tr)
    assert CombineServices().displayName() == "Combine ecosystem services"
