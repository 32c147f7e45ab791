#!/usr/bin/env python3
"""Translation sources: one Qt .ts file per algorithm id in i18n/zh_CN/, as the rest of the code.

    python scripts/i18n.py update [FILE..]   # (re)extract the strings into the canonical files,
                                             # keeping translations, and fold in the
                                             # translations of every other .ts file
    python scripts/i18n.py todo FILE > t.json    # unfinished strings as JSON to translate
    python scripts/i18n.py apply t.json      # write the translations of t.json into the .ts
    python scripts/i18n.py check             # strings of the sources without a translation
                                             # in any i18n/zh_CN/*.ts (exit 1 if any)
    python scripts/i18n.py extra FAMILY      # add the untranslated core/ and model strings
                                             # (which pylupdate5 cannot see) to FAMILY.ts
    python scripts/i18n.py wrap              # put new literal messages of core/ through the
                                             # translation hook: _tr("...")

Canonical files (``FILE`` = the name without .ts):

* ``<id>.ts`` — the strings of the algorithm ``<id>`` (``algorithms/<family>/<id>.py``, the
  file whose ``NAME`` is the id);
* ``common.ts`` — the shared modules: ``algorithms/*.py``, the helper modules of a family
  folder that define no algorithm (``ecosystem/inputs.py``, ``synthesis/common.py``, …),
  ``provider/`` and ``plugin.py``;
* ``core.ts`` — the messages and display names of ``core/`` that go through its ``_tr`` hook
  (context ``EcoEconCore``, and :data:`CORE_CONTEXTS`), which pylupdate5 does not see;
* ``models.ts`` — the texts of the bundled models (``EcoEconModels``) the provider translates.

Any other .ts file (a branch's ``i18n/zh_CN/<branch>.ts``, an old family file) is folded by
``update``: each of its finished translations moves into the canonical file whose sources hold
that (context, source) and leaves the other file, which is deleted once empty. What no
canonical file holds stays where it is. lrelease compiles every .ts file into one
i18n/ecoecon_zh_CN.qm (scripts/setup.sh does it).
JSON format of todo/apply: {"file": {"Context": {"source text": "译文"}}}.
"""
import ast
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "i18n", "zh_CN")
#: core module → translation context of its ``_tr("...")`` strings (installed by
#: algorithms/base.py)
CORE_CONTEXTS = {"core/vocabulary.py": "EcoEconVocabulary"}
_NAME = re.compile(r"^\s+NAME\s*=\s*[\"'](\w+)[\"']", re.M)


def families():
    """{canonical file name: [source files]} of the pylupdate5 families (not ``core``)."""
    common = (sorted(glob.glob(os.path.join(ROOT, "algorithms", "*.py")))
              + sorted(glob.glob(os.path.join(ROOT, "provider", "*.py")))
              + [os.path.join(ROOT, "plugin.py")])
    fam = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "algorithms", "*", "**", "*.py"),
                                 recursive=True)):
        with open(path, encoding="utf-8") as f:
            names = _NAME.findall(f.read())
        if names:
            fam.setdefault(names[0], []).append(path)
        elif not path.endswith("__init__.py"):
            common.append(path)
    fam["common"] = common
    return fam


def ts_path(name):
    return os.path.join(TS_DIR, name + ".ts")


def _vocab_messages():
    """[(context, source)] of the ``_tr("...")`` calls of the modules of CORE_CONTEXTS."""
    out = []
    for rel, ctx in CORE_CONTEXTS.items():
        path = os.path.join(ROOT, rel)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "_tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                out.append((ctx, node.args[0].value))
    return list(dict.fromkeys(out))


