"""One print layout per map (title, map, legend, scale bar, north arrow, data note), kept in the
project's layout manager so a planner can edit and re-export it, and exported to PNG and PDF
by QGIS's own layout engine."""
import os

from qgis.core import (QgsApplication, QgsLayoutExporter, QgsLayoutItemLabel,
                       QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemPicture,
                       QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                       QgsLegendStyle, QgsMapLayerLegendUtils, QgsPrintLayout, QgsRectangle,
                       QgsSimpleLegendNode, QgsUnitTypes)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QFont

from ...core.synthesis import planningreport as pr

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
KM = QgsUnitTypes.DistanceUnit.DistanceKilometers
METRES = QgsUnitTypes.DistanceUnit.DistanceMeters
PAGE_W, PAGE_H = 297.0, 210.0            # A4 landscape
MAP_X, MAP_Y, MAP_W, MAP_H = 6.0, 20.0, 196.0, 170.0
SIDE_X = 208.0


def _north_arrow_svg():
    for d in QgsApplication.svgPaths():
        p = os.path.join(d, "arrows", "NorthArrow_02.svg")
        if os.path.exists(p):
            return p
    return None


def _font(size, bold=False):
    f = QFont("DejaVu Sans")
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def _label(layout, text, x, y, w, h, size, bold=False):
    lab = QgsLayoutItemLabel(layout)
    lab.setText(text)
    lab.setFont(_font(size, bold))
    lab.attemptMove(QgsLayoutPoint(x, y, MM))
    lab.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(lab)
    return lab


def _drop_band_name(model, node):
    """A raster's legend starts with a line naming its band ("Band 1 (Gray)"): keep only the
    class entries."""
    nodes = model.layerLegendNodes(node)
    keep = [i for i, n in enumerate(nodes) if not isinstance(n, QgsSimpleLegendNode)]
    if len(keep) < len(nodes):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        model.refreshLayerLegend(node)


def _fit_extent(extent, w_mm, h_mm):
    """``extent`` grown to the frame's aspect ratio (2 % margin)."""
    e = QgsRectangle(extent)
    e.scale(1.04)
    ratio = w_mm / h_mm
    if e.width() / e.height() > ratio:
        grow = e.width() / ratio - e.height()
        e.setYMinimum(e.yMinimum() - grow / 2)
        e.setYMaximum(e.yMaximum() + grow / 2)
    else:
        grow = e.height() * ratio - e.width()
        e.setXMinimum(e.xMinimum() - grow / 2)
        e.setXMaximum(e.xMaximum() + grow / 2)
    return e


def make_layout(project, name, title, layers, extent, note, legend_title, is_raster):
    """A print layout named ``name`` in ``project``: ``layers`` (top first) are drawn, and the
    legend lists those that are not empty. Returns the layout."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    _label(layout, title, MAP_X, 5, PAGE_W - 2 * MAP_X, 12, 17, bold=True)
    m = QgsLayoutItemMap(layout)
    m.setRect(QRectF(0, 0, 10, 10))
    m.attemptMove(QgsLayoutPoint(MAP_X, MAP_Y, MM))
    m.attemptResize(QgsLayoutSize(MAP_W, MAP_H, MM))
    m.setLayers(layers)
    m.setKeepLayerSet(True)
    ext = _fit_extent(extent, MAP_W, MAP_H)
    m.setExtent(ext)
    m.setFrameEnabled(True)
    m.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(m)
    m.setId("map")

    # legend: only layers with something to show
    leg = QgsLayoutItemLegend(layout)
    leg.setTitle(legend_title)
    leg.setLinkedMap(m)
    leg.setAutoUpdateModel(False)
    root = leg.model().rootGroup()
    root.removeAllChildren()
    for lyr in layers:
        if not is_raster(lyr) and lyr.featureCount() == 0:
            continue
        node = root.addLayer(lyr)
        if is_raster(lyr):
            _drop_band_name(leg.model(), node)
    leg.setStyleFont(QgsLegendStyle.Style.Title, _font(11, True))
    leg.setStyleFont(QgsLegendStyle.Style.Subgroup, _font(9, True))
    leg.setStyleFont(QgsLegendStyle.Style.SymbolLabel, _font(8))
    leg.setSymbolHeight(4.0)
    leg.setSymbolWidth(7.0)
    leg.attemptMove(QgsLayoutPoint(SIDE_X, MAP_Y, MM))
    leg.setResizeToContents(True)
    layout.addLayoutItem(leg)
    leg.setId("legend")

    # north arrow, top right of the map
    svg = _north_arrow_svg()
    if svg:
        na = QgsLayoutItemPicture(layout)
        na.setPicturePath(svg)
        na.attemptMove(QgsLayoutPoint(MAP_X + MAP_W - 16, MAP_Y + 3, MM))
        na.attemptResize(QgsLayoutSize(12, 16, MM))
        layout.addLayoutItem(na)
        na.setId("north arrow")

    # scale bar: four segments of a 1-2-5 length, at most 30 % of the map's width
    units, unit, _ = pr.scale_bar(ext.width(), 0.3, 4)
    sb = QgsLayoutItemScaleBar(layout)
    sb.setLinkedMap(m)
    sb.setStyle("Single Box")
    sb.setUnits(KM if unit == "km" else METRES)
    sb.setUnitLabel(unit)
    sb.setNumberOfSegments(4)
    sb.setNumberOfSegmentsLeft(0)
    sb.setUnitsPerSegment(units)
    sb.setHeight(2.5)
    sb.setFont(_font(8))
    sb.attemptMove(QgsLayoutPoint(MAP_X + 3, MAP_Y + MAP_H - 13, MM))
    sb.setBackgroundEnabled(True)
    sb.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(sb)
    sb.update()
    sb.setId("scale bar")

    _label(layout, note, MAP_X, MAP_Y + MAP_H + 2, PAGE_W - 2 * MAP_X, 16, 7.5)
    project.layoutManager().addLayout(layout)
    return layout


def export(layout, folder, key, dpi=120):
    """PNG and PDF of ``layout`` as ``map_<key>.png`` / ``.pdf``; returns the two paths or
    raises RuntimeError."""
    exp = QgsLayoutExporter(layout)
    png = os.path.join(folder, "map_%s.png" % key)
    pdf = os.path.join(folder, "map_%s.pdf" % key)
    s = QgsLayoutExporter.ImageExportSettings()
    s.dpi = dpi
    r1 = exp.exportToImage(png, s)
    p = QgsLayoutExporter.PdfExportSettings()
    p.dpi = 150
    p.rasterizeWholeImage = False
    r2 = exp.exportToPdf(pdf, p)
    ok = QgsLayoutExporter.ExportResult.Success
    if r1 != ok or r2 != ok:
        raise RuntimeError("map %s not exported (%s, %s)" % (key, r1, r2))
    return png, pdf
