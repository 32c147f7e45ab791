"""Styled QGIS project, PNG maps (rendered by QGIS's own layout engine) and the HTML report of
the demo workflow. Used by scripts/demo.py; works on any run of the workflow model."""
import html
import os

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (QgsCategorizedSymbolRenderer, QgsColorRampShader, QgsFillSymbol,
                       QgsMapLayerLegendUtils, QgsSimpleLegendNode,
                       QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                       QgsLineSymbol, QgsPalettedRasterRenderer, QgsPrintLayout, QgsProject,
                       QgsRasterLayer, QgsRasterShader, QgsRendererCategory,
                       QgsSingleBandPseudoColorRenderer, QgsSingleSymbolRenderer,
                       QgsVectorLayer, QgsRectangle)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QFont

from ecoecon.algorithms.compat import DISTANCE_KILOMETERS, LAYOUT_MILLIMETERS

gdal.UseExceptions()



def _vocab():
    """core.vocabulary of the plugin (loaded as ``ecoecon`` by qgis_session.start)."""
    from ecoecon.core import vocabulary
    return vocabulary


def grade_classes(n_grades):
    """[(grade, label, colour)] of the source grades 1..n (core.vocabulary)."""
    v = _vocab()
    return [(g, v.grade_label(g, n_grades), c)
            for g, c in enumerate(v.grade_colours(n_grades), start=1)]


def corridor_classes():
    """[(stored type, label, colour, width mm)] of the corridor types I, II, III."""
    v = _vocab()
    return [(v.TYPE_WORDS[t], v.type_label(t), v.TYPE_COLOURS[t], v.TYPE_WIDTHS[t])
            for t in v.CORRIDOR_TYPES]


def _max_grade(path):
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    return max([int(f.GetField("grade")) for f in lyr if f.GetField("grade") is not None]
               or [3])
ECON = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494", "#081d58", "#000033"]


# ---------------------------------------------------------------------------------- styling
def _raster(path, name, ramp=None, classes=None):
    lyr = QgsRasterLayer(path, name)
    if classes:
        cls = [QgsPalettedRasterRenderer.Class(v, QColor(c), lab) for v, lab, c in classes]
        lyr.setRenderer(QgsPalettedRasterRenderer(lyr.dataProvider(), 1, cls))
    elif ramp:
        ds = gdal.Open(path)  # keep the dataset alive while its band is used
        st = ds.GetRasterBand(1).ComputeStatistics(False)
        lo, hi = st[0], st[1]
        items = [QgsColorRampShader.ColorRampItem(lo + (hi - lo) * i / (len(ramp) - 1),
                                                  QColor(c)) for i, c in enumerate(ramp)]
        fn = QgsColorRampShader(lo, hi)
        fn.setColorRampItemList(items)
        sh = QgsRasterShader()
        sh.setRasterShaderFunction(fn)
        lyr.setRenderer(QgsSingleBandPseudoColorRenderer(lyr.dataProvider(), 1, sh))
    return lyr


def _vector(path, name):
    return QgsVectorLayer(path, name, "ogr")


def _categorized(lyr, field, cats, kind="fill"):
    out = []
    for value, label, colour, *rest in cats:
        if kind == "fill":
            sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#333333",
                                              "outline_width": "0.2"})
        else:
            sym = QgsLineSymbol.createSimple({"color": colour, "width": str(rest[0])})
        out.append(QgsRendererCategory(value, sym, label))
    lyr.setRenderer(QgsCategorizedSymbolRenderer(field, out))
    return lyr


def _single(lyr, kind, **props):
    sym = (QgsFillSymbol if kind == "fill" else QgsLineSymbol).createSimple(props)
    lyr.setRenderer(QgsSingleSymbolRenderer(sym))
    return lyr