def messages(path):
    """Yield (context, source, translation element, tree) of a .ts file."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source"), msg.find("translation"), tree


def _finished(tr):
    return tr is not None and tr.get("type") != "unfinished" and bool((tr.text or "").strip())


def translated(paths=None):
    """{(context, source): translation} of every finished message in i18n/zh_CN/*.ts."""
    out = {}
    for path in sorted(paths or glob.glob(os.path.join(TS_DIR, "*.ts"))):
        for ctx, src, tr, _ in messages(path):
            if _finished(tr):
                out[(ctx, src)] = tr.text
    return out


def _write(tree, path):
    tree.getroot().set("language", "zh_CN")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _write_core(path, pool, extract=None):
    """core.ts from core_messages() (models.ts from model_messages()), translations from
    ``pool``."""
    root = ET.Element("TS", version="2.1", language="zh_CN")
    by_ctx = {}
    for ctx, src in (extract or core_messages)():
        by_ctx.setdefault(ctx, []).append(src)
    for ctx, sources in by_ctx.items():
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for src in sources:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = src
            t = ET.SubElement(m, "translation")
            if (ctx, src) in pool:
                t.text = pool[(ctx, src)]
            else:
                t.set("type", "unfinished")
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    _write(tree, path)


def update(only=None):
    """Extract every canonical file (or those named in ``only``), fill their unfinished
    messages from the translations of all .ts files, then fold the other .ts files."""
    os.makedirs(TS_DIR, exist_ok=True)
    pool = translated()
    fam = families()
    canonical = set(fam) | {"core", "models"}
    for name, files in fam.items():
        if only and name not in only:
            continue
        subprocess.run(["pylupdate5", "-noobsolete"] + files + ["-ts", ts_path(name)],
                       check=True, capture_output=True)
        tree = ET.parse(ts_path(name))
        for ctx in tree.getroot().iter("context"):
            cname = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                key = (cname, msg.findtext("source"))
                if not _finished(tr) and key in pool:
                    tr.text = pool[key]
                    tr.attrib.pop("type", None)
        _write(tree, ts_path(name))
    if not only or "core" in only:
        _write_core(ts_path("core"), pool)
    if not only or "models" in only:
        _write_core(ts_path("models"), pool, model_messages)
    fold(canonical)


def fold(canonical):
    """Remove from every non-canonical .ts file the messages that a canonical file holds
    translated; delete such a file once it holds no message."""
    have = translated([ts_path(n) for n in canonical if os.path.exists(ts_path(n))])
    for path in sorted(glob.glob(os.path.join(TS_DIR, "*.ts"))):
        if os.path.basename(path)[:-3] in canonical:
            continue
        tree = ET.parse(path)
        left = 0
        for ctx in list(tree.getroot().iter("context")):
            name = ctx.findtext("name")
            for msg in list(ctx.findall("message")):
                if (name, msg.findtext("source")) in have:
                    ctx.remove(msg)
                else:
                    left += 1
            if not ctx.findall("message"):
                tree.getroot().remove(ctx)
        if left:
            _write(tree, path)
            print("%s: %d message(s) no canonical file holds stay" % (os.path.basename(path),
                                                                    left))
        else:
            os.remove(path)
            print("%s: folded into the canonical files and removed" % os.path.basename(path))


def todo(name):
    out = {}
    for ctx, src, tr, _ in messages(ts_path(name)):
        if not _finished(tr):
            out.setdefault(ctx, {})[src] = ""
    return {name: out}


def apply(path):
    data = json.load(open(path, encoding="utf-8"))
    for name, ctxs in data.items():
        p = ts_path(name)
        tree = ET.parse(p)
        n = 0
        for ctx in tree.getroot().iter("context"):
            cname = ctx.findtext("name")
            for msg in ctx.iter("message"):
                t = ctxs.get(cname, {}).get(msg.findtext("source"))
                if t:
                    tr = msg.find("translation")
                    tr.text = t
                    tr.attrib.pop("type", None)
                    n += 1
        tree.write(p, encoding="utf-8", xml_declaration=True)
        print("%s: %d translations written" % (name, n))


def all_sources():
    return sorted({f for files in families().values() for f in files})


def untranslated():
    """(context, source) of every string the plugin shows (extracted afresh with pylupdate5
    from all sources, and the core's ``_tr`` strings) that has no finished translation in any
    i18n/zh_CN/*.ts."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "all.ts")
        subprocess.run(["pylupdate5", "-noobsolete"] + all_sources() + ["-ts", ts], check=True,
                       capture_output=True)
        have = translated()
        shown = [(c, s) for c, s, _, _ in messages(ts)] + core_messages()
        return [(c, s) for c, s in shown if (c, s) not in have]


def check():
    missing = list(dict.fromkeys(untranslated() + untranslated_extra()))
    for ctx, src in missing:
        print("%s: %s" % (ctx, src[:70].replace("\n", " ")))
    return len(missing)


# --- strings pylupdate5 cannot see: core messages and the bundled models ----------------------
# (their translations live in the .ts files like any other; `check` and tests/test_i18n_core.py
# report the missing ones)
def core_messages():
    """(context, source) of every ``_tr("...")`` in the modules of core/ that take ``_tr`` from
    the translation hook (``from ..i18n import tr as _tr``; a module that defines its own
    ``_tr`` has its own context and extractor). The argument must be a literal string:
    anything else is an error."""
    import ast
    ctx = _core_context()
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "core", "**", "*.py"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), path)
        if not _uses_hook(tree):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "_tr":
                arg = node.args[0] if len(node.args) == 1 else None
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    raise ValueError("%s:%d: _tr() needs one literal string"
                                     % (os.path.relpath(path, ROOT), node.lineno))
                if (ctx, arg.value) not in out:
                    out.append((ctx, arg.value))
    return out + [m for m in _vocab_messages() if m not in out]


def _defines_tr(tree):
    """The module binds ``_tr`` itself (assignment or def), not from the hook."""
    import ast
    for n in tree.body:
        if isinstance(n, ast.FunctionDef) and n.name == "_tr":
            return True
        if isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "_tr" for t in n.targets):
            return True
    return False


def _uses_hook(tree):
    import ast
    return not _defines_tr(tree) and any(
        isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[-1] == "i18n"
        and any(a.name == "tr" and a.asname == "_tr" for a in n.names) for n in tree.body)


def _core_context():
    import importlib.util
    spec = importlib.util.spec_from_file_location("_core_i18n",
                                                  os.path.join(ROOT, "core", "i18n.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CONTEXT


MODEL_CONTEXT = "EcoEconModels"  # provider/provider.py translates model texts in this context


def model_messages():
    """(context, source) of the visible texts of resources/models/*.model3 that the provider
    translates when it loads them: group, parameter descriptions, step descriptions, output
    names and descriptions, help."""
    out = []

    def add(text):
        if text and text.strip() and (MODEL_CONTEXT, text) not in out:
            out.append((MODEL_CONTEXT, text))

    def opt(node, name):
        for o in node.findall("Option"):
            if o.get("name") == name:
                return o
        return None

    for path in sorted(glob.glob(os.path.join(ROOT, "resources", "models", "*.model3"))):
        root = ET.parse(path).getroot()
        add(opt(root, "model_group").get("value"))
        for d in opt(root, "parameterDefinitions") or []:
            if not (opt(d, "isDestination") is not None
                    and opt(d, "isDestination").get("value") == "true"):
                add((opt(d, "description") if opt(d, "description") is not None
                     else ET.Element("x")).get("value"))
        for child in opt(root, "children") or []:
            add(opt(child, "component_description").get("value"))
            for o in opt(child, "outputs") or []:
                desc = opt(o, "component_description")
                add(desc.get("value") if desc is not None and desc.get("value")
                    else opt(o, "name").get("value"))
        for h in opt(root, "help") or []:
            add(h.get("value"))
    return out


def add_extra(family):
    """Append the core/ and model strings that have no translation yet to ``family``.ts as
    unfinished messages (then ``todo`` / ``apply`` as for any family)."""
    path = ts_path(family)
    if os.path.exists(path):
        tree = ET.parse(path)
    else:
        tree = ET.ElementTree(ET.Element("TS", {"version": "2.1", "language": "zh_CN"}))
    root = tree.getroot()
    have = {(c, s) for c, s, _, _ in messages(path)} if os.path.exists(path) else set()
    n = 0
    for ctx, src in untranslated_extra():
        if (ctx, src) in have:
            continue
        node = next((c for c in root.iter("context") if c.findtext("name") == ctx), None)
        if node is None:
            node = ET.SubElement(root, "context")
            ET.SubElement(node, "name").text = ctx
        msg = ET.SubElement(node, "message")
        ET.SubElement(msg, "source").text = src
        ET.SubElement(msg, "translation", {"type": "unfinished"})
        n += 1
    if n:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    print("%s: %d strings added" % (family, n))


def untranslated_extra():
    """Core and model strings without a finished translation in any i18n/zh_CN/*.ts."""
    have = translated()
    return [m for m in core_messages() + model_messages() if m not in have]


def wrap_core(write=True):
    """Codemod: wrap the bare string literal of every message in core/ (the first argument of
    ``InputError(...)`` or ``RunnerError(...)``, alone, before ``.format(...)`` or ``% ...``, and of ``.append(...)``
    on lists named warnings/notes/msgs/why) in ``_tr(...)`` and add the import of the hook.
    Returns the places it could not handle (a message built otherwise: fix those by hand)."""
    import ast

    def literal(a):
        if isinstance(a, ast.Constant) and isinstance(a.value, str):
            return a
        if isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute) \
                and a.func.attr == "format" and isinstance(a.func.value, ast.Constant) \
                and isinstance(a.func.value.value, str):
            return a.func.value
        if isinstance(a, ast.BinOp) and isinstance(a.op, ast.Mod) \
                and isinstance(a.left, ast.Constant) and isinstance(a.left.value, str):
            return a.left
        return None

    def wrapped(a):
        if isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute):
            a = a.func.value
        if isinstance(a, ast.BinOp):
            a = a.left
        return isinstance(a, ast.Call) and getattr(a.func, "id", "") == "_tr"

    def bare_text(n):
        """Words outside any _tr() (an f-string, or a literal joined to other parts)."""
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "_tr":
            return False
        if isinstance(n, ast.JoinedStr):
            return True
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            return any(ch.isalpha() for ch in n.value)
        return any(bare_text(c) for c in ast.iter_child_nodes(n))

    def is_message(node):
        f = node.func
        name = f.id if isinstance(f, ast.Name) else getattr(f, "attr", "")
        if name in ("InputError", "RunnerError"):
            return True
        return name == "append" and isinstance(f.value, ast.Name) and (
            "warn" in f.value.id.lower() or f.value.id in ("notes", "msgs", "why"))

    todo = []
    for path in sorted(glob.glob(os.path.join(ROOT, "core", "**", "*.py"), recursive=True)):
        if os.path.basename(path) == "i18n.py":
            continue
        with open(path, encoding="utf-8") as fh:
            src = fh.read()
        if _defines_tr(ast.parse(src)):  # its own translation context: by hand
            continue
        edits = []
        for node in ast.walk(ast.parse(src)):
            if not (isinstance(node, ast.Call) and node.args and is_message(node)):
                continue
            c = literal(node.args[0])
            if c is not None:
                edits.append((c.lineno, c.col_offset, c.end_lineno, c.end_col_offset))
            elif not wrapped(node.args[0]) and bare_text(node.args[0]):
                todo.append("%s:%d" % (os.path.relpath(path, ROOT), node.lineno))
        if not edits:
            continue
        lines = [ln.encode("utf-8") for ln in src.splitlines(keepends=True)]
        for l0, c0, l1, c1 in sorted(edits, reverse=True):  # AST offsets are UTF-8 bytes
            lines[l1 - 1] = lines[l1 - 1][:c1] + b")" + lines[l1 - 1][c1:]
            lines[l0 - 1] = lines[l0 - 1][:c0] + b"_tr(" + lines[l0 - 1][c0:]
        new = b"".join(lines).decode("utf-8")
        depth = os.path.relpath(path, os.path.join(ROOT, "core")).count(os.sep)
        imp = "from %si18n import tr as _tr\n" % ("." * (depth + 1))
        if imp not in new:
            body = ast.parse(new).body
            last = max([n.end_lineno for n in body
                        if isinstance(n, (ast.Import, ast.ImportFrom))] or [0])
            nl = new.splitlines(keepends=True)
            nl.insert(last, imp)
            new = "".join(nl)
        if write:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(new)
        print("%s: %d message(s) wrapped" % (os.path.relpath(path, ROOT), len(edits)))
    return todo


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "update":
        update(sys.argv[2:])
    elif cmd == "todo":
        json.dump(todo(sys.argv[2]), sys.stdout, ensure_ascii=False, indent=1)
    elif cmd == "apply":
        apply(sys.argv[2])
    elif cmd == "extra":
        add_extra(sys.argv[2])
    elif cmd == "wrap":
        for place in wrap_core():
            print("by hand (not a literal): " + place)
    else:
        sys.exit(1 if check() else 0)
