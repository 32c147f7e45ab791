"""Small helpers for tests: write GeoTIFF fixtures with GDAL directly (independent of the
plugin's own writer) and read rasters back.

GDAL is imported when a function needs it, so core tests that import this module run without
GDAL; a test that writes or reads a GeoTIFF is skipped there."""
import numpy as np
import pytest


def _gdal():
    gdal = pytest.importorskip("osgeo.gdal", reason="GDAL (osgeo) is not installed")
    gdal.UseExceptions()
    return gdal


def write_tif(path, array, cell=100.0, origin=(500000.0, 4000000.0), epsg=32650,
              nodata=None, dtype=None):
    gdal = _gdal()
    from osgeo import osr
    arr = np.asarray(array)
    if dtype is None:
        dtype = gdal.GDT_Float32 if np.issubdtype(arr.dtype, np.floating) else gdal.GDT_Int32
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, dtype)
    ds.SetGeoTransform((origin[0], cell, 0.0, origin[1], 0.0, -cell))
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    b = ds.GetRasterBand(1)
    if nodata is not None:
        b.SetNoDataValue(nodata)
    b.WriteArray(arr)
    ds = None
    return str(path)


def read_tif(path):
    """(array float64 with NaN at nodata, nodata value, geotransform, projection wkt)."""
    ds = _gdal().Open(str(path))
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    nd = b.GetNoDataValue()
    if nd is not None:
        a[a == nd] = np.nan
    return a, nd, ds.GetGeoTransform(), ds.GetProjection()


def smooth_field(shape, seed, scale=6.0):
    """A smooth random field (real-shaped: spatially autocorrelated), values roughly 0..1."""
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    f = ndimage.gaussian_filter(rng.standard_normal(shape), scale)
    return (f - f.min()) / (f.max() - f.min())


def zh_cn_translator(tmp_path):
    """The zh_CN catalogue compiled from every i18n/zh_CN/*.ts with lrelease, loaded into a
    QTranslator (not installed). Skips the test where lrelease is absent."""
    import shutil
    import subprocess
    from pathlib import Path
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease absent")
    from qgis.PyQt.QtCore import QTranslator
    root = Path(__file__).resolve().parents[1]
    qm = Path(tmp_path) / "ecoecon_zh_CN.qm"
    subprocess.run(["lrelease", "-silent"] + sorted(str(p) for p in
                                                    (root / "i18n" / "zh_CN").glob("*.ts"))
                   + ["-qm", str(qm)], check=True)
    tr = QTranslator()
    assert tr.load(str(qm))
    return tr


def run_in_xvfb(cmd, env, timeout=300, screen="1400x900x24"):
    """Run ``cmd`` (a desktop program) on a virtual X screen; returns its CompletedProcess.

    Xvfb chooses a free display itself (``-displayfd``: it tries numbers until it can bind the
    sockets). ``xvfb-run -a`` only looks for lock files in its own /tmp, so two test runs in
    different chroots of the matrix (which run at the same time and share the abstract X socket
    namespace with the host) would both take :99 and one X server would fail to start."""
    import os
    import select
    import subprocess
    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", screen,
                             "-nolisten", "tcp"], pass_fds=(w,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    os.close(w)
    try:
        num = b""
        while not num.endswith(b"\n"):
            if not select.select([r], [], [], 60)[0]:
                raise AssertionError("Xvfb gave no display within 60 s")
            chunk = os.read(r, 16)
            if not chunk:
                raise AssertionError("Xvfb did not start: "
                                     + xvfb.stderr.read().decode(errors="replace")[-2000:])
            num += chunk
        env = dict(env, DISPLAY=":" + num.decode().strip())
        env.pop("XAUTHORITY", None)
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    finally:
        os.close(r)
        xvfb.terminate()
        try:
            xvfb.wait(10)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()
        xvfb.stderr.close()
