"""Styled map layers of the report: paletted class rasters with class names, pseudocolour
rasters whose limits come from the data (nodata skipped, never NaN) and whose legend shows
rounded numbers, categorized and single-symbol vectors in the colours of :mod:`palette`."""
import numpy as np
from osgeo import gdal
from qgis.core import (QgsBasicNumericFormat, QgsCategorizedSymbolRenderer,
                       QgsColorRampLegendNodeSettings, QgsColorRampShader, QgsFillSymbol,
                       QgsLineSymbol, QgsPalettedRasterRenderer, QgsRasterLayer,
                       QgsRasterShader, QgsRendererCategory, QgsSimpleLineSymbolLayer,
                       QgsSingleBandPseudoColorRenderer, QgsSingleSymbolRenderer,
                       QgsVectorLayer)
from qgis.PyQt.QtGui import QColor

from ...core.synthesis import planningreport as pr
from . import palette

gdal.UseExceptions()


def read_band(path):
    """(array float64, valid mask, cell area m², geotransform) of band 1 of ``path``."""
    ds = gdal.Open(path)
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(np.float64)
    valid = (b.GetMaskBand().ReadAsArray() > 0) & np.isfinite(a)
    gt = ds.GetGeoTransform()
    return a, valid, abs(gt[1] * gt[5]), gt


def present_codes(path):
    a, valid, _, _ = read_band(path)
    return sorted(int(v) for v in np.unique(np.rint(a[valid])))


def raster(path, name):
    lyr = QgsRasterLayer(path, name, "gdal")
    return lyr


def vector(path, name):
    return QgsVectorLayer(path, name, "ogr")


def paletted(lyr, classes, only_present=True):
    """``classes``: [(code, label, colour)]; classes absent from the raster get no entry."""
    if only_present:
        have = set(present_codes(lyr.source()))
        classes = [c for c in classes if c[0] in have]
    cls = [QgsPalettedRasterRenderer.Class(int(v), QColor(c), lab) for v, lab, c in classes]
    lyr.setRenderer(QgsPalettedRasterRenderer(lyr.dataProvider(), 1, cls))
    return lyr


def pseudocolour(lyr, ramp, suffix=""):
    """A continuous ramp from the data's own min to max (nodata and NaN skipped), legend
    labels rounded to the decimals the ramp's steps need."""
    a, valid, _, _ = read_band(lyr.source())
    lo, hi = pr.ramp_limits(a[valid])
    stops, d = pr.ramp_stops(lo, hi, len(ramp))
    items = []
    for v, c in zip(stops, ramp):
        label = "{:,.{d}f}".format(v, d=d) + (" " + suffix if suffix else "")
        items.append(QgsColorRampShader.ColorRampItem(v, QColor(c), label))
    fn = QgsColorRampShader(lo, hi)
    fn.setColorRampType(QgsColorRampShader.Type.Interpolated)
    fn.setColorRampItemList(items)
    fn.setClassificationMode(QgsColorRampShader.ClassificationMode.Continuous)
    # the continuous legend prints the ramp's ends with these decimals (not 81.300003)
    ls = QgsColorRampLegendNodeSettings()
    nf = QgsBasicNumericFormat()
    nf.setNumberDecimalPlaces(d)
    nf.setShowTrailingZeros(True)
    nf.setShowThousandsSeparator(True)
    ls.setNumericFormat(nf)
    if suffix:
        ls.setSuffix(" " + suffix)
    fn.setLegendSettings(ls)
    sh = QgsRasterShader()
    sh.setRasterShaderFunction(fn)
    r = QgsSingleBandPseudoColorRenderer(lyr.dataProvider(), 1, sh)
    r.setClassificationMin(lo)
    r.setClassificationMax(hi)
    lyr.setRenderer(r)
    return lyr


def _fill(colour, outline, width="0.26", style="solid", brush="solid"):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline,
                                       "outline_width": width, "outline_style": style,
                                       "style": brush})


def _hatched(colour, outline, alpha=90, hatch="b_diagonal"):
    """A translucent fill with a hatch on top (stays readable over any background)."""
    c = QColor(colour)
    c.setAlpha(alpha)
    sym = QgsFillSymbol.createSimple({"color": c.name(QColor.NameFormat.HexArgb),
                                      "outline_color": outline, "outline_width": "0.5"})
    from qgis.core import QgsSimpleFillSymbolLayer
    h = QgsSimpleFillSymbolLayer.create({"color": outline, "style": hatch,
                                         "outline_style": "no"})
    sym.appendSymbolLayer(h)
    return sym


def _line(colour, width, dashed=False, casing=None):
    sym = QgsLineSymbol.createSimple({"color": colour, "width": str(width),
                                      "line_style": "dash" if dashed else "solid",
                                      "capstyle": "round"})
    if casing:
        under = QgsSimpleLineSymbolLayer.create({"color": casing, "width": str(width + 0.8),
                                                 "capstyle": "round"})
        sym.insertSymbolLayer(0, under)
    return sym


def categorized(lyr, field, cats):
    """``cats``: [(value, label, symbol)]; values absent from the layer get no entry."""
    idx = lyr.fields().indexOf(field)
    have = {str(v) for v in lyr.uniqueValues(idx)} if idx >= 0 else set()
    out = [QgsRendererCategory(v, sym, lab) for v, lab, sym in cats if str(v) in have]
    lyr.setRenderer(QgsCategorizedSymbolRenderer(field, out))
    return lyr


def single(lyr, sym):
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    return lyr


def sources(lyr, field="grade"):
    cats = [(code, name, _fill(col, "#1b3d1b", "0.3")) for code, name, col in
            palette.source_grades()]
    return categorized(lyr, field, cats)


def corridors(lyr, field="type"):
    cats = [(code, name, _line(col, w, dashed, casing="#ffffff"))
            for code, name, col, w, dashed in palette.corridor_types()]
    return categorized(lyr, field, cats)


def conflicts(lyr):
    return single(lyr, _hatched(palette.COLOURS["conflict"], palette.COLOURS["conflict_outline"],
                                alpha=170, hatch="cross"))


def districts(lyr):
    return single(lyr, _fill("0,0,0,0", palette.COLOURS["district"], "0.4", "dash",
                             brush="no"))


def cores(lyr):
    return single(lyr, _hatched(palette.COLOURS["core"], palette.COLOURS["core_outline"],
                                alpha=200, hatch="f_diagonal"))


def axes(lyr):
    return single(lyr, _line(palette.COLOURS["axis"], 1.8, casing="#ffffff"))


def belts(lyr):
    c = QColor(palette.COLOURS["belt"])
    c.setAlpha(150)
    return single(lyr, _fill(c.name(QColor.NameFormat.HexArgb), palette.COLOURS["belt_outline"],
                             "0.5"))


def barriers(lyr):
    return single(lyr, _hatched(palette.COLOURS["barrier"], palette.COLOURS["barrier_outline"],
                                alpha=110, hatch="b_diagonal"))


def eco_axes(lyr):
    return single(lyr, _line(palette.COLOURS["eco_axis"], 1.6, casing=palette.COLOURS["casing"]))


def keep_wide(lyr):
    """Pinch points on the corridors: a solid sky-blue zone with a dark outline."""
    return single(lyr, _fill(palette.COLOURS["keep_wide"], palette.COLOURS["keep_wide_outline"],
                             "0.6"))


def restoration(lyr):
    """Barriers to restore: a yellow hatched zone."""
    return single(lyr, _hatched(palette.COLOURS["restore"], palette.COLOURS["restore_outline"],
                                alpha=200, hatch="horizontal"))
