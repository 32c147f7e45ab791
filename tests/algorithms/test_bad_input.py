"""The bad-input contract (README, "What every algorithm guarantees on bad input"), held case
by case through ``processing.run`` as a user would meet it.

Each case is an algorithm (or model) id, a valid base parameter set on small synthetic inputs,
one broken thing, and the verdict the contract promises:

* ``REFUSE``: a ``QgsProcessingException`` whose message holds every listed pattern (the input,
  the value, the valid range or the fix), and not a single file left in the run's output
  folder (outputs all or nothing);
* ``WARN``: the run succeeds, the listed patterns are in its warnings, and ``check`` (written
  in the test, from the inputs) confirms the documented result;
* ``OK``: the run succeeds and ``check`` confirms the documented result.

The oracle of every refusal is the physical or logical range stated in the case (not the
code's own output): Kc ≥ 0, PAWC in 0–1, habitat in 0–1, resistance > 0, ids unique, ... A
final test prints the tally by verdict.
"""
import collections
import os
import shutil
import subprocess

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer)

from tests.helpers import read_tif, smooth_field, write_tif

MODELS = ("sources_from_services", "land_use_loop", "eco_economic_workflow")
REFUSE, WARN, OK = "refusal with a clear message", "correct result + warning", "correct result"
H, W, CELL = 20, 24, 100.0
X0, Y0, EPSG = 500000.0, 4000000.0, 32650
FAR = (X0 + 100000.0, Y0)          # 100 km east: no overlap


# --- the synthetic kit ----------------------------------------------------------------------
class Kit:
    """Small inputs written once; ``tif``/``csv``/... write variants on demand."""

    def __init__(self, folder):
        self.dir = folder
        self._n = 0
        lu = np.repeat(np.repeat(np.arange(1, 5)[None, :], H, 0), 6, 1).astype(np.int32)
        self.lu_arr = lu
        self.lu = self.tif("lu", lu)
        ones = np.ones((H, W), np.float32)
        self.precip = self.tif("precip", ones * 800)
        self.eto = self.tif("eto", ones * 1000)
        self.depth = self.tif("depth", ones * 900)
        self.pawc = self.tif("pawc", ones * 0.2)
        self.bio = self.csv("bio", "lucode,kc,root_depth,lulc_veg\n1,0.9,1500,1\n2,0.7,2000,1\n"
                                   "3,0.3,,0\n4,1.0,1000,0\n")
        yy, xx = np.mgrid[0:H, 0:W]
        self.dem = self.tif("dem", (200.0 - 3.0 * xx - 1.0 * yy + smooth_field((H, W), 4) * 5)
                            .astype(np.float32))
        self.erosivity = self.tif("r", ones * 500)
        self.erodibility = self.tif("k", ones * 0.03)
        self.sdr = self.csv("sdr", "lucode,usle_c,usle_p\n1,0.2,1\n2,0.01,1\n3,0.5,0.8\n4,0,1\n")
        self.pools = self.csv("pools", "lucode,c_above,c_below,c_soil,c_dead\n1,10,5,30,1\n"
                                       "2,100,30,80,10\n3,5,3,40,0\n4,0,0,0,0\n")
        roads = np.zeros((H, W), np.float32)
        roads[10, :] = 1
        self.roads = self.tif("roads", roads)
        self.threats = self.csv("threats", "threat,max_dist,weight,decay\nroads,500,1,linear\n")
        self.sens = self.csv("sens", "lucode,habitat,roads\n1,0.3,0.5\n2,1,0.8\n3,0.6,0.4\n"
                                     "4,0,0\n")
        self.s1 = self.tif("s1", (smooth_field((H, W), 1) * 10).astype(np.float32))
        self.s2 = self.tif("s2", (smooth_field((H, W), 2) * 3).astype(np.float32))
        rng = np.random.default_rng(5)
        self.res_arr = rng.uniform(1, 20, (H, W)).astype(np.float32)
        self.res = self.tif("res", self.res_arr)
        cls = np.ones((H, W), np.int32)
        cls[2:8, 2:8] = 4
        cls[12:18, 15:22] = 4
        self.cls = self.tif("cls", cls)
        lab = np.zeros((H, W), np.int32)
        lab[2:6, 2:6], lab[14:18, 18:22], lab[2:5, 18:22] = 1, 2, 3
        self.patches = self.tif("patches", lab)
        econ = np.ones((H, W), np.int32)
        econ[:, 12:] = 4
        econ[:, 18:] = 5
        self.econ = self.tif("econ", econ)
        self.density = self.tif("density", (smooth_field((H, W), 7) * 100).astype(np.float32))

    def name(self, stem):
        self._n += 1
        return os.path.join(self.dir, "%s_%d" % (stem, self._n))

    def tif(self, stem, arr, origin=(X0, Y0), epsg=EPSG, nodata=None, cell=CELL):
        return write_tif(self.name(stem) + ".tif", arr, cell=cell, origin=origin, epsg=epsg,
                         nodata=nodata)

    def csv(self, stem, text):
        p = self.name(stem) + ".csv"
        with open(p, "w") as fh:
            fh.write(text)
        return p

    def gpkg(self, stem, geom_type, fields, records, epsg=EPSG):
        """``records``: [(wkt, [values])]; ``fields``: [(name, ogr type)]."""
        p = self.name(stem) + ".gpkg"
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(p)
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        lyr = ds.CreateLayer(stem, srs, geom_type)
        for n, t in fields:
            lyr.CreateField(ogr.FieldDefn(n, t))
        for wkt, vals in records:
            f = ogr.Feature(lyr.GetLayerDefn())
            for (n, _), v in zip(fields, vals):
                if v is not None:
                    f.SetField(n, v)
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            lyr.CreateFeature(f)
        ds = None
        return p

    # geometry of cells [r0, r1) × [c0, c1), offset in metres
    @staticmethod
    def box(r0, c0, r1, c1, dx=0.0):
        x0, x1 = X0 + c0 * CELL + dx, X0 + c1 * CELL + dx
        y0, y1 = Y0 - r1 * CELL, Y0 - r0 * CELL
        return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1,
                                                            x0, y0)

    @staticmethod
    def line(r, c0, c1, dx=0.0):
        y = Y0 - (r + 0.5) * CELL
        return "LINESTRING(%f %f,%f %f)" % (X0 + c0 * CELL + dx, y, X0 + c1 * CELL + dx, y)

    def sources(self, grades=("crucial", "important", "ordinary"), ids=(1, 2, 3), dx=0.0,
                epsg=EPSG, area=None):
        boxes = [(2, 2, 6, 6), (14, 18, 18, 22), (2, 18, 5, 22)]
        fields = [("pid", ogr.OFTInteger), ("grade", ogr.OFTString), ("area", ogr.OFTReal)]
        recs = [(self.box(*b, dx=dx), [i, g, a])
                for b, i, g, a in zip(boxes, ids, grades, area or [None] * 3)]
        return self.gpkg("sources", ogr.wkbPolygon, fields, recs, epsg)

    def corridors(self, types=("I", "II"), dx=0.0):
        recs = [(self.line(4, 6, 18, dx), [types[0]]), (self.line(9, 4, 20, dx), [types[1]])]
        return self.gpkg("corr", ogr.wkbLineString, [("type", ogr.OFTString)], recs)

    def firms(self, codes=None, weights=None, epsg=EPSG, null_code=False):
        rng = np.random.default_rng(3)
        centres = rng.uniform(2e3, 18e3, (3, 2))
        recs = []
        for code, n, shift in (("101", 30, 0), ("102", 25, 0), ("201", 25, 1), ("202", 20, 2)):
            pts = centres[(np.arange(n) + shift) % 3] + rng.normal(0, 800, (n, 2))
            recs += [(code, x, y) for x, y in pts]
        if codes:
            recs = [(codes.get(i, c), x, y) for i, (c, x, y) in enumerate(recs)]
        out = []
        for i, (c, x, y) in enumerate(recs):
            w = 1.0 + i % 5 if weights is None else weights(i)
            out.append(("POINT(%f %f)" % (X0 + x, Y0 - 20e3 + y),
                        [None if (null_code and i < 3) else c, w]))
        return self.gpkg("firms", ogr.wkbPoint, [("code", ogr.OFTString),
                                                 ("emp", ogr.OFTReal)], out, epsg)


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    return Kit(str(tmp_path_factory.mktemp("kit")))


# --- base parameter sets ----------------------------------------------------------------------
def base_wateryield(k):
    return {"LULC": k.lu, "PRECIP": k.precip, "ETO": k.eto, "DEPTH": k.depth, "PAWC": k.pawc,
            "BIOPHYSICAL": k.bio, "Z": 5}


def base_carbonstorage(k):
    return {"LULC": k.lu, "POOLS": k.pools}


def base_habitatquality(k):
    return {"LULC": k.lu, "THREATS": k.threats, "THREAT_RASTERS": [k.roads_named()],
            "SENSITIVITY": k.sens, "K": 0.5}


def _roads_named(self):
    p = os.path.join(self.dir, "roads.tif")
    if not os.path.exists(p):
        shutil.copy(self.roads, p)
    return p


Kit.roads_named = _roads_named


def base_soilconservation(k):
    return {"DEM": k.dem, "EROSIVITY": k.erosivity, "ERODIBILITY": k.erodibility,
            "LULC": k.lu, "TABLE": k.sdr, "THRESHOLD": 20}


def base_combineservices(k):
    return {"INPUTS": [k.s1, k.s2], "WEIGHTS": "0.6, 0.4", "N_CLASSES": 4, "METHOD": 1}


def base_reclassifybytable(k):
    return {"INPUT": k.lu, "RULES": [0, 1, 10, 1, 2, 20, 2, 3, 30, 3, 4, 40], "UNMATCHED": 1}


def base_reclass_ranges(k):
    return {"INPUT": k.s1, "RULES": ["", 5, 1, 5, "", 2]}


def base_ecologicalsources(k):
    return {"INPUT": k.cls, "CLASSES": "4", "MIN_AREA": 0.1}


