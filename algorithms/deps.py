"""Optional Python packages that QGIS does not ship, and how to tell a user to install them."""
import importlib.util
import os
import sys

#: import name -> (pip distribution, version range). Kept equal to requirements-plugin.txt (a
#: test checks it): ranges the plugin is tested with (constraints/*.txt), never exact pins.
PACKAGES = {
    "scipy": ("scipy", ">=1.13,<2"),
    "skimage": ("scikit-image", ">=0.24,<1"),
    "ot": ("POT", ">=0.9.5,<1"),
    "pulp": ("PuLP", ">=2.7,<4"),
    "jenkspy": ("jenkspy", ">=0.4.1,<1"),
    "statsmodels": ("statsmodels", ">=0.14.4,<1"),
}


def requirement(module):
    """The pip requirement of an import name, e.g. ``'scipy>=1.13,<2'`` (the bare name when
    the table does not know it)."""
    if module in PACKAGES:
        return "%s%s" % PACKAGES[module]
    return module


def missing(modules):
    """The import names among ``modules`` that cannot be imported here."""
    out = []
    for m in modules:
        try:
            found = importlib.util.find_spec(m) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            out.append(m)
    return out


def qgis_python():
    """Best guess of the Python interpreter of this QGIS (``sys.executable`` is QGIS itself)."""
    candidates = []
    if os.name == "nt":
        candidates.append(os.path.join(sys.exec_prefix, "python.exe"))
    else:
        ver = "python%d.%d" % sys.version_info[:2]
        candidates += [os.path.join(sys.exec_prefix, "bin", ver),
                       os.path.join(sys.exec_prefix, "bin", "python3")]
    for c in candidates:
        if os.path.isfile(c):
            return c
    return "python3"


def pip_command(modules):
    """The exact shell command that installs ``modules`` into this QGIS's Python."""
    reqs = " ".join('"%s"' % requirement(m) for m in modules)
    return '"%s" -m pip install --user %s' % (qgis_python(), reqs)


def missing_message(modules):
    """A sentence naming the missing packages and the pip command, or '' when none is missing."""
    miss = missing(modules)
    if not miss:
        return ""
    names = ", ".join(PACKAGES.get(m, (m,))[0] for m in miss)
    return ("This algorithm needs the Python package(s) %s, which this QGIS does not have. "
            "Install them into the QGIS Python and restart QGIS:\n    %s"
            % (names, pip_command(miss)))
