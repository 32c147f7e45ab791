"""Ecosystem service value (ESV) and economic benefit from land use and per-hectare
coefficients (the benefit-transfer / equivalent-factor method, Costanza et al. 1997; Xie et
al. 2008):

    V_k = A_k · Σ_s c_ks · u,     V = Σ_k V_k

A_k area of class k in ha, c_ks coefficient of class k for service s (value per ha, or
equivalent factors when ``unit_value`` u is the value of one standard equivalent per ha; u = 1
for coefficients already in currency per ha). The same arithmetic gives economic benefit from
an output-per-hectare table. Totals are in the currency unit of the coefficients.
"""
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr


@dataclass
class ValueTable:
    classes: list          # class codes, table order (present or listed)
    cells: np.ndarray      # cells of each class
    area_ha: np.ndarray
    values: np.ndarray     # (classes, services) value in currency
    services: list

    @property
    def class_totals(self):
        return self.values.sum(axis=1)

    @property
    def service_totals(self):
        return self.values.sum(axis=0)

    @property
    def total(self):
        return float(self.values.sum())

    @property
    def area_km2(self):
        return self.area_ha / 100.0


def _check_coefficients(coefficients, services):
    for code, vals in coefficients.items():
        if len(vals) != len(services):
            raise InputError(_tr("Class {}: {} coefficients given for {} services.").format(
                code, len(vals), len(services)))
        for v in vals:
            if v is None or not np.isfinite(v):
                raise InputError(_tr("Class {}: a coefficient is empty or not a number.").format(
                    code))


def values_from_areas(areas_ha, coefficients, services=("value",), unit_value=1.0,
                      table_label="coefficient table"):
    """``areas_ha`` {code: ha}; ``coefficients`` {code: [c per service]} → :class:`ValueTable`.
    A class with an area but no coefficient is an error naming the code and ``table_label``
    (the table the user gave)."""
    services = list(services)
    _check_coefficients(coefficients, services)
    missing = sorted(c for c in areas_ha if c not in coefficients)
    if missing:
        raise InputError(_tr("The land-use class code(s) {} occur in the land-use map but have no "
                         "row in the {} (it has the codes {}). Add a row for each (a value of "
                         "0 is allowed).").format(
                             ", ".join(str(c) for c in missing), table_label,
                             ", ".join(str(c) for c in sorted(coefficients)) or "none"))
    classes = sorted(set(areas_ha) | set(coefficients))
    area = np.array([float(areas_ha.get(c, 0.0)) for c in classes])
    coef = np.array([[float(v) for v in coefficients[c]] for c in classes]).reshape(
        len(classes), len(services))
    return ValueTable(classes, np.full(len(classes), np.nan), area,
                      area[:, None] * coef * float(unit_value), services)


def values_from_raster(codes, valid, cell_area_m2, coefficients, services=("value",),
                       unit_value=1.0, table_label="coefficient table"):
    """Per-class values of a land-use raster and the per-cell total value raster.

    Returns ``(ValueTable, per_cell)``: ``per_cell`` is the value of each cell in currency
    (Σ_s c_ks·u × cell area in ha), NaN where ``valid`` is False.
    """
    codes = np.asarray(codes)
    valid = np.asarray(valid, bool)
    if not valid.any():
        raise InputError(_tr("The land-use raster holds no valid cell."))
    v = codes[valid]
    if np.issubdtype(v.dtype, np.floating) and np.any(v != np.round(v)):
        raise InputError(_tr("The land-use raster holds values that are not whole numbers; "
                         "class codes must be integers."))
    vi = v.astype(np.int64)
    present, inverse, counts = np.unique(vi, return_inverse=True, return_counts=True)
    cell_ha = float(cell_area_m2) / 1e4
    table = values_from_areas({int(c): n * cell_ha for c, n in zip(present, counts)},
                              coefficients, services, unit_value, table_label)
    cells = np.array([counts[list(present).index(c)] if c in present else 0
                      for c in table.classes], dtype=np.int64)
    table.cells = cells
    per_ha = np.array([sum(coefficients[int(c)]) * float(unit_value) for c in present])
    per_cell = np.full(codes.shape, np.nan)
    per_cell[valid] = per_ha[inverse.ravel()] * cell_ha
    return table, per_cell