def base_connectivityimportance(k):
    return {"INPUT": k.sources(), "ID_FIELD": "pid", "D0": 1000, "P0": 0.5, "N_GRADES": 2}


def base_connectivity_lc(k):
    return {"PATCH_RASTER": k.patches, "DISTANCE": 2, "RESISTANCE": k.res, "D0": 5000,
            "P0": 0.5, "N_GRADES": 2}


def base_ahpweights(k):
    return {"FACTORS": "a, b, c", "MATRIX": "1 3 5; 1/3 1 3; 1/5 1/3 1"}


def base_resistancesurface(k):
    return {"LANDUSE": k.lu, "LANDUSE_MAP": "1:5, 2:15, 3:50, 4:100", "SLOPE": k.s1,
            "SLOPE_BREAKS": "2, 4, 6, 8", "WEIGHTS": "0.6, 0.4"}


def base_mcrcorridors(k):
    return {"SOURCE_RASTER": k.patches, "RESISTANCE": k.res, "POLICY": 0}


def base_coagglomeration(k):
    return {"INPUT": k.firms(), "CODE_FIELD": "code", "INDUSTRY_DIGITS": 3,
            "GROUP_DIGITS": 2, "MIN_FIRMS": 5, "DRAWS": 10, "SEED": 3, "N_CORE": 1,
            "THREADS": 1, "PROCESSES": 0}


def base_kerneldensity(k):
    return {"INPUT": k.firms(), "CODE_FIELD": "code", "CODE_LEVEL": 3, "CELL_SIZE": 500.0,
            "RADIUS": 2000.0}


def base_economicpattern(k):
    return {"INPUT": k.density, "N_CLASSES": 4, "METHOD": 1, "TOP_CLASSES": 1}


def base_ecosystemservicevalue(k):
    return {"INPUT": k.lu, "TABLE": k.csv("esv", "code,food,water\n1,10,1\n2,2,3\n3,1,1\n"
                                          "4,0.5,40\n"),
            "VALUE_FIELDS": ["food", "water"], "UNIT_VALUE": 2.0,
            "ECON_TABLE": k.csv("eco", "code,out\n1,1000\n2,50\n3,20\n4,300\n"),
            "ECON_FIELD": "out"}


GZ = ("code,name,area_km2,esv_per_ha,econ_per_ha\n1,agriculture,2022.69,4458.98,50000\n"
      "2,forest,3022.73,26306.86,3000\n3,grassland,93.13,5811.58,2000\n"
      "4,water,473.65,143982.75,20000\n5,construction,1458.05,0,900000\n")
CONS = "type,code,value\nnot_below_current,5,\nmax_area,5,1700\nmin_area,2,2900\n"


def base_landusestructure(k):
    return {"CLASSES": k.csv("gz", GZ), "NAME_FIELD": "name",
            "CONSTRAINTS": k.csv("cons", CONS), "OBJECTIVE": 0}


def _suit_landscape(k, small_class=None):
    rng = np.random.default_rng(0)
    drivers = [smooth_field((40, 45), 20 + i) for i in range(3)]
    z = np.stack([(d - d.mean()) / d.std() for d in drivers])
    w = np.array([[2.0, -1.0, 0.5], [-1.5, 2.0, 0.0], [0.0, -0.5, -2.0]])
    lu = (np.argmax(np.einsum("kf,fhw->khw", w, z) + rng.gumbel(size=(3, 40, 45)), axis=0)
          + 1).astype(np.int32)
    if small_class is not None:
        lu[lu == 3] = 2
        lu.flat[np.arange(small_class) * 37] = 3
    paths = [k.tif("d%d" % i, (d * 100 + 500).astype(np.float32)) for i, d in enumerate(drivers)]
    return k.tif("slu", lu), paths, lu


def base_landusesuitability(k):
    lu, drivers, _ = _suit_landscape(k)
    return {"INPUT": lu, "DRIVERS": drivers, "SAMPLE": 200, "SEED": 1}


def base_cluesallocation(k):
    lu = k.lu_arr[:, :18].copy()  # classes 1..3
    lu_path = k.tif("clu", lu)
    probs = np.stack([smooth_field(lu.shape, 30 + i) for i in range(3)]).astype(np.float32)
    ds = gdal.GetDriverByName("GTiff").Create(k.name("suit") + ".tif", lu.shape[1],
                                              lu.shape[0], 3, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    for i in range(3):
        ds.GetRasterBand(i + 1).WriteArray(probs[i])
    suit = ds.GetDescription()
    ds = None
    c0 = [int((lu == c).sum()) for c in (1, 2, 3)]
    demand = k.csv("demand", "year,V1,V2,V3\n2021,%d,%d,%d\n2022,%d,%d,%d\n" % (
        c0[0] + 10, c0[1] - 5, c0[2] - 5, c0[0] + 20, c0[1] - 10, c0[2] - 10))
    return {"INITIAL": lu_path, "START_YEAR": 2020, "DEMAND": demand, "SUITABILITY": [suit],
            "ELASTICITY": "0.3, 0.2, 0.5", "TOL_MODE": 1, "TOL_MEAN": 0, "TOL_MAX": 0}


def base_landuseaccuracy(k):
    sim = k.lu_arr.copy()
    sim[:, 5:7] = 2
    return {"REFERENCE": k.lu, "SIMULATED": k.tif("sim", sim)}


def base_landscapemetrics(k):
    return {"INPUT": k.cls, "CONNECT_DISTANCE": 300.0}


def base_ecoeconomicconflicts(k):
    return {"ECONOMIC": k.econ, "SOURCES": k.sources(), "GRADE_FIELD": "grade",
            "CORRIDORS": k.corridors(), "TYPE_FIELD": "type", "CORRIDOR_WIDTH": 100.0}


def base_sustainabledevelopmentpattern(k):
    return {"DENSITY": k.density, "CLASSES": k.econ, "SOURCES": k.sources(),
            "CORRIDORS": k.corridors(), "BELT_LINK": 500.0, "BELT_DISTANCE": 500.0,
            "BARRIER_LINK": 500.0, "AXIS_BUFFER": 200.0}


def base_sources_from_services(k):
    return {"landuse": k.lu, "habitat_table": k.csv("hab", "code,value\n1,0.2\n2,1\n3,0.6\n"
                                                           "4,0\n"),
            "services": [k.s1, k.s2], "n_classes": 4, "min_area": 0.1}


def _region(k):
    if not hasattr(k, "region"):
        import sys
        sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
        import demo_region
        k.region, _ = demo_region.make_region(os.path.join(k.dir, "region"), reduced=True)
        k.region_mod = demo_region
    return k.region


TABLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "tables")


def base_land_use_loop(k):
    p = _region(k)
    m = k.region_mod
    dem = gdal.Open(p["dem"]).ReadAsArray()
    restricted = write_tif(k.name("restricted") + ".tif", (dem > 400).astype(np.int32),
                           cell=500.0, origin=(m.X0, m.Y0), epsg=m.EPSG)
    return {"landuse": p["landuse"], "observed": p["landuse_later"],
            "esv_table": p["esv_equivalents"],  # the region's six classes
            "esv_fields": ["total"], "unit_value": 3406.5,
            "econ_table": p["economic_benefit"], "constraints": p["lu_constraints"],
            "drivers": [p["dem"], p["slope"], p["dist_city"], p["dist_road"]],
            "restricted": [restricted], "elasticities": "0.3,0.8,0.4,0.9,1.0,0.5",
            "start_year": 2020, "target_year": 2030}


def base_eco_economic_workflow(k):
    """The demo's inputs of the workflow (scripts/demo.py, reduced region, 10 draws)."""
    _region(k)
    import demo
    return demo.model_inputs(k.region, True, 10)


def _region_raster(key, fn):
    def change(k, params, name):
        ds = gdal.Open(params[name])
        out = k.name(key) + ".tif"
        gdal.Translate(out, ds)
        ds = None
        dst = gdal.Open(out, gdal.GA_Update)
        b = dst.GetRasterBand(1)
        b.WriteArray(fn(b.ReadAsArray()))
        dst = None
        return out
    return change


def _esv_without_last_class(k, params, name):
    lines = open(params[name]).read().splitlines()
    return k.csv("esv6", "\n".join(x for x in lines if not x.startswith("6,")) + "\n")


BASES = {name[5:]: f for name, f in globals().items() if name.startswith("base_")}


# --- changes (one broken thing each) ------------------------------------------------------------
def table(stem, text):
    """A change: replace a table parameter by a CSV with ``text``."""
    return lambda k, p, key: k.csv(stem, text)


def raster(arr_fn, **kw):
    return lambda k, p, key: k.tif("r", arr_fn(k), **kw)


def const(v, shape=(H, W), dtype=np.float32):
    return lambda k: np.full(shape, v, dtype)


def with_value(base_fn, r, c, v):
    def f(k):
        a = base_fn(k).copy()
        a[r, c] = v
        return a
    return f


def lu_arr(k):
    return k.lu_arr


def res_arr(k):
    return k.res_arr


def all_nodata(k):
    return np.full((H, W), -9999, np.float32)


def geographic_lu(k, p, key):
    return write_tif(k.name("geo") + ".tif", k.lu_arr, cell=0.001, origin=(113.0, 23.0),
                     epsg=4326)


def far_raster(fn):
    return lambda k, p, key: k.tif("far", fn(k), origin=FAR)


def output_ext(ext):
    """Put the first raster output (or, for a sink, the first sink) on extension ``ext``."""
    return ("__output__", ext)


def unwritable(k, p, key):
    return "__unwritable__"


# a case: (id, algorithm, base, {param: value or change(k, params, param)}, verdict, patterns,
#          check(result, k, params, feedback) or None)
C = []


def case(cid, alg, changes, verdict, patterns=(), check=None, base=None):
    C.append((cid, alg, base or alg, changes, verdict, patterns, check))


def refuse(cid, alg, changes, *patterns, base=None):
    case(cid, alg, changes, REFUSE, patterns, base=base)


