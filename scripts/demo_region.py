"""A SYNTHETIC virtual urban agglomeration for the demo workflow (seeded, reproducible).

No real region has every input openly available offline, so the demo builds one:
mountains encircling a basin, rivers that follow the terrain (least-cost descent on the DEM),
land use consistent with terrain, two large cities with satellites joined by roads, climate and
soil fields, and firms of 2-digit / 3-digit industries clustered around the cities and along the
transport axis, with some industries planted to co-locate. Everything it writes is labelled
SYNTHETIC. Land-use codes: 1 cropland, 2 forest, 3 grassland, 4 water, 5 built-up, 6 unused.

    make_region(folder, reduced=False, seed=2024) -> dict of paths and facts
"""
import csv
import os

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage

gdal.UseExceptions()

EPSG = 32649              # UTM 49N: a south-China city region
X0, Y0 = 300000.0, 2650000.0
CELL = 500.0
LANDUSE = {1: "cropland", 2: "forest", 3: "grassland", 4: "water", 5: "built-up", 6: "unused"}

# 2-digit industry groups (TDI) and their 3-digit industries; 'planted' ones co-locate
GROUPS = {
    "13": ("food processing", ["131", "132", "135", "137"]),
    "17": ("textiles", ["171", "172", "175"]),
    "26": ("chemicals", ["261", "262", "264", "266"]),
    "34": ("general machinery", ["341", "342", "344", "346"]),
    "39": ("electronics", ["391", "392", "396", "397"]),
    "72": ("business services", ["721", "723", "724", "725", "729"]),
}
#: industries planted to share their cluster centres (they must come out co-agglomerated)
PLANTED = [("391", "392", "396"), ("341", "344")]


def _srs():
    s = osr.SpatialReference()
    s.ImportFromEPSG(EPSG)
    return s


def _tif(path, arr, nodata=None):
    arr = np.asarray(arr)
    t = gdal.GDT_Int16 if arr.dtype.kind in "iu" else gdal.GDT_Float32
    ds = gdal.GetDriverByName("GTiff").Create(path, arr.shape[1], arr.shape[0], 1, t,
                                              ["COMPRESS=DEFLATE", "TILED=YES"])
    ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
    ds.SetProjection(_srs().ExportToWkt())
    b = ds.GetRasterBand(1)
    if nodata is not None:
        b.SetNoDataValue(nodata)
    b.WriteArray(arr)
    ds = None
    return path


def _noise(rng, shape, sigma):
    f = ndimage.gaussian_filter(rng.standard_normal(shape), sigma)
    return f / f.std()


