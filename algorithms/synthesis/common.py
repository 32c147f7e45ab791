"""Reading graded sources and typed corridors, shared by the synthesis algorithms. The words
and codes are those of :mod:`core.vocabulary` (any number of grades)."""
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...core import vocabulary as vocab
from ...core.errors import InputError


def grade_code(value, layer_name, field):
    """'crucial' / 'important' / 'ordinary' (any case), 'grade k' or a whole number k ≥ 1 → k."""
    try:
        g = vocab.parse_grade(value)
    except InputError:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "EcoEconSynthesis",
                "The grade '{}' in field '{}' of {} is not crucial, important, ordinary or a "
                "whole number 1, 2, 3, … (1 = the most important). Use the grade field written "
                "by 'Connectivity importance'.")
            .format(value, field, layer_name))
    if g is None:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconSynthesis",
                                       "A source of {} has no grade in field '{}'.")
            .format(layer_name, field))
    return g


def type_code(value, layer_name, field):
    """'I' / 'II' / 'III' (or 1 / 2 / 3, 'type II') → 1 / 2 / 3."""
    try:
        t = vocab.parse_corridor_type(value)
    except InputError:
        t = None
    if t is None:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "EcoEconSynthesis",
                "The corridor type '{}' in field '{}' of {} is not I, II or III (or 1, 2, 3). "
                "Use the type field written by 'MCR corridors'.")
            .format(value if value is not None else "", field, layer_name))
    return t


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


def check_on_grid(features, grid, name, raster_name, feedback=None):
    """Refuse a layer none of whose features ``[(QgsGeometry, code, ...)]`` (in the grid's CRS)
    reaches the raster grid, and warn about the features outside it."""
    from qgis.core import QgsGeometry, QgsRectangle
    if not features:
        return
    rect = QgsGeometry.fromRect(QgsRectangle(*grid.bounds))
    outside = [i for i, f in enumerate(features) if f[0] is None or not f[0].intersects(rect)]
    if len(outside) == len(features):
        ext = features[0][0].boundingBox() if features[0][0] is not None else None
        for f in features[1:]:
            if f[0] is not None and ext is not None:
                ext.combineExtentWith(f[0].boundingBox())
        raise QgsProcessingException(
            QCoreApplication.translate(
                "EcoEconSynthesis",
                "None of the {} features of {} lies on the raster {} (features: {}; raster: "
                "{:.0f}, {:.0f} : {:.0f}, {:.0f}). Check that both cover the same region and "
                "that their CRS are set correctly.").format(
                len(features), name, raster_name,
                ext.toString(0) if ext is not None else "—", *grid.bounds))
    if outside and feedback is not None:
        feedback.pushWarning(
            QCoreApplication.translate(
                "EcoEconSynthesis",
                "{} of the {} features of {} lie outside the raster {} and are not "
                "counted.").format(len(outside), len(features), name, raster_name))
