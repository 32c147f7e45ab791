"""ecoecon:circuitconnectivity through processing.run: a Circuitscape .ini project run
unchanged (files where output_file says, equal to Circuitscape's), and a layer run whose
numbers equal a dense Laplacian solve written here."""
import os

import numpy as np
import pytest
from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsField, QgsGeometry,
                       QgsPointXY, QgsProcessingException, QgsVectorFileWriter,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant

from ecoecon.core.ecosecurity import circuitconnectivity as cc
from tests.conftest import shared_data
from tests.helpers import read_tif, write_tif

CELL = 100.0
ORIGIN = (500000.0, 4000000.0)


def test_ini_file_runs_circuitscape_project(tmp_path, run):
    verify = shared_data("circuitscape_verify")
    ini = os.path.join(str(verify), "input", "raster", "pairwise", "1", "sgVerify1.ini")
    cwd = os.getcwd()
    # Circuitscape reads the .ini's paths relative to the working folder: inputs are under
    # the verification folder, so run from there with output_file redirected by a copy
    text = open(ini).read().replace("output/sgVerify1.out",
                                    os.path.join(str(tmp_path), "sgVerify1.out"))
    (tmp_path / "sgVerify1.ini").write_text(text)
    os.chdir(str(verify))
    try:
        out = run("ecoecon:circuitconnectivity", {
            "INI_FILE": str(tmp_path / "sgVerify1.ini"),
            "CUM_CURRENT": str(tmp_path / "cum.tif"),
            "RESISTANCES": str(tmp_path / "r.gpkg")})
    finally:
        os.chdir(cwd)
    exp = np.array(cc.read_matrix_text(os.path.join(str(verify), "output_verify",
                                                    "sgVerify1_resistances.out")))
    mine = np.array(cc.read_matrix_text(str(tmp_path / "sgVerify1_resistances.out")))
    assert np.abs(exp - mine).max() < 1e-3
    a, _ = cc.read_ascii_grid(os.path.join(str(verify), "output_verify",
                                           "sgVerify1_cum_curmap.asc"))
    b = read_tif(out["CUM_CURRENT"])[0]
    assert ((a - b) ** 2).sum() < 1e-6
    assert os.path.exists(str(tmp_path / "sgVerify1_curmap_1_2.asc"))
    lyr = QgsVectorLayer(out["RESISTANCES"], "r", "ogr")
    got = {(int(f["from_id"]), int(f["to_id"])): f["resistance"] for f in lyr.getFeatures()}
    ids = exp[0, 1:].astype(int)
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            assert got[(ids[i], ids[j])] == pytest.approx(exp[i + 1, j + 1], abs=1e-3)


def _points(tmp_path, cells):
    lyr = QgsVectorLayer("Point?crs=EPSG:32650", "pts", "memory")
    lyr.dataProvider().addAttributes([QgsField("node", QVariant.Int)])
    lyr.updateFields()
    feats = []
    for nid, (r, c) in cells.items():
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ORIGIN[0] + (c + 0.5) * CELL,
                                                         ORIGIN[1] - (r + 0.5) * CELL)))
        f.setAttributes([nid])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    path = str(tmp_path / "pts.gpkg")
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(lyr, path, QgsCoordinateTransformContext(), opts)
    return path


def test_layers_pairwise_against_dense(tmp_path, run):
    rng = np.random.default_rng(5)
    res = rng.uniform(1, 10, (12, 15)).astype(np.float32)
    res[6, 3:12] = -1           # nodata wall with gaps
    rpath = write_tif(tmp_path / "res.tif", res, cell=CELL, nodata=-1)
    cells = {4: (0, 0), 9: (11, 14), 2: (5, 7)}
    pts = _points(tmp_path, cells)
    out = run("ecoecon:circuitconnectivity", {
        "RESISTANCE": rpath, "MODE": 0, "FOCAL_NODES": pts, "ID_FIELD": "node",
        "CUM_CURRENT": str(tmp_path / "cum.tif"), "MAX_CURRENT": str(tmp_path / "max.tif"),
        "PAIR_MAPS": str(tmp_path / "pairs"), "RESISTANCES": str(tmp_path / "r.gpkg")})
    # dense reference: Laplacian of 8-neighbour links with average conductance
    cond = np.where(res > 0, 1.0 / np.where(res > 0, res, 1), 0)
    h, w = cond.shape
    idx = -np.ones((h, w), int)
    k = 0
    for r in range(h):
        for c in range(w):
            if cond[r, c] > 0:
                idx[r, c] = k
                k += 1
    L = np.zeros((k, k))
    for r in range(h):
        for c in range(w):
            if idx[r, c] < 0:
                continue
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    rr, c2 = r + dr, c + dc
                    if (dr or dc) and 0 <= rr < h and 0 <= c2 < w and idx[rr, c2] >= 0:
                        g = (cond[r, c] + cond[rr, c2]) / 2 / (np.sqrt(2) if dr and dc else 1)
                        L[idx[r, c], idx[rr, c2]] -= g
                        L[idx[r, c], idx[r, c]] += g
    Lp = np.linalg.pinv(L)
    lyr = QgsVectorLayer(out["RESISTANCES"], "r", "ogr")
    got = {(int(f["from_id"]), int(f["to_id"])): f["resistance"] for f in lyr.getFeatures()}
    assert set(got) == {(2, 4), (2, 9), (4, 9)}
    for (a, b), val in got.items():
        e = np.zeros(k)
        e[idx[cells[a]]] += 1
        e[idx[cells[b]]] -= 1
        assert val == pytest.approx(e @ Lp @ e, rel=1e-6)
    cum = read_tif(out["CUM_CURRENT"])[0]
    s = sum(read_tif(os.path.join(out["PAIR_MAPS"], "curmap_%d_%d.tif" % p))[0]
            for p in [(2, 4), (2, 9), (4, 9)])
    np.testing.assert_allclose(cum, s, atol=1e-5)
    assert read_tif(out["MAX_CURRENT"])[0].max() == pytest.approx(1.0, abs=1e-5)


def test_missing_focal_nodes_is_a_clear_error(tmp_path, run):
    rpath = write_tif(tmp_path / "res.tif", np.ones((5, 5), np.float32), cell=CELL)
    with pytest.raises(QgsProcessingException, match="focal nodes"):
        run("ecoecon:circuitconnectivity", {"RESISTANCE": rpath,
                                             "CUM_CURRENT": str(tmp_path / "c.tif")})