# generic output contract, for every algorithm with a raster output / a sink
RASTER_ALGS = ["wateryield", "carbonstorage", "habitatquality", "soilconservation",
               "combineservices", "reclassifybytable", "ecologicalsources",
               "resistancesurface", "mcrcorridors", "kerneldensity", "economicpattern",
               "ecosystemservicevalue", "landusesuitability", "cluesallocation",
               "ecoeconomicconflicts", "sources_from_services"]
SINK_ALGS = ["ahpweights", "connectivityimportance", "coagglomeration", "landusestructure",
             "landuseaccuracy", "landscapemetrics", "sustainabledevelopmentpattern",
             "combineservices", "landusesuitability", "cluesallocation"]
for a in RASTER_ALGS:
    refuse("png-" + a, a, {"__output__": ".png"}, r"cannot write rasters", r"'\.png'",
           r"\.tif")
for a in RASTER_ALGS[:8]:
    refuse("xyz-" + a, a, {"__output__": ".xyz"}, r"cannot write rasters", r"'\.xyz'")
for a in RASTER_ALGS + ["ahpweights", "landusestructure", "landuseaccuracy"]:
    refuse("unwritable-" + a, a, {"__output__": "__unwritable__"}, r"cannot be written",
           r"is a file, not a folder", r"Choose a folder")
for a in SINK_ALGS:
    refuse("sinkext-" + a, a, {"__sink__": ".xyz2"}, r"OGR has no vector or table format",
           r"'\.xyz2'")
for a in ("combineservices", "coagglomeration", "landusestructure", "landuseaccuracy",
          "connectivityimportance"):  # a table output in a folder that cannot be written
    refuse("unwritable-table-" + a, a, {"__sink__": "__unwritable__"}, r"cannot be written",
           r"is a file, not a folder")
for a in ("mcrcorridors", "combineservices", "connectivityimportance"):
    refuse("sameout-" + a, a, {"__sameout__": True}, r"are both", r"its own file")

# water yield
refuse("wy-z0", "wateryield", {"Z": 0}, r"Seasonality constant Z \(Z\) is 0",
       r"between 1 and 30")
refuse("wy-z31", "wateryield", {"Z": 31}, r"\(Z\) is 31", r"between 1 and 30")
refuse("wy-kc", "wateryield", {"BIOPHYSICAL": table("b", "lucode,kc,root_depth,lulc_veg\n"
                                                    "1,-0.9,1500,1\n2,0.7,2000,1\n3,0.3,,0\n"
                                                    "4,1,1000,0\n")},
       r"kc of code 1 is -0\.9", r"≥ 0")
refuse("wy-root", "wateryield", {"BIOPHYSICAL": table("b", "lucode,kc,root_depth,lulc_veg\n"
                                                      "1,0.9,-1500,1\n2,0.7,2000,1\n"
                                                      "3,0.3,,0\n4,1,1000,0\n")},
       r"root_depth of code 1 is -1500", r"> 0")
refuse("wy-pawc-neg", "wateryield", {"PAWC": raster(const(-0.2))},
       r"plant-available water content", r"-0\.2", r"0–1")
refuse("wy-pawc-pct", "wateryield", {"PAWC": raster(const(20.0))}, r"0–1",
       r"divided by 100")
refuse("wy-precip-neg", "wateryield", {"PRECIP": raster(with_value(const(800.0), 3, 3, -5))},
       r"precipitation raster", r"-5", r"≥ 0")
refuse("wy-eto-neg", "wateryield", {"ETO": raster(const(-1.0))}, r"evapotranspiration",
       r"≥ 0")
refuse("wy-depth-neg", "wateryield", {"DEPTH": raster(const(-10.0))}, r"depth", r"≥ 0")
refuse("wy-missing-code", "wateryield", {"BIOPHYSICAL": table("b", "lucode,kc,root_depth,"
                                                              "lulc_veg\n1,0.9,1500,1\n"
                                                              "2,0.7,2000,1\n3,0.3,,0\n")},
       r"\b4\b", r"missing from the biophysical table")
refuse("wy-veg-flag", "wateryield", {"BIOPHYSICAL": table("b", "lucode,kc,root_depth,lulc_veg\n"
                                                          "1,0.9,1500,2\n2,0.7,2000,1\n"
                                                          "3,0.3,,0\n4,1,1000,0\n")},
       r"lulc_veg", r"0 or 1")
refuse("wy-veg-root-empty", "wateryield", {"BIOPHYSICAL": table(
    "b", "lucode,kc,root_depth,lulc_veg\n1,0.9,,1\n2,0.7,2000,1\n3,0.3,,0\n4,1,1000,0\n")},
    r"no root_depth for the vegetated class 1")
refuse("wy-allnodata", "wateryield", {"PRECIP": raster(all_nodata, nodata=-9999)},
       r"only nodata")
refuse("wy-far", "wateryield", {"ETO": far_raster(const(1000.0))}, r"does not overlap",
       r"same region")
refuse("wy-geographic", "wateryield", {"LULC": geographic_lu}, r"geographic", r"[Rr]eproject")
refuse("wy-kc-text", "wateryield", {"BIOPHYSICAL": table("b", "lucode,kc,root_depth,lulc_veg\n"
                                                         "1,abc,1500,1\n2,0.7,2000,1\n"
                                                         "3,0.3,,0\n4,1,1000,0\n")},
       r"'abc'", r"not a\s+number")


def _wy_nodata_kept(res, k, p, fb):
    y = read_tif(res["OUTPUT"])[0]
    assert np.isnan(y[0, :3]).all() and np.isfinite(y[1:, :]).all()


def _nodata_lu(k, p, key):
    a = k.lu_arr.copy()
    a[0, :3] = -1
    return k.tif("lund", a, nodata=-1)


case("wy-nodata-kept", "wateryield", {"LULC": _nodata_lu}, OK, check=_wy_nodata_kept)


def _wy_precip_zero(res, k, p, fb):  # P = 0: not computed (InVEST), nodata
    y = read_tif(res["OUTPUT"])[0]
    assert np.isnan(y[3, 3]) and np.isfinite(y[3, 4])


case("wy-precip-zero", "wateryield", {"PRECIP": raster(with_value(const(800.0), 3, 3, 0))},
     OK, check=_wy_precip_zero)

# carbon
refuse("c-pool-neg", "carbonstorage", {"POOLS": table("p", "lucode,c_above,c_below,c_soil,"
                                                      "c_dead\n1,10,5,-5,1\n2,1,1,1,1\n"
                                                      "3,1,1,1,1\n4,0,0,0,0\n")},
       r"c_soil of code 1 is -5", r"≥ 0")
refuse("c-missing-code", "carbonstorage", {"POOLS": table("p", "lucode,c_above,c_below,c_soil,"
                                                          "c_dead\n1,1,1,1,1\n2,1,1,1,1\n"
                                                          "3,1,1,1,1\n")},
       r"\b4\b", r"carbon pools table")
refuse("c-missing-col", "carbonstorage", {"POOLS": table("p", "lucode,c_above,c_below,c_soil\n"
                                                         "1,1,1,1\n2,1,1,1\n3,1,1,1\n"
                                                         "4,1,1,1\n")}, r"c_dead")
refuse("c-dup-code", "carbonstorage", {"POOLS": table("p", "lucode,c_above,c_below,c_soil,"
                                                      "c_dead\n1,1,1,1,1\n1,2,1,1,1\n"
                                                      "2,1,1,1,1\n3,1,1,1,1\n4,0,0,0,0\n")},
       r"\b1\b", r"more than once")
refuse("c-float-lu", "carbonstorage", {"LULC": raster(const(1.5))}, r"whole numbers")
refuse("c-future-far", "carbonstorage", {"LULC_FUTURE": far_raster(lu_arr)},
       r"does not overlap")


def _half_future(k, p, key):
    a = k.lu_arr.copy().astype(np.int32)
    a[:, :12] = -1
    return k.tif("fut", a, nodata=-1)


def _carbon_half(res, k, p, fb):
    per = {1: 46, 2: 220, 3: 48, 4: 0}
    ha = CELL * CELL / 1e4
    cur = np.vectorize(per.get)(k.lu_arr) * ha
    assert res["TOTAL"] == pytest.approx(cur.sum())
    assert res["TOTAL_FUTURE"] == pytest.approx(cur[:, 12:].sum())  # half the map
    assert res["TOTAL_CHANGE"] == pytest.approx(0.0)                 # only where both


case("c-future-half", "carbonstorage", {"LULC_FUTURE": _half_future}, WARN,
     [r"hold data on different cells", r"50\.0%", r"not comparable"], _carbon_half)


def _carbon_nodata(res, k, p, fb):
    c = read_tif(res["OUTPUT"])[0]
    assert np.isnan(c[0, :3]).all() and c[0, 3] == 46


case("c-nodata-kept", "carbonstorage", {"LULC": _nodata_lu}, OK, check=_carbon_nodata)

# habitat quality
SENS_H = "lucode,habitat,roads\n"
refuse("hq-habitat", "habitatquality", {"SENSITIVITY": table("s", SENS_H + "1,1.7,0.5\n2,1,0.8\n"
                                                              "3,0.6,0.4\n4,0,0\n")},
       r"habitat of code 1 is 1\.7", r"0–1")
refuse("hq-sens", "habitatquality", {"SENSITIVITY": table("s", SENS_H + "1,0.3,2.5\n2,1,0.8\n"
                                                           "3,0.6,0.4\n4,0,0\n")},
       r"sensitivity to 'roads' of code 1 is 2\.5", r"0–1")
refuse("hq-habitat-neg", "habitatquality", {"SENSITIVITY": table(
    "s", SENS_H + "1,-0.1,0.5\n2,1,0.8\n3,0.6,0.4\n4,0,0\n")}, r"-0\.1", r"0–1")
refuse("hq-k0", "habitatquality", {"K": 0}, r"Half-saturation constant k \(K\) is 0",
       r"greater than 0")
refuse("hq-kneg", "habitatquality", {"K": -1}, r"\(K\) is -1", r"greater than 0")
refuse("hq-weight", "habitatquality", {"THREATS": table("t", "threat,max_dist,weight,decay\n"
                                                        "roads,500,-1,linear\n")},
       r"weight", r"≥ 0")
