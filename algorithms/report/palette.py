"""Names and colours of the report's maps. Source grades and corridor types come from the one
vocabulary of the pattern elements (:mod:`core.vocabulary`); the rest is the report's own.

Colour choices (checked against deuteranopia / protanopia simulations of Paul Tol's and
Okabe & Ito's palettes):

- ecology is green (sources, graded dark → pale; barrier areas hatched dark green),
- corridors are blues (type I indigo, II mid blue, III cyan, dashed) — never the red/orange/
  grey of built-up land, economic cores and development axes,
- ecological axes are a thick dark-teal line with a white casing, so they stay visible over
  green forest,
- economy is the yellow → orange → brown ramp (intensity classes), economic cores vermilion
  hatched, development axes wine red, industrial belts orange,
- conflicts are magenta with a black outline,
- built-up land is grey.
"""
from qgis.PyQt.QtCore import QCoreApplication

from ...core import vocabulary as vocab

CTX = "PlanningReport"


def tr(text):
    return QCoreApplication.translate("PlanningReport", text)


def source_grades():
    """(code, name, fill colour) of the connectivity grades of the sources."""
    cols = vocab.grade_colours(3)
    return [(g, vocab.grade_label(g, 3), cols[g - 1]) for g in (1, 2, 3)]


def corridor_types():
    """(code, name, colour, width mm, dashed) of the corridor types."""
    return [(vocab.TYPE_WORDS[t], vocab.type_label(t), vocab.TYPE_COLOURS[t],
             vocab.TYPE_WIDTHS[t], vocab.TYPE_DASHED[t]) for t in vocab.CORRIDOR_TYPES]


def importance_classes(n):
    """(code, name, colour) of ``n`` service-importance classes (the paper's four names when
    n = 4)."""
    greens = ["#f7fcb9", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#006837",
              "#004529"]
    if n == 4:
        names = [QCoreApplication.translate("PlanningReport", "other area"),
                 QCoreApplication.translate("PlanningReport", "generally important"),
                 QCoreApplication.translate("PlanningReport", "more important"),
                 QCoreApplication.translate("PlanningReport", "extremely important")]
    else:
        names = [QCoreApplication.translate("PlanningReport", "importance class {}").format(k)
                 for k in range(1, n + 1)]
    cols = _spread(greens, n)
    return [(k + 1, names[k], cols[k]) for k in range(n)]


def economic_classes(n):
    """(code, name, colour) of ``n`` economic-intensity classes (named low → high)."""
    ramp = ["#ffffd4", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404",
            "#662506"]
    five = [QCoreApplication.translate("PlanningReport", "low intensity"),
            QCoreApplication.translate("PlanningReport", "relatively low intensity"),
            QCoreApplication.translate("PlanningReport", "medium intensity"),
            QCoreApplication.translate("PlanningReport", "relatively high intensity"),
            QCoreApplication.translate("PlanningReport", "high intensity")]
    if n == 5:
        names = five
    elif n == 3:
        names = [five[0], five[2], five[4]]
    else:
        names = [QCoreApplication.translate("PlanningReport", "intensity class {} of {}").format(k, n)
                 for k in range(1, n + 1)]
    cols = _spread(ramp, n)
    return [(k + 1, names[k], cols[k]) for k in range(n)]


def landuse_classes():
    """Default names and colours of the plugin's six land-use classes (the Chinese LUCC first
    level; any other code gets a grey and the name of the class table, or 'class N')."""
    return {1: (QCoreApplication.translate("PlanningReport", "cropland"), "#f1e3a0"),
            2: (QCoreApplication.translate("PlanningReport", "forest"), "#a6d49b"),
            3: (QCoreApplication.translate("PlanningReport", "grassland"), "#d9ef8b"),
            4: (QCoreApplication.translate("PlanningReport", "water"), "#9ecae1"),
            5: (QCoreApplication.translate("PlanningReport", "built-up land"), "#9e9e9e"),
            6: (QCoreApplication.translate("PlanningReport", "unused land"), "#e7d9c9")}


#: colours of the single-symbol pattern elements
COLOURS = {
    "conflict": "#cc00aa", "conflict_outline": "#000000",
    "core": "#d55e00", "core_outline": "#67000d",
    "axis": "#882255",
    "belt": "#e69f00", "belt_outline": "#8c5a00",
    "barrier": "#005a32", "barrier_outline": "#00290f",
    "eco_axis": "#006d77", "casing": "#ffffff",
    "keep_wide": "#56b4e9", "keep_wide_outline": "#003a5c",
    "restore": "#f0e442", "restore_outline": "#5c5200",
    "district": "#444444",
}

#: colour ramps of the continuous layers (low → high)
RAMPS = {
    "water_yield": ["#f7fbff", "#9ecae1", "#2171b5", "#08306b"],
    "soil_conservation": ["#fff7ec", "#fdbb84", "#d7301f", "#7f0000"],
    "habitat_quality": ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
    "carbon": ["#ffffe5", "#addd8e", "#31a354", "#004529"],
    "importance": ["#f7fcf5", "#a1d99b", "#31a354", "#00441b"],
    "resistance": ["#fcfdbf", "#fc8961", "#b73779", "#000004"],   # magma
    "mcr": ["#fde725", "#35b779", "#31688e", "#440154"],          # viridis, reversed sense
    "density": ["#ffffff", "#bcbddc", "#756bb1", "#3f007d"],
}

#: distinct colours for the land-use codes outside the six defaults (Tol's muted palette)
EXTRA = ["#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677", "#882255",
         "#aa4499", "#dddddd", "#332288"]


def extra_colours():
    """Colours for land-use codes outside the six defaults, never one twice: Tol's muted
    palette, then hues a golden angle apart at three lightness levels (a land-use table of
    the Willamette kind has dozens of classes; a repeated colour would merge two on the
    map)."""
    import colorsys
    seen = set(EXTRA)
    yield from EXTRA
    i = 0
    while True:
        h = (i * 0.618033988749895) % 1.0
        light, sat = (0.45, 0.55, 0.70)[i % 3], (0.65, 0.50, 0.45)[(i // 3) % 3]
        r, g, b = colorsys.hls_to_rgb(h, light, sat)
        c = "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))
        i += 1
        if c not in seen:
            seen.add(c)
            yield c


def _spread(colours, n):
    if n <= 0:
        return []
    if n == 1:
        return [colours[-1]]
    idx = [round(i * (len(colours) - 1) / (n - 1)) for i in range(n)]
    return [colours[i] for i in idx]
