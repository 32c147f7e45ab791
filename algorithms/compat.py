"""The one place that knows how QGIS 3.22 and QGIS 3.36+ / 4.x spell enums and field types.

Algorithms import these constants and helpers instead of touching ``QgsProcessing.Type*`` or
``Qgis.Processing*`` directly. Chosen by feature (``hasattr``), never by version number.
"""
from qgis.core import (Qgis, QgsField, QgsProcessing, QgsProcessingAlgorithm,
                       QgsProcessingParameterDefinition, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber, QgsWkbTypes,
                       QgsFeatureSink, QgsUnitTypes)

_NEW = hasattr(Qgis, "ProcessingSourceType")

if _NEW:  # QGIS >= 3.36
    TYPE_RASTER = Qgis.ProcessingSourceType.Raster
    TYPE_VECTOR = Qgis.ProcessingSourceType.Vector
    TYPE_VECTOR_ANY = Qgis.ProcessingSourceType.VectorAnyGeometry
    TYPE_VECTOR_POINT = Qgis.ProcessingSourceType.VectorPoint
    TYPE_VECTOR_LINE = Qgis.ProcessingSourceType.VectorLine
    TYPE_VECTOR_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    FIELD_ANY = Qgis.ProcessingFieldParameterDataType.Any
    FIELD_NUMERIC = Qgis.ProcessingFieldParameterDataType.Numeric
    FIELD_STRING = Qgis.ProcessingFieldParameterDataType.String
    FILE_FILE = Qgis.ProcessingFileParameterBehavior.File
    FILE_FOLDER = Qgis.ProcessingFileParameterBehavior.Folder
    FLAG_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    FLAG_OPTIONAL = Qgis.ProcessingParameterFlag.Optional
    FLAG_NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
    FLAG_HIDE_FROM_MODELER = Qgis.ProcessingAlgorithmFlag.HideFromModeler
else:  # QGIS 3.22 – 3.34: the scoped spelling of the old enums
    TYPE_RASTER = QgsProcessing.SourceType.TypeRaster
    TYPE_VECTOR = QgsProcessing.SourceType.TypeVector
    TYPE_VECTOR_ANY = QgsProcessing.SourceType.TypeVectorAnyGeometry
    TYPE_VECTOR_POINT = QgsProcessing.SourceType.TypeVectorPoint
    TYPE_VECTOR_LINE = QgsProcessing.SourceType.TypeVectorLine
    TYPE_VECTOR_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    FIELD_ANY = QgsProcessingParameterField.DataType.Any
    FIELD_NUMERIC = QgsProcessingParameterField.DataType.Numeric
    FIELD_STRING = QgsProcessingParameterField.DataType.String
    FILE_FILE = QgsProcessingParameterFile.Behavior.File
    FILE_FOLDER = QgsProcessingParameterFile.Behavior.Folder
    FLAG_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    FLAG_OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional
    FLAG_NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading
    FLAG_HIDE_FROM_MODELER = QgsProcessingAlgorithm.Flag.FlagHideFromModeler

if hasattr(Qgis, "WkbType"):  # QGIS >= 3.30
    WKB_NOGEOMETRY = Qgis.WkbType.NoGeometry
    WKB_POINT = Qgis.WkbType.Point
    WKB_LINESTRING = Qgis.WkbType.LineString
    WKB_MULTILINESTRING = Qgis.WkbType.MultiLineString
    WKB_POLYGON = Qgis.WkbType.Polygon
    WKB_MULTIPOLYGON = Qgis.WkbType.MultiPolygon
else:
    WKB_NOGEOMETRY = QgsWkbTypes.Type.NoGeometry
    WKB_POINT = QgsWkbTypes.Type.Point
    WKB_LINESTRING = QgsWkbTypes.Type.LineString
    WKB_MULTILINESTRING = QgsWkbTypes.Type.MultiLineString
    WKB_POLYGON = QgsWkbTypes.Type.Polygon
    WKB_MULTIPOLYGON = QgsWkbTypes.Type.MultiPolygon

SINK_FAST_INSERT = QgsFeatureSink.Flag.FastInsert

if hasattr(Qgis, "ProcessingFeatureSourceFlag"):  # QGIS >= 3.36
    SOURCE_SKIP_VALIDITY = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
else:
    from qgis.core import QgsProcessingFeatureSource
    SOURCE_SKIP_VALIDITY = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks

if hasattr(Qgis, "GeometryType"):  # QGIS >= 3.30
    GEOMETRY_POLYGON = Qgis.GeometryType.Polygon
else:
    GEOMETRY_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
WKB_GEOMETRYCOLLECTION = (Qgis.WkbType.GeometryCollection if hasattr(Qgis, "WkbType")
                          else QgsWkbTypes.Type.GeometryCollection)

MSG_WARNING = Qgis.MessageLevel.Warning

if hasattr(Qgis, "ProcessingModelChildParameterSource"):  # QGIS >= 3.34
    EXPRESSION_SOURCE = Qgis.ProcessingModelChildParameterSource.Expression
else:
    from qgis.core import QgsProcessingModelChildParameterSource
    EXPRESSION_SOURCE = QgsProcessingModelChildParameterSource.Source.Expression


def is_collection(geom):
    """True for a geometry collection (any Z / M flavour)."""
    return QgsWkbTypes.flatType(geom.wkbType()) == WKB_GEOMETRYCOLLECTION

if hasattr(Qgis, "DistanceUnit"):  # QGIS >= 3.30
    DISTANCE_METERS = Qgis.DistanceUnit.Meters
    DISTANCE_KILOMETERS = Qgis.DistanceUnit.Kilometers
    LAYOUT_MILLIMETERS = Qgis.LayoutUnit.Millimeters
else:
    DISTANCE_METERS = QgsUnitTypes.DistanceUnit.DistanceMeters
    DISTANCE_KILOMETERS = QgsUnitTypes.DistanceUnit.DistanceKilometers
    LAYOUT_MILLIMETERS = QgsUnitTypes.LayoutUnit.LayoutMillimeters


def _field_types():
    try:  # QGIS 4 / Qt6, and QGIS >= 3.38 which accepts QMetaType
        from qgis.PyQt.QtCore import QMetaType
        QgsField("x", QMetaType.Type.Double)
        return {"double": QMetaType.Type.Double, "int": QMetaType.Type.Int,
                "int64": QMetaType.Type.LongLong, "string": QMetaType.Type.QString}
    except TypeError:
        # QGIS < 3.38 (3.22 in the test matrix) takes only QVariant's type codes. QVariant is
        # looked up by name: this is the one place scripts/check_qt6.py allows it (Qt 6 has no
        # such codes, and a QGIS on Qt 6 never reaches this branch).
        from qgis.PyQt import QtCore
        legacy = getattr(QtCore, "QVariant").Type
        return {"double": legacy.Double, "int": legacy.Int,
                "int64": legacy.LongLong, "string": legacy.String}


_FIELD_TYPES = _field_types()


def make_field(name, kind="double"):
    """A ``QgsField`` of kind ``'double'``, ``'int'``, ``'int64'`` or ``'string'``."""
    return QgsField(name, _FIELD_TYPES[kind])
