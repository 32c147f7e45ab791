"""ecoecon:installdependencies — install the optional Python packages QGIS lacks, with QGIS's
own Python, into a folder private to the plugin in the user's QGIS profile.

How QGIS's own packages stay untouched (``pip install --target`` alone would not do it: in
target mode pip ignores what is installed and would put a second NumPy into the folder, maybe
a NumPy 2 that QGIS's GDAL cannot use):

1. Resolve: ``pip install --dry-run --ignore-installed --report`` with a constraints file that
   pins every distribution this QGIS already has (NumPy first) to its present version, so pip
   picks versions of the new packages that work with them.
2. Install only what the resolution adds and QGIS does not have, each at its resolved version,
   with ``--no-deps --target <private folder>``: NumPy, GDAL and every other package QGIS ships
   are never written.
3. The folder is appended to the END of ``sys.path``: even a package a user put there by hand
   cannot shadow one of QGIS's.

``--target`` needs no administrator rights and is allowed on PEP 668 ("externally managed")
systems; it works the same with OSGeo4W's and the macOS bundle's Python.

A pip older than 22.2 (Ubuntu 22.04's) has no ``--report``: there the packages are installed
with their dependencies (same constraints) into a staging folder, and only the distributions
QGIS does not have are moved into the private folder (:func:`move_new`).
"""
import json
import os
import queue
import subprocess
import tempfile
import threading

from qgis.core import (QgsProcessingException, QgsProcessingOutputFolder,
                       QgsProcessingOutputString, QgsProcessingParameterString)

from .. import deps
from ..base import EcoEconAlgorithm


def present_distributions():
    """{canonical name: version} of every distribution importable here (QGIS's Python, the
    user's site, the private folder)."""
    from importlib import metadata
    out = {}
    for d in metadata.distributions():
        try:
            name = d.metadata["Name"]
        except Exception:  # pragma: no cover - a broken .dist-info
            continue
        if name and d.version:
            out.setdefault(deps.canonical(name), d.version)
    if "numpy" not in out:  # a NumPy without metadata (some bundles) is still QGIS's NumPy
        try:
            import numpy
            out["numpy"] = numpy.__version__
        except ImportError:  # pragma: no cover
            pass
    return out


def constraints(present, only=None):
    """Constraint lines pinning present distributions (all of them, or the names in ``only``)
    to their installed versions; versions pip cannot parse are left out."""
    import re
    ok = re.compile(r"^\d+(\.\d+)*([abc]|rc)?\d*(\.post\d+)?(\.dev\d+)?$")
    lines = []
    for name, ver in sorted(present.items()):
        if (only is None or name in only) and ok.match(ver):
            lines.append("%s==%s" % (name, ver))
    return lines


def to_install(report, present, requested=()):
    """From a pip ``--report``: the ``name==version`` requirements QGIS does not have yet,
    plus the ``requested`` distributions (missing by definition, even where a broken or
    hidden copy left its metadata behind)."""
    want = {deps.canonical(r) for r in requested}
    out = []
    for item in report.get("install", []):
        md = item.get("metadata", {})
        name, ver = md.get("name"), md.get("version")
        if name and ver and (deps.canonical(name) not in present
                             or deps.canonical(name) in want):
            out.append("%s==%s" % (name, ver))
    return out


