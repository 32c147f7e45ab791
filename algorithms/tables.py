"""Tables in and out.

Input tables are Processing feature sources of any type, so a user may pick a CSV file, a
spreadsheet, a GeoPackage table or the table output of another algorithm in the modeler.
Field names are matched without regard to case (InVEST tables are lower case, users' are not).
Output tables are feature sinks without geometry, which the modeler passes on.
"""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFields,
                       QgsProcessingException)
from qgis.PyQt.QtCore import QCoreApplication

from .compat import WKB_NOGEOMETRY, make_field
from .outputs import add_features, close_sink, open_sink



class Table:
    """Rows of a table with case-insensitive field access and checked numeric reading."""

    def __init__(self, label, fields, rows):
        self.label = label
        self.fields = list(fields)
        self._lower = {f.lower(): f for f in self.fields}
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def has(self, field):
        return field.lower() in self._lower

    def field(self, name):
        f = self._lower.get(name.lower())
        if f is None:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconIO", "The table {} has no field '{}' (it has: {}). Add the column or pick "
                    "another table.").format(self.label, name, ", ".join(self.fields)))
        return f

    def require(self, *names):
        for n in names:
            self.field(n)

    def values(self, name):
        f = self.field(name)
        return [r[f] for r in self.rows]

    def numbers(self, name, allow_empty=False):
        """Column ``name`` as floats; an empty cell is ``None`` when ``allow_empty`` else an
        error naming the row."""
        f = self.field(name)
        out = []
        for i, r in enumerate(self.rows, start=1):
            v = r[f]
            if v is None or (isinstance(v, str) and v.strip() == "") or _is_null(v):
                if allow_empty:
                    out.append(None)
                    continue
                raise QgsProcessingException(
                    QCoreApplication.translate("EcoEconIO", "The table {}: field '{}' is empty in row {}.").format(self.label, f, i))
            try:
                out.append(float(v))
            except (TypeError, ValueError):
                raise QgsProcessingException(
                    QCoreApplication.translate("EcoEconIO", "The table {}: field '{}' in row {} holds '{}', which is not a "
                        "number.").format(self.label, f, i, v))
        return out

    def codes(self, name):
        """Column ``name`` as integer class codes (error for 2.5 or text)."""
        out = []
        for i, v in enumerate(self.numbers(name), start=1):
            if v != int(v):
                raise QgsProcessingException(
                    QCoreApplication.translate("EcoEconIO", "The table {}: field '{}' in row {} holds {:g}, but class codes are "
                        "whole numbers.").format(self.label, self.field(name), i, v))
            out.append(int(v))
        dup = sorted({c for c in out if out.count(c) > 1})
        if dup:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconIO", "The table {}: the codes {} appear more than once in field '{}'.").format(
                    self.label, ", ".join(map(str, dup)), self.field(name)))
        return out

    def mapping(self, key, value):
        """``{code: float}`` from the key and value columns."""
        return dict(zip(self.codes(key), self.numbers(value)))


def _is_null(v):
    try:
        return v.isNull()  # QVariant NULL
    except AttributeError:
        return False


def table_from_source(source, label):
    """A :class:`Table` from a ``QgsProcessingFeatureSource`` (or any feature source)."""
    if source is None:
        raise QgsProcessingException(QCoreApplication.translate("EcoEconIO", "The table {} could not be loaded.").format(label))
    names = [f.name() for f in source.fields()]
    rows = []
    for feat in source.getFeatures():
        attrs = feat.attributes()
        rows.append({n: (None if _is_null(a) else a) for n, a in zip(names, attrs)})
    if not rows:
        raise QgsProcessingException(QCoreApplication.translate("EcoEconIO", "The table {} has no rows.").format(label))
    return Table(label, names, rows)


def read_table(alg, parameters, name, context, label=None):
    """Read the table parameter ``name`` of ``alg`` into a :class:`Table`."""
    label = label or name
    src = alg.parameterAsSource(parameters, name, context)
    return table_from_source(src, label)


def write_table(alg, parameters, name, context, columns, rows):
    """Write ``rows`` (sequences matching ``columns``) to the table sink ``name``.

    ``columns`` is a list of ``(field name, kind)`` with kind 'double', 'int', 'int64' or
    'string'. Returns the destination id for the results dict.
    """
    fields = QgsFields()
    for fname, kind in columns:
        fields.append(make_field(fname, kind))
    sink, dest = open_sink(alg, parameters, name, context, fields, WKB_NOGEOMETRY,
                           QgsCoordinateReferenceSystem())
    ints = [i for i, (_, kind) in enumerate(columns) if kind in ("int", "int64")]
    feats = []
    for r in rows:
        f = QgsFeature(fields)
        vals = [_plain(v) for v in r]
        for i in ints:  # 3.0 → 3: integer columns hold integers
            if isinstance(vals[i], float) and vals[i].is_integer():
                vals[i] = int(vals[i])
        f.setAttributes(vals)
        feats.append(f)
    add_features(sink, feats, _output_label(alg, name))
    close_sink(sink)
    return dest


def _output_label(alg, name):
    p = alg.parameterDefinition(name)
    return "{} ({})".format(p.description(), name) if p is not None else name


def _plain(v):
    """NumPy scalars to Python scalars (QGIS attributes must be plain types)."""
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float) and v != v:
        return None
    return v


def parse_numbers(text, label):
    """'0.45, 0.1; 0.12 0.33' → [0.45, 0.1, 0.12, 0.33]; empty text → []."""
    parts = [p for p in str(text or "").replace(";", ",").replace(" ", ",").split(",") if p]
    out = []
    for p in parts:
        try:
            out.append(float(p))
        except ValueError:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconIO", "{}: '{}' is not a number. Give numbers separated by commas.").format(
                    label, p))
    return out
