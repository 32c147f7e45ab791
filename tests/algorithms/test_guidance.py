"""Guidance where a default does not fit the region (issue 13, item 6), through
processing.run: the patch-size distribution and the minimum areas for 10/50/200 sources; a
width suggested when a corridor zone is asked without one."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.helpers import write_tif


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.info, self.warnings = [], []

    def pushInfo(self, text):
        self.info.append(text)

    def pushWarning(self, text):
        self.warnings.append(text)


def test_sources_say_which_minimum_gives_10_50_200(tmp_path, run):
    # class 4 patches on 100 m cells (0.01 km² each): 1 patch of 2,500 cells (25 km²) and 60
    # single cells apart from each other (0.01 km²)
    cls = np.ones((120, 120), np.int32)
    cls[:50, :50] = 4
    for k in range(60):
        r, c = 60 + 2 * (k // 20) * 2, 2 * (k % 20) * 2 + 40
        cls[r, c] = 4
    src = write_tif(tmp_path / "c.tif", cls, cell=100.0)
    fb = Log()
    res = run("ecoecon:ecologicalsources", {"INPUT": src, "OUTPUT": str(tmp_path / "s.tif"),
                                             "POLYGONS": str(tmp_path / "s.gpkg")}, fb)
    assert res["N_SOURCES"] == 1          # the default 10 km² keeps only the big patch
    assert any("Patches of the chosen classes: 61" in t for t in fb.info)
    hint = [w for w in fb.warnings if "leaves 1 source" in w]
    assert hint, fb.warnings
    # the 10th / 50th largest patch is a single cell: 0.01 km²; 200 is not possible
    assert "10 sources: minimum area ≤ 0.01 km²" in hint[0]
    assert "50 sources: minimum area ≤ 0.01 km²" in hint[0]
    assert "200 sources: not possible (61 patches in all)" in hint[0]
    # taking the suggestion gives at least that many sources
    res = run("ecoecon:ecologicalsources", {"INPUT": src, "MIN_AREA": 0.01,
                                             "OUTPUT": str(tmp_path / "s2.tif"),
                                             "POLYGONS": str(tmp_path / "s2.gpkg")})
    assert res["N_SOURCES"] >= 50


def test_corridor_zone_without_width_suggests_one(tmp_path, run):
    res = np.full((40, 60), 4.0, np.float32)
    lab = np.zeros((40, 60), np.int32)
    lab[20, 5], lab[20, 50] = 1, 2
    rpath = write_tif(tmp_path / "r.tif", res, cell=30.0)
    spath = write_tif(tmp_path / "s.tif", lab, cell=30.0, nodata=0)
    with pytest.raises(QgsProcessingException, match=r"Suggested: 848\.5"):
        run("ecoecon:mcrcorridors", {
            "SOURCE_RASTER": spath, "RESISTANCE": rpath, "MCR": str(tmp_path / "m.tif"),
            "ALLOCATION": str(tmp_path / "a.tif"), "CORRIDORS": str(tmp_path / "c.gpkg"),
            "CORRIDOR_ZONE": str(tmp_path / "cz.tif")})
