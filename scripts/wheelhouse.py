#!/usr/bin/env python3
"""Fill the local wheelhouse that the offline test of the package installer
(``ecoecon:installdependencies``, tests/algorithms/test_install_packages.py) installs from.

    python scripts/wheelhouse.py [--python PY] [FOLDER]

Downloads (``pip download``) the small package the test installs, jenkspy, as
requirements-plugin.txt asks for it, plus its dependency NumPy pinned to the version that
``PY`` (default: this interpreter, i.e. the one the tests run with) already has, so the
installer's resolution step finds every file offline. Default folder:
``$ECOECON_WHEELHOUSE`` or ``~/.cache/ecoecon/wheelhouse``, with a ``py<X.Y>`` subfolder.
Quick when the files are there; needs the network once.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "jenkspy"


def default_dir(pyver=None):
    base = os.environ.get("ECOECON_WHEELHOUSE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "ecoecon", "wheelhouse")
    return os.path.join(base, "py%s" % (pyver or "%d.%d" % sys.version_info[:2]))


def requirement(dist=PACKAGE):
    with open(os.path.join(ROOT, "requirements-plugin.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#")[0].strip()
            m = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)", line)
            if m and m.group(1).lower() == dist:
                return line.replace(" ", "")
    return dist


def have(folder, dist):
    """Wheel files of ``dist`` in ``folder``."""
    if not os.path.isdir(folder):
        return []
    key = dist.lower().replace("-", "_")
    return [f for f in os.listdir(folder) if f.lower().startswith(key + "-")
            and f.endswith(".whl")]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("folder", nargs="?")
    a = ap.parse_args(argv)
    info = subprocess.run([a.python, "-c", "import sys, numpy; print('%d.%d' % "
                           "sys.version_info[:2], numpy.__version__)"],
                          capture_output=True, text=True, check=True).stdout.split()
    pyver, numpy_ver = info[0], info[1]
    folder = a.folder or default_dir(pyver)
    os.makedirs(folder, exist_ok=True)
    numpy_wheel = "numpy-%s-" % numpy_ver
    if have(folder, PACKAGE) and any(f.startswith(numpy_wheel) for f in have(folder, "numpy")):
        print("wheelhouse: %s is ready" % folder)
        return 0
    cons = os.path.join(folder, "constraints.txt")
    with open(cons, "w", encoding="utf-8") as fh:
        fh.write("numpy==%s\n" % numpy_ver)
    r = subprocess.run([a.python, "-m", "pip", "download", "-q", "--disable-pip-version-check",
                        "--only-binary", ":all:", "-d", folder, "-c", cons, requirement()])
    if r.returncode == 0:
        print("wheelhouse: %s filled (%s, numpy %s)" % (folder, requirement(), numpy_ver))
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
