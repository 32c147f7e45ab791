"""Help files beside the code: every algorithm has ``resources/help/<id>.md`` and its zh_CN
translation with the same paragraphs; the base class renders the one of the interface's
language."""
import importlib.util
import re
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
HELP = ROOT / "resources" / "help"


def _help_module():
    spec = importlib.util.spec_from_file_location("help_tool", ROOT / "algorithms" / "help.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ids():
    return sorted(p.name[:-3] for p in HELP.glob("*.md") if p.name.count(".") == 1)


def test_every_help_file_has_a_translation_with_the_same_paragraphs():
    h = _help_module()
    assert len(_ids()) >= 22
    for alg in _ids():
        en = h.paragraphs((HELP / (alg + ".md")).read_text(encoding="utf-8"))
        zh = h.paragraphs((HELP / (alg + ".zh_CN.md")).read_text(encoding="utf-8"))
        assert len(en) == len(zh), alg
        for a, b in zip(en, zh):
            assert a.startswith("- ") == b.startswith("- "), (alg, a[:40])
            assert not re.search(r"[\u4e00-\u9fff]", a), (alg, a[:40])
        assert any(re.search(r"[\u4e00-\u9fff]", b) for b in zh), alg


def test_markdown_subset_renders_to_the_html_of_the_help_panel():
    h = _help_module()
    text = ("First line\nsame paragraph with a < b & **bold** and `code`.\n\n"
            "- one\n\n- two\n\n    F = x + y\n\nLast.\n")
    assert h.markdown_to_html(text) == (
        "<p>First line same paragraph with a &lt; b &amp; <b>bold</b> and <code>code</code>."
        "</p><ul><li>one</li><li>two</li></ul><blockquote>F = x + y</blockquote><p>Last.</p>")


def test_algorithms_read_their_help_in_the_interface_language(qgis_app, qgis_cleanup, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication
    from ecoecon.provider.provider import algorithm_classes
    classes = algorithm_classes()
    assert sorted(c.NAME for c in classes) == _ids()
    for cls in classes:
        alg = cls()
        text = alg.shortHelpString()
        assert text.startswith("<p>") and len(text) > 200, cls.NAME
        assert alg.helpUrl().endswith("#" + cls.NAME)
    from tests.helpers import zh_cn_translator
    tr = zh_cn_translator(tmp_path)
    QCoreApplication.installTranslator(tr)
    try:
        assert classes[0]().help_locale() == "zh_CN"
        for cls in classes:
            assert re.search(r"[\u4e00-\u9fff]", cls().shortHelpString()), cls.NAME
    finally:
        QCoreApplication.removeTranslator(tr)
    assert classes[0]().help_locale() == "en"
