"""ecoecon:kerneldensity and ecoecon:economicpattern through processing.run.

Fixtures are written with OGR/GDAL directly; references are computed in the test: the
ArcGIS radius formula written out with NumPy, the quartic kernel summed point by point, the
total population and Fisher's optimal breaks by dynamic programming.
"""
import csv
import math

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.conftest import shared_data
from tests.core.test_kerneldensity_economicpattern import fisher_optimal_breaks, within_ss
from tests.helpers import read_tif, write_tif

LANSING_SIDE_M = 924 * 0.3048  # the unit square is 924 ft = 281.6 m
ORIGIN = (500000.0, 4000000.0)


def write_points(path, x, y, epsg=32650, **fields):
    """A GeoPackage of points with string / float fields, written with OGR."""
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer("pts", srs, ogr.wkbPoint)
    for name, vals in fields.items():
        kind = ogr.OFTString if isinstance(vals[0], str) else ogr.OFTReal
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for i, (xi, yi) in enumerate(zip(x, y)):
        f = ogr.Feature(lyr.GetLayerDefn())
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(xi), float(yi))
        f.SetGeometry(g)
        for name, vals in fields.items():
            v = vals[i]
            f.SetField(name, v if isinstance(v, str) else float(v))
        lyr.CreateFeature(f)
    ds = None
    return str(path)


def arcgis_radius(x, y, w=None):
    """The ArcGIS rule written out independently: 0.9·min(SD, √(1/ln2)·Dm)·n^−0.2."""
    w = np.ones(len(x)) if w is None else np.asarray(w, float)
    n = w.sum()
    mx, my = np.sum(w * x) / n, np.sum(w * y) / n
    sd = math.sqrt(np.sum(w * ((x - mx) ** 2 + (y - my) ** 2)) / n)
    d = np.hypot(x - mx, y - my)
    rep = np.repeat(d, w.astype(int))  # integer populations: the median of repeated points
    return 0.9 * min(sd, math.sqrt(1 / math.log(2)) * np.median(rep)) * n ** -0.2


def point_by_point(x, y, w, gt, shape, r):
    cx = gt[0] + (np.arange(shape[1]) + 0.5) * gt[1]
    cy = gt[3] + (np.arange(shape[0]) + 0.5) * gt[5]
    out = np.zeros(shape)
    for xi, yi, wi in zip(x, y, w):
        d2 = (cx[None, :] - xi) ** 2 + (cy[:, None] - yi) ** 2
        m = d2 < r * r
        out[m] += wi * 3 / (math.pi * r * r) * (1 - d2[m] / (r * r)) ** 2
    return out


def lansing(tmp_path):
    path = shared_data("points", "lansing.csv")
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    x = ORIGIN[0] + np.array([float(r["x"]) for r in rows]) * LANSING_SIDE_M
    y = ORIGIN[1] + np.array([float(r["y"]) for r in rows]) * LANSING_SIDE_M
    sp = [r["species"] for r in rows]
    return write_points(tmp_path / "lansing.gpkg", x, y, species=sp), x, y, np.array(sp)


def test_lansing_superimposed_density_equals_point_by_point(tmp_path, run):
    src, x, y, sp = lansing(tmp_path)
    res = run("ecoecon:kerneldensity", {
        "INPUT": src, "CODE_FIELD": "species", "CODES": "hickory, maple", "CODE_LEVEL": 0,
        "SEPARATE": True, "CELL_SIZE": 4.0, "RADIUS": 0, "GROW": True,
        "OUTPUT": str(tmp_path / "kd.tif"), "RADII": "memory:"})
    dens, nd, gt, wkt = read_tif(res["OUTPUT"])
    assert gt[1] == 4.0 and gt[0] % 4.0 == 0 and gt[3] % 4.0 == 0  # snapped grid
    ref = np.zeros(dens.shape)
    radii = {}
    for s in ("hickory", "maple"):
        m = sp == s
        radii[s] = arcgis_radius(x[m], y[m])
        ref += point_by_point(x[m], y[m], np.ones(m.sum()), gt, dens.shape, radii[s])
    ref *= 1e6  # per km²
    assert np.abs(dens - ref).max() <= 1e-3 * ref.max()
    # the grid grows by the largest radius: every tree's kernel is inside, so the density
    # integrates to the number of trees kept
    n = int(np.isin(sp, ["hickory", "maple"]).sum())
    assert res["N_POINTS"] == n == 703 + 514
    assert dens.sum() * 16.0 / 1e6 == pytest.approx(n, rel=1e-3)
    table = res["RADII"]
    if isinstance(table, str):
        table = QgsVectorLayer(table)
    got = {f["industry"]: f for f in table.getFeatures()}
    assert set(got) == {"hickory", "maple"}
    for s in radii:
        assert got[s]["radius"] == pytest.approx(radii[s], rel=1e-9)
        assert got[s]["points"] == int((sp == s).sum())


