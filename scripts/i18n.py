#!/usr/bin/env python3
"""Translation sources: one Qt .ts file per algorithm id in i18n/zh_CN/, as the rest of the code.

    python scripts/i18n.py update [FILE..]   # (re)extract the strings into the canonical files,
                                             # keeping translations, and fold in the
                                             # translations of every other .ts file
    python scripts/i18n.py todo FILE > t.json    # unfinished strings as JSON to translate
    python scripts/i18n.py apply t.json      # write the translations of t.json into the .ts
    python scripts/i18n.py check             # strings of the sources without a translation
                                             # in any i18n/zh_CN/*.ts (exit 1 if any)

Canonical files (``FILE`` = the name without .ts):

* ``<id>.ts`` — the strings of the algorithm ``<id>`` (``algorithms/<family>/<id>.py``, the
  file whose ``NAME`` is the id);
* ``common.ts`` — the shared modules: ``algorithms/*.py``, the helper modules of a family
  folder that define no algorithm (``ecosystem/inputs.py``, ``synthesis/common.py``, …),
  ``provider/`` and ``plugin.py``;
* ``core.ts`` — the display names of ``core/`` that go through its ``_tr`` hook (context
  :data:`CORE_CONTEXTS`), which pylupdate5 does not see.

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


def core_messages():
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


def _write_core(path, pool):
    """core.ts from core_messages(), translations from ``pool``."""
    root = ET.Element("TS", version="2.1", language="zh_CN")
    by_ctx = {}
    for ctx, src in core_messages():
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
    canonical = set(fam) | {"core"}
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
    missing = untranslated()
    for ctx, src in missing:
        print("%s: %s" % (ctx, src[:70].replace("\n", " ")))
    return len(missing)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "update":
        update(sys.argv[2:])
    elif cmd == "todo":
        json.dump(todo(sys.argv[2]), sys.stdout, ensure_ascii=False, indent=1)
    elif cmd == "apply":
        apply(sys.argv[2])
    else:
        sys.exit(1 if check() else 0)