refuse("hq-maxdist", "habitatquality", {"THREATS": table("t", "threat,max_dist,weight,decay\n"
                                                         "roads,0,1,linear\n")},
       r"maximum distance", r"positive")
refuse("hq-decay", "habitatquality", {"THREATS": table("t", "threat,max_dist,weight,decay\n"
                                                       "roads,500,1,cubic\n")},
       r"'cubic'", r"linear", r"exponential")
refuse("hq-no-raster", "habitatquality", {"THREATS": table("t", "threat,max_dist,weight,decay\n"
                                                           "rail,500,1,linear\n"),
                                          "SENSITIVITY": table("s", "lucode,habitat,rail\n"
                                                               "1,1,1\n2,1,1\n3,1,1\n4,0,0\n")},
       r"No raster found for the threat 'rail'")
refuse("hq-no-column", "habitatquality", {"SENSITIVITY": table("s", "lucode,habitat\n1,1\n"
                                                               "2,1\n3,1\n4,0\n")},
       r"no column for the threat 'roads'")
def _threat_out_of_range(k, p, key):
    folder = k.name("tdir")
    os.makedirs(folder)
    return [write_tif(os.path.join(folder, "roads.tif"), np.full((H, W), 3, np.float32),
                      cell=CELL, origin=(X0, Y0), epsg=EPSG)]


refuse("hq-threat-range", "habitatquality", {"THREAT_RASTERS": _threat_out_of_range},
       r"outside 0–1")
refuse("hq-missing-code", "habitatquality", {"SENSITIVITY": table("s", SENS_H + "1,1,1\n2,1,1\n"
                                                                  "3,1,1\n")},
       r"\b4\b", r"sensitivity table")

# soil conservation
SDR_H = "lucode,usle_c,usle_p\n"
refuse("sdr-c-neg", "soilconservation", {"TABLE": table("t", SDR_H + "1,-0.2,1\n2,0.01,1\n"
                                                        "3,0.5,0.8\n4,0,1\n")},
       r"usle_c of code 1 is -0\.2", r"0–1")
refuse("sdr-p-high", "soilconservation", {"TABLE": table("t", SDR_H + "1,0.2,1.5\n2,0.01,1\n"
                                                         "3,0.5,0.8\n4,0,1\n")},
       r"usle_p of code 1 is 1\.5", r"0–1")
refuse("sdr-threshold", "soilconservation", {"THRESHOLD": 0},
       r"Threshold flow accumulation", r"is 0", r"at least 1")
refuse("sdr-kb", "soilconservation", {"K_B": 0}, r"Borselli k", r"greater than 0")
refuse("sdr-sdrmax-high", "soilconservation", {"SDR_MAX": 1.5}, r"Maximum SDR",
       r"greater than 0 and at most 1")
refuse("sdr-sdrmax-zero", "soilconservation", {"SDR_MAX": 0}, r"Maximum SDR", r"greater than 0")
refuse("sdr-lmax", "soilconservation", {"L_MAX": 0}, r"l_max", r"greater than 0")
refuse("sdr-missing-code", "soilconservation", {"TABLE": table("t", SDR_H + "1,0.2,1\n2,0.01,1\n"
                                                               "3,0.5,0.8\n")},
       r"\b4\b", r"biophysical table")
refuse("sdr-far", "soilconservation", {"EROSIVITY": far_raster(const(500.0))},
       r"does not overlap")

# combine services
refuse("cs-weight-neg", "combineservices", {"WEIGHTS": "-1, 2"}, r"weights", r"non-negative")
refuse("cs-weight-count", "combineservices", {"WEIGHTS": "1, 2, 3"},
       r"3 weights were given for 2 rasters")
refuse("cs-weight-text", "combineservices", {"WEIGHTS": "a, b"}, r"'a' is not a number")
refuse("cs-nclasses-1", "combineservices", {"N_CLASSES": 1}, r"Number of classes",
       r"between 2 and 12")
refuse("cs-nclasses-13", "combineservices", {"N_CLASSES": 13}, r"is 13", r"between 2 and 12")
refuse("cs-sample", "combineservices", {"SAMPLE_SIZE": 10}, r"sample size", r"at least 100")
refuse("cs-allnodata", "combineservices", {"INPUTS": lambda k, p, key: [
    k.s1, k.tif("nd", all_nodata(k), nodata=-9999)]}, r"only nodata")
refuse("cs-far", "combineservices", {"INPUTS": lambda k, p, key: [
    k.s1, k.tif("far", const(1.0)(k), origin=FAR)]}, r"does not overlap")


def _cs_nodata(res, k, p, fb):
    c = read_tif(res["OUTPUT"])[0]
    assert np.isnan(c[5, 5]) and np.isfinite(c[5, 6])


case("cs-nodata-kept", "combineservices", {"INPUTS": lambda k, p, key: [
    k.s1, k.tif("snd", with_value(const(1.0), 5, 5, -1)(k), nodata=-1)], "WEIGHTS": "",
    "MISSING": 0}, OK, check=_cs_nodata)


def _cs_nodata_combined(res, k, p, fb):
    c = read_tif(res["OUTPUT"])[0]
    assert np.isfinite(c[5, 5]) and np.isfinite(c[5, 6])  # the raster that holds data counts


# the default combines the rasters that hold data (a service's nodata is no hole)
case("cs-nodata-combined", "combineservices", {"INPUTS": lambda k, p, key: [
    k.s1, k.tif("snd", with_value(const(1.0), 5, 5, -1)(k), nodata=-1)], "WEIGHTS": ""}, OK,
    check=_cs_nodata_combined)

# reclassify by table
refuse("rc-unmatched", "reclassifybytable", {"RULES": [0, 1, 10, 1, 2, 20]}, r"\b3\b")
refuse("rc-table-dup", "reclassifybytable", {"RULES": None, "TABLE": table(
    "t", "code,value\n1,10\n1,20\n2,3\n3,4\n4,5\n"), "CODE_FIELD": "code",
    "VALUE_FIELD": "value"}, r"more than once")
refuse("rc-table-text", "reclassifybytable", {"RULES": None, "TABLE": table(
    "t", "code,value\n1,x\n2,3\n3,4\n4,5\n"), "CODE_FIELD": "code", "VALUE_FIELD": "value"},
    r"'x'", r"not a\s+number")
refuse("rc-geographic-ok-but-allnodata", "reclassifybytable",
       {"INPUT": raster(all_nodata, nodata=-9999)}, r"only nodata")


def _rc_nodata(res, k, p, fb):
    o = read_tif(res["OUTPUT"])[0]
    assert np.isnan(o[0, :3]).all() and o[0, 3] == 10


case("rc-nodata-kept", "reclassifybytable", {"INPUT": _nodata_lu}, OK, check=_rc_nodata)

# ecological sources
refuse("es-minarea", "ecologicalsources", {"MIN_AREA": -1}, r"Minimum patch area",
       r"at least 0")
refuse("es-classes-text", "ecologicalsources", {"CLASSES": "four"}, r"'four' is not a number")
refuse("es-geographic", "ecologicalsources", {"INPUT": geographic_lu}, r"geographic")
refuse("es-allnodata", "ecologicalsources", {"INPUT": raster(all_nodata, nodata=-9999)},
       r"only nodata")

# connectivity importance
refuse("ci-dup-id", "connectivityimportance", {"INPUT": lambda k, p, key: k.sources(
    ids=(1, 1, 3))}, r"'pid'", r"\b1\b", r"more than once", r"unique")
refuse("ci-null-id", "connectivityimportance", {"INPUT": lambda k, p, key: k.sources(
    ids=(1, None, 3))}, r"'pid'", r"empty \(NULL\)", r"feature 2")
refuse("ci-d0", "connectivityimportance", {"D0": 0}, r"Distance d0", r"\(D0\) is 0",
       r"greater than 0")
refuse("ci-d0-neg", "connectivityimportance", {"D0": -100}, r"\(D0\) is -100")
refuse("ci-p0-0", "connectivityimportance", {"P0": 0}, r"probability p0",
       r"greater than 0 and less than 1")
refuse("ci-p0-1", "connectivityimportance", {"P0": 1}, r"\(P0\) is 1",
       r"greater than 0 and less than 1")
refuse("ci-grades", "connectivityimportance", {"N_GRADES": 1}, r"Number of grades",
       r"between 2 and 9")
refuse("ci-thresholds", "connectivityimportance", {"THRESHOLDS": "500, -5"}, r"> 0")
refuse("ci-area-neg", "connectivityimportance", {"INPUT": lambda k, p, key: k.sources(
    area=[1.0, -2.0, 3.0]), "AREA_FIELD": "area"}, r"'area'", r"positive number")
refuse("ci-geographic", "connectivityimportance", {"INPUT": lambda k, p, key: k.gpkg(
    "geo", ogr.wkbPolygon, [("pid", ogr.OFTInteger)],
    [("POLYGON((113 23,113.01 23,113.01 23.01,113 23.01,113 23))", [1]),
     ("POLYGON((113.1 23,113.11 23,113.11 23.01,113.1 23.01,113.1 23))", [2])], 4326)},
    r"geographic")
refuse("ci-lc-zero", "connectivityimportance", {"RESISTANCE": raster(
    with_value(res_arr, 10, 10, 0.0))}, r"> 0", base="connectivity_lc")
refuse("ci-lc-nores", "connectivityimportance", {"RESISTANCE": None}, r"[Rr]esistance",
       base="connectivity_lc")

# AHP
refuse("ahp-not-square", "ahpweights", {"MATRIX": "1 3; 1/3 1 2"}, r"square")
refuse("ahp-zero", "ahpweights", {"MATRIX": "1 0 5; 0 1 3; 1/5 1/3 1"}, r"\(1, 2\)|\(0, 1\)")
refuse("ahp-diagonal", "ahpweights", {"MATRIX": "2 3 5; 1/3 1 3; 1/5 1/3 1"}, r"diagonal")
refuse("ahp-reciprocal", "ahpweights", {"MATRIX": "1 3 5; 1/2 1 3; 1/5 1/3 1"},
       r"reciprocal")
