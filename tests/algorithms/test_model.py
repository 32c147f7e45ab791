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


@pytest.mark.parametrize("name", ["sources_from_services", "eco_economic_workflow",
                                  "land_use_loop"])
def test_model_components_have_descriptions(provider, name):
    """QGIS 3.40+'s modeler labels input and output boxes by their component description
    (blank boxes otherwise): every one is set, and each output's is its name."""
    m = QgsProcessingModelAlgorithm()
    assert m.fromFile(os.path.join(os.path.dirname(MODEL), name + ".model3"))
    outputs = [o for c in m.childAlgorithms().values() for o in c.modelOutputs().values()]
    assert outputs
    for o in outputs:
        assert o.description() == o.name() != "", (o.childId(), o.childOutputName())
    inputs = list(m.parameterComponents().values())
    assert inputs
    for p in inputs:
        assert p.description() == m.parameterDefinition(p.parameterName()).description() != ""


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
    run("ecoecon:sources_from_services", {
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


def _model_outputs(alg_id, folder):
    """A file for every destination of a model (processing.run needs each one)."""
    import re
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    out = {}
    for d in alg.destinationParameterDefinitions():
        slug = re.sub("[^a-z0-9]+", "_", d.name().lower()).strip("_")
        out[d.name()] = str(folder / (slug + (".tif" if d.type() == "rasterDestination"
                                             else ".gpkg")))
    return out


def test_land_use_loop_model_runs_headless(tmp_path, run):
    import sys
    from osgeo import gdal, ogr
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
    import demo_region
    p, facts = demo_region.make_region(str(tmp_path / "region"), reduced=True)
    lu = gdal.Open(p["landuse"]).ReadAsArray()
    restricted = (np.asarray(gdal.Open(p["dem"]).ReadAsArray()) > 400).astype(np.int32)
    rp = write_tif(tmp_path / "restricted.tif", restricted, cell=500.0,
                   origin=(demo_region.X0, demo_region.Y0), epsg=demo_region.EPSG)
    # the Xie et al. 2008 equivalents of the region's six classes (the preset's seventh,
    # wetland, does not occur in the demo map)
    params = {"landuse": p["landuse"], "observed": p["landuse_later"],
              "esv_table": p["esv_equivalents"],
              "esv_fields": ["total"], "unit_value": 3406.5,
              "econ_table": p["economic_benefit"], "constraints": p["lu_constraints"],
              "drivers": [p["dem"], p["slope"], p["dist_city"], p["dist_road"]],
              "restricted": [rp], "elasticities": "0.3,0.8,0.4,0.9,1.0,0.5",
              "start_year": 2020, "target_year": 2030}
    params.update(_model_outputs("ecoecon:land_use_loop", tmp_path))
    res = run("ecoecon:land_use_loop", params)
    sim = gdal.Open(res["clues:Simulated land use"]).ReadAsArray()
    assert sim.shape == lu.shape
    # the ESP is respected: no restricted cell changed
    assert np.array_equal(sim[restricted == 1], lu[restricted == 1])
    # the simulated areas are the LP's optimal areas (0.25 km² cells)
    ds = ogr.Open(res["lp:Optimal land-use structure"])
    optimal = {int(f["code"]): f["optimal_km2"] for f in ds.GetLayer(0)
               if f["code"] is not None}  # the last row is the total
    for code, km2 in optimal.items():
        assert abs((sim == code).sum() * 0.25 - km2) <= 0.25 * 2 + 0.002 * km2, code
    acc_ds = ogr.Open(res["acc:Accuracy"])  # keep the dataset alive while its layer is read
    names = {f.GetField(0): f.GetField(1) for f in acc_ds.GetLayer(0)}
    assert any("appa" in str(k) for k in names)
    lsm_ds = ogr.Open(res["lsm:Landscape metrics"])
    assert lsm_ds.GetLayer(0).GetFeatureCount() >= 1


# --- the optional pinch-point and barrier steps of the workflow --------------------------------
def _workflow_parameters(p, folder, steps_on):
    """The demo's inputs of the workflow (scripts/demo.py, reduced region, 10 draws) with the
    optional steps on or off, every output a file under ``folder``."""
    import demo
    params, _ = demo.model_parameters(p, str(folder), True, 10)
    params.update({"pinch_points": steps_on, "barriers": steps_on})
    return params


@pytest.fixture(scope="module")
def workflow_runs(tmp_path_factory, qgis_processing):
    """The workflow on the reduced SYNTHETIC demo region, with the optional steps off (the
    default) and on."""
    import sys
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    from tests.algorithms.conftest import ensure_provider
    ensure_provider()
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
    import demo_region
    base = tmp_path_factory.mktemp("workflow")
    p, _ = demo_region.make_region(str(base / "region"), reduced=True)
    out = {}
    for on in (False, True):
        params = _workflow_parameters(p, base / ("on" if on else "off"), on)
        res = processing.run("ecoecon:eco_economic_workflow", params,
                             context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        out[on] = (params, res)
    return out


def _features(path):
    return list(QgsVectorLayer(path, "l", "ogr").getFeatures())


OPTIONAL = ("pinch:Corridor current", "pinch:Pinch-point zones",
            "pinch:Corridor effective resistance", "barr:Barrier improvement score",
            "barr:Barrier zones", "sdp:Corridors to keep wide", "sdp:Restoration priorities")


def test_workflow_optional_steps_off_by_default(workflow_runs, provider):
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().createAlgorithmById(
        "ecoecon:eco_economic_workflow")
    for name in ("pinch_points", "barriers"):
        assert alg.parameterDefinition(name).defaultValue() is False
    params, res = workflow_runs[False]
    for name in OPTIONAL:
        assert not os.path.exists(params[name]), name
        assert not res.get(name) or not os.path.exists(res[name]), name
    assert _features(res["sdp:Economic cores"])


def test_workflow_optional_steps_on(workflow_runs):
    params, res = workflow_runs[True]
    for name in OPTIONAL:
        assert os.path.exists(params[name]), name
    pinch = {f["zone"]: f for f in _features(res["pinch:Pinch-point zones"])}
    corridors = {frozenset((f["from_id"], f["to_id"])): f["type"]
                 for f in _features(res["mcr:Corridors"])}
    # every pinch zone lies on a corridor of the model (same sources): the ten with the
    # largest current are the corridors to keep wide, in that order, with the corridor's type
    keep = sorted(_features(res["sdp:Corridors to keep wide"]), key=lambda f: f["rank"])
    expected = sorted(pinch.values(), key=lambda f: (-f["max_current"], -f["mean_current"],
                                                     f["zone"]))[:10]
    assert [f["zone"] for f in keep] == [f["zone"] for f in expected]
    for f in keep:
        z = pinch[f["zone"]]
        assert f["max_current"] == z["max_current"]
        assert (f["from_id"], f["to_id"]) == (z["from_id"], z["to_id"])
        assert f["corridor_type"] == corridors[frozenset((z["from_id"], z["to_id"]))]
        assert 0 < f["max_current"] <= 1 + 1e-9      # 1 A between the corridor's sources
    # the barrier zones with a positive score, by score: the restoration priorities
    barrier = [f for f in _features(res["barr:Barrier zones"]) if f["score"] > 0]
    rest = sorted(_features(res["sdp:Restoration priorities"]), key=lambda f: f["rank"])
    assert rest and len(rest) == min(10, len(barrier))
    assert [f["score"] for f in rest] == sorted((f["score"] for f in barrier),
                                                reverse=True)[:len(rest)]
    top = read_tif(res["barr:Barrier improvement score"])[0]
    assert rest[0]["score"] == pytest.approx(float(np.nanmax(top)), rel=1e-6)


def test_workflow_optional_steps_leave_the_pattern_as_it_was(workflow_runs):
    """The optional steps add to the pattern and change nothing of it."""
    (_, off), (_, on) = workflow_runs[False], workflow_runs[True]
    for name in ("sdp:Economic cores", "sdp:Development axes", "sdp:Industrial belts",
                 "sdp:Ecological barrier areas", "sdp:Ecological axes",
                 "sdp:SDP conflict zones", "mcr:Corridors", "conf:Conflict zones"):
        a, b = _features(off[name]), _features(on[name])
        assert [f.attributes()[1:] for f in a] == [f.attributes()[1:] for f in b], name
        assert all(x.geometry().equals(y.geometry()) for x, y in zip(a, b)), name


def test_step_output_variables_follow_a_translated_step(provider):
    """QGIS names the variable of a step's output after the step's description: the provider
    binds the SDP's optional zones to it again when the description is translated."""
    from qgis.core import QgsApplication
    from ecoecon.algorithms.compat import EXPRESSION_SOURCE
    from ecoecon.provider.provider import bind_output_variables, output_variable
    m = QgsApplication.processingRegistry().createAlgorithmById("ecoecon:eco_economic_workflow")

    def expression():
        src = m.childAlgorithm("sdp").parameterSources()["PINCH_ZONES"][0]
        assert src.source() == EXPRESSION_SOURCE
        return src.expression()
    var = output_variable(m, "pinch", "PINCH_ZONES", "sdp")
    assert expression() == "if(var('%s') IS NULL, NULL, var('%s'))" % (var, var)
    assert bind_output_variables(m, by_step_id=True) == []
    assert expression() == ("if(var('pinch_PINCH_ZONES') IS NULL, NULL, "
                            "var('pinch_PINCH_ZONES'))")
    child = m.childAlgorithm("pinch")
    child.setDescription("走廊夹点")
    m.setChildAlgorithm(child)
    assert bind_output_variables(m) == []
    var = output_variable(m, "pinch", "PINCH_ZONES", "sdp")
    assert "走廊夹点" in var
    assert expression() == "if(var('%s') IS NULL, NULL, var('%s'))" % (var, var)
