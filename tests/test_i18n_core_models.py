"""Chinese beyond what pylupdate5 sees: the messages core/ raises (through the hook in
core/i18n.py), the bundled models (translated by the provider when it loads them), and the
mapping of QGIS's language codes to the plugin's catalogue."""
import ast
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


def test_every_core_and_model_string_has_a_translation():
    tool = _i18n()
    assert len(tool.core_messages()) > 150 and len(tool.model_messages()) > 100
    missing = tool.untranslated_extra()
    assert not missing, missing[:20]


def test_extra_strings_reach_a_ts_file_for_the_translator(tmp_path, monkeypatch):
    """`scripts/i18n.py extra FAMILY` puts the core/model strings that lack a translation into
    FAMILY.ts as unfinished messages, which `todo FAMILY` then lists."""
    import shutil as sh
    tool = _i18n()
    for ts in (ROOT / "i18n" / "zh_CN").glob("*.ts"):
        if ts.name not in ("core.ts", "models.ts"):
            sh.copy(ts, tmp_path / ts.name)
    monkeypatch.setattr(tool, "TS_DIR", str(tmp_path))
    missing = tool.untranslated_extra()
    assert ("EcoEconCore", "There are no points to compute a search radius from.") in missing
    tool.add_extra("newfamily")
    todo = tool.todo("newfamily")["newfamily"]
    assert sorted((c, s) for c, srcs in todo.items() for s in srcs) == sorted(missing)
    tool.add_extra("newfamily")  # idempotent
    assert tool.todo("newfamily") == {"newfamily": todo}


def test_core_messages_go_through_the_hook():
    """Every message core raises (InputError, RunnerError) or warns with is a _tr(...) call: a
    plain string literal there would reach users untranslated."""
    plain = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args
                    and getattr(node.func, "id", "") in ("InputError", "RunnerError")):
                continue
            a = node.args[0]
            if isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute):
                a = a.func.value  # "...".format(...)
            if isinstance(a, ast.BinOp):
                a = a.left  # "..." % x
            if isinstance(a, ast.Constant) and isinstance(a.value, str):
                plain.append("%s:%d" % (path.relative_to(ROOT), node.lineno))
    assert not plain, plain


def test_placeholders_survive_core_and_model_translations():
    import re
    tool = _i18n()
    have = tool.translated()
    ph = re.compile(r"%[-+ 0#]*\d*(?:\.\d+)?[dsgfr%]|\{[^{}]*\}")
    for key in tool.core_messages() + tool.model_messages():
        assert ph.findall(key[1]) == ph.findall(have[key]), key


@pytest.mark.parametrize("code,expected", [
    ("zh-Hans", ["zh_CN"]), ("zh_CN", ["zh_CN"]), ("zh", ["zh_CN"]), ("zh_SG", ["zh_CN"]),
    ("zh_Hans_CN", ["zh_CN"]), ("zh_CN.UTF-8", ["zh_CN"]),
    ("zh-Hant", ["zh_TW"]), ("zh_TW", ["zh_TW"]), ("zh_HK", ["zh_TW"]),
    ("de_DE", ["de_DE", "de"]), ("en", ["en"]), ("", []),
])
def test_qgis_language_codes_map_to_catalogues(code, expected, qgis_app):
    from ecoecon import plugin
    assert plugin.catalogue_names(code) == expected


@pytest.fixture
def zh_catalogue(qgis_app, tmp_path):
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease absent")
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    qm = tmp_path / "ecoecon_zh_CN.qm"
    subprocess.run(["lrelease", "-silent"] + sorted(str(p) for p in
                                                    (ROOT / "i18n" / "zh_CN").glob("*.ts"))
                   + ["-qm", str(qm)], check=True)
    tr = QTranslator()
    assert tr.load(str(qm))
    QCoreApplication.installTranslator(tr)
    from ecoecon.core import i18n
    i18n.set_translator(QCoreApplication.translate)
    yield qm
    QCoreApplication.removeTranslator(tr)
    i18n.set_translator(None)


def test_simplified_codes_find_the_shipped_catalogue_and_traditional_stays_english(
        qgis_app, monkeypatch, tmp_path):
    from ecoecon import plugin
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "ecoecon_zh_CN.qm").write_bytes(b"")
    monkeypatch.setattr(plugin, "PLUGIN_DIR", str(tmp_path))
    for code in ("zh-Hans", "zh_CN", "zh"):
        assert plugin.catalogue_path(code) == str(tmp_path / "i18n" / "ecoecon_zh_CN.qm")
    for code in ("zh-Hant", "zh_TW", "en_US", "fr"):
        assert plugin.catalogue_path(code) is None


def test_core_error_is_chinese_under_the_catalogue(zh_catalogue):
    from ecoecon.core.errors import InputError
    from ecoecon.core.industry import kerneldensity as kde
    with pytest.raises(InputError) as e:
        kde.default_radius([], [])
    assert str(e.value) == "没有可用于计算搜索半径的点。"
    from ecoecon.core import i18n
    i18n.set_translator(None)
    with pytest.raises(InputError, match="There are no points to compute a search radius"):
        kde.default_radius([], [])


def test_models_are_chinese_under_the_catalogue(zh_catalogue, qgis_processing):
    from tests.algorithms.conftest import ensure_provider
    ensure_provider()
    from ecoecon.provider.provider import load_model, model_paths
    path = [p for p in model_paths() if p.endswith("sources_from_services.model3")][0]
    m = load_model(path)
    assert m.id() == "ecoecon:sources_from_services" or m.name() == "sources_from_services"
    assert m.displayName() == "由生态系统服务识别生态源地"
    assert m.group() == "工作流模型"
    assert m.parameterDefinition("landuse").description() == "土地利用栅格"
    assert m.parameterDefinition("n_classes").description() == "重要性等级数"
    assert "自然断点法" in m.shortHelpString()
    dest = {d.name(): d.description() for d in m.destinationParameterDefinitions()}
    assert dest["combine:Class table"] == "分级表"  # the id stays English
    assert m.childAlgorithm("combine").description() == "生态系统服务综合"
    inst = m.create()
    assert inst.displayName() == "由生态系统服务识别生态源地"
    assert inst.validate()[0]


def test_wrap_puts_new_core_messages_through_the_hook(tmp_path, monkeypatch):
    """`scripts/i18n.py wrap` (for messages that other work adds to core/ later): literal
    messages get _tr(), the import is added, f-strings are reported, a second run changes
    nothing."""
    tool = _i18n()
    pkg = tmp_path / "core" / "fam"
    pkg.mkdir(parents=True)
    src = ('"""A module."""\nfrom ..errors import InputError\n\n\ndef f(x, warnings):\n'
           '    if x:\n        raise InputError("Bad value {} (≥ 0)".format(x))\n'
           '    warnings.append("%d cells" % x)\n    raise InputError(f"no {x}")\n')
    (pkg / "m.py").write_text(src, encoding="utf-8")
    monkeypatch.setattr(tool, "ROOT", str(tmp_path))
    todo = tool.wrap_core()
    out = (pkg / "m.py").read_text(encoding="utf-8")
    assert 'raise InputError(_tr("Bad value {} (≥ 0)").format(x))' in out
    assert 'warnings.append(_tr("%d cells") % x)' in out
    assert "from ..i18n import tr as _tr\n" in out
    assert todo == ["core/fam/m.py:9"]  # the f-string: by hand
    assert tool.wrap_core() == ["core/fam/m.py:10"]  # the same line, below the new import
    assert (pkg / "m.py").read_text(encoding="utf-8") == out
