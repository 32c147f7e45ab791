"""Qt 6 / QGIS 4 readiness: scripts/check_qt6.py finds nothing in the repository (asked of the
QGIS this test runs on, so 3.22, 3.40 and 3.44 each look), catches each kind of hand-written
violation, and algorithms/compat.py takes the branch its QGIS version calls for."""
import importlib.util
import textwrap

import pytest

from tests.conftest import ROOT


def _checker():
    spec = importlib.util.spec_from_file_location("check_qt6", ROOT / "scripts" / "check_qt6.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_repository_is_clean(capsys):
    chk = _checker()
    assert chk.main([]) == 0, capsys.readouterr().out


# The Qt 5-only names are assembled here so that a plain text search of the tree for them finds
# only real uses (these snippets are what the checker must flag).
_QV, _EXEC = "Q" + "Variant", "exec" + "_"
BAD = {
    "qvariant": "from qgis.PyQt.QtCore import %s\nf = %s.Double\n" % (_QV, _QV),
    "exec_": "def run(dlg):\n    return dlg.%s()\n" % _EXEC,
    "pyqt5": "from PyQt5.QtCore import QTimer\n",
    "moved": "from qgis.PyQt.QtWidgets import QAction\n",
    "removed": "from qgis.PyQt.QtCore import QRegExp\n",
    "enum": ("from qgis.core import QgsProcessing, QgsWkbTypes, Qgis\n"
             "from qgis.PyQt.QtCore import Qt\n"
             "a = QgsProcessing.TypeRaster\nb = QgsWkbTypes.Point\nc = Qt.AlignLeft\n"
             "d = Qgis.Critical\n"),
}


@pytest.mark.parametrize("rule", sorted(BAD))
def test_each_rule_catches_its_violation(tmp_path, rule):
    chk = _checker()
    p = tmp_path / "bad.py"
    p.write_text(BAD[rule])
    found = chk.check_file(str(p), "bad.py")
    assert rule in {f[2] for f in found}, found
    if rule == "enum":  # all four spellings, each on its line
        assert sorted(f[1] for f in found if f[2] == "enum") == [3, 4, 5, 6], found


def test_scoped_spellings_and_guarded_imports_pass(tmp_path):
    chk = _checker()
    p = tmp_path / "good.py"
    p.write_text(textwrap.dedent("""\
        from qgis.core import QgsProcessing, Qgis
        from qgis.PyQt.QtCore import Qt, QMetaType
        try:
            from qgis.PyQt.QtGui import QAction
        except ImportError:
            from qgis.PyQt.QtWidgets import QAction
        a = QgsProcessing.SourceType.TypeRaster
        c = Qt.AlignmentFlag.AlignLeft
        d = Qgis.MessageLevel.Critical
        t = QMetaType.Type.Double
        out = QgsProcessing.TEMPORARY_OUTPUT
        def run(dlg):
            return dlg.exec()
        """))
    assert chk.check_file(str(p), "good.py") == []


def test_dynamic_qvariant_lookup_is_allowed_only_in_compat_fallback(tmp_path):
    chk = _checker()
    p = tmp_path / "c.py"
    p.write_text(textwrap.dedent("""\
        from qgis.PyQt import QtCore
        try:
            x = 1
        except TypeError:
            legacy = getattr(QtCore, "QVariant")
        other = getattr(QtCore, "QVariant")
        """))
    in_compat = chk.check_file(str(p), "algorithms/compat.py")
    assert [f[1] for f in in_compat] == [6], in_compat      # the unguarded lookup only
    elsewhere = chk.check_file(str(p), "algorithms/other.py")
    assert sorted(f[1] for f in elsewhere) == [5, 6], elsewhere


def test_compat_takes_the_branch_of_this_qgis(qgis_app):
    """3.22 takes the old enums and QVariant's codes, >= 3.36 the Qgis.Processing* enums and
    >= 3.38 QMetaType; the matrix runs 3.22 and 3.40/3.44, so both branches run for real.
    Field type ids are Qt's documented QMetaType numbers (Double 6, Int 2, LongLong 4,
    QString 10), the same under QVariant and QMetaType."""
    from qgis.core import Qgis
    from ecoecon.algorithms import compat
    v = Qgis.versionInt()
    assert compat._NEW == (v >= 33600)
    qmeta = type(compat._FIELD_TYPES["double"]).__qualname__.startswith("QMetaType")
    assert qmeta == (v >= 33800), (v, type(compat._FIELD_TYPES["double"]))
    for kind, qt_id in (("double", 6), ("int", 2), ("int64", 4), ("string", 10)):
        f = compat.make_field("x", kind)
        assert int(f.type()) == qt_id, (kind, f.type())
