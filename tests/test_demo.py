"""The README's main-job command: the demo workflow writes its layers and summary."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_main_job(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"), str(tmp_path)],
                       env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    for f in ("landuse_SYNTHETIC.tif", "importance.tif", "importance_classes.tif",
              "importance_classes.csv", "sources.tif", "sources.gpkg", "SUMMARY.txt"):
        assert (tmp_path / f).exists(), f
    assert "ecological sources" in r.stdout
    assert "SYNTHETIC" in (tmp_path / "SUMMARY.txt").read_text()