def styled_layers(L):
    """L: dict name → path of the workflow outputs. Returns an ordered dict of styled layers."""
    ds = gdal.Open(L["econ_classes"])
    n_econ = int(ds.GetRasterBand(1).ComputeRasterMinMax(False)[1])
    ds = None
    econ_cls = [(k, "economic class %d" % k, ECON[min(k, len(ECON) - 1)])
                for k in range(1, n_econ + 1)]
    lay = {
        "landuse": _raster(L["landuse"], "Land use (SYNTHETIC)", classes=[
            (1, "cropland", "#f3e08a"), (2, "forest", "#2b7a3d"), (3, "grassland", "#a6d96a"),
            (4, "water", "#3b7dd8"), (5, "built-up", "#d7301f"), (6, "unused", "#bdbdbd")]),
        "importance": _raster(L["importance"], "Service importance (0-1)",
                              ramp=["#f7fcf5", "#74c476", "#00441b"]),
        "importance_classes": _raster(L["importance_classes"], "Importance classes", classes=[
            (1, "other", "#f7fcb9"), (2, "generally important", "#addd8e"),
            (3, "more important", "#31a354"), (4, "extremely important", "#006837")]),
        "resistance": _raster(L["resistance"], "Resistance", ramp=["#ffffb2", "#fd8d3c",
                                                                   "#bd0026"]),
        "density": _raster(L["density"], "Core-industry density (firms/km²)",
                           ramp=["#ffffff", "#9ecae1", "#08306b"]),
        "econ_classes": _raster(L["econ_classes"], "Economic intensity classes",
                                classes=econ_cls),
        "sources": _categorized(_vector(L["sources"], "Graded ecological sources"), "grade",
                                grade_classes(_max_grade(L["sources"]))),
        "corridors": _categorized(_vector(L["corridors"], "Corridors by type"), "type",
                                  corridor_classes(), kind="line"),
        "conflicts": _single(_vector(L["conflicts"], "Eco-economic conflict zones"), "fill",
                             color="#7a0177", outline_color="#49006a"),
        "districts": _single(_vector(L["districts"], "Districts (SYNTHETIC)"), "fill",
                             color="0,0,0,0", outline_color="#555555", outline_width="0.4",
                             outline_style="dash"),
        "cores": _single(_vector(L["cores"], "Economic development cores"), "fill",
                         color="#e31a1c", outline_color="#67000d"),
        "axes": _single(_vector(L["axes"], "Development axes"), "line", color="#e31a1c",
                        width="1.6"),
        "belts": _single(_vector(L["belts"], "Industrial development belts"), "fill",
                         color="#fd8d3c", outline_color="#a63603"),
        "barriers": _single(_vector(L["barriers"], "Ecological barrier areas"), "fill",
                            color="#238b45", outline_color="#00441b"),
        "eco_axes": _single(_vector(L["eco_axes"], "Ecological axes"), "line",
                            color="#00441b", width="1.4"),
        "sdp_conflicts": _single(_vector(L["sdp_conflicts"], "SDP conflict zones"), "fill",
                                 color="#7a0177", outline_color="#49006a"),
    }
    for k, v in lay.items():
        if not v.isValid():
            raise RuntimeError("layer %s (%s) did not load" % (k, v.source()))
    return lay


# ---------------------------------------------------------------------------------- maps
MAPS = [
    ("services", "Ecosystem service importance", ["importance_classes", "districts"]),
    ("esp", "Ecological security pattern", ["corridors", "sources", "resistance"]),
    ("epp", "Economic production pattern", ["cores", "econ_classes", "districts"]),
    ("conflicts", "Eco-economic conflicts", ["conflicts", "corridors", "sources",
                                             "econ_classes"]),
    ("sdp", "Sustainable development pattern", ["axes", "eco_axes", "cores", "belts",
                                                "barriers", "sdp_conflicts", "landuse"]),
]


def _drop_band_name(model, node):
    """A raster's legend starts with a line naming its band ("Band 1 (Gray)"): keep only the
    class entries."""
    nodes = model.layerLegendNodes(node)
    keep = [i for i, n in enumerate(nodes) if not isinstance(n, QgsSimpleLegendNode)]
    if len(keep) < len(nodes):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        model.refreshLayerLegend(node)


