"""Reading graded sources and typed corridors, shared by the synthesis algorithms."""
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

GRADE_WORDS = {"crucial": 1, "important": 2, "ordinary": 3, "general": 3, "other": 3,
               "关键": 1, "重要": 2, "一般": 3}
TYPE_WORDS = {"i": 1, "ii": 2, "iii": 3, "type i": 1, "type ii": 2, "type iii": 3,
              "1": 1, "2": 2, "3": 3}


def grade_code(value, layer_name, field):
    """'crucial' / 'important' / 'ordinary' (any case, or 1 / 2 / 3) → 1 / 2 / 3."""
    if value is None:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconSynthesis",
                                       "A source of {} has no grade in field '{}'.")
            .format(layer_name, field))
    s = str(value).strip().lower()
    if s in GRADE_WORDS:
        return GRADE_WORDS[s]
    try:
        v = int(float(s))
    except ValueError:
        v = None
    if v in (1, 2, 3):
        return v
    raise QgsProcessingException(
        QCoreApplication.translate(
            "EcoEconSynthesis",
            "The grade '{}' in field '{}' of {} is not crucial, important or ordinary (or 1, 2, "
            "3). Use the grade field written by 'Connectivity importance'.")
        .format(value, field, layer_name))


def type_code(value, layer_name, field):
    """'I' / 'II' / 'III' (or 1 / 2 / 3, 'type II') → 1 / 2 / 3."""
    s = str(value).strip().lower() if value is not None else ""
    if s in TYPE_WORDS:
        return TYPE_WORDS[s]
    try:
        v = int(float(s))
        if v in (1, 2, 3):
            return v
    except ValueError:
        pass
    raise QgsProcessingException(
        QCoreApplication.translate(
            "EcoEconSynthesis",
            "The corridor type '{}' in field '{}' of {} is not I, II or III (or 1, 2, 3). Use "
            "the type field written by 'MCR corridors'.")
        .format(value, field, layer_name))


def _coded_features(source, field, name, transform, code_of):
    """[(QgsGeometry in the target CRS, code_of(value), feature)] of ``source``."""
    if field not in source.fields().names():
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconSynthesis",
                                       "The layer {} has no field '{}' (it has: {}).")
            .format(name, field, ", ".join(source.fields().names())))
    out = []
    for f in source.getFeatures():
        g = f.geometry()
        if transform is not None:
            g.transform(transform)
        out.append((g, code_of(f[field], name, field), f))
    return out


def source_features(source, field, name, transform=None):
    """[(QgsGeometry, grade code, feature id)] of a graded source layer (not empty)."""
    out = [(g, c, f.id()) for g, c, f in _coded_features(source, field, name, transform,
                                                         grade_code)]
    if not out:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconSynthesis", "The layer {} has no feature.")
            .format(name))
    return out


def corridor_features(source, field, name, transform=None):
    """[(QgsGeometry, type code, feature)] of a typed corridor layer."""
    return _coded_features(source, field, name, transform, type_code)
