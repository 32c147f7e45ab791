#!/usr/bin/env python3
"""Qt 6 / QGIS 4 readiness check of every Python file of the repository (plugin, tests,
scripts, benchmarks). Prints one line per finding and exits 1 when there is any, 0 when the
tree is clean. scripts/test.sh runs it, and tests/test_qt6_check.py runs it on every QGIS of
the test matrix (the enum rule asks the running QGIS, so 3.22, 3.40 and 3.44 each look).

Rules (Qt 6 / PyQt6 / QGIS 4 removed what they find):
  qvariant   any use of ``QVariant`` (its type codes are gone: ``QMetaType.Type``)
  exec_      ``exec_()`` / ``print_()`` (PyQt6 has only ``exec()`` / ``print()``)
  pyqt5      importing ``PyQt5`` / ``PyQt4`` / ``PyQt6`` / ``sip`` directly instead of
             ``qgis.PyQt`` (which maps to the Qt of the running QGIS)
  moved      classes that Qt 6 moved out of QtWidgets (QAction, QActionGroup, QShortcut,
             QUndoCommand, QUndoStack, QFileSystemModel) imported from QtWidgets, except as
             the ``except ImportError`` fallback of the same import from QtGui
  removed    classes Qt 6 removed (QRegExp, QDesktopWidget, QGLWidget, QMatrix, ...)
  enum       an unscoped enum member such as ``Qt.AlignLeft``, ``QgsProcessing.TypeRaster``,
             ``QgsWkbTypes.Point`` or ``Qgis.Critical``: any ``Class.Member`` (names imported
             from ``qgis.*``) whose value the running QGIS reports as a member of an enum
             while ``Class`` is not that enum. Write ``Qt.AlignmentFlag.AlignLeft`` or use
             ``algorithms/compat.py``.

The compat module: ``algorithms/compat.py`` is where QGIS 3.22 and 3.36+/4.x spellings meet.
Its one QVariant use, the field types of QGIS < 3.38 (whose QgsField refuses QMetaType), is a
dynamic lookup (``getattr(QtCore, "QVariant")``) inside the ``except TypeError`` fallback that
only 3.22 - 3.36 reach. The check allows exactly that: the string "QVariant" inside an
``except`` handler of algorithms/compat.py. The same string anywhere else (a dynamic lookup
that dodges the qvariant rule) is a finding, and so is any QVariant name in compat.py too.
(This script itself names "QVariant" in strings: it is exempt from that one string rule.)

Usage: check_qt6.py [--no-enums] [PATH ...]   (default: the whole repository)
--no-enums skips the enum rule (it needs the QGIS Python bindings).
"""
import ast
import enum
import importlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", "dist", "build", "demo_output",
             "node_modules", ".pytest_cache"}
COMPAT = "algorithms/compat.py"
SELF = "scripts/check_qt6.py"  # names what it looks for in strings
MOVED = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoStack", "QUndoGroup",
         "QFileSystemModel"}
REMOVED = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "QGLWidget", "QGLFormat", "QMatrix",
           "QStringRef", "QTextCodec", "QLinkedList", "QSound", "QMediaPlaylist"}
DIRECT = {"PyQt4", "PyQt5", "PyQt6", "sip"}


def python_files(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS
                                 and not d.startswith("."))
            for f in sorted(filenames):
                if f.endswith(".py"):
                    yield os.path.join(dirpath, f)


def _is_enum_type(t):
    if not isinstance(t, type):
        return False
    if issubclass(t, enum.Enum):
        return True
    return type(t).__name__ in ("enumtype", "sipEnumType", "EnumType")  # sip's enums (PyQt5)


def _is_enum_member(v):
    return not isinstance(v, type) and _is_enum_type(type(v))


