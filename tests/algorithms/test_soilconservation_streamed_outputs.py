"""The outputs are written one by one while the model runs (each as soon as it is final:
peak memory, issue 16 item 4), into the run's output transaction: a run canceled after
several of them were written leaves no file behind, neither final nor temporary."""
import pytest
from qgis.core import QgsProcessingException

from tests.algorithms.test_cancel import CancelAt
from tests.algorithms.test_soilconservation import OUTS
from tests.conftest import shared_data


def test_cancel_after_outputs_were_written_leaves_nothing(tmp_path, run, monkeypatch):
    import ecoecon.algorithms.ecosystem.soilconservation as alg
    written = []
    real = alg.write_raster

    def spy(path, *a, **kw):
        out = real(path, *a, **kw)
        written.append(path)
        # written to a temporary file of the transaction, not to the destination yet
        assert not (tmp_path / path.split("/")[-1]).exists()
        assert list(tmp_path.glob(path.split("/")[-1][:-4] + ".part-*"))
        return out

    monkeypatch.setattr(alg, "write_raster", spy)
    inp = shared_data("invest_reference", "inputs", "awy_sdr")
    params = {
        "DEM": str(inp / "dem.tif"), "EROSIVITY": str(inp / "erosivity_SYNTHETIC.tif"),
        "ERODIBILITY": str(inp / "erodibility_SYNTHETIC.tif"), "LULC": str(inp / "lulc.tif"),
        "TABLE": str(inp / "biophysical_sdr.csv"), "WATERSHEDS": str(inp / "watershed.gpkg"),
        "WS_ID_FIELD": "ws_id", "WATERSHED_TABLE": str(tmp_path / "out_ws.csv")}
    for name in OUTS:
        params[name] = str(tmp_path / ("out_" + name.lower() + ".tif"))
    # distance to the streams done (5 + 85·0.75 = 68.75 %), then IC, sediment export, USLE and
    # soil conservation are written; deposition runs up to 5 + 85·0.9 = 81.5 %
    fb = CancelAt(68.0, 81.5, nth=6)
    with pytest.raises(QgsProcessingException, match="anceled"):
        run("ecoecon:soilconservation", params, fb)
    assert fb.flipped_at is not None
    assert len(written) >= 5, written       # stream, LS, RKLS, flow accumulation, IC, ...
    assert len(written) < len(OUTS)         # canceled before the last ones
    assert not list(tmp_path.iterdir()), sorted(p.name for p in tmp_path.iterdir())
