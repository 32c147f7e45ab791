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