def _chain(node):
    """['Qt', 'AlignmentFlag', 'AlignLeft'] for Qt.AlignmentFlag.AlignLeft, or None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


def _guarded_qtgui_fallback(tree):
    """ImportFrom nodes that are the ``except ImportError`` fallback of a QtGui import."""
    ok = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try):
            continue
        gui = {a.name for n in node.body if isinstance(n, ast.ImportFrom)
               and (n.module or "").endswith("QtGui") for a in n.names}
        for h in node.handlers:
            for n in ast.walk(h):
                if isinstance(n, ast.ImportFrom) and {a.name for a in n.names} <= gui:
                    ok.add(n)
    return ok


def check_file(path, rel, enums=True):
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    try:
        tree = ast.parse(src, filename=rel)
    except SyntaxError as e:
        return [(rel, e.lineno or 0, "syntax", "cannot parse: %s" % e.msg)]
    out = []
    posix = rel.replace(os.sep, "/")
    is_compat = posix == COMPAT
    in_handler = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            in_handler.update(id(n) for n in ast.walk(node))
    guarded = _guarded_qtgui_fallback(tree)
    imported = {}  # local name -> (module, attribute or None)

    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] in DIRECT:
                    out.append((rel, line, "pyqt5", "import %s: use qgis.PyQt" % a.name))
                if a.name.startswith("qgis"):
                    imported[a.asname or a.name.split(".")[0]] = (
                        a.name if a.asname else a.name.split(".")[0], None)
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if mod.split(".")[0] in DIRECT:
                out.append((rel, line, "pyqt5", "from %s import ...: use qgis.PyQt" % mod))
            for a in node.names:
                if a.name == "QVariant":
                    out.append((rel, line, "qvariant", "imports QVariant"))
                if a.name in REMOVED:
                    out.append((rel, line, "removed", "%s is gone in Qt 6" % a.name))
                if (mod.endswith("QtWidgets") and a.name in MOVED and node not in guarded):
                    out.append((rel, line, "moved", "%s is in QtGui under Qt 6: import it from "
                                "qgis.PyQt.QtGui, falling back to QtWidgets on ImportError"
                                % a.name))
                if mod.startswith("qgis") and a.name != "*":
                    imported[a.asname or a.name] = (mod, a.name)
        elif isinstance(node, ast.Name) and node.id == "QVariant":
            out.append((rel, line, "qvariant", "QVariant: use QMetaType.Type (via compat)"))
        elif isinstance(node, ast.Attribute):
            if node.attr == "QVariant":
                out.append((rel, line, "qvariant", "QVariant: use QMetaType.Type (via compat)"))
            elif node.attr in ("exec_", "print_"):
                out.append((rel, line, "exec_", "%s(): use %s()" % (node.attr, node.attr[:-1])))
        elif isinstance(node, ast.Constant) and node.value == "QVariant":
            if not (is_compat and id(node) in in_handler) and posix != SELF:
                out.append((rel, line, "qvariant", "dynamic QVariant lookup (only "
                            "algorithms/compat.py's 3.22 fallback may do this)"))

    if enums:
        resolved = {}

        def resolve(name):
            if name not in resolved:
                mod, attr = imported[name]
                try:
                    obj = importlib.import_module(mod)
                    resolved[name] = getattr(obj, attr) if attr else obj
                except (ImportError, AttributeError):
                    resolved[name] = None
            return resolved[name]

        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            chain = _chain(node)
            if not chain or chain[0] not in imported:
                continue
            parent = resolve(chain[0])
            for part in chain[1:-1]:
                parent = getattr(parent, part, None)
            if parent is None or not isinstance(parent, type) or _is_enum_type(parent):
                continue
            try:
                value = getattr(parent, chain[-1])
            except Exception:  # noqa: BLE001 - a property of the class, say
                continue
            if _is_enum_member(value):
                scope = type(value).__qualname__
                out.append((rel, node.lineno, "enum", "unscoped enum %s: write %s.%s"
                            % (".".join(chain), scope, chain[-1])))
    return sorted(set(out), key=lambda f: (f[1], f[2], f[3]))


def main(argv):
    enums = "--no-enums" not in argv
    paths = [a for a in argv if not a.startswith("--")] or [ROOT]
    if enums:
        try:
            import qgis.core  # noqa: F401
        except ImportError:
            print("check_qt6: the QGIS Python bindings are not importable here; the enum rule "
                  "needs them (or pass --no-enums)", file=sys.stderr)
            return 2
    findings = []
    n = 0
    for path in python_files(paths):
        n += 1
        findings += check_file(path, os.path.relpath(path, ROOT), enums=enums)
    for rel, line, rule, msg in findings:
        print("%s:%d: [%s] %s" % (rel, line, rule, msg))
    print("check_qt6: %d finding(s) in %d Python files" % (len(findings), n),
          file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
