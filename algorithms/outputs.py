"""Outputs all or nothing: one output transaction per run of an algorithm.

Before any work, :func:`check_destinations` refuses an output whose format GDAL/OGR cannot
write (``.png``, ``.xyz``, an unknown extension), whose folder cannot be written to, or which
two outputs share. During the run, rasters (:func:`raster_io.write_raster`) and file-backed
feature/table sinks (:func:`open_sink`) are written to temporary files beside their
destinations (``name.part-xxxxxxxx.ext``); only when ``processAlgorithm`` has returned are
they moved into place. A run that fails or is cancelled removes its temporary files, so no
output of it is left behind — not even the ones that were complete.

The base class (:class:`algorithms.base.EcoEconAlgorithm`) wraps every subclass's
``processAlgorithm`` in :func:`transactional`; algorithms do nothing themselves. Sinks that are
not files (``TEMPORARY_OUTPUT`` and ``memory:`` layers, database URIs) are written directly.
The provider loads the bundled models as :func:`model_class` instances: their steps commit one
by one (later steps read the files), and a failed or canceled model run removes the files its
earlier steps created.
"""
import functools
import os
import re
import tempfile
import threading
import uuid

from osgeo import gdal
from qgis.core import (QgsProcessingContext, QgsProcessingException,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterVectorDestination,
                       QgsRasterFileWriter, QgsVectorFileWriter)
from qgis.PyQt.QtCore import QCoreApplication

from .compat import SINK_FAST_INSERT

#: CSV tables: numbers unquoted (GDAL's default quotes integer columns as text, "3") and a
#: .csvt sidecar so that QGIS reads the columns back with their types
CSV_LAYER_OPTIONS = ["STRING_QUOTING=IF_NEEDED", "CREATE_CSVT=YES"]

_local = threading.local()


def _stack():
    if not hasattr(_local, "stack"):
        _local.stack = []
    return _local.stack


def current():
    """The output transaction of the algorithm running in this thread, or None."""
    s = _stack()
    return s[-1] if s else None


def _part_name(path):
    stem, ext = os.path.splitext(path)
    return "%s.part-%s%s" % (stem, uuid.uuid4().hex[:8], ext)


def _siblings(tmp):
    """Files written for ``tmp`` (itself and sidecars such as .shx/.dbf/.csvt/.aux.xml)."""
    folder = os.path.dirname(tmp) or "."
    stem = os.path.splitext(os.path.basename(tmp))[0]
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [os.path.join(folder, n) for n in names
            if n == stem or n.startswith(stem + ".")]


class OutputTransaction:
    """Temporary files of one run and where each goes when the run has succeeded."""

    def __init__(self, context=None, feedback=None):
        self.context = context
        #: polled before each output is started: a cancel while the outputs are written
        #: stops there (the outputs already written are removed with the rest)
        self.feedback = feedback
        self._moves = []     # (tmp, final)
        self._loads = []     # (final dest id, LayerDetails)
        self._dirs = []      # folders created for this run

    def makedirs(self, folder):
        missing = []
        f = os.path.abspath(folder)
        while f and not os.path.exists(f):
            missing.append(f)
            parent = os.path.dirname(f)
            if parent == f:
                break
            f = parent
        os.makedirs(folder, exist_ok=True)
        self._dirs.extend(reversed(missing))

    def temp_path(self, path):
        """A temporary file name beside ``path`` (same extension)."""
        if self.feedback is not None and self.feedback.isCanceled():
            raise QgsProcessingException(QCoreApplication.translate(
                "EcoEconOutputs", "Canceled by the user; nothing was written."))
        self.makedirs(os.path.dirname(os.path.abspath(path)))
        return _part_name(os.path.abspath(path))

    def add(self, tmp, final, load=None):
        self._moves.append((tmp, final))
        if load is not None:
            self._loads.append(load)

    def commit(self):
        for tmp, final in self._moves:
            tmp_stem = os.path.splitext(tmp)[0]
            final_stem = os.path.splitext(final)[0]
            files = _siblings(tmp)
            if tmp not in files:
                raise QgsProcessingException(
                    QCoreApplication.translate("EcoEconOutputs", "The output {} was not written (its temporary file {} is "
                        "missing).").format(final, tmp))
            models = _model_stack()
            for f in files:
                target = final_stem + f[len(tmp_stem):]
                if f == tmp:
                    target = final
                if models and not os.path.exists(target):
                    models[-1].created.append(target)
                os.replace(f, target)
        if self.context is not None:
            for dest, details in self._loads:
                self.context.addLayerToLoadOnCompletion(dest, details)
        self._moves, self._loads, self._dirs = [], [], []

    def rollback(self):
        for tmp, _ in self._moves:
            for f in _siblings(tmp):
                try:
                    os.remove(f)
                except OSError:
                    pass
        for d in reversed(self._dirs):
            try:
                os.rmdir(d)
            except OSError:
                pass
        self._moves, self._loads, self._dirs = [], [], []


