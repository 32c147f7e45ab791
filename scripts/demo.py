#!/usr/bin/env python3
"""The main job (for now): a small ecological-sources workflow on a SYNTHETIC demo region.

Generates, with a fixed seed, a 250 m land-use map and three service rasters for a virtual
region (mountains with forest around a basin with farmland and a city), runs the bundled model
``ecoecon:sources_from_services`` (land use → habitat score; services → composite classes →
sources), and writes every layer plus a short summary into the output folder.
Usage: scripts/demo.sh [output-folder]
"""
import os
import sys
import time

import numpy as np
from osgeo import gdal, osr
from scipy import ndimage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qgis_session import start  # noqa: E402

gdal.UseExceptions()


def _write(path, arr, cell=250.0, nodata=None):
    ds = gdal.GetDriverByName("GTiff").Create(path, arr.shape[1], arr.shape[0], 1,
                                              gdal.GDT_Int32 if arr.dtype.kind == "i"
                                              else gdal.GDT_Float32, ["COMPRESS=DEFLATE"])
    ds.SetGeoTransform((400000.0, cell, 0, 2600000.0, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)  # UTM 49N (a south-China city region)
    ds.SetProjection(srs.ExportToWkt())
    b = ds.GetRasterBand(1)
    if nodata is not None:
        b.SetNoDataValue(nodata)
    b.WriteArray(arr)
    ds = None
    return path


def synthetic_region(folder, shape=(240, 200), seed=42):
    """SYNTHETIC: terrain, land use and services of a virtual basin city region."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]]
    r = np.hypot((yy - shape[0] / 2) / shape[0], (xx - shape[1] / 2) / shape[1])
    rough = ndimage.gaussian_filter(rng.standard_normal(shape), 6)
    elev = 50 + 1400 * np.clip(r - 0.22, 0, None) ** 1.3 + 120 * rough / rough.std()
    city = np.hypot(yy - shape[0] * 0.55, xx - shape[1] * 0.45) < 18
    lu = np.where(elev > 260, 1, 2)                        # 1 forest, 2 cropland
    lu = np.where((elev > 180) & (elev <= 260), 3, lu)     # 3 grassland
    lu = np.where(city, 5, lu)                             # 5 built-up
    river = np.abs(yy - shape[0] * 0.5 - 12 * np.sin(xx / 15)) < 1.2
    lu = np.where(river & ~city, 4, lu)                    # 4 water
    lu = lu.astype(np.int32)
    noise = ndimage.gaussian_filter(rng.standard_normal(shape), 3)
    wy = np.clip(600 + 2 * (elev - 50) * 0.3 + 80 * noise, 0, None)          # mm
    sc = np.clip((elev - 50) * 0.2 * np.isin(lu, [1, 3]) + 20 * noise + 30, 0, None)  # t/ha
    carbon = np.select([lu == 1, lu == 3, lu == 2, lu == 4], [180, 80, 60, 10], 5) + 10 * noise
    paths = {"landuse": _write(os.path.join(folder, "landuse_SYNTHETIC.tif"), lu)}
    for name, a in (("water_yield", wy), ("soil_conservation", sc), ("carbon", carbon)):
        paths[name] = _write(os.path.join(folder, name + "_SYNTHETIC.tif"), a.astype(np.float32))
    table = os.path.join(folder, "habitat_score_SYNTHETIC.csv")
    with open(table, "w") as fh:
        fh.write("code,value,label\n1,1.0,forest\n2,0.3,cropland\n3,0.7,grassland\n"
                 "4,0.9,water\n5,0.0,built-up\n")
    paths["habitat_table"] = table
    return paths


def main(out):
    t0 = time.time()
    os.makedirs(out, exist_ok=True)
    print("Eco-Economic Planner demo (SYNTHETIC region) -> %s" % os.path.abspath(out))
    start()
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):
            if not info.startswith("Results:"):
                print("  " + info)

    inputs = synthetic_region(out)
    print("1/2 synthetic inputs written")
    res = processing.run("ecoecon:sources_from_services", {
        "landuse": inputs["landuse"], "habitat_table": inputs["habitat_table"],
        "services": [inputs["water_yield"], inputs["soil_conservation"], inputs["carbon"]],
        "n_classes": 4, "min_area": 10.0,
        "habitat:Habitat score": os.path.join(out, "habitat_score.tif"),
        "combine:Composite importance": os.path.join(out, "importance.tif"),
        "combine:Importance classes": os.path.join(out, "importance_classes.tif"),
        "combine:Class table": os.path.join(out, "importance_classes.csv"),
        "sources:Source patches (raster)": os.path.join(out, "sources.tif"),
        "sources:Source patches": os.path.join(out, "sources.gpkg")},
        feedback=Feedback())
    n = res["CHILD_RESULTS"]["sources"]["N_SOURCES"]
    area = res["CHILD_RESULTS"]["sources"]["TOTAL_AREA"]
    print("2/2 model ecoecon:sources_from_services done: %d ecological sources, %.1f km²"
          % (n, area))
    with open(os.path.join(out, "SUMMARY.txt"), "w") as fh:
        fh.write("Eco-Economic Planner demo on a SYNTHETIC region\n"
                 "ecological sources: %d, total area %.2f km2\n"
                 "class breaks of the composite: %s\n"
                 % (n, area, res["CHILD_RESULTS"]["combine"]["BREAKS_TEXT"]))
    print("finished in %.1f s; outputs in %s" % (time.time() - t0, os.path.abspath(out)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo_output")
