"""The bundled graphical model loads, validates and runs headless through processing.run."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

from tests.helpers import read_tif, smooth_field, write_tif

MODEL = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "models",
                     "sources_from_services.model3")


def test_model_file_loads_and_validates(provider):
    m = QgsProcessingModelAlgorithm()
    assert m.fromFile(MODEL)
    ok, errors = m.validate()
    assert ok, errors
    assert "ecoecon:sources_from_services" in {a.id() for a in provider.algorithms()}


def test_model_runs_headless(tmp_path, run):
    shape = (80, 60)
    lu = np.where(smooth_field(shape, 1) > 0.5, 1, 2).astype(np.int32)  # 1 forest, 2 crop
    lu_path = write_tif(tmp_path / "lu.tif", lu, cell=250.0)
    (tmp_path / "hab.csv").write_text("code,value\n1,1.0\n2,0.2\n")
    s1 = smooth_field(shape, 2)
    s1 = np.where(lu == 1, s1 + 1.0, s1)  # forest carries more service
    services = [write_tif(tmp_path / "s1.tif", s1.astype(np.float32), cell=250.0),
                write_tif(tmp_path / "s2.tif", (smooth_field(shape, 3) + (lu == 1))
                          .astype(np.float32), cell=250.0)]
    res = run("ecoecon:sources_from_services", {
        "landuse": lu_path, "habitat_table": str(tmp_path / "hab.csv"), "services": services,
        "n_classes": 4, "min_area": 2.0,
        "combine:Composite importance": str(tmp_path / "comp.tif"),
        "combine:Importance classes": str(tmp_path / "cls.tif"),
        "combine:Class table": str(tmp_path / "cls.csv"),
        "habitat:Habitat score": str(tmp_path / "hab.tif"),
        "sources:Source patches (raster)": str(tmp_path / "src.tif"),
        "sources:Source patches": str(tmp_path / "src.gpkg")})
    hab = read_tif(tmp_path / "hab.tif")[0]
    np.testing.assert_allclose(hab, np.where(lu == 1, 1.0, 0.2), rtol=1e-6)
    cls = read_tif(tmp_path / "cls.tif")[0]
    assert set(np.unique(cls)) == {1, 2, 3, 4}
    src = read_tif(tmp_path / "src.tif")[0]
    # sources come from the top class only, and mostly from forest
    assert np.all(cls[src > 0] == 4)
    assert (lu[src > 0] == 1).mean() > 0.9
    lyr = QgsVectorLayer(str(tmp_path / "src.gpkg"), "s", "ogr")
    assert lyr.featureCount() >= 1
    assert all(f["area_km2"] >= 2.0 for f in lyr.getFeatures())
