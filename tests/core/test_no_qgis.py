"""core/ must import and run without QGIS or Qt: import every core module in a fresh
interpreter in which importing qgis, PyQt5 or PyQt6 fails."""
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_without_qgis():
    code = textwrap.dedent("""
        import importlib, importlib.util, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'processing'):
                    raise ImportError('blocked: ' + name)
        sys.meta_path.insert(0, Block())
        root = sys.argv[1]
        spec = importlib.util.spec_from_file_location('ecoecon', root + '/__init__.py',
                                                      submodule_search_locations=[root])
        m = importlib.util.module_from_spec(spec); sys.modules['ecoecon'] = m
        spec.loader.exec_module(m)
        import ecoecon.core as core
        n = 0
        for info in pkgutil.walk_packages(core.__path__, 'ecoecon.core.'):
            importlib.import_module(info.name); n += 1
        print(n)
    """)
    r = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.strip()) >= 4
