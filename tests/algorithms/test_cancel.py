"""Cancel stops a long run inside its solver and nothing is written (issue 13, item 4).

The feedback cancels once the progress passes a point inside the long stage (no clock: the
test counts the cancel checks, so it holds on a loaded machine too): the run must raise at
one of the next checks, before the stage ends, and leave no output file."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.conftest import shared_data
from tests.helpers import smooth_field, write_tif


class CancelAt(QgsProcessingFeedback):
    """isCanceled() turns True at the ``nth`` cancel check made while the progress lies in
    [lo, hi) — inside a long stage. Before the stage polled inside its solver, a stage made
    one check at most (at its end), so the cancel could not arrive within it."""

    def __init__(self, lo, hi, nth=2):
        super().__init__()
        self.lo, self.hi, self.nth = lo, hi, nth
        self.last = 0.0
        self.in_stage = 0
        self.flipped_at = None
        self.checks_after = 0
        self.progressChanged.connect(self._p)

    def _p(self, v):
        self.last = v

    def isCanceled(self):
        if self.flipped_at is not None:
            self.checks_after += 1
            return True
        if self.lo <= self.last < self.hi:
            self.in_stage += 1
            if self.in_stage >= self.nth:
                self.flipped_at = self.last
                return True
        return False


def _stopped(fb, tmp_path):
    assert fb.flipped_at is not None, "no cancel check inside the stage"
    assert fb.last < fb.hi           # stopped inside the stage, not at its end
    assert fb.checks_after <= 1      # the check that saw the cancel raised
    assert not any(tmp_path.glob("out_*")), "an output was written"


def test_cancel_inside_the_mcr_dijkstra(tmp_path, run):
    shape = (500, 500)
    res = (1 + 9 * smooth_field(shape, 4)).astype(np.float32)
    lab = np.zeros(shape, np.int32)
    lab[20:25, 20:25], lab[470:475, 460:465], lab[250:255, 30:35] = 1, 2, 3
    rpath = write_tif(tmp_path / "r.tif", res, cell=30.0)
    spath = write_tif(tmp_path / "s.tif", lab, cell=30.0, nodata=0)
    # the multi-source pass runs from 5 + 85·0.02 = 6.7 % to 5 + 85·0.30 = 30.5 %
    fb = CancelAt(6.7, 30.5, nth=3)
    with pytest.raises(QgsProcessingException, match="anceled"):
        run("ecoecon:mcrcorridors", {
            "SOURCE_RASTER": spath, "RESISTANCE": rpath,
            "MCR": str(tmp_path / "out_mcr.tif"), "ALLOCATION": str(tmp_path / "out_al.tif"),
            "CORRIDORS": str(tmp_path / "out_cor.gpkg")}, fb)
    _stopped(fb, tmp_path)


def test_cancel_inside_sdr_routing(tmp_path, run):
    inp = shared_data("invest_reference", "inputs", "awy_sdr")
    # pit filling: from 5 + 85·0.02 = 6.7 % to 5 + 85·0.12 = 15.2 %
    fb = CancelAt(6.7, 15.2, nth=2)
    with pytest.raises(QgsProcessingException, match="anceled"):
        run("ecoecon:soilconservation", {
            "DEM": str(inp / "dem.tif"), "EROSIVITY": str(inp / "erosivity_SYNTHETIC.tif"),
            "ERODIBILITY": str(inp / "erodibility_SYNTHETIC.tif"),
            "LULC": str(inp / "lulc.tif"), "TABLE": str(inp / "biophysical_sdr.csv"),
            "SOIL_CONSERVATION": str(tmp_path / "out_sc.tif"),
            "USLE": str(tmp_path / "out_u.tif"), "SED_EXPORT": str(tmp_path / "out_e.tif"),
            "SDR": str(tmp_path / "out_s.tif")}, fb)
    _stopped(fb, tmp_path)