def _staged(staging):
    """[(canonical name, 'name==version', top-level entries)] of what pip put into
    ``staging`` (from each ``*.dist-info``: METADATA for the name, RECORD for the files)."""
    out = []
    for info in sorted(os.listdir(staging)):
        if not info.endswith(".dist-info"):
            continue
        name = ver = None
        with open(os.path.join(staging, info, "METADATA"), encoding="utf-8",
                  errors="replace") as fh:
            for line in fh:
                if line.startswith("Name:") and name is None:
                    name = line.split(":", 1)[1].strip()
                elif line.startswith("Version:") and ver is None:
                    ver = line.split(":", 1)[1].strip()
                elif not line.strip():
                    break
        entries = {info}
        record = os.path.join(staging, info, "RECORD")
        if os.path.exists(record):
            with open(record, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    path = line.rsplit(",", 2)[0].strip().strip('"')
                    if not path or path.startswith(".."):
                        continue
                    parts = path.replace("\\", "/").split("/")
                    # scripts (bin/...) go one by one: bin/ is shared by distributions
                    entries.add("/".join(parts[:2]) if parts[0] == "bin" else parts[0])
        if name and ver:
            out.append((deps.canonical(name), "%s==%s" % (name, ver), sorted(entries)))
    return out


def move_new(staging, target, present, requested=()):
    """Move the distributions of ``staging`` that QGIS does not have (or that were requested)
    into ``target``, replacing older copies there; the rest stays behind. Returns their
    'name==version'."""
    import shutil
    want = {deps.canonical(r) for r in requested}
    moved, taken = [], set()
    for name, spec, entries in _staged(staging):
        if name in present and name not in want:
            continue
        for e in entries:
            src, dst = os.path.join(staging, e), os.path.join(target, e)
            if e in taken or not os.path.lexists(src):
                continue
            taken.add(e)
            if os.path.isdir(dst) and not os.path.islink(dst):
                shutil.rmtree(dst)
            elif os.path.lexists(dst):
                os.remove(dst)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.move(src, dst)
        moved.append(spec)
    return moved


def source_args(source):
    """pip options for where packages come from: a folder of wheels (offline), an index URL,
    or PyPI when empty."""
    source = (source or "").strip()
    if not source:
        return []
    if os.path.isdir(source):
        return ["--no-index", "--find-links", source]
    return ["--index-url", source]


class InstallDependencies(EcoEconAlgorithm):
    NAME = "installdependencies"
    GROUP_ID = "general"

    PACKAGES = "PACKAGES"
    SOURCE = "SOURCE"
    USE_REPORT = True  # False: the path for pip < 22.2 (tests exercise both)
    INSTALLED = "INSTALLED"
    FOLDER = "FOLDER"

    def displayName(self):
        return self.tr("Install missing Python packages")

    def flags(self):
        from ..compat import FLAG_HIDE_FROM_MODELER
        return super().flags() | FLAG_HIDE_FROM_MODELER

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.PACKAGES, self.tr("Packages (empty: every missing one)"), defaultValue="",
            optional=True))
        self.add_advanced(QgsProcessingParameterString(
            self.SOURCE, self.tr("Install from (folder of wheels or index URL; empty: PyPI)"),
            defaultValue="", optional=True))
        self.addOutput(QgsProcessingOutputString(self.INSTALLED,
                                                 self.tr("Installed packages")))
        self.addOutput(QgsProcessingOutputFolder(self.FOLDER, self.tr("Package folder")))

    # --- what to install ------------------------------------------------------------------
    def _wanted(self, text):
        """Import names to install: the ones named (import or distribution names), or every
        missing one of deps.PACKAGES."""
        by_dist = {deps.canonical(d): m for m, (d, _) in deps.PACKAGES.items()}
        names = [t for t in text.replace(",", " ").split() if t]
        if not names:
            return deps.missing(list(deps.PACKAGES))
        out = []
        for n in names:
            out.append(n if n in deps.PACKAGES else by_dist.get(deps.canonical(n), n))
        return out

    # --- running pip ------------------------------------------------------------------------
    def _pip(self, args, feedback, start, stop):
        """Run ``python -m pip ARGS``, echoing its output into the log and moving the progress
        bar from ``start`` towards ``stop``; returns (exit code, output)."""
        cmd = [deps.qgis_python(), "-m", "pip"] + args
        env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1",
                   PIP_USER="0", PIP_REQUIRE_VIRTUALENV="0", PYTHONUNBUFFERED="1")
        feedback.pushCommandInfo(" ".join('"%s"' % a if " " in a else a for a in cmd))
        kw = {}
        if os.name == "nt":
            kw["creationflags"] = 0x08000000  # CREATE_NO_WINDOW
        try:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, env=env, **kw)
        except OSError as e:
            raise QgsProcessingException(self.tr("Cannot start QGIS's Python ({}): {}")
                                         .format(cmd[0], e))
        lines = queue.Queue()

        def reader():
            for raw in iter(proc.stdout.readline, b""):
                lines.put(raw.decode("utf-8", "replace").rstrip())
            lines.put(None)
        threading.Thread(target=reader, daemon=True).start()
        out, n = [], 0
        while True:
            if feedback.isCanceled():
                proc.kill()
                proc.wait()
                raise QgsProcessingException(self.tr("Canceled by the user; pip was stopped."))
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                break
            out.append(line)
            if line.strip():
                feedback.pushConsoleInfo(line)
                n += 1
                feedback.setProgress(start + (stop - start) * (1 - 0.9 ** n))
        rc = proc.wait()
        proc.stdout.close()
        feedback.setProgress(stop)
        return rc, "\n".join(out)

    def _pip_failed(self, template, reqs, out):
        tail = "\n".join(out.splitlines()[-15:])
        raise QgsProcessingException(template.format(", ".join(reqs), tail))

    def _no_pip_message(self, wanted):
        msg = self.tr("QGIS's Python ({}) has no working pip, so nothing can be installed from "
                      "inside QGIS.").format(deps.qgis_python())
        apt = deps.apt_packages(wanted)
        if os.path.exists("/etc/debian_version"):
            msg += " " + self.tr("On Debian and Ubuntu install pip with 'sudo apt install "
                                 "python3-pip' and run this again.")
            if apt:
                msg += " " + self.tr("Or install the system packages instead: {}").format(
                    "sudo apt install " + " ".join(apt))
        return msg

    def processAlgorithm(self, parameters, context, feedback):
        wanted = self._wanted(self.parameterAsString(parameters, self.PACKAGES, context) or "")
        source = self.parameterAsString(parameters, self.SOURCE, context) or ""
        target = deps.private_dir()
        if not wanted:
            feedback.pushInfo(self.tr("Nothing to install: every package is already present."))
            return {self.INSTALLED: "", self.FOLDER: target}
        reqs = [deps.requirement(m) for m in wanted]
        feedback.pushInfo(self.tr("Installing {} into {}").format(", ".join(reqs), target))

        rc, out = self._pip(["--version"], feedback, 0, 2)
        if rc != 0:
            raise QgsProcessingException(self._no_pip_message(wanted))

        present = present_distributions()
        os.makedirs(target, exist_ok=True)
        requested = [deps.PACKAGES.get(m, (m,))[0] for m in wanted]
        with tempfile.TemporaryDirectory() as tmp:
            report_path = os.path.join(tmp, "report.json")
            cons = os.path.join(tmp, "constraints.txt")
            # 1. resolve against what QGIS has (all of it pinned; if some pin cannot be met
            #    by any available file, pin NumPy alone, the one that must never move)
            report = None
            for only in (None, {"numpy"}):
                if not self.USE_REPORT:
                    break
                with open(cons, "w", encoding="utf-8") as fh:
                    fh.write("\n".join(constraints(present, only)) + "\n")
                rc, out = self._pip(["install", "--dry-run", "--ignore-installed", "--report",
                                     report_path, "-c", cons] + source_args(source) + reqs,
                                    feedback, 2, 40)
                if rc == 0:
                    with open(report_path, encoding="utf-8") as fh:
                        report = json.load(fh)
                    break
                if "no such option" in out:  # pip < 22.2: no --dry-run / --report
                    break
                if only is not None:
                    self._pip_failed(self.tr("pip found no versions of {} that work with the "
                                             "packages of this QGIS. pip said:\n{}"),
                                     reqs, out)
            if report is not None:
                # 2. install exactly what is new, nothing else
                new = to_install(report, present, requested)
                if new:
                    rc, out = self._pip(["install", "--target", target, "--no-deps",
                                         "--upgrade"] + source_args(source) + new,
                                        feedback, 40, 98)
                    if rc != 0:
                        self._pip_failed(self.tr("pip could not install {}. pip said:\n{}"),
                                         new, out)
            else:
                # pip < 22.2: install with dependencies into a staging folder, keep the new
                feedback.pushInfo(self.tr("This pip cannot report a resolution (it is older "
                                          "than 22.2): installing into a staging folder and "
                                          "keeping only what QGIS does not have."))
                staging = os.path.join(tmp, "staging")
                for only in (None, {"numpy"}):
                    with open(cons, "w", encoding="utf-8") as fh:
                        fh.write("\n".join(constraints(present, only)) + "\n")
                    rc, out = self._pip(["install", "--target", staging, "-c", cons]
                                        + source_args(source) + reqs, feedback, 2, 90)
                    if rc == 0:
                        break
                if rc != 0:
                    self._pip_failed(self.tr("pip could not install {}. pip said:\n{}"),
                                     reqs, out)
                new = move_new(staging, target, present, requested)
                feedback.setProgress(98)
        deps.activate(target)
        still = deps.missing(wanted)
        installed = ", ".join(r.replace("==", " ") for r in new)
        if new:
            feedback.pushInfo(self.tr("Installed into {}: {}").format(target, installed))
        else:
            feedback.pushInfo(self.tr("Nothing new was needed."))
        if still:
            feedback.reportError(self.tr("Still not importable: {}. Restart QGIS; if they "
                                         "still fail, see the messages above.").format(
                                             ", ".join(still)))
        else:
            feedback.pushInfo(self.tr("The algorithms that needed them can run now."))
        return {self.INSTALLED: installed, self.FOLDER: target}
