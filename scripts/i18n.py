#!/usr/bin/env python3
"""Translation sources: one Qt .ts file per algorithm family in i18n/zh_CN/.

    python scripts/i18n.py update [FAMILY..] # (re)extract strings with pylupdate5, keeping
                                              # existing translations (all families by default)
    python scripts/i18n.py todo FAMILY > t.json   # unfinished strings as JSON to translate
    python scripts/i18n.py apply t.json      # write the translations of t.json into the .ts
    python scripts/i18n.py check             # list unfinished strings (exit 1 if any)

Families: ``common`` (algorithms/*.py, provider/, plugin.py) and one per folder of
algorithms/ (general, ecosecurity, ...). lrelease compiles all of them into one
i18n/ecoecon_zh_CN.qm (scripts/setup.sh does it).
JSON format of todo/apply: {"family": {"Context": {"source text": "译文"}}}.
"""
import glob
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "i18n", "zh_CN")


def families():
    fam = {"common": sorted(glob.glob(os.path.join(ROOT, "algorithms", "*.py"))
                            + glob.glob(os.path.join(ROOT, "provider", "*.py"))
                            + [os.path.join(ROOT, "plugin.py")])}
    for d in sorted(glob.glob(os.path.join(ROOT, "algorithms", "*", ""))):
        files = sorted(glob.glob(os.path.join(d, "**", "*.py"), recursive=True))
        if files:
            fam[os.path.basename(os.path.dirname(d))] = files
    return fam


def ts_path(family):
    return os.path.join(TS_DIR, family + ".ts")


def update(only=None):
    os.makedirs(TS_DIR, exist_ok=True)
    for fam, files in families().items():
        if only and fam not in only:
            continue
        subprocess.run(["pylupdate5", "-noobsolete"] + files + ["-ts", ts_path(fam)],
                       check=True)
        tree = ET.parse(ts_path(fam))
        tree.getroot().set("language", "zh_CN")
        tree.write(ts_path(fam), encoding="utf-8", xml_declaration=True)


def messages(path):
    """Yield (context, source, translation element) of a .ts file."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg.findtext("source"), msg.find("translation"), tree


def todo(family):
    out = {}
    for ctx, src, tr, _ in messages(ts_path(family)):
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            out.setdefault(ctx, {})[src] = ""
    return {family: out}


def apply(path):
    data = json.load(open(path, encoding="utf-8"))
    for fam, ctxs in data.items():
        p = ts_path(fam)
        tree = ET.parse(p)
        n = 0
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                src = msg.findtext("source")
                t = ctxs.get(name, {}).get(src)
                if t:
                    tr = msg.find("translation")
                    tr.text = t
                    tr.attrib.pop("type", None)
                    n += 1
        tree.write(p, encoding="utf-8", xml_declaration=True)
        print("%s: %d translations written" % (fam, n))


def check():
    bad = 0
    for fam in families():
        if not os.path.exists(ts_path(fam)):
            print("%s: no .ts file" % fam)
            bad += 1
            continue
        t = todo(fam)[fam]
        for ctx, srcs in t.items():
            for s in srcs:
                print("%s / %s: %s" % (fam, ctx, s[:70].replace("\n", " ")))
                bad += 1
    return bad


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
