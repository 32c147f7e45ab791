"""Optional Python packages that QGIS does not ship, and how to tell a user to install them."""
import importlib.util

from ..core.runners import find_python

#: import name -> (pip distribution, pinned version). Kept equal to requirements.txt (a test
#: checks it), so the command we print installs what the tests ran with.
PACKAGES = {
    "scipy": ("scipy", "1.14.1"),
    "skimage": ("scikit-image", "0.24.0"),
    "ot": ("POT", "0.9.5"),
    "pulp": ("PuLP", "2.9.0"),
    "jenkspy": ("jenkspy", "0.4.1"),
    "statsmodels": ("statsmodels", "0.14.4"),
}


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
    """The Python interpreter of this QGIS (``sys.executable`` is QGIS itself): the one rule of
    :func:`core.runners.find_python`, else ``python3``."""
    return find_python() or "python3"


def pip_command(modules):
    """The exact shell command that installs ``modules`` into this QGIS's Python."""
    pins = " ".join("%s==%s" % PACKAGES[m] if m in PACKAGES else m for m in modules)
    return '"%s" -m pip install --user %s' % (qgis_python(), pins)


def missing_message(modules):
    """A sentence naming the missing packages and the pip command, or '' when none is missing."""
    miss = missing(modules)
    if not miss:
        return ""
    names = ", ".join(PACKAGES.get(m, (m,))[0] for m in miss)
    return ("This algorithm needs the Python package(s) %s, which this QGIS does not have. "
            "Install them into the QGIS Python and restart QGIS:\n    %s"
            % (names, pip_command(miss)))
