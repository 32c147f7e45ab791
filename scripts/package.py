#!/usr/bin/env python3
"""Release package (called by scripts/package.sh): check metadata.txt, compile the .ts files,
write dist/ecoecon-<version>.zip with the top folder ``ecoecon/``."""
import configparser
import glob
import os
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = "ecoecon"
#: tracked paths that stay out of the release (development only)
EXCLUDE = ("tests/", "benchmarks/", "scripts/", ".ci/", "dist/", "docs/", "i18n/zh_CN/", ".git",
           "constraints/", "ruff.toml",
           "pytest.ini", "requirements.txt", "requirements-optional.txt", "DESIGN.md")
#: what metadata.txt must state (the plugin repository refuses a package without the first
#: seven; the others are what a user sees in the plugin manager)
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author",
            "email", "repository", "tracker", "homepage", "license", "icon", "category",
            "tags", "hasProcessingProvider", "supportsQt6", "changelog", "experimental")


def check_metadata(path=os.path.join(ROOT, "metadata.txt")):
    """The [general] section of metadata.txt, or SystemExit naming what is wrong."""
    cp = configparser.ConfigParser(interpolation=None)
    cp.read(path, encoding="utf-8")
    g = cp["general"]
    errors = ["missing or empty: %s" % k for k in REQUIRED if not g.get(k, "").strip()]
    if not re.fullmatch(r"\d+\.\d+\.\d+", g.get("version", "")):
        errors.append("version must be MAJOR.MINOR.PATCH, not %r" % g.get("version"))
    if not re.fullmatch(r"3\.\d+", g.get("qgisMinimumVersion", "")):
        errors.append("qgisMinimumVersion must be 3.x")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", g.get("email", "")):
        errors.append("email is not an address")
    for k in ("repository", "tracker", "homepage"):
        if not g.get(k, "").startswith("https://"):
            errors.append("%s must be an https URL" % k)
    if g.get("icon") and not os.path.exists(os.path.join(ROOT, g["icon"])):
        errors.append("icon %s does not exist" % g["icon"])
    if len(g.get("about", "")) < 100:
        errors.append("about is too short to tell a user what the plugin does")
    if g.get("supportsQt6", "").lower() not in ("true", "false", "yes", "no"):
        errors.append("supportsQt6 must be True or False")
    if errors:
        raise SystemExit("metadata.txt: " + "; ".join(errors))
    return g


def release_files():
    """The plugin's files that git knows or does not ignore (git ls-files), minus the
    development-only ones."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], cwd=ROOT, capture_output=True,
                             check=True).stdout.decode("utf-8").split("\0")
    except (OSError, subprocess.CalledProcessError):  # no git, or not a checkout
        out = _walk()
    keep = []
    for f in out:
        if not f or not os.path.isfile(os.path.join(ROOT, f)):
            continue
        if any(f == e or f.startswith(e) for e in EXCLUDE):
            continue
        if "__pycache__" in f or f.endswith((".pyc", ".qm")):
            continue
        keep.append(f)
    return sorted(set(keep))


def _walk():
    """The files below ROOT minus what .gitignore names (a source tree without git)."""
    import fnmatch
    pats = []
    ign = os.path.join(ROOT, ".gitignore")
    if os.path.exists(ign):
        with open(ign, encoding="utf-8") as fh:
            pats = [ln.strip().rstrip("/") for ln in fh if ln.strip()
                    and not ln.startswith("#")]

    def ignored(rel):
        parts = rel.split("/")
        return any(fnmatch.fnmatch(rel, p) or any(fnmatch.fnmatch(x, p) for x in parts)
                   for p in pats)
    out = []
    for d, dirs, files in os.walk(ROOT):
        rel_d = os.path.relpath(d, ROOT).replace(os.sep, "/")
        dirs[:] = [x for x in dirs if not x.startswith(".git")
                   and not ignored(x if rel_d == "." else rel_d + "/" + x)]
        for f in files:
            rel = f if rel_d == "." else rel_d + "/" + f
            if not ignored(rel):
                out.append(rel)
    return out


def compile_translations(tmp):
    """{arcname: path} of the compiled catalogues, one per language folder of i18n/."""
    out = {}
    for lang_dir in sorted(glob.glob(os.path.join(ROOT, "i18n", "*", ""))):
        lang = os.path.basename(os.path.dirname(lang_dir))
        ts = sorted(glob.glob(os.path.join(lang_dir, "*.ts")))
        if not ts:
            continue
        qm = os.path.join(tmp, "ecoecon_%s.qm" % lang)
        subprocess.run(["lrelease", "-silent"] + ts + ["-qm", qm], check=True)
        out["i18n/ecoecon_%s.qm" % lang] = qm
    if not out:
        raise SystemExit("no translation compiled (is lrelease installed?)")
    return out


def build(dest=os.path.join(ROOT, "dist")):
    g = check_metadata()
    os.makedirs(dest, exist_ok=True)
    path = os.path.join(dest, "%s-%s.zip" % (TOP, g["version"]))
    with tempfile.TemporaryDirectory() as tmp:
        qms = compile_translations(tmp)
        if os.path.exists(path):
            os.remove(path)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for f in release_files():
                z.write(os.path.join(ROOT, f), "%s/%s" % (TOP, f))
            for arc, qm in qms.items():
                z.write(qm, "%s/%s" % (TOP, arc))
    return path


if __name__ == "__main__":
    p = build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "dist"))
    with zipfile.ZipFile(p) as z:
        n = len(z.namelist())
    print("%s (%d files, %.1f MB)" % (os.path.relpath(p, os.getcwd()), n,
                                       os.path.getsize(p) / 1e6))
