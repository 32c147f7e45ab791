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
    from qgis.PyQt.QtCore import QCoreApplication
    from tests.helpers import zh_cn_translator
    tr = zh_cn_translator(tmp_path)
    QCoreApplication.installTranslator(tr)
    try:
        from ecoecon.algorithms.general.combineservices import CombineServices
        from ecoecon.algorithms.base import group_name
        assert CombineServices().displayName() == "生态系统服务综合"
        assert group_name("ecosecurity") == "生态安全格局"
    finally:
        QCoreApplication.removeTranslator(tr)
    assert CombineServices().displayName() == "Combine ecosystem services"


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 absent")
def test_each_canonical_ts_file_holds_the_strings_of_its_sources(tmp_path):
    i18n = _i18n()
    fam = i18n.families()
    assert "mcrcorridors" in fam and "common" in fam and len(fam) >= 23
    for name, files in fam.items():
        ts = tmp_path / (name + ".ts")
        subprocess.run(["pylupdate5", "-noobsolete"] + files + ["-ts", str(ts)], check=True,
                       capture_output=True)
        want = {(c, s) for c, s, _, _ in i18n.messages(str(ts))}
        have = {(c, s) for c, s, _, _ in i18n.messages(i18n.ts_path(name))}
        assert want <= have, (name, sorted(want - have)[:3])
    core = {(c, s) for c, s, _, _ in i18n.messages(i18n.ts_path("core"))}
    assert set(i18n.core_messages()) <= core


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 absent")
def test_update_folds_a_branch_file_into_the_canonical_file(tmp_path):
    import xml.etree.ElementTree as ET
    i18n = _i18n()
    shutil.copytree(ROOT / "i18n" / "zh_CN", tmp_path / "zh_CN")
    i18n.TS_DIR = str(tmp_path / "zh_CN")
    canon = tmp_path / "zh_CN" / "mcrcorridors.ts"
    tree = ET.parse(canon)
    msg = next(tree.getroot().iter("message"))
    ctx = next(tree.getroot().iter("context")).findtext("name")
    src, zh = msg.findtext("source"), msg.find("translation").text
    msg.find("translation").text = ""
    msg.find("translation").set("type", "unfinished")
    tree.write(canon, encoding="utf-8", xml_declaration=True)
    branch = tmp_path / "zh_CN" / "somebranch.ts"
    root = ET.Element("TS", version="2.1", language="zh_CN")
    for c, s, t in ((ctx, src, zh), ("NoSuchContext", "kept", "保留")):
        e = ET.SubElement(root, "context")
        ET.SubElement(e, "name").text = c
        m = ET.SubElement(e, "message")
        ET.SubElement(m, "source").text = s
        ET.SubElement(m, "translation").text = t
    ET.ElementTree(root).write(branch, encoding="utf-8", xml_declaration=True)
    i18n.update(["mcrcorridors"])
    assert i18n.translated([str(canon)])[(ctx, src)] == zh
    left = {(c, s) for c, s, _, _ in i18n.messages(str(branch))}
    assert left == {("NoSuchContext", "kept")}