refuse("ahp-names", "ahpweights", {"FACTORS": "a, b"}, r"2 factor names", r"3×3")
refuse("ahp-text", "ahpweights", {"MATRIX": "1 x 5; 1/x 1 3; 1/5 1/3 1"}, r"'x'",
       r"not a judgement")


def _ahp_inconsistent(res, k, p, fb):
    assert res["CR"] >= 0.1 and res["CONSISTENT"] == 0


case("ahp-inconsistent", "ahpweights", {"MATRIX": "1 9 1/9; 1/9 1 9; 9 1/9 1"}, WARN,
     [r"CR = ", r"not below"], _ahp_inconsistent)

# resistance surface
refuse("rs-weight-neg", "resistancesurface", {"WEIGHTS": "-0.5, 1.5"}, r"weights",
       r"non-negative")
refuse("rs-weight-count", "resistancesurface", {"WEIGHTS": "1"}, r"1 weights were given for 2")
refuse("rs-missing-code", "resistancesurface", {"LANDUSE_MAP": "1:5, 2:15, 3:50"}, r"\b4\b",
       r"missing")
refuse("rs-breaks", "resistancesurface", {"SLOPE_BREAKS": "4, 2, 6, 8"}, r"must increase")
refuse("rs-values-count", "resistancesurface", {"SLOPE_VALUES": "5, 15, 50"},
       r"needs 5 resistance values")
refuse("rs-map-zero", "resistancesurface", {"LANDUSE_MAP": "1:0, 2:15, 3:50, 4:100"},
       r"resistance table", r"code 1 is 0", r"> 0")
refuse("rs-values-neg", "resistancesurface", {"SLOPE_VALUES": "-5, 15, 50, 75, 100"},
       r"class 1 is -5", r"> 0")
refuse("rs-far", "resistancesurface", {"SLOPE": far_raster(const(3.0))}, r"does not overlap")

# MCR corridors
refuse("mcr-zero", "mcrcorridors", {"RESISTANCE": raster(with_value(res_arr, 10, 10, 0.0))},
       r"negative or zero resistance", r"0 at row 10, column 10", r"must be > 0")
refuse("mcr-zero-block", "mcrcorridors", {"RESISTANCE": raster(
    lambda k: np.where(np.arange(W)[None, :] > 8, 0.0, k.res_arr).astype(np.float32))},
    r"cell\(s\) with a negative or zero resistance", r"> 0")
refuse("mcr-negative", "mcrcorridors", {"RESISTANCE": raster(with_value(res_arr, 1, 1, -3))},
       r"-3", r"> 0")
refuse("mcr-width", "mcrcorridors", {"WIDTH": -1}, r"Corridor width", r"at least 0")
refuse("mcr-costlimit", "mcrcorridors", {"COST_LIMIT": -5}, r"Cost limit", r"at least 0")
refuse("mcr-zones", "mcrcorridors", {"ZONE_CLASSES": -1}, r"Security zones", r"at least 0")
refuse("mcr-no-sources", "mcrcorridors", {"SOURCE_RASTER": None}, r"[Ss]ource")
refuse("mcr-far-sources", "mcrcorridors", {"SOURCE_RASTER": None, "SOURCES": lambda k, p, key:
                                           k.sources(dx=100000.0)}, r"[Ss]ource")
refuse("mcr-geographic", "mcrcorridors", {"RESISTANCE": lambda k, p, key: write_tif(
    k.name("geo") + ".tif", k.res_arr, cell=0.001, origin=(113.0, 23.0), epsg=4326),
    "SOURCE_RASTER": None, "SOURCES": lambda k, p, key: k.sources()}, r"geographic|CRS")
refuse("mcr-breaks", "mcrcorridors", {"ZONE_CLASSES": 3, "ZONE_BREAKS": "a, b"},
       r"'a' is not a number")

def _mcr_renumbered(res, k, p, fb):
    ids = set()
    for f in QgsVectorLayer(res["CORRIDORS"], "c", "ogr").getFeatures():
        ids |= {int(f["from_id"]), int(f["to_id"])}
    assert ids and ids <= {1, 2, 3}  # numbered in feature order


case("mcr-dup-id", "mcrcorridors", {"SOURCE_RASTER": None, "SOURCES": lambda k, p, key:
                                    k.sources(ids=(7, 7, 9)), "ID_FIELD": "pid"}, WARN,
     [r"does not hold distinct whole numbers", r"numbered 1, 2"], _mcr_renumbered)


# co-agglomeration
refuse("co-short-code", "coagglomeration", {"INPUT": lambda k, p, key: k.firms(
    codes={0: "10", 1: "10"})}, r"2 of the industry codes are shorter than the 3 characters",
    r"'10'", r"'101' has 3")
refuse("co-mixed-whole", "coagglomeration", {"INDUSTRY_DIGITS": 0, "GROUP_DIGITS": 0,
                                             "INPUT": lambda k, p, key: k.firms(
                                                 codes={i: "1011" for i in range(5)})},
       r"different lengths", r"'101'|'1011'")
refuse("co-minfirms", "coagglomeration", {"MIN_FIRMS": 500}, r"Fewer than two industries")
refuse("co-level", "coagglomeration", {"LEVEL": 1.5}, r"Significance level",
       r"between 0 and 1")
refuse("co-draws", "coagglomeration", {"DRAWS": 0}, r"Counterfactual draws", r"at least 1")
refuse("co-null-code", "coagglomeration", {"INPUT": lambda k, p, key: k.firms(null_code=True)},
       r"3 firm\(s\) have no industry code")
refuse("co-weight-neg", "coagglomeration", {"INPUT": lambda k, p, key: k.firms(
    weights=lambda i: -1.0 if i == 4 else 1.0), "WEIGHT_FIELD": "emp"},
    r"positive", r"1 firm")
refuse("co-tolerance", "coagglomeration", {"TOLERANCE": 0}, r"Entropic tolerance",
       r"greater than 0")
refuse("co-precision", "coagglomeration", {"PRECISION": 0.5}, r"Coagg precision",
       r"between 0 and 0\.1")

# kernel density
refuse("kd-radius", "kerneldensity", {"RADIUS": -5}, r"Search radius", r"at least 0")
refuse("kd-cell", "kerneldensity", {"CELL_SIZE": -1}, r"Cell size", r"at least 0")
refuse("kd-short-code", "kerneldensity", {"INPUT": lambda k, p, key: k.firms(
    codes={0: "10"})}, r"shorter than the 3 characters", r"'10'")
refuse("kd-codes-no-field", "kerneldensity", {"CODE_FIELD": None, "CODES": "101"},
       r"no industry code field")
refuse("kd-geographic", "kerneldensity", {"INPUT": lambda k, p, key: k.gpkg(
    "geo", ogr.wkbPoint, [("code", ogr.OFTString)], [("POINT(113 23)", ["101"]),
                                                     ("POINT(113.1 23.1)", ["101"])], 4326)},
    r"geographic")
refuse("kd-unknown-code", "kerneldensity", {"CODES": "999"}, r"999")

# economic pattern
refuse("ep-nclasses", "economicpattern", {"N_CLASSES": 1}, r"intensity classes",
       r"between 2 and 12")
refuse("ep-top", "economicpattern", {"TOP_CLASSES": 13}, r"top classes", r"between 1 and 12")
refuse("ep-allnodata", "economicpattern", {"INPUT": raster(all_nodata, nodata=-9999)},
       r"only nodata")
refuse("ep-sample", "economicpattern", {"SAMPLE_SIZE": 5}, r"at least 100")

# ecosystem service value
refuse("esv-econ-missing", "ecosystemservicevalue", {"ECON_TABLE": table(
    "econ_tbl", "code,out\n1,1000\n2,50\n3,20\n")}, r"\b4\b",
    r"economic coefficient table 'econ_tbl_\d+' \(ECON_TABLE\)", r"it has the codes 1, 2, 3")
refuse("esv-missing", "ecosystemservicevalue", {"TABLE": table(
    "esv_tbl", "code,food,water\n1,10,1\n2,2,3\n3,1,1\n")}, r"\b4\b",
    r"ecological coefficient table 'esv_tbl_\d+' \(TABLE\)")
refuse("esv-no-fields", "ecosystemservicevalue", {"VALUE_FIELDS": []},
       r"Choose at least one coefficient field")
refuse("esv-unit", "ecosystemservicevalue", {"UNIT_VALUE": -1}, r"Value of one standard "
       r"equivalent", r"at least 0")
refuse("esv-text", "ecosystemservicevalue", {"TABLE": table(
    "esv_t", "code,food,water\n1,ten,1\n2,2,3\n3,1,1\n4,0.5,40\n")}, r"'ten'",
    r"not a\s+number")
refuse("esv-no-econ-field", "ecosystemservicevalue", {"ECON_FIELD": None},
       r"output value field")


def _esv_nodata(res, k, p, fb):
    v = read_tif(res["OUTPUT"])[0]
    assert np.isnan(v[0, :3]).all() and v[0, 3] == pytest.approx(2 * 11 * 1.0)


case("esv-nodata-kept", "ecosystemservicevalue", {"INPUT": _nodata_lu}, OK, check=_esv_nodata)

# land-use structure (LP)
refuse("lp-infeasible", "landusestructure", {"CONSTRAINTS": table(
    "c", CONS + "min_area,1,5000\n")}, r"infeasible")
refuse("lp-dup-code", "landusestructure", {"CLASSES": table("g", GZ + "1,again,1,1,1\n")},
       r"\b1\b", r"more than once")
refuse("lp-area-text", "landusestructure", {"CLASSES": table(
    "g", GZ.replace("2022.69", "lots"))}, r"'lots'", r"not a\s+number")
refuse("lp-sweep", "landusestructure", {"SWEEP_POINTS": 1}, r"Points of the trade-off sweep",
       r"between 2 and 1000")
refuse("lp-type", "landusestructure", {"CONSTRAINTS": table(
    "c", "type,code,value\nat_most_maybe,1,5\n")}, r"at_most_maybe")
refuse("lp-unknown-class", "landusestructure", {"CONSTRAINTS": table(
    "c", "type,code,value\nmax_area,9,5\n")}, r"\b9\b")

