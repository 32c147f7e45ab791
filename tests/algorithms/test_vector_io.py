"""The one rasteriser (algorithms/vector_io.py) and its documented rule, against a brute-force
point-in-polygon test of every cell centre (QgsGeometry.contains, not GDAL) and hand-placed
small polygons."""
import numpy as np
from qgis.core import QgsGeometry, QgsPointXY

from ecoecon.algorithms.raster_io import RasterGrid
from ecoecon.algorithms.vector_io import polygon_masks, rasterize

X0, Y0, CELL = 1000.0, 2000.0, 10.0


def _grid(h=12, w=15):
    from qgis.core import QgsCoordinateReferenceSystem
    return RasterGrid(w, h, (X0, CELL, 0.0, Y0, 0.0, -CELL),
                      QgsCoordinateReferenceSystem("EPSG:32650").toWkt())


def _box(x0, y0, x1, y1):
    """A rectangle in cell units (x to the east, y down from the top edge)."""
    return QgsGeometry.fromWkt("POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))" % (
        X0 + x0 * CELL, Y0 - y0 * CELL, X0 + x1 * CELL, Y0 - y0 * CELL,
        X0 + x1 * CELL, Y0 - y1 * CELL, X0 + x0 * CELL, Y0 - y1 * CELL,
        X0 + x0 * CELL, Y0 - y0 * CELL))


def _centres_inside(geom, h, w):
    out = np.zeros((h, w), bool)
    for r in range(h):
        for c in range(w):
            p = QgsGeometry.fromPointXY(QgsPointXY(X0 + (c + 0.5) * CELL,
                                                   Y0 - (r + 0.5) * CELL))
            out[r, c] = geom.contains(p)
    return out


def test_cell_centre_rule_equals_brute_force_on_random_polygons():
    g = _grid()
    rng = np.random.default_rng(3)
    for _ in range(5):
        ang = np.sort(rng.uniform(0, 2 * np.pi, 9))
        rad = rng.uniform(2.0, 5.5, 9)
        pts = [QgsPointXY(X0 + (7.3 + r * np.cos(a)) * CELL, Y0 - (6.1 + r * np.sin(a)) * CELL)
               for a, r in zip(ang, rad)]
        poly = QgsGeometry.fromPolygonXY([pts + [pts[0]]])
        got = rasterize([(poly, 7)], g)
        np.testing.assert_array_equal(got == 7, _centres_inside(poly, 12, 15))
        (r0, r1, c0, c1, m), = polygon_masks([poly], g)
        full = np.zeros((12, 15), bool)
        full[r0:r1, c0:c1] = m
        np.testing.assert_array_equal(full, got == 7)


def test_small_polygons_keep_a_cell_and_later_records_win_overlaps():
    g = _grid()
    big = _box(0, 0, 6, 6)                       # cells rows 0-5, cols 0-5
    tiny_free = _box(8.1, 2.2, 8.4, 2.6)          # inside cell (2, 8), no centre
    straddle = _box(5.8, 8.2, 6.3, 8.4)           # touches cells (8, 5) and (8, 6)
    inside_big = _box(2.1, 2.1, 2.3, 2.3)         # inside cell (2, 2) of the big one
    edge = _box(5.7, 3.2, 6.2, 3.4)               # touches (3, 5) of big and free (3, 6)
    lab = rasterize([(big, 1), (tiny_free, 2), (straddle, 3), (inside_big, 4), (edge, 5)], g)
    exp = np.zeros((12, 15), np.int32)
    exp[0:6, 0:6] = 1
    exp[2, 8] = 2
    exp[8, 5:7] = 3                               # both touched cells are free
    exp[2, 2] = 4                                 # every touched cell taken: its own cell
    exp[3, 6] = 5                                 # only the free touched cell
    np.testing.assert_array_equal(lab, exp)
    # overlaps: the later record wins in rasterize, each keeps its cells in polygon_masks
    a, b = _box(1, 1, 5, 5), _box(3, 3, 8, 8)
    lab = rasterize([(a, 1), (b, 2)], g)
    assert (lab[3:5, 3:5] == 2).all() and (lab[1:3, 1:3] == 1).all()
    ma, mb = polygon_masks([a, b], g)
    assert ma[:4] == (1, 5, 1, 5) and ma[4].all()
    assert mb[:4] == (3, 8, 3, 8) and mb[4].all()
    # small polygons: the same cells in the label raster and in the zone masks
    (r0, r1, c0, c1, m), = polygon_masks([straddle], g)
    assert (r0, r1, c0, c1) == (8, 9, 5, 7) and m.all()


def test_values_dtype_and_fill():
    g = _grid()
    out = rasterize([(_box(0, 0, 2, 2), 0.25), (_box(10, 10, 12, 12), 3.0)], g, fill=1.0)
    assert out.dtype == np.float64
    assert out[0, 0] == 0.25 and out[11, 11] == 3.0 and out[5, 5] == 1.0
    assert rasterize([], g).shape == (12, 15)
    assert rasterize([(_box(0, 0, 1, 1), 2)], g).dtype == np.int32