def render_maps(project, lay, folder, extent):
    """One PNG per map, through a print layout (title, map, legend, scale bar)."""
    paths = {}
    for key, title, names in MAPS:
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        page = layout.pageCollection().page(0)
        page.setPageSize(QgsLayoutSize(297, 210, LAYOUT_MILLIMETERS))
        m = QgsLayoutItemMap(layout)
        m.setRect(QRectF(0, 0, 10, 10))
        m.attemptMove(QgsLayoutPoint(5, 18, LAYOUT_MILLIMETERS))
        m.attemptResize(QgsLayoutSize(200, 185, LAYOUT_MILLIMETERS))
        m.setLayers([lay[n] for n in names])
        ext = QgsRectangle(extent)
        ext.scale(1.02)
        m.setExtent(ext)
        m.setFrameEnabled(True)
        layout.addLayoutItem(m)
        lab = QgsLayoutItemLabel(layout)
        lab.setText(title + " — SYNTHETIC demo region")
        lab.setFont(QFont("DejaVu Sans", 16))
        lab.attemptMove(QgsLayoutPoint(5, 4, LAYOUT_MILLIMETERS))
        lab.attemptResize(QgsLayoutSize(280, 12, LAYOUT_MILLIMETERS))
        layout.addLayoutItem(lab)
        leg = QgsLayoutItemLegend(layout)
        leg.setLinkedMap(m)
        leg.setAutoUpdateModel(False)
        root = leg.model().rootGroup()
        root.removeAllChildren()
        for n in names:
            node = root.addLayer(lay[n])
            if isinstance(lay[n], QgsRasterLayer):
                _drop_band_name(leg.model(), node)
        leg.attemptMove(QgsLayoutPoint(210, 18, LAYOUT_MILLIMETERS))
        layout.addLayoutItem(leg)
        sb = QgsLayoutItemScaleBar(layout)
        sb.setLinkedMap(m)
        sb.setStyle("Single Box")
        sb.setUnits(DISTANCE_KILOMETERS)
        sb.setNumberOfSegments(4)
        sb.setUnitsPerSegment(10)
        sb.setUnitLabel("km")
        sb.attemptMove(QgsLayoutPoint(210, 185, LAYOUT_MILLIMETERS))
        layout.addLayoutItem(sb)
        path = os.path.join(folder, "map_%s.png" % key)
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = 110
        res = QgsLayoutExporter(layout).exportToImage(path, settings)
        if res != QgsLayoutExporter.ExportResult.Success:
            raise RuntimeError("map %s was not rendered (%s)" % (key, res))
        paths[key] = path
    return paths


def build_project(lay, path, extent):
    project = QgsProject.instance()
    project.clear()
    project.setCrs(lay["landuse"].crs())
    project.setTitle("Eco-Economic Planner — SYNTHETIC demo region")
    order = ["sdp_conflicts", "axes", "eco_axes", "cores", "belts", "barriers", "conflicts",
             "corridors", "sources", "districts", "econ_classes", "density", "resistance",
             "importance_classes", "importance", "landuse"]
    for k in order:
        project.addMapLayer(lay[k])
    for k in order[1:]:  # only the top layers visible at first
        node = project.layerTreeRoot().findLayer(lay[k].id())
        if k not in ("axes", "eco_axes", "cores", "barriers", "districts", "landuse"):
            node.setItemVisibilityChecked(False)
    project.viewSettings().setDefaultViewExtent(
        __import__("qgis.core", fromlist=["QgsReferencedRectangle"]).QgsReferencedRectangle(
            extent, lay["landuse"].crs()))
    if not project.write(path):
        raise RuntimeError("project not written: " + path)
    return project


# ---------------------------------------------------------------------------------- tables
def read_table(path):
    """(field names, rows) of the first layer of a vector/table file."""
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    d = lyr.GetLayerDefn()
    names = [d.GetFieldDefn(i).GetName() for i in range(d.GetFieldCount())]
    rows = [[f.GetField(n) for n in names] for f in lyr]
    return names, rows


def raster_stats(path):
    ds = gdal.Open(path)
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(float)
    nd = b.GetNoDataValue()
    ok = np.isfinite(a) if nd is None else (a != nd) & np.isfinite(a)
    v = a[ok]
    ha = abs(ds.GetGeoTransform()[1] * ds.GetGeoTransform()[5]) / 1e4
    return {"cells": int(ok.sum()), "mean": float(v.mean()), "min": float(v.min()),
            "max": float(v.max()), "sum_per_ha": float(v.sum() * ha)}


def _fmt(v):
    if isinstance(v, float):
        return "%.4g" % v if abs(v) < 1e5 else "{:,.0f}".format(v)
    return html.escape("" if v is None else str(v))