def test_population_field_prefix_codes_and_expected_counts(tmp_path, run):
    rng = np.random.default_rng(2)
    n = 200
    x = 300000 + rng.normal(0, 400, n)
    y = 3500000 + rng.normal(0, 300, n)
    codes = [str(c) for c in rng.choice([3911, 3912, 3821, 1310], n)]
    pop = rng.integers(1, 6, n).astype(float)
    src = write_points(tmp_path / "p.gpkg", x, y, code=codes, staff=pop)
    ref_tif = write_tif(tmp_path / "ref.tif", np.zeros((60, 80), np.float32), cell=25.0,
                        origin=(299000.0, 3500750.0))
    res = run("ecoecon:kerneldensity", {
        "INPUT": src, "CODE_FIELD": "code", "CODES": "391", "CODE_LEVEL": 3,
        "SEPARATE": False, "POPULATION": "staff", "RADIUS": 0, "AREA_UNIT": 3,
        "REFERENCE": ref_tif, "OUTPUT": str(tmp_path / "kd.tif")})
    dens, nd, gt, wkt = read_tif(res["OUTPUT"])
    assert dens.shape == (60, 80) and gt == (299000.0, 25.0, 0.0, 3500750.0, 0.0, -25.0)
    m = np.array([c.startswith("391") for c in codes])
    r = arcgis_radius(x[m], y[m], pop[m])
    ref = point_by_point(x[m], y[m], pop[m], gt, dens.shape, r) * 25.0 ** 2  # count per cell
    assert np.abs(dens - ref).max() <= 1e-3 * ref.max()
    assert res["TOTAL_POPULATION"] == pytest.approx(pop[m].sum())


def test_geographic_crs_and_unknown_code_are_refused(tmp_path, run):
    src = write_points(tmp_path / "g.gpkg", [116.3, 116.4, 116.5], [39.9, 39.8, 40.0],
                       epsg=4326, code=["391", "392", "391"])
    with pytest.raises(QgsProcessingException, match="geographic"):
        run("ecoecon:kerneldensity", {"INPUT": src, "OUTPUT": str(tmp_path / "a.tif")})
    src = write_points(tmp_path / "p.gpkg", [0, 500, 900], [0, 700, 100],
                       code=["3911", "3921", "3912"])
    with pytest.raises(QgsProcessingException, match="381"):
        run("ecoecon:kerneldensity", {"INPUT": src, "CODE_FIELD": "code",
                                      "CODES": "391,381", "OUTPUT": str(tmp_path / "b.tif")})
    assert not (tmp_path / "b.tif").exists()


def test_economic_pattern_classes_are_natural_breaks(tmp_path, run):
    src, x, y, sp = lansing(tmp_path)
    kd = run("ecoecon:kerneldensity", {
        "INPUT": src, "CODE_FIELD": "species", "CODES": "hickory,maple,redoak",
        "CODE_LEVEL": 0, "CELL_SIZE": 8.0, "GROW": True, "OUTPUT": str(tmp_path / "kd.tif")})
    res = run("ecoecon:economicpattern", {
        "INPUT": kd["OUTPUT"], "N_CLASSES": 5, "TOP_CLASSES": 1,
        "OUTPUT": str(tmp_path / "cls.tif"), "TABLE": "memory:", "ZONES": "memory:"})
    dens = read_tif(kd["OUTPUT"])[0]
    cls = read_tif(res["OUTPUT"])[0]
    pos = dens > 0
    assert pos.sum() < 10000  # natural breaks on all cells, no sample
    opt, least = fisher_optimal_breaks(dens[pos], 5)
    breaks = [float(b) for b in res["BREAKS_TEXT"].split(",")]
    np.testing.assert_allclose(breaks, opt, rtol=1e-5)  # the text has 6 significant digits
    assert within_ss(dens[pos], opt) == pytest.approx(least, rel=1e-12)
    np.testing.assert_array_equal(cls[pos], np.searchsorted(opt[1:-1], dens[pos]) + 1)
    assert np.all(cls[~pos] == 0)
    table = res["TABLE"]
    table = QgsVectorLayer(table) if isinstance(table, str) else table
    rows = {f["class"]: f for f in table.getFeatures()}
    assert set(rows) == {0, 1, 2, 3, 4, 5}
    assert rows[5]["label"] == "very high"
    assert sum(rows[c]["cells"] for c in rows) == cls.size
    # mass: density (per km²) × cell area (km²) summed = trees whose kernels fall there
    assert sum(rows[c]["mass"] for c in range(1, 6)) == pytest.approx(
        dens[pos].sum() * 64 / 1e6, rel=1e-6)
    zones = res["ZONES"]
    zones = QgsVectorLayer(zones) if isinstance(zones, str) else zones
    feats = list(zones.getFeatures())
    assert len(feats) == res["N_ZONES"] >= 1
    area = sum(f["area_km2"] for f in feats)
    assert area == pytest.approx((cls == 5).sum() * 64 / 1e6)
    assert sum(f.geometry().area() for f in feats) / 1e6 == pytest.approx(area)