# land-use suitability
refuse("su-one-cell", "landusesuitability",
       {"INPUT": lambda k, p, key: _suit_landscape(k, small_class=1)[0]},
       r"Class 3 has only 1 cell", r"at least 10 cells", r"Merge the class")
refuse("su-absent", "landusesuitability", {"CLASSES": "1, 9"}, r"Class\(es\) 9 do not occur", r"it holds 1, 2, 3")
refuse("su-constant", "landusesuitability", {"DRIVERS": lambda k, p, key: p["DRIVERS"][:2] + [
    k.tif("cst", np.full((40, 45), 3.0, np.float32))]}, r"constant")
refuse("su-duplicate", "landusesuitability", {"DRIVERS": lambda k, p, key: p["DRIVERS"] + [
    p["DRIVERS"][0]]}, r"linearly dependent")
refuse("su-sample", "landusesuitability", {"SAMPLE": 5}, r"Cells per class", r"at least 10")
refuse("su-far", "landusesuitability", {"DRIVERS": lambda k, p, key: p["DRIVERS"][:2] + [
    k.tif("far", np.ones((40, 45), np.float32), origin=FAR)]}, r"does not overlap")


def _su_small(res, k, p, fb):
    assert res["OUTPUT"]


case("su-small-class", "landusesuitability",
     {"INPUT": lambda k, p, key: _suit_landscape(k, small_class=15)[0]}, WARN,
     [r"Class 3 has only 15 cells for 3 drivers", r"Peduzzi"], _su_small)

# CLUE-S
refuse("clues-elas-count", "cluesallocation", {"ELASTICITY": "0.3, 0.2"},
       r"one conversion elasticity per class")
refuse("clues-elas-range", "cluesallocation", {"ELASTICITY": "0.3, 1.5, 0.5"},
       r"conversion elasticity of class 2 is 1\.5", r"0–1")
refuse("clues-jitter", "cluesallocation", {"JITTER": 0.5}, r"Tie-breaking", r"between 0 and "
       r"0\.1")
refuse("clues-radius", "cluesallocation", {"NB_RADIUS": 0}, r"Neighbourhood radius",
       r"between 1 and 50")
refuse("clues-iter", "cluesallocation", {"MAX_ITER": 0}, r"Maximum iterations",
       r"at least 1")
refuse("clues-demand-neg", "cluesallocation", {"DEMAND": table(
    "d", "year,V1,V2,V3\n2021,-5,200,160\n")}, r"negative demand")
refuse("clues-demand-past", "cluesallocation", {"DEMAND": table(
    "d", "year,V1,V2,V3\n2019,120,120,120\n")}, r"no year after|before the year")
refuse("clues-suit-count", "cluesallocation", {"SUITABILITY": lambda k, p, key: [k.s1]},
       r"one suitability surface per class")

# land-use accuracy
refuse("acc-shifted", "landuseaccuracy", {"SIMULATED": lambda k, p, key: k.tif(
    "shift", k.lu_arr, origin=(X0 + 1600.0, Y0))}, r"simulated map holds data on only",
    r"same grid")
refuse("acc-1km-apart", "landuseaccuracy", {"SIMULATED": lambda k, p, key: k.tif(
    "apart", k.lu_arr, origin=(X0 + W * CELL + 1000.0, Y0))}, r"does not overlap")
refuse("acc-no-common-class", "landuseaccuracy", {"SIMULATED": raster(
    lambda k: (k.lu_arr * 10).astype(np.int32))}, r"no class code in common",
    r"classes 1, 2, 3, 4", r"classes 10, 20, 30, 40")
refuse("acc-float", "landuseaccuracy", {"SIMULATED": raster(const(1.5))}, r"whole numbers")
refuse("acc-initial-far", "landuseaccuracy", {"INITIAL": far_raster(lu_arr)},
       r"does not overlap")


def _acc_one_class(res, k, p, fb):
    # by hand: the simulated map is the reference with columns 5..6 (2 × 20 cells) → class 2
    # and 20 cells of class 4 recoded to 5
    sim = k.lu_arr.copy()
    sim[:, 5:7] = 2
    sim[:, 23] = 5
    assert res["PO"] == pytest.approx(np.mean(sim == k.lu_arr))


case("acc-one-map-class", "landuseaccuracy", {"SIMULATED": raster(
    lambda k: np.where(np.arange(W)[None, :] == 23, 5,
                       np.where((np.arange(W)[None, :] >= 5) & (np.arange(W)[None, :] < 7), 2,
                                k.lu_arr)).astype(np.int32))}, WARN,
     [r"Classes found in one map only", r"\b5\b in the simulated map"], _acc_one_class)


def _acc_partial(res, k, p, fb):
    sim = k.lu_arr.copy()
    sim[:, 5:7] = 2
    ok = np.ones((H, W), bool)
    ok[:, 20:] = False
    assert res["PO"] == pytest.approx(np.mean(sim[ok] == k.lu_arr[ok]))


case("acc-partial", "landuseaccuracy", {"SIMULATED": raster(
    lambda k: np.where(np.arange(W)[None, :] >= 20, -1,
                       np.where((np.arange(W)[None, :] >= 5) & (np.arange(W)[None, :] < 7), 2,
                                k.lu_arr)).astype(np.int32), nodata=-1)}, WARN,
     [r"holds data on 83\.3% of the reference map's cells"], _acc_partial)

# landscape metrics
refuse("lm-geographic", "landscapemetrics", {"INPUT": geographic_lu}, r"[Rr]eproject")
refuse("lm-connect", "landscapemetrics", {"CONNECT_DISTANCE": -1}, r"CONNECT threshold",
       r"at least 0")
refuse("lm-allnodata", "landscapemetrics", {"INPUT": raster(all_nodata, nodata=-9999)},
       r"only nodata")


def _lm_nodata(res, k, p, fb):
    rows = [f["code"] for f in QgsVectorLayer(res["CLASS_TABLE"], "c", "ogr").getFeatures()]
    assert sorted(int(c) for c in rows) == [1, 4]  # nodata is not a class


case("lm-nodata-kept", "landscapemetrics", {"INPUT": raster(
    lambda k: np.where(np.arange(H)[:, None] == 0, -1, np.where(
        (np.arange(H)[:, None] >= 2) & (np.arange(H)[:, None] < 8)
        & (np.arange(W)[None, :] >= 2) & (np.arange(W)[None, :] < 8), 4, 1)).astype(np.int32),
    nodata=-1)}, OK, check=_lm_nodata)

# eco-economic conflicts
refuse("cf-sources-far", "ecoeconomicconflicts", {"SOURCES": lambda k, p, key: k.sources(
    dx=100000.0)}, r"None of the 3 features of graded sources lies on the raster",
    r"same region")
refuse("cf-corridors-far", "ecoeconomicconflicts", {"CORRIDORS": lambda k, p, key:
                                                    k.corridors(dx=100000.0)},
       r"None of the 2 features of typed corridors")
refuse("cf-econ-range", "ecoeconomicconflicts", {"ECONOMIC": raster(
    lambda k: np.full((H, W), 12, np.int32))}, r"0\.\.9", r"Economic pattern")
refuse("cf-grade", "ecoeconomicconflicts", {"SOURCES": lambda k, p, key: k.sources(
    grades=("crucial", "vital", "ordinary"))}, r"'vital'",
    r"crucial, important, ordinary or a whole number")
refuse("cf-type", "ecoeconomicconflicts", {"CORRIDORS": lambda k, p, key: k.corridors(
    types=("I", "IV"))}, r"'IV'", r"I, II or III")
refuse("cf-grade-field", "ecoeconomicconflicts", {"GRADE_FIELD": "level"}, r"no field 'level'")
refuse("cf-width", "ecoeconomicconflicts", {"CORRIDOR_WIDTH": -1}, r"Corridor width",
       r"at least 0")


def _cf_partial(res, k, p, fb):
    rows = list(QgsVectorLayer(res["SOURCE_TABLE"], "s", "ogr").getFeatures())
    crucial = sum(float(r["area_km2"]) for r in rows if r["grade"] == "crucial source")
    assert crucial == pytest.approx(16 * 0.01)  # the source on the raster is counted in full


def _partly_far(k, p, key):
    fields = [("grade", ogr.OFTString)]
    return k.gpkg("sp", ogr.wkbPolygon, fields, [(k.box(2, 2, 6, 6), ["crucial"]),
                                                 (k.box(2, 2, 6, 6, dx=1e5), ["ordinary"])])


case("cf-sources-partly-far", "ecoeconomicconflicts", {"SOURCES": _partly_far}, WARN,
     [r"1 of the 2 features of graded sources lie outside the raster"], _cf_partial)

# sustainable development pattern
refuse("sdp-sources-far", "sustainabledevelopmentpattern", {"SOURCES": lambda k, p, key:
                                                            k.sources(dx=100000.0)},
       r"None of the 3 features of graded sources")
refuse("sdp-cores", "sustainabledevelopmentpattern", {"N_CORES": -1}, r"at least 0")
refuse("sdp-grade", "sustainabledevelopmentpattern", {"SOURCES": lambda k, p, key: k.sources(
    grades=("crucial", "vital", "ordinary"))}, r"'vital'")
refuse("sdp-link", "sustainabledevelopmentpattern", {"BELT_LINK": -1}, r"at least 0")

# models
refuse("m-sfs-missing-code", "sources_from_services", {"habitat_table": table(
    "h", "code,value\n1,0.2\n2,1\n3,0.6\n")}, r"\b4\b")
refuse("m-sfs-far", "sources_from_services", {"services": lambda k, p, key: [
    k.s1, k.tif("far", const(1.0)(k), origin=FAR)]}, r"does not overlap")
refuse("m-sfs-allnodata", "sources_from_services", {"services": lambda k, p, key: [
    k.s1, k.tif("nd", all_nodata(k), nodata=-9999)]}, r"only nodata")
refuse("m-sfs-geographic", "sources_from_services", {"landuse": geographic_lu},
       r"geographic|CRS|does not overlap")


