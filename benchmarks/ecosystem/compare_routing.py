"""Debugging harness, not a test: our routing (core.ecosystem.routing) against pygeoprocessing
2.4's own, cell by cell, on the shared bundle's DEM or its 1410 × 1410 mirror-tiled
enlargement (the one bench_soilconservation.py times).

pygeoprocessing runs in the InVEST peer venv (INVEST_PEER_PYTHON or --peer): fill_pits,
flow_dir_d8, flow_dir_mfd, flow_accumulation_d8/_mfd and extract_streams_mfd (threshold 1000,
trace 0.7, as InVEST's SDR), every raster tiled 256 × 256 as InVEST writes them. Ours runs here
on pygeoprocessing's filled DEM (so that routing is compared alone) and on the raw DEM (so
that pit filling is compared too). Prints the number of differing cells and the first few.

    python benchmarks/ecosystem/compare_routing.py [--big] [--holes] [--terraces M]
        [--peer PATH]

--holes cuts two nodata rectangles (40 × 50 and 5 × 30 cells) out of the DEM, so that flats
drain into nodata and the raster edge is not the only border; --terraces M rounds the heights
to multiples of M metres (large flats, many ties and re-pushes in the plateau queues).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import textwrap

import numpy as np
from osgeo import gdal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

PEER = textwrap.dedent(r'''
import logging
logging.disable(logging.CRITICAL)
from pygeoprocessing import routing
dem, ws = {dem!r}, {ws!r}
p = lambda name: ws + "/" + name + ".tif"
routing.fill_pits((dem, 1), p("filled"), working_dir=ws)
routing.flow_dir_d8((p("filled"), 1), p("d8"), working_dir=ws)
routing.flow_accumulation_d8((p("d8"), 1), p("fa_d8"))
routing.flow_dir_mfd((p("filled"), 1), p("mfd"), working_dir=ws)
routing.flow_accumulation_mfd((p("mfd"), 1), p("fa_mfd"))
routing.extract_streams_mfd((p("fa_mfd"), 1), (p("mfd"), 1), 1000, p("streams_mfd"),
                            trace_threshold_proportion=0.7)
''')


def _read(path):
    ds = gdal.Open(path)
    b = ds.GetRasterBand(1)
    return b.ReadAsArray(), b.GetNoDataValue()


def _report(name, differ, extra=""):
    cells = np.argwhere(differ)
    print("%-28s %8d cells differ %s%s" % (name, len(cells), extra,
                                            "" if not len(cells) else
                                            " first: " + str(cells[:5].tolist())))


def main():
    import tests.conftest  # noqa: F401  (registers the package as 'ecoecon')
    from ecoecon.core.ecosystem import routing as R
    ap = argparse.ArgumentParser()
    ap.add_argument("--peer", default=os.environ.get(
        "INVEST_PEER_PYTHON", "invest-peer-venv/bin/python"))
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--holes", action="store_true")
    ap.add_argument("--terraces", type=float, default=0.0)
    a = ap.parse_args()
    src = os.path.join(os.path.dirname(ROOT), "shared", "data", "invest_reference",
                       "inputs", "awy_sdr")
    ws = tempfile.mkdtemp(prefix="cmp_routing_")
    if a.big:
        from bench_sdr import make_big
        src = make_big(src, os.path.join(ws, "big"))
    dem = os.path.join(src, "dem.tif")
    if a.holes or a.terraces:
        ds = gdal.Open(dem)
        z = ds.GetRasterBand(1).ReadAsArray().astype(np.float32)
        nd = ds.GetRasterBand(1).GetNoDataValue()
        nd = -9999.0 if nd is None else nd
        if a.terraces:
            z = np.where(z == nd, nd, np.round(z / a.terraces) * a.terraces).astype(np.float32)
        if a.holes:
            z[100:140, 60:110] = nd
            z[200:205, 150:180] = nd
        out = gdal.GetDriverByName("GTiff").Create(os.path.join(ws, "dem_holes.tif"),
                                                   z.shape[1], z.shape[0], 1, gdal.GDT_Float32,
                                                   ["TILED=YES"])
        out.SetGeoTransform(ds.GetGeoTransform())
        out.SetProjection(ds.GetProjection())
        out.GetRasterBand(1).SetNoDataValue(nd)
        out.GetRasterBand(1).WriteArray(z)
        out = None
        dem = os.path.join(ws, "dem_holes.tif")
    subprocess.run([a.peer, "-c", PEER.format(dem=dem, ws=ws)], check=True)
    p = lambda name: os.path.join(ws, name + ".tif")  # noqa: E731
    raw, raw_nd = _read(dem)
    filled, nd = _read(p("filled"))
    valid = filled != nd
    f = np.where(valid, filled.astype(np.float64), np.nan)
    print("grid %d × %d, %d valid cells" % (f.shape + (valid.sum(),)))
    rvalid = raw != raw_nd if raw_nd is not None else np.ones(raw.shape, bool)
    ours_f = R.fill_pits(np.where(rvalid, raw, 0).astype(np.float64), rvalid)
    _report("fill_pits", valid & (ours_f != f))
    fa_args = {}
    for method in ("d8", "mfd"):
        g = R.flow_direction(f, valid, method)
        fd, fnd = _read(p(method))
        if method == "d8":
            ours = g.to_grid(g.d8, -1)
            theirs = np.where(valid, fd, -1)
        else:  # the eight 4-bit proportions packed as pygeoprocessing stores them
            w = g.weights4.astype(np.int64)
            packed = np.zeros(g.n, np.int64)
            for k in range(8):
                packed |= w[k] << (4 * k)
            ours = np.zeros(f.size, np.int64)
            ours[g.cells] = packed
            ours = ours.reshape(f.shape)
            theirs = np.where(valid, fd.astype(np.int64) & 0xFFFFFFFF, 0)
        _report("flow_dir_" + method, ours != theirs)
        fa = g.accumulate(np.ones(g.n))
        fa_ref, _ = _read(p("fa_" + method))
        rel = np.abs(g.to_grid(fa) - fa_ref)[valid] / fa_ref[valid]
        _report("flow_accumulation_" + method, np.zeros(1, bool),
                "(largest relative difference %.2g)" % rel.max())
        fa_args[method] = (g, fa)
    g, fa = fa_args["mfd"]
    st = g.to_grid(R.streams_mfd(g, fa, 1000.0).astype(float), -1)
    ref, _ = _read(p("streams_mfd"))
    _report("extract_streams_mfd", (st == 1) != (ref == 1),
            "(of %d stream cells)" % (ref == 1).sum())


if __name__ == "__main__":
    main()
