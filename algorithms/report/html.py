"""Assembly of the HTML report: sections, tables with a one-line definition, numbers formatted
for reading (thousands separators, sensible decimals), images of the maps."""
import html
import math

CSS = ("body{font-family:'DejaVu Sans','Noto Sans CJK SC',sans-serif;max-width:1100px;"
       "margin:auto;padding:0 12px;color:#222}"
       "table{border-collapse:collapse;margin:6px 0 14px}td,th{border:1px solid #bbb;"
       "padding:2px 7px;font-size:13px}td.n{text-align:right}th{background:#eee}"
       "img{max-width:100%;border:1px solid #ccc;margin:6px 0}"
       "caption{font-weight:bold;text-align:left;padding:4px 0}"
       "p.def{font-size:12px;color:#444;margin:0 0 4px}p.missing{color:#8a5a00;"
       "background:#fff7e0;padding:4px 8px;border-left:4px solid #e69f00}"
       "p.note{color:#b00}")


def fmt(v, decimals=2):
    """A number for a table: thousands separators, ``decimals`` decimals (fewer for large
    numbers), '–' for None/NaN; text is escaped."""
    if v is None:
        return "–"
    if isinstance(v, bool):
        return html.escape(str(v))
    if isinstance(v, int):
        return "{:,}".format(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            return "–"
        if decimals == "s4":  # four significant digits
            decimals = max(0, 3 - int(math.floor(math.log10(abs(v))))) if v else 0
        if abs(v) >= 1e5:
            return "{:,.0f}".format(v)
        return "{:,.{d}f}".format(v, d=decimals)
    return html.escape(str(v))


class Report:
    def __init__(self, title):
        self.parts = []
        self.title = title
        self.sections = []

    def h2(self, key, text):
        self.sections.append(key)
        self.parts.append("<h2 id='%s'>%s</h2>" % (key, html.escape(text)))

    def h3(self, text):
        self.parts.append("<h3>%s</h3>" % html.escape(text))

    def p(self, text, cls=None):
        self.parts.append("<p%s>%s</p>" % (" class='%s'" % cls if cls else "",
                                           html.escape(text)))

    def raw(self, text):
        self.parts.append(text)

    def missing(self, text):
        self.p(text, "missing")

    def table(self, caption, definition, header, rows, decimals=None):
        """``decimals``: one per column (None = text / integer as is)."""
        h = ["<table>", "<caption>%s</caption>" % html.escape(caption)]
        if definition:
            h.insert(0, "<p class='def'>%s</p>" % html.escape(definition))
        h.append("<tr>" + "".join("<th>%s</th>" % html.escape(c) for c in header) + "</tr>")
        for r in rows:
            cells = []
            for i, v in enumerate(r):
                d = decimals[i] if decimals and i < len(decimals) and decimals[i] is not None \
                    else 2
                num = isinstance(v, (int, float)) and not isinstance(v, bool)
                cells.append("<td%s>%s</td>" % (" class='n'" if num else "", fmt(v, d)))
            h.append("<tr>" + "".join(cells) + "</tr>")
        h.append("</table>")
        self.parts.append("\n".join(h))

    def image(self, path_rel, alt):
        self.parts.append("<img src='%s' alt='%s'>" % (html.escape(path_rel),
                                                       html.escape(alt)))

    def write(self, path, lang):
        doc = ["<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'>" % lang,
               "<title>%s</title><style>%s</style></head><body>" % (html.escape(self.title),
                                                                     CSS),
               "<h1>%s</h1>" % html.escape(self.title)] + self.parts + ["</body></html>"]
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(doc))
        return path
