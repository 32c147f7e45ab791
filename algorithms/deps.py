"""Optional Python packages that QGIS does not ship: which are missing, the plugin's private
package folder in the user's QGIS profile, and how a user installs them (the algorithm
``ecoecon:installdependencies``, the Debian/Ubuntu packages, or a pip command).

The private folder ``<profile>/python/ecoecon_packages/py<X.Y>`` is added to the END of
``sys.path`` when the plugin loads (:func:`activate`): what QGIS ships (NumPy, GDAL, ...) is
always found first, so the folder can add packages but never replace one of QGIS's own.
"""
import importlib
import importlib.util
import os
import re
import site
import sys

from qgis.PyQt.QtCore import QCoreApplication

from ..core.runners import find_python

#: import name -> (pip distribution, pinned version). Kept equal to requirements.txt (a test
#: checks it); what the installer asks pip for comes from requirements-plugin.txt.
PACKAGES = {
    "scipy": ("scipy", "1.14.1"),
    "skimage": ("scikit-image", "0.24.0"),
    "ot": ("POT", "0.9.5"),
    "pulp": ("PuLP", "2.9.0"),
    "jenkspy": ("jenkspy", "0.4.1"),
    "statsmodels": ("statsmodels", "0.14.4"),
    "pyamg": ("pyamg", "5.3.0"),
}

#: import name -> the Debian/Ubuntu package that provides it (jenkspy has none).
APT = {
    "scipy": "python3-scipy",
    "skimage": "python3-skimage",
    "ot": "python3-pot",
    "pulp": "python3-pulp",
    "statsmodels": "python3-statsmodels",
}

INSTALLER_ID = "ecoecon:installdependencies"
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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


# --- the private package folder -------------------------------------------------------------
def private_dir(settings_dir=None):
    """``<QGIS profile>/python/ecoecon_packages/py<major>.<minor>``: one folder per Python
    version, because compiled packages only work with the Python they were built for."""
    if settings_dir is None:
        from qgis.core import QgsApplication
        settings_dir = QgsApplication.qgisSettingsDirPath()
    return os.path.join(settings_dir, "python", "ecoecon_packages",
                        "py%d.%d" % sys.version_info[:2])


def activate(path=None):
    """Make the packages of the private folder importable: append it to the END of sys.path
    (QGIS's own packages keep precedence) and forget cached failed look-ups. Returns the path."""
    path = path or private_dir()
    if os.path.isdir(path):
        if path not in sys.path:
            site.addsitedir(path)  # appends, and honours .pth files of installed packages
    elif path not in sys.path:
        sys.path.append(path)
    sys.path_importer_cache.pop(path, None)
    importlib.invalidate_caches()
    return path


# --- requirements ----------------------------------------------------------------------------
def canonical(name):
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement(module):
    """What to ask pip for: the line of requirements-plugin.txt for the module's distribution
    (a range or a pin), else the bare distribution name."""
    dist = PACKAGES.get(module, (module,))[0]
    path = os.path.join(PLUGIN_DIR, "requirements-plugin.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.split("#")[0].strip()
                m = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)", line)
                if m and canonical(m.group(1)) == canonical(dist):
                    return line.replace(" ", "")
    return dist


def apt_packages(modules):
    """The Debian/Ubuntu packages for ``modules`` when QGIS runs on the system Python of a
    Debian-family system (else an empty list: apt cannot help OSGeo4W or the macOS bundle)."""
    if not (os.path.exists("/etc/debian_version") and os.path.realpath(sys.exec_prefix) == "/usr"):
        return []
    return [APT[m] for m in modules if m in APT]


def pip_command(modules):
    """The shell command that installs ``modules`` into the plugin's private folder with this
    QGIS's Python (what the installer algorithm does, minus the guard for QGIS's packages)."""
    reqs = " ".join('"%s"' % requirement(m) if set("<>=!~ ") & set(requirement(m))
                    else requirement(m) for m in modules)
    return '"%s" -m pip install --target "%s" %s' % (qgis_python(), private_dir(), reqs)


def missing_message(modules):
    """What a dialog says when ``modules`` are missing ('' when none is): their names, the
    installer algorithm, the apt packages (Debian/Ubuntu) and a pip command."""
    miss = missing(modules)
    if not miss:
        return ""
    names = ", ".join(PACKAGES.get(m, (m,))[0] for m in miss)
    msg = QCoreApplication.translate(
        "EcoEconDeps",
        "This algorithm needs the Python package(s) {}, which this QGIS does not have. "
        "Install them from inside QGIS, without administrator rights: run \"Install "
        "missing Python packages\" (Processing Toolbox > Eco-Economic Planner > General "
        "raster tools, or the menu Plugins > Eco-Economic Planner). It puts them into a "
        "folder of your QGIS profile and leaves QGIS's own packages as they are.").format(names)
    apt = apt_packages(miss)
    if apt:
        msg += "\n" + QCoreApplication.translate(
            "EcoEconDeps", "On Debian and Ubuntu the system packages provide the same (then "
            "restart QGIS):\n    {}").format("sudo apt install " + " ".join(apt))
    msg += "\n" + QCoreApplication.translate(
        "EcoEconDeps", "Or from a shell (then restart QGIS):\n    {}").format(pip_command(miss))
    return msg