def _rivers(dem, rng, n_sources):
    """Rivers as least-cost descents over the DEM from high points to the basin outlet."""
    from skimage.graph import route_through_array
    rows, cols = dem.shape
    outlet = (rows // 2 + int(rows * 0.05), cols - 1)
    cost = 1.0 + np.clip(dem - dem.min(), 0, None) / 50.0
    river = np.zeros(dem.shape, bool)
    # the main river crosses the basin west → east
    path, _ = route_through_array(cost, (rows // 2 - int(rows * 0.05), 0), outlet,
                                  fully_connected=True, geometric=True)
    river[tuple(np.array(path).T)] = True
    for _ in range(n_sources):
        ang = rng.uniform(0, 2 * np.pi)
        r0 = int(rows / 2 + 0.42 * rows * np.sin(ang))
        c0 = int(cols / 2 + 0.42 * cols * np.cos(ang))
        r0, c0 = np.clip(r0, 1, rows - 2), np.clip(c0, 1, cols - 2)
        tgt = tuple(np.argwhere(river)[rng.integers(river.sum())])
        path, _ = route_through_array(cost, (r0, c0), tgt, fully_connected=True,
                                      geometric=True)
        river[tuple(np.array(path).T)] = True
    return river


def make_region(folder, reduced=False, seed=2024):
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(seed)
    shape = (80, 100) if reduced else (200, 260)
    rows, cols = shape
    yy, xx = np.mgrid[0:rows, 0:cols]
    ry, rx = (yy - rows / 2) / (rows / 2), (xx - cols / 2) / (cols / 2)
    r = np.hypot(ry, rx)
    # terrain: a basin at 20-80 m encircled by mountains rising to ~1400 m
    dem = 30 + 1500 * np.clip(r - 0.55, 0, None) ** 1.5 + 60 * _noise(rng, shape, 5) \
        + 220 * np.clip(r - 0.5, 0, None) * _noise(rng, shape, 3)
    dem = np.clip(dem, 2, None)
    # PLANTED (stated, not tuned): the phenomena of the papers that the algorithms must find.
    # A small forest park (a steep wooded hill, as Baiyun Mountain in Guangzhou) at the
    # north-western edge of the eastern city, in its dense economy (an ordinary source in
    # high-intensity economy), and two forested hills in the basin north and south of the
    # development axis west of the eastern city: the corridors that join them to the park
    # cross the axis between the two cores. Sizes follow the minimum source area of the demo.
    cell_km2 = CELL * CELL / 1e6
    min_km2 = 2.0 if reduced else 10.0
    # the forest park's edge comes within 2 km of the eastern city's centre (north-west of it)
    park_rad = np.sqrt(4.0 * min_km2 / cell_km2 / np.pi)
    off = (park_rad + 2000.0 / CELL) / np.sqrt(2.0)
    planted = {"hill_north": (rows * 0.33, cols * 0.60, 2.5 * min_km2),
               "hill_south": (rows * 0.76, cols * 0.62, 2.5 * min_km2),
               "forest_park": (rows * 0.55 - off, cols * 0.68 - off, 4.0 * min_km2)}
    for key, (cy, cx, km2) in planted.items():
        rad = np.sqrt(km2 / cell_km2 / np.pi)
        d = np.hypot(yy - cy, xx - cx) / rad
        bump = (1000.0 if key == "forest_park" else 800.0) * np.clip(1 - d, 0, None)  # cone
        dem = dem + bump
    river = _rivers(dem, rng, 5 if not reduced else 3)
    dem = np.where(river, dem - 8, dem)
    # two large cities and satellites in the basin, joined by a road
    cities = [(rows * 0.48, cols * 0.32, 0.075), (rows * 0.55, cols * 0.68, 0.06)]
    towns = [(rows * 0.30, cols * 0.45, 0.02), (rows * 0.70, cols * 0.42, 0.02),
             (rows * 0.35, cols * 0.78, 0.018), (rows * 0.68, cols * 0.22, 0.018)]
    urban = np.zeros(shape, bool)
    for cy, cx, rad in cities + towns:
        d = np.hypot((yy - cy) / rows, (xx - cx) / cols)
        urban |= d + 0.01 * _noise(rng, shape, 2) < rad
    road = np.zeros(shape, bool)
    for (ay, ax, _), (by, bx, _) in [(cities[0], cities[1])] + [(cities[0], t) for t in
                                                               towns[::2]] + \
            [(cities[1], t) for t in towns[1::2]]:
        n = int(max(abs(by - ay), abs(bx - ax)) * 2) + 2
        ys = np.linspace(ay, by, n).round().astype(int)
        xs = np.linspace(ax, bx, n).round().astype(int)
        road[ys, xs] = True
    slope = np.hypot(*np.gradient(dem, CELL)) * 100  # percent
    lu = np.full(shape, 1, np.int16)                                    # cropland
    forest = (dem + 40 * _noise(rng, shape, 2) > 180) | (slope > 15)
    lu[forest] = 2
    lu[(dem > 120) & (dem <= 180) & (_noise(rng, shape, 2) > 0.3)] = 3  # grassland
    lu[dem + 120 * _noise(rng, shape, 2) > 1250] = 6                    # bare peaks
    lu[river | ((np.hypot(yy - rows * 0.62, xx - cols * 0.5) < rows * 0.04))] = 4
    lu[urban | road] = 5
    for key, (cy, cx, km2) in planted.items():
        rad = np.sqrt(km2 / cell_km2 / np.pi)
        lu[(np.hypot(yy - cy, xx - cx) <= rad) & ~road] = 2     # forest on the planted hills
    # climate and soil
    precip = 1500 + 0.6 * (dem - 30) + 60 * _noise(rng, shape, 8)          # mm/yr
    eto = 1150 - 0.2 * (dem - 30) + 25 * _noise(rng, shape, 8)             # mm/yr
    depth = np.clip(1600 - 40 * slope + 150 * _noise(rng, shape, 4), 200, 2000)  # mm
    pawc = np.clip(0.14 + 0.03 * _noise(rng, shape, 6), 0.05, 0.3)        # fraction
    erosivity = 0.0483 * precip ** 1.61                                   # MJ·mm/(ha·h·yr)
    erodibility = np.clip(0.028 + 0.006 * _noise(rng, shape, 6), 0.01, 0.05)  # t·ha·h/(ha·MJ·mm)
    p = {}
    p["dem"] = _tif(os.path.join(folder, "dem_SYNTHETIC.tif"), dem.astype(np.float32))
    p["landuse"] = _tif(os.path.join(folder, "landuse_SYNTHETIC.tif"), lu, nodata=-1)
    for name, a in (("precipitation", precip), ("eto", eto), ("root_depth", depth),
                    ("pawc", pawc), ("erosivity", erosivity), ("erodibility", erodibility)):
        p[name] = _tif(os.path.join(folder, name + "_SYNTHETIC.tif"), a.astype(np.float32))
    p["slope"] = _tif(os.path.join(folder, "slope_SYNTHETIC.tif"), slope.astype(np.float32))
    # threats for habitat quality (1 where the threat is)
    for name, m in (("urban", lu == 5), ("cropland", lu == 1), ("roads", road)):
        p["threat_" + name] = _tif(os.path.join(folder, "threat_%s_SYNTHETIC.tif" % name),
                                   m.astype(np.float32))
    # land-use loop: distances as drivers, and a later map (the cities grow into farmland
    # along the roads) to validate a simulation against
    dist_urban = ndimage.distance_transform_edt(lu != 5) * CELL
    dist_city = np.min([np.hypot(yy - cy, xx - cx) for cy, cx, _ in cities], axis=0) * CELL
    dist_road = ndimage.distance_transform_edt(~road) * CELL
    p["dist_city"] = _tif(os.path.join(folder, "dist_city_SYNTHETIC.tif"),
                          dist_city.astype(np.float32))
    p["dist_road"] = _tif(os.path.join(folder, "dist_road_SYNTHETIC.tif"),
                          dist_road.astype(np.float32))
    grow = (lu == 1) & (dist_urban <= 2 * CELL) & (dist_road <= 6 * CELL) \
        & (_noise(rng, shape, 1.5) > -0.3)
    later = np.where(grow, 5, lu).astype(np.int16)
    p["landuse_later"] = _tif(os.path.join(folder, "landuse_later_SYNTHETIC.tif"), later,
                              nodata=-1)
    _tables(folder, p)
    p["admin"] = _admin(folder, shape)
    p["firms"], facts = _firms(folder, rng, cities, towns, road, lu, reduced)
    facts["planted_sites"] = {k: (X0 + (cx + 0.5) * CELL, Y0 - (cy + 0.5) * CELL)
                              for k, (cy, cx, _) in planted.items()}

    facts.update(shape=shape, cities=[(X0 + (c + 0.5) * CELL, Y0 - (r + 0.5) * CELL)
                                      for r, c, _ in cities])
    return p, facts


def _write_csv(path, header, rows):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _tables(folder, p):
    lu = [(1, "cropland", 1, 1500, 0.75, 0.25, 0.4), (2, "forest", 1, 5000, 1.0, 0.006, 1.0),
          (3, "grassland", 1, 2000, 0.85, 0.04, 1.0), (4, "water", 0, 1, 1.0, 0.0, 1.0),
          (5, "built-up", 0, 1, 0.3, 0.0, 1.0), (6, "unused", 0, 1, 0.5, 0.2, 1.0)]
    p["biophysical"] = _write_csv(os.path.join(folder, "biophysical_SYNTHETIC.csv"),
                                  ["lucode", "lulc_desc", "lulc_veg", "root_depth", "kc",
                                   "usle_c", "usle_p"], lu)
    p["threats"] = _write_csv(
        os.path.join(folder, "threats_SYNTHETIC.csv"),
        ["threat", "max_dist", "weight", "decay", "cur_path"],
        [["urban", 8000, 1.0, "exponential", os.path.basename(p["threat_urban"])],
         ["cropland", 4000, 0.6, "linear", os.path.basename(p["threat_cropland"])],
         ["roads", 3000, 0.8, "linear", os.path.basename(p["threat_roads"])]])
    p["sensitivity"] = _write_csv(
        os.path.join(folder, "sensitivity_SYNTHETIC.csv"),
        ["lucode", "name", "habitat", "urban", "cropland", "roads"],
        [[1, "cropland", 0.3, 0.5, 0.2, 0.4], [2, "forest", 1.0, 0.9, 0.6, 0.7],
         [3, "grassland", 0.8, 0.7, 0.5, 0.6], [4, "water", 0.9, 0.8, 0.6, 0.5],
         [5, "built-up", 0.0, 0.0, 0.0, 0.0], [6, "unused", 0.1, 0.1, 0.1, 0.1]])
    p["carbon_pools"] = _write_csv(
        os.path.join(folder, "carbon_pools_SYNTHETIC.csv"),
        ["lucode", "c_above", "c_below", "c_soil", "c_dead"],
        [[1, 5, 2, 60, 0], [2, 60, 15, 90, 5], [3, 8, 6, 70, 1], [4, 0, 0, 20, 0],
         [5, 2, 0, 20, 0], [6, 0, 0, 10, 0]])
    p["economic_benefit"] = _write_csv(
        os.path.join(folder, "economic_benefit_SYNTHETIC.csv"),
        ["code", "econ_per_ha"], [[1, 30000], [2, 4000], [3, 3000], [4, 8000],
                                  [5, 900000], [6, 0]])
    # the ESV equivalents of Xie et al. 2008 (resources/tables/) for the region's six classes
    # only: the preset's class 7 (wetland) does not occur in this map
    p["esv_equivalents"] = _write_csv(
        os.path.join(folder, "esv_equivalents_SYNTHETIC.csv"), ["code", "name", "total"],
        [[1, "cropland", 7.90], [2, "forest", 28.12], [3, "grassland", 11.67],
         [4, "water", 45.35], [5, "built-up", 0.0], [6, "unused", 1.39]])
    p["lu_constraints"] = _write_csv(
        os.path.join(folder, "landuse_constraints_SYNTHETIC.csv"),
        ["type", "code", "value"],
        [["total_area", "", ""], ["not_below_current", 2, ""], ["not_below_current", 4, ""],
         ["not_below_current", 5, ""], ["max_share", 5, 10], ["min_share", 1, 30],
         ["not_below_current", 3, ""], ["not_above_current", 6, ""], ["not_below_current", 6, ""],
         ["esv_growth", "", 0]])
    p["resistance_landuse"] = _write_csv(
        os.path.join(folder, "resistance_landuse_SYNTHETIC.csv"),
        ["code", "value"], [[1, 50], [2, 5], [3, 15], [4, 75], [5, 100], [6, 75]])


def _admin(folder, shape):
    """Six districts as a 3 × 2 grid of rectangles (SYNTHETIC)."""
    path = os.path.join(folder, "districts_SYNTHETIC.gpkg")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("districts", _srs(), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    rows, cols = shape
    w, h = cols * CELL / 3.0, rows * CELL / 2.0
    names = ["North-West", "North", "North-East", "South-West", "South", "South-East"]
    for k, name in enumerate(names):
        i, j = divmod(k, 3)
        x0, y1 = X0 + j * w, Y0 - i * h
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("name", name + " (SYNTHETIC)")
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))"
            % (x0, y1, x0 + w, y1, x0 + w, y1 - h, x0, y1 - h, x0, y1)))
        lyr.CreateFeature(f)
    ds = None
    return path