def html_table(names, rows, caption=None):
    h = ["<table>"]
    if caption:
        h.append("<caption>%s</caption>" % html.escape(caption))
    h.append("<tr>" + "".join("<th>%s</th>" % html.escape(n) for n in names) + "</tr>")
    for r in rows:
        h.append("<tr>" + "".join("<td>%s</td>" % _fmt(v) for v in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


SECTIONS = ["Overview", "Ecosystem services", "Ecological sources by grade",
            "Corridors by type", "Co-agglomeration by two-digit industry", "Core industries",
            "Economic production pattern", "Eco-economic conflicts",
            "Sustainable development pattern"]


def write_html(path, L, maps, facts, seconds):
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'>",
             "<title>Eco-Economic Planner report (SYNTHETIC demo)</title><style>",
             "body{font-family:sans-serif;max-width:1100px;margin:auto}"
             "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #bbb;"
             "padding:2px 6px;font-size:13px}th{background:#eee}img{max-width:100%}"
             "caption{font-weight:bold;text-align:left}.synthetic{color:#b00}",
             "</style></head><body>",
             "<h1>Eco-Economic Planner — workflow report</h1>",
             "<p class='synthetic'><b>SYNTHETIC demo region:</b> every input was generated by a "
             "seeded script (scripts/demo_region.py); no number here describes a real place."
             "</p>"]
    sec = iter(SECTIONS)

    def h2():
        parts.append("<h2>%s</h2>" % next(sec))
    h2()
    parts.append("<p>%d firms in %d three-digit industries; grid %d × %d cells of 500 m. "
                 "Workflow model <code>ecoecon:eco_economic_workflow</code> ran in %.0f s.</p>"
                 % (facts["n_firms"], len(facts["industries"]), facts["shape"][0],
                    facts["shape"][1], seconds))
    h2()
    rows = []
    for key, label, unit in (("water_yield", "Water yield", "mm/yr"),
                             ("soil_conservation", "Soil conservation", "t/ha/yr"),
                             ("habitat_quality", "Habitat quality", "0–1"),
                             ("carbon", "Carbon storage", "Mg/ha")):
        s = raster_stats(L[key])
        rows.append([label, unit, s["mean"], s["min"], s["max"], s["sum_per_ha"]])
    parts.append(html_table(["service", "unit", "mean", "min", "max", "total (unit × ha)"],
                            rows))
    parts.append("<img src='%s'>" % os.path.basename(maps["services"]))
    h2()
    names, rows = read_table(L["sources"])
    gi, ai, di = names.index("grade"), _area_field(names), names.index("dPC")
    grade_rows = []
    for g, label, _ in grade_classes(max([r[gi] for r in rows if r[gi] is not None] or [3])):
        sel = [r for r in rows if r[gi] == g]
        grade_rows.append([label, len(sel), sum(r[ai] or 0 for r in sel),
                           sum(r[di] or 0 for r in sel)])
    parts.append(html_table(["grade", "sources", "area", "Σ dPC (%)"], grade_rows))
    top = sorted(rows, key=lambda r: -(r[di] or 0))[:10]
    parts.append(html_table(names, top, "The ten sources most important for connectivity"))
    h2()
    names, rows = read_table(L["corridors"])
    ti, li = names.index("type"), names.index("length_km")
    parts.append(html_table(["type", "corridors", "total length (km)", "mean length (km)"],
                            [[t, len(sel), sum(r[li] for r in sel),
                              (sum(r[li] for r in sel) / len(sel)) if sel else 0.0]
                             for t, _, _, _ in corridor_classes()
                             for sel in [[r for r in rows if r[ti] == t]]]))
    parts.append("<img src='%s'>" % os.path.basename(maps["esp"]))
    h2()
    parts.append(html_table(*read_table(L["coagg_groups"]),
                            caption="Pairs counted by the row industry j (as the paper's "
                                    "Table 3)"))
    h2()
    parts.append(html_table(*read_table(L["core_industries"])))
    h2()
    parts.append("<img src='%s'>" % os.path.basename(maps["epp"]))
    h2()
    parts.append(html_table(*read_table(L["conf_sources"]), caption="By source grade"))
    parts.append(html_table(*read_table(L["conf_corridors"]), caption="By corridor type"))
    parts.append(html_table(*read_table(L["conf_districts"]), caption="By district"))
    parts.append("<img src='%s'>" % os.path.basename(maps["conflicts"]))
    h2()
    for key, label in (("cores", "Economic development cores"),
                       ("axes", "Development axes"), ("belts", "Industrial belts"),
                       ("barriers", "Ecological barrier areas"),
                       ("eco_axes", "Ecological axes"), ("sdp_conflicts", "Conflict zones")):
        parts.append(html_table(*read_table(L[key]), caption=label))
    parts.append("<img src='%s'>" % os.path.basename(maps["sdp"]))
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))
    return path


def _area_field(names):
    for n in ("area", "area_km2", "attribute"):
        if n in names:
            return names.index(n)
    return names.index([n for n in names if "area" in n.lower()][0])