refuse("m-loop-esv-missing", "land_use_loop", {"esv_table": _esv_without_last_class},
       r"\b6\b", r"ecological coefficient table")
refuse("m-loop-elasticities", "land_use_loop", {"elasticities": "0.3,0.8"},
       r"one conversion elasticity per class")
refuse("m-flow-pawc-percent", "eco_economic_workflow", {"pawc": _region_raster(
    "pawc", lambda a: a * 100)}, r"plant-available water content", r"divided by 100")



# correct results on inputs that look doubtful but are valid
def _ahp_saaty(res, k, p, fb):
    a = np.array([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    vals, vecs = np.linalg.eig(a)
    w = np.abs(np.real(vecs[:, np.argmax(np.real(vals))]))
    w /= w.sum()
    got = [float(x) for x in res["WEIGHTS_TEXT"].split(",")]
    np.testing.assert_allclose(got, w, rtol=1e-4)
    assert res["CR"] < 0.1 and res["CONSISTENT"] == 1


case("ahp-consistent", "ahpweights", {}, OK, check=_ahp_saaty)


def _co_two_digits(res, k, p, fb):
    import csv
    with open(res["PAIRS"], newline="") as fh:
        inds = {r["industry_j"] for r in csv.DictReader(fh)}
    assert inds == {"10", "20"}  # '10' is a whole industry at a 2-character level


case("co-two-digit-level", "coagglomeration", {"INDUSTRY_DIGITS": 2, "GROUP_DIGITS": 1,
                                               "INPUT": lambda k, p, key: k.firms(
                                                   codes={0: "10", 1: "10"}),
                                               "PAIRS": lambda k, p, key: k.name("pairs")
                                               + ".csv"}, OK, check=_co_two_digits)


def _hq_nodata(res, k, p, fb):
    q = read_tif(res["QUALITY"])[0]
    assert np.isnan(q[0, :3]).all() and np.isfinite(q[1:, :]).all()


case("hq-nodata-kept", "habitatquality", {"LULC": _nodata_lu}, OK, check=_hq_nodata)


def _acc_identical(res, k, p, fb):
    assert res["PO"] == 1.0 and res["KAPPA"] == pytest.approx(1.0)
    assert res["QUANTITY"] == 0 and res["ALLOCATION"] == 0


case("acc-identical", "landuseaccuracy", {"SIMULATED": lambda k, p, key: k.lu}, OK,
     check=_acc_identical)


def _ci_feature_ids(res, k, p, fb):
    ids = [f.attributes()[1] for f in QgsVectorLayer(res["TABLE"], "t", "ogr").getFeatures()]
    assert len(set(ids)) == 3


case("ci-feature-ids", "connectivityimportance", {"ID_FIELD": None, "INPUT": lambda k, p, key:
                                                  k.sources(ids=(1, 1, 1))}, OK,
     check=_ci_feature_ids)


# --- running a case ---------------------------------------------------------------------------
class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)

    def reportError(self, text, fatalError=False):
        self.infos.append(text)
        super().reportError(text, fatalError)


def _destinations(alg_id):
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecoecon:" + alg_id)
    return alg, alg.destinationParameterDefinitions()


def _fill_outputs(alg_id, params, folder, special=None):
    """Every destination a dialog creates (the mandatory ones and the optional ones created by
    default) → a file in ``folder``; ``special`` bends one of them."""
    from ecoecon.algorithms.compat import FLAG_OPTIONAL
    alg, dests = _destinations(alg_id)
    first_raster = first_sink = True
    paths = []
    for d in dests:
        raster_out = d.type() == "rasterDestination"
        optional = bool(d.flags() & FLAG_OPTIONAL)
        # (a same-file case also names an optional raster output, to have two of one kind)
        dup = bool(special and special[0] == "__sameout__" and raster_out
                   and any(q.endswith(".tif") for q in paths))
        if d.name() in params or (optional and not d.createByDefault() and not dup
                                   and not alg.id().endswith(MODELS)):
            continue
        slug = "".join(ch if ch.isalnum() else "_" for ch in d.name().lower())
        path = os.path.join(folder, slug + (".tif" if raster_out else ".gpkg"))
        if special:
            kind, value = special
            if kind == "__output__" and (raster_out or "ahp" in alg_id or
                                         "landusestructure" in alg_id or
                                         "accuracy" in alg_id) and (
                    first_raster if raster_out else first_sink):
                if value == "__unwritable__":
                    blocker = os.path.join(folder, "blocker.txt")
                    path = os.path.join(blocker, "sub", os.path.basename(path))
                else:
                    path = os.path.splitext(path)[0] + value
            if kind == "__sink__" and not raster_out and first_sink:
                if value == "__unwritable__":
                    path = os.path.join(folder, "blocker.txt", os.path.basename(path))
                else:
                    path = os.path.splitext(path)[0] + value
            if kind == "__sameout__" and paths and (
                    paths[0].endswith(".tif") == raster_out):  # a second output of one kind
                path = paths[0]
        if raster_out:
            first_raster = False
        else:
            first_sink = False
        params[d.name()] = path
        paths.append(path)
    return alg


def _run_case(k, run, tmp_path, cid, alg_id, base, changes):
    params = BASES[base](k)
    special = None
    for key, change in changes.items():
        if key in ("__output__", "__sink__", "__sameout__"):
            special = (key, change)
            continue
        if callable(change):
            change = change(k, params, key)
        if change is None:
            params.pop(key, None)
        else:
            params[key] = change
    folder = tmp_path / "out"
    folder.mkdir()
    if special and special[1] == "__unwritable__":  # a file where a folder should be
        (folder / "blocker.txt").write_text("a file where a folder should be")
    _fill_outputs(alg_id, params, str(folder), special)
    fb = Feedback()
    return params, folder, fb, (lambda: run("ecoecon:" + alg_id, params, feedback=fb))


TALLY = collections.Counter()
DONE = set()


@pytest.mark.parametrize("cid,alg_id,base,changes,verdict,patterns,check", C,
                         ids=[c[0] for c in C])
def test_bad_input(kit, run, tmp_path, cid, alg_id, base, changes, verdict, patterns, check):
    params, folder, fb, go = _run_case(kit, run, tmp_path, cid, alg_id, base, changes)
    if verdict == REFUSE:
        with pytest.raises(QgsProcessingException) as ei:
            go()
        msg = str(ei.value) + "\n" + "\n".join(fb.infos)
        for pat in patterns:
            assert _search(pat, msg), "%s: %r not in %r" % (cid, pat, msg)
        assert "Traceback" not in msg and "RuntimeError" not in msg
        left = [f for f in _files(folder) if not f.endswith("blocker.txt")]
        assert not left, "%s left outputs behind: %s" % (cid, left)
    else:
        res = go()
        text = "\n".join(fb.warnings)
        for pat in patterns:
            assert _search(pat, text), "%s: warning %r not in %r" % (cid, pat, text)
        if verdict == OK:
            assert not any("outside" in w for w in fb.warnings)
        assert not [f for f in _files(folder) if ".part-" in f]
        if check is not None:
            check(res, kit, params, fb)
    TALLY[verdict] += 1
    DONE.add(cid)


def _search(pattern, text):
    import re
    return re.search(pattern, text) is not None


def _files(folder):
    out = []
    for root, _, files in os.walk(folder):
        out += [os.path.join(root, f) for f in files]
    return out


# --- outputs all or nothing when a LATER output fails at write time ------------------------------
def test_a_failing_later_output_leaves_no_earlier_output(kit, run, tmp_path, monkeypatch):
    """soilconservation used to leave 3 of its rasters behind when a later one failed; with
    the destination check switched off, the 4th raster output (.xyz, which GDAL cannot
    create) fails at write time: the run is refused with a clear message and none of the
    outputs written before it remains, nor any temporary file."""
    from ecoecon.algorithms import outputs
    monkeypatch.setattr(outputs, "check_destinations", lambda *a: None)
    params = base_soilconservation(kit)
    out = tmp_path / "o"
    out.mkdir()
    params.update({"SOIL_CONSERVATION": str(out / "sc.tif"), "USLE": str(out / "usle.tif"),
                   "SED_EXPORT": str(out / "sed.tif"), "SDR": str(out / "sdr.xyz")})
    from ecoecon.algorithms.ecosystem.soilconservation import SoilConservation
    monkeypatch.setattr(SoilConservation, "checkParameterValues",
                        lambda self, p, c: (True, ""))
    with pytest.raises(QgsProcessingException, match=r"sdr\.xyz.*cannot be written"):
        run("ecoecon:soilconservation", params)
    assert _files(out) == []


@pytest.mark.parametrize("alg_id,outputs,extra", [
    ("combineservices", {"OUTPUT": "c.tif", "CLASSES": "k.xyz", "BREAKS": "b.csv"}, {}),
    ("mcrcorridors", {"MCR": "m.tif", "ALLOCATION": "a.tif", "CORRIDORS": "c.gpkg",
                      "CORRIDOR_ZONE": "z.tif", "ZONES": "s.xyz"},
     {"WIDTH": 3000.0, "ZONE_CLASSES": 3}),
    ("wateryield", {"OUTPUT": "y.tif", "AET": "a.xyz"}, {}),
])
def test_no_output_is_left_when_a_later_one_fails(kit, run, tmp_path, monkeypatch, alg_id,
                                                   outputs, extra):
    """combineservices used to leave one raster, mcrcorridors two: with the destination check
    switched off, the last output fails at write time and none of the others remains."""
    from ecoecon.algorithms import outputs as tx
    from ecoecon.algorithms.base import EcoEconAlgorithm
    monkeypatch.setattr(tx, "check_destinations", lambda *a: None)
    monkeypatch.setattr(EcoEconAlgorithm, "checkParameterValues", lambda self, p, c: (True, ""))
    out = tmp_path / "o"
    out.mkdir()
    params = dict(BASES[alg_id](kit), **extra)
    params.update({k: str(out / v) for k, v in outputs.items()})
    with pytest.raises(QgsProcessingException, match=r"\.xyz.*cannot be written"):
        run("ecoecon:" + alg_id, params)
    assert _files(out) == []


def test_a_refused_sink_write_is_an_error(kit, run, tmp_path, monkeypatch):
    """A table output whose write fails (sink.addFeatures() → False) stops the run with the
    output's name; the raster written before it is not left behind."""
    from ecoecon.algorithms import outputs
    real = outputs.open_sink

    class Refusing:
        def addFeatures(self, feats, flags=None):
            return False

        def lastError(self):
            return "disk full"

        def flushBuffer(self):
            return True

    def refusing_sink(alg, parameters, name, context, fields, geom_type, crs):
        sink, dest = real(alg, parameters, name, context, fields, geom_type, crs)
        return Refusing(), dest

    monkeypatch.setattr("ecoecon.algorithms.tables.open_sink", refusing_sink)
    out = tmp_path / "o"
    out.mkdir()
    params = dict(base_combineservices(kit), OUTPUT=str(out / "c.tif"),
                  CLASSES=str(out / "k.tif"), BREAKS=str(out / "b.csv"))
    with pytest.raises(QgsProcessingException, match=r"Class table \(BREAKS\) could not be "
                                                     r"written: disk full"):
        run("ecoecon:combineservices", params)
    assert _files(out) == []


def test_outputs_appear_only_at_the_end_and_csv_integers_are_numbers(kit, run, tmp_path):
    """Item 8: integer columns are written as numbers ("95", not "\\"95\\"" or "95.0"); the
    .csvt sidecar tells QGIS their types; no temporary file remains."""
    out = tmp_path / "o"
    out.mkdir()
    res = run("ecoecon:combineservices", dict(base_combineservices(kit),
                                              OUTPUT=str(out / "c.tif"),
                                              CLASSES=str(out / "k.tif"),
                                              BREAKS=str(out / "b.csv")))
    lines = (out / "b.csv").read_text().splitlines()
    assert lines[0].split(",")[0] == "class"
    cls = read_tif(res["CLASSES"])[0]
    for i, line in enumerate(lines[1:], start=1):
        cells = line.split(",")
        assert cells[0] == str(i)                         # class: a plain integer
        assert cells[4] == str(int(np.sum(cls == i)))     # cells: counted here, integer
    assert "Integer" in (out / "b.csvt").read_text()
    assert sorted(os.listdir(out)) == ["b.csv", "b.csvt", "c.tif", "k.tif"]
    # read back by QGIS with types: the class column is an integer column
    lyr = QgsVectorLayer(str(out / "b.csv"), "b", "ogr")
    f = next(lyr.getFeatures())
    assert isinstance(f["class"], int) and isinstance(f["cells"], int)


def test_a_geopackage_output_keeps_its_layer_name(kit, run, tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    res = run("ecoecon:ecologicalsources", dict(base_ecologicalsources(kit),
                                                OUTPUT=str(out / "s.tif"),
                                                POLYGONS=str(out / "patches.gpkg")))
    ds = ogr.Open(res["POLYGONS"])
    assert [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] == ["patches"]
    assert ds.GetLayer(0).GetFeatureCount() == 2
    ds = None
    assert sorted(os.listdir(out)) == ["patches.gpkg", "s.tif"]


def test_outputs_as_the_dialog_gives_them(kit, provider, tmp_path):
    """The dialog passes QgsProcessingOutputLayerDefinition values that load the outputs into
    the project: the final files (not the temporary ones) are loaded, a bad one is refused."""
    import processing
    from qgis.core import (QgsProcessingContext, QgsProcessingOutputLayerDefinition,
                           QgsProject)
    out = tmp_path / "o"
    out.mkdir()

    def defn(path):
        d = QgsProcessingOutputLayerDefinition(str(path))
        d.destinationProject = QgsProject.instance()
        return d

    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    params = dict(base_combineservices(kit), OUTPUT=defn(out / "c.tif"),
                  CLASSES=defn(out / "k.tif"), BREAKS=defn(out / "b.csv"))
    res = processing.run("ecoecon:combineservices", params, context=ctx,
                         feedback=QgsProcessingFeedback())
    assert sorted(os.listdir(out)) == ["b.csv", "b.csvt", "c.tif", "k.tif"]
    loads = set(ctx.layersToLoadOnCompletion())
    assert {str(out / "c.tif"), str(out / "k.tif"), str(out / "b.csv")} <= loads
    assert not [p for p in loads if ".part-" in p]
    assert res["OUTPUT"] == str(out / "c.tif")
    bad = dict(params, OUTPUT=defn(out / "d.png"), CLASSES=defn(out / "e.tif"),
               BREAKS=defn(out / "f.csv"))
    with pytest.raises(QgsProcessingException, match=r"cannot write rasters.*'\.png'"):
        processing.run("ecoecon:combineservices", bad, context=QgsProcessingContext(),
                       feedback=QgsProcessingFeedback())
    assert sorted(os.listdir(out)) == ["b.csv", "b.csvt", "c.tif", "k.tif"]


def test_a_run_canceled_at_its_end_leaves_nothing(kit, run, tmp_path):
    """Cancel pressed while the last outputs are written: the run is reported as canceled
    and none of its outputs is left."""
    class LateCancel(QgsProcessingFeedback):
        def setProgress(self, p):
            super().setProgress(p)
            if p >= 95:
                self.cancel()

    out = tmp_path / "o"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match="Canceled by the user; nothing was "
                                                     "written"):
        run("ecoecon:combineservices", dict(base_combineservices(kit),
                                            OUTPUT=str(out / "c.tif"),
                                            CLASSES=str(out / "k.tif"),
                                            BREAKS=str(out / "b.csv")), feedback=LateCancel())
    assert _files(out) == []


def test_a_cancel_while_outputs_are_written_stops_before_the_next_one(kit, run, tmp_path):
    """Cancel pressed while the first output is written: the run stops before it starts the
    next output (writing several large rasters takes seconds) and removes the first."""
    out = tmp_path / "o"
    out.mkdir()

    class CancelOnceWriting(QgsProcessingFeedback):
        parts_at_cancel = None

        def isCanceled(self):
            parts = [n for n in os.listdir(out) if ".part-" in n and n.endswith(".tif")]
            if parts and self.parts_at_cancel is None:
                self.parts_at_cancel = len(parts)
            return bool(parts) or super().isCanceled()

    fb = CancelOnceWriting()
    with pytest.raises(QgsProcessingException, match="Canceled by the user; nothing was "
                                                     "written"):
        run("ecoecon:combineservices", dict(base_combineservices(kit),
                                            OUTPUT=str(out / "c.tif"),
                                            CLASSES=str(out / "k.tif"),
                                            BREAKS=str(out / "b.csv")), feedback=fb)
    assert fb.parts_at_cancel == 1      # the second raster was never started
    assert _files(out) == []


def test_a_canceled_model_run_leaves_nothing(kit, run, tmp_path):
    """Cancel pressed after the first step of a model: its output, already in place for the
    next steps, is removed with the rest."""
    fb = QgsProcessingFeedback()
    seen = []

    def on_progress(p):  # QgsFeedback.setProgress is not virtual: follow the signal
        seen.append(p)
        if p >= 40 and not fb.isCanceled():
            fb.cancel()

    fb.progressChanged.connect(on_progress)
    out = tmp_path / "o"
    out.mkdir()
    params = base_sources_from_services(kit)
    _fill_outputs("sources_from_services", params, str(out))
    with pytest.raises(QgsProcessingException):
        run("ecoecon:sources_from_services", params, feedback=fb)
    assert max(seen) >= 40
    assert _files(out) == []


def test_temporary_and_memory_outputs_still_work(kit, run):
    res = run("ecoecon:combineservices", dict(base_combineservices(kit),
                                              OUTPUT="TEMPORARY_OUTPUT",
                                              CLASSES="TEMPORARY_OUTPUT",
                                              BREAKS="memory:"))
    assert os.path.exists(res["OUTPUT"]) and os.path.exists(res["CLASSES"])
    assert res["BREAKS"].featureCount() == 4


@pytest.mark.skipif(shutil.which("qgis_process.bin") is None, reason="qgis_process.bin absent")
def test_qgis_process_exits_non_zero_with_the_message(kit, tmp_path):
    from tests.algorithms.test_plugin import _qgis_process_env
    env = _qgis_process_env(tmp_path)
    subprocess.run(["qgis_process.bin", "plugins", "enable", "ecoecon"], env=env,
                   capture_output=True, text=True, timeout=120)
    for out, words in ((str(tmp_path / "x.xyz"), "cannot write rasters with the extension"),):
        r = subprocess.run(["qgis_process.bin", "run", "ecoecon:ecologicalsources", "--",
                            "INPUT=" + kit.cls, "CLASSES=4", "MIN_AREA=0.1", "OUTPUT=" + out,
                            "POLYGONS=" + str(tmp_path / "p.gpkg")],
                           env=env, capture_output=True, text=True, timeout=180)
        assert r.returncode != 0, r.stdout + r.stderr
        assert words in r.stdout + r.stderr
        assert not (tmp_path / "p.gpkg").exists()
    r = subprocess.run(["qgis_process.bin", "run", "ecoecon:wateryield", "--",
                        "LULC=" + kit.lu, "PRECIP=" + kit.precip, "ETO=" + kit.eto,
                        "DEPTH=" + kit.depth, "PAWC=" + kit.pawc, "BIOPHYSICAL=" + kit.bio,
                        "Z=0", "OUTPUT=" + str(tmp_path / "wy.tif")],
                       env=env, capture_output=True, text=True, timeout=180)
    assert r.returncode != 0
    assert "Seasonality constant Z (Z) is 0, but it must be between 1 and 30" in (r.stdout
                                                                                 + r.stderr)


def test_zz_tally(capsys):
    """At least 150 cases; the tally by verdict goes to the report."""
    assert len(C) >= 150
    counts = collections.Counter(c[4] for c in C)
    with capsys.disabled():
        print("\nbad-input cases: %d — %s" % (len(C), ", ".join(
            "%s: %d" % (v, counts[v]) for v in (REFUSE, WARN, OK))))
    algs = {c[1] for c in C}
    assert len(algs) >= 23, sorted(algs)