def _firms(folder, rng, cities, towns, road, lu, reduced):
    rows, cols = lu.shape
    # 10,000 firms: co-agglomeration cost grows with the square of the firm count, and at
    # 24,000 firms 9 draws alone took 211 s here (see the closing note of issue 7)
    n_total = 2500 if reduced else 10000
    codes = [(g, i) for g, (_, inds) in GROUPS.items() for i in inds]
    share = rng.dirichlet(np.full(len(codes), 3.0))
    counts = np.maximum((share * n_total).astype(int), 60)
    planted = {i for grp in PLANTED for i in grp}
    counts = np.array([max(c, n_total // 40) if ind in planted
                       else c for c, (_, ind) in zip(counts, codes)])
    # shared sub-centres for the planted groups, own random centres for the others
    shared = {}
    for grp in PLANTED:
        # industrial parks: one at the edge of each city and one at a satellite town, shared
        # by the planted industries (tighter than the general crowding into the cities)
        sites = [cities[0], cities[1], towns[int(rng.integers(len(towns)))]]
        cen = [(y + rng.normal(0, 3.0), x + rng.normal(0, 3.0)) for y, x, _ in sites]
        for ind in grp:
            shared[ind] = cen
    road_cells = np.argwhere(road)
    feats = []
    for (g, ind), n in zip(codes, counts):
        own = shared.get(ind) or [(rng.uniform(0.25, 0.75) * rows, rng.uniform(0.15, 0.85) *
                                   cols) for _ in range(2)]
        # planted industries keep more firms at their shared centres; every industry also
        # crowds into the two cities and along the axis, as real firms do
        mix = [0.60, 0.20, 0.10, 0.10] if ind in shared else [0.25, 0.45, 0.20, 0.10]
        kinds = rng.choice(4, size=n, p=mix)
        pts = np.empty((n, 2))
        for k, label in enumerate(("centre", "city", "axis", "spread")):
            m = kinds == k
            q = int(m.sum())
            if label == "centre":
                c = np.array(own)[rng.integers(len(own), size=q)]
                pts[m] = c + rng.normal(0, 1.5, (q, 2))
            elif label == "city":
                cc = np.array([(y, x) for y, x, _ in cities + towns])
                w = np.array([10, 8, 1, 1, 1, 1], float)
                c = cc[rng.choice(len(cc), size=q, p=w / w.sum())]
                pts[m] = c + rng.normal(0, 3.5, (q, 2))
            elif label == "axis":
                c = road_cells[rng.integers(len(road_cells), size=q)]
                pts[m] = c + rng.normal(0, 1.5, (q, 2))
            else:
                pts[m] = np.column_stack([rng.uniform(0.15, 0.85, q) * rows,
                                          rng.uniform(0.1, 0.9, q) * cols])
        pts[:, 0] = np.clip(pts[:, 0], 0, rows - 1e-6)
        pts[:, 1] = np.clip(pts[:, 1], 0, cols - 1e-6)
        emp = np.maximum(1, rng.lognormal(2.5, 1.0, n)).round()
        for (py, px), e in zip(pts, emp):
            feats.append((X0 + px * CELL, Y0 - py * CELL,
                          ind + str(rng.integers(1, 10)), g, int(e)))
    path = os.path.join(folder, "firms_SYNTHETIC.gpkg")
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("firms", _srs(), ogr.wkbPoint)
    for name, t in (("code", ogr.OFTString), ("tdi", ogr.OFTString),
                    ("employees", ogr.OFTInteger)):
        lyr.CreateField(ogr.FieldDefn(name, t))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for x, y, code, g, e in feats:
        f = ogr.Feature(defn)
        f.SetField("code", code)
        f.SetField("tdi", g)
        f.SetField("employees", e)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT (%f %f)" % (x, y)))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return path, {"n_firms": len(feats), "planted": PLANTED,
                  "industries": [i for _, i in codes]}