def transactional(process):
    """Wrap a ``processAlgorithm``: check the destinations, run, then move the outputs into
    place; on any failure remove what the run wrote."""
    @functools.wraps(process)
    def processAlgorithm(self, parameters, context, feedback):
        check_destinations(self, parameters, context)
        tx = OutputTransaction(context, feedback)
        _stack().append(tx)
        try:
            try:
                results = process(self, parameters, context, feedback)
            finally:
                _stack().pop()
            if feedback is not None and feedback.isCanceled():  # stopped early: keep nothing
                raise QgsProcessingException(QCoreApplication.translate(
                    "EcoEconOutputs", "Canceled by the user; nothing was written."))
            tx.commit()
        except BaseException:
            tx.rollback()
            raise
        return results
    processAlgorithm.__wrapped_by_outputs__ = True
    return processAlgorithm


# --- destinations -----------------------------------------------------------------------------
def destination(value, context=None):
    """``(destination string, QgsProcessingOutputLayerDefinition or None)`` of a parameter
    value as given (no temporary file name is generated)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        ctx = context.expressionContext() if context is not None else None
        try:
            text = value.sink.valueAsString(ctx, "") if ctx is not None else \
                value.sink.staticValue()
        except TypeError:
            text = value.sink.staticValue()
        if isinstance(text, tuple):  # PyQGIS: (value, ok)
            text = text[0]
        return ("" if text is None else str(text)), value
    if value is None:
        return "", None
    return str(value), None


def is_file(dest):
    """Whether a destination string is a plain file path (not TEMPORARY_OUTPUT, memory: or a
    provider URI such as ogr:/postgres:)."""
    if not dest or dest == "TEMPORARY_OUTPUT":
        return False
    if re.match(r"^[A-Za-z][A-Za-z0-9_]+:", dest):  # memory:, ogr:, postgres: (not C:\)
        return False
    return "|" not in dest


def _raster_driver_ok(ext):
    drv = QgsRasterFileWriter.driverForExtension(ext)
    if not drv:
        return False
    d = gdal.GetDriverByName(drv)
    return d is not None and d.GetMetadataItem(gdal.DCAP_CREATE) == "YES"


def _writable(folder):
    """None when files can be created in ``folder`` (or in the existing folder that will hold
    it), else the reason."""
    f = os.path.abspath(folder)
    while not os.path.exists(f):
        parent = os.path.dirname(f)
        if parent == f:
            break
        f = parent
    if not os.path.isdir(f):
        return QCoreApplication.translate("EcoEconOutputs", "{} is a file, not a folder").format(f)
    try:
        fd, probe = tempfile.mkstemp(prefix=".ecoecon-probe-", dir=f)
        os.close(fd)
        os.remove(probe)
    except OSError as e:
        return e.strerror or str(e)
    return None


def check_destinations(alg, parameters, context):
    """Refuse, before any work, an output that cannot be written: a raster extension GDAL
    cannot create, a vector/table extension OGR does not know, a folder that cannot be written
    to, a path that is a folder, or two outputs on one file."""
    seen = {}
    for p in alg.destinationParameterDefinitions():
        dest, _ = destination(parameters.get(p.name()), context)
        if not is_file(dest):
            continue
        if isinstance(p, QgsProcessingParameterFolderDestination):
            continue  # a folder is what it asks for (e.g. the planning report's folder)
        label = "{} ({})".format(p.description(), p.name())
        ext = os.path.splitext(dest)[1].lower().lstrip(".")
        if os.path.isdir(dest):
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconOutputs", "The output {} is '{}', which is a folder. Give a file name.").format(
                    label, dest))
        if isinstance(p, QgsProcessingParameterRasterDestination):
            if ext and not _raster_driver_ok(ext):
                raise QgsProcessingException(
                    QCoreApplication.translate("EcoEconOutputs", "The output {} is '{}', but GDAL cannot write rasters with the "
                        "extension '.{}'. Use '.tif' (GeoTIFF) or another format GDAL "
                        "creates directly (.img, .gpkg, .nc, ...).").format(label, dest, ext))
        elif isinstance(p, (QgsProcessingParameterFeatureSink,
                            QgsProcessingParameterVectorDestination)):
            if ext and not QgsVectorFileWriter.driverForExtension(ext):
                raise QgsProcessingException(
                    QCoreApplication.translate("EcoEconOutputs", "The output {} is '{}', but OGR has no vector or table format with "
                        "the extension '.{}'. Use '.gpkg', '.csv', '.shp' or '.xlsx'.").format(
                        label, dest, ext))
        elif not isinstance(p, QgsProcessingParameterFileDestination):
            continue
        why = _writable(os.path.dirname(os.path.abspath(dest)))
        if why:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconOutputs", "The output {} cannot be written to '{}': {}. Choose a folder where you "
                    "may write.").format(label, dest, why))
        key = os.path.normcase(os.path.abspath(dest))
        if key in seen:
            raise QgsProcessingException(
                QCoreApplication.translate("EcoEconOutputs", "The outputs {} and {} are both '{}'. Give each output its own "
                    "file.").format(seen[key], label, dest))
        seen[key] = label


# --- feature sinks ----------------------------------------------------------------------------
def open_sink(alg, parameters, name, context, fields, geom_type, crs):
    """Create the sink ``name`` → ``(sink, destination id)``. A file destination is written
    to a temporary file of the running transaction; :func:`close_sink` finishes it."""
    dest, definition = destination(parameters.get(name), context)
    layer_options = CSV_LAYER_OPTIONS if dest.lower().endswith(".csv") else []
    tx = current()
    if tx is None or not is_file(dest) or not os.path.splitext(dest)[1]:
        sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, geom_type, crs,
                                            layerOptions=layer_options)
        if sink is None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, name))
        return sink, dest_id
    tmp = tx.temp_path(dest)
    tmp_def = QgsProcessingOutputLayerDefinition(tmp)
    options = dict(definition.createOptions) if definition is not None else {}
    named = "layerName" in options
    # the layer inside a GeoPackage is named after the final file, not the temporary one
    options.setdefault("layerName", os.path.splitext(os.path.basename(dest))[0])
    tmp_def.createOptions = options
    params = dict(parameters)
    params[name] = tmp_def
    sink, tmp_id = alg.parameterAsSink(params, name, context, fields, geom_type, crs,
                                       layerOptions=layer_options)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    dest_id = tmp_id.replace(tmp, dest)
    if not named:  # as QGIS names a sink written straight to ``dest``
        dest_id = dest_id.split("|layername=")[0]
    load = None
    if definition is not None and definition.destinationProject is not None:
        p = alg.parameterDefinition(name)
        details = QgsProcessingContext.LayerDetails(
            definition.destinationName or (p.description() if p else name),
            definition.destinationProject, name)
        load = (dest_id, details)
    tx.add(tmp, dest, load)
    return sink, dest_id


def add_features(sink, features, label):
    """Add ``features``; a refused write is an error naming the output."""
    ok = sink.addFeatures(features, SINK_FAST_INSERT)
    if isinstance(ok, tuple):
        ok = ok[0]
    if not ok:
        err = ""
        try:
            err = sink.lastError()
        except AttributeError:  # pragma: no cover - QGIS < 3.16
            pass
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconOutputs", "The output {} could not be written: {}").format(
                label, err or QCoreApplication.translate("EcoEconOutputs", "the data provider refused the features")))
    try:
        flushed = sink.flushBuffer()
    except AttributeError:  # pragma: no cover
        flushed = True
    if flushed is False:
        raise QgsProcessingException(
            QCoreApplication.translate("EcoEconOutputs", "The output {} could not be written: {}").format(label, sink.lastError()))


def close_sink(sink):
    """Close a sink so that its file is complete (before the transaction moves it)."""
    from qgis.PyQt import sip
    try:
        if sip.ispyowned(sink):
            sip.delete(sink)
    except (RuntimeError, TypeError):  # pragma: no cover - already gone
        pass


# --- models: all or nothing over their steps ---------------------------------------------------
class _ModelRun:
    """Files that the steps of one model run created (they did not exist before)."""

    def __init__(self):
        self.created = []

    def remove(self):
        for f in reversed(self.created):
            try:
                os.remove(f)
            except OSError:
                pass
        self.created = []


def _model_stack():
    if not hasattr(_local, "models"):
        _local.models = []
    return _local.models


def model_class():
    """A ``QgsProcessingModelAlgorithm`` whose run is all or nothing: the steps commit their
    outputs one by one (later steps read them), and when a step fails or the run is canceled
    the files the earlier steps created are removed."""
    from qgis.core import QgsProcessingModelAlgorithm

    class AtomicModel(QgsProcessingModelAlgorithm):
        def createInstance(self):
            m = AtomicModel()
            m.loadVariant(self.toVariant())
            m.setSourceFilePath(self.sourceFilePath())
            return m

        def processAlgorithm(self, parameters, context, feedback):
            run = _ModelRun()
            _model_stack().append(run)
            try:
                results = super().processAlgorithm(parameters, context, feedback)
                if feedback is not None and feedback.isCanceled():
                    raise QgsProcessingException(QCoreApplication.translate(
                        "EcoEconOutputs", "Canceled by the user; nothing was written."))
                return results
            except BaseException:
                run.remove()
                raise
            finally:
                _model_stack().pop()

    return AtomicModel