def test_extent_is_snapped_and_nodata_option(tmp_path, run):
    src = write_points(tmp_path / "p.gpkg", [1030.0, 1480.0, 1260.0], [2020.0, 2410.0, 2300.0])
    res = run("ecoecon:kerneldensity", {
        "INPUT": src, "CELL_SIZE": 100.0, "RADIUS": 150.0, "ZERO_NODATA": True,
        "EXTENT": "1010,1990,1950,2450 [EPSG:32650]", "OUTPUT": str(tmp_path / "k.tif")})
    dens, nd, gt, wkt = read_tif(res["OUTPUT"])
    assert gt == (1000.0, 100.0, 0.0, 2500.0, 0.0, -100.0) and dens.shape == (6, 10)
    ref = point_by_point([1030.0, 1480.0, 1260.0], [2020.0, 2410.0, 2300.0], [1, 1, 1], gt,
                         dens.shape, 150.0) * 1e6
    assert np.array_equal(np.isnan(dens), ref == 0)  # NoData where no kernel reaches
    np.testing.assert_allclose(dens[ref > 0], ref[ref > 0], rtol=1e-6)


def test_agrees_with_qgis_heatmap_raw_on_its_grid(tmp_path, run):
    """Peer cross-check: QGIS's Heatmap 'raw' quartic is Σ w·(1 − d²/r²)², so ×3/(π r²) it is
    ArcGIS's density; its kernels sit up to one pixel off vertically (mirrored inside the pixel
    block, QGIS ≤ 3.40), small at a radius of 100 pixels. Its 'scaled' output is 7.25×
    ArcGIS's in QGIS builds without the fix of issue #60616, 1× with it."""
    import processing
    from qgis.core import QgsApplication
    heat = "qgis:heatmapkerneldensityestimation"
    if QgsApplication.processingRegistry().algorithmById(heat) is None:
        heat = "native:heatmapkerneldensityestimation"
    if QgsApplication.processingRegistry().algorithmById(heat) is None:
        pytest.skip("QGIS's Heatmap algorithm is not available")
    rng = np.random.default_rng(4)
    x = 600000 + np.concatenate([rng.normal(0, 800, 150), rng.normal(2500, 500, 100)])
    y = 3000000 + np.concatenate([rng.normal(0, 600, 150), rng.normal(1500, 900, 100)])
    src = write_points(tmp_path / "p.gpkg", x, y)
    r, px = 2000.0, 20.0
    p = {"INPUT": src, "RADIUS": r, "PIXEL_SIZE": px, "KERNEL": 0, "DECAY": 0}
    raw = processing.run(heat, dict(p, OUTPUT_VALUE=0, OUTPUT=str(tmp_path / "raw.tif")))
    scaled = processing.run(heat, dict(p, OUTPUT_VALUE=1,
                                       OUTPUT=str(tmp_path / "scaled.tif")))
    ours = run("ecoecon:kerneldensity", {"INPUT": src, "RADIUS": r, "AREA_UNIT": 2,
                                         "REFERENCE": raw["OUTPUT"],
                                         "OUTPUT": str(tmp_path / "o.tif")})
    a = read_tif(ours["OUTPUT"])[0]
    h = np.nan_to_num(read_tif(raw["OUTPUT"])[0]) * 3 / (math.pi * r * r)
    s = np.nan_to_num(read_tif(scaled["OUTPUT"])[0])
    assert a.shape == h.shape
    assert np.abs(h - a).max() <= 2e-3 * a.max()  # measured 8.0e-4
    ratio = s.sum() / a.sum()
    assert ratio == pytest.approx(7.25, rel=1e-3) or ratio == pytest.approx(1.0, rel=1e-3)
