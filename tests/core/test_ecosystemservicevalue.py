"""ESV arithmetic: the Guangzhou example of Zhang et al. 2025 and hand-worked rasters."""
import csv
from pathlib import Path

import numpy as np
import pytest

from ecoecon.core.errors import InputError
from ecoecon.core.landuse.ecosystemservicevalue import values_from_areas, values_from_raster

ROOT = Path(__file__).resolve().parents[2]

GZ_AREAS_KM2 = {1: 2022.69, 2: 3022.73, 3: 93.13, 4: 473.65, 5: 1458.05, 6: 2.11}
GZ_ESV = {1: 4458.98, 2: 26306.86, 3: 5811.58, 4: 143982.75, 5: 0.0, 6: 229.25}


def test_guangzhou_esv_157_28e8():
    t = values_from_areas({c: a * 100 for c, a in GZ_AREAS_KM2.items()},
                          {c: [v] for c, v in GZ_ESV.items()})
    assert round(t.total / 1e8, 2) == 157.28      # published: 157.28 × 10⁸ CNY
    # by hand: water 473.65 km² × 100 ha/km² × 143982.75 CNY/ha
    assert t.class_totals[t.classes.index(4)] == pytest.approx(473.65 * 100 * 143982.75)


def test_guangzhou_preset_file_reproduces_the_paper():
    rows = list(csv.DictReader(open(ROOT / "resources" / "tables" /
                                    "example_esv_guangzhou_zhang2025.csv")))
    t = values_from_areas({int(r["code"]): float(r["area_2020_km2"]) * 100 for r in rows},
                          {int(r["code"]): [float(r["esv_cny_per_ha"])] for r in rows})
    assert round(t.total / 1e8, 2) == 157.28


def test_xie_preset_rows_sum_to_totals():
    rows = list(csv.DictReader(open(ROOT / "resources" / "tables" /
                                    "example_esv_equivalents_xie2008.csv")))
    services = ["food_production", "raw_material", "gas_regulation", "climate_regulation",
                "hydrological_regulation", "waste_treatment", "soil_conservation",
                "biodiversity", "aesthetic_landscape"]
    for r in rows:
        assert sum(float(r[s]) for s in services) == pytest.approx(float(r["total"]), abs=1e-9)
        assert "EXAMPLE PRESET" in r["note"]


def test_raster_values_and_per_cell_map():
    lu = np.array([[1, 1, 2], [2, 3, 99]])
    valid = lu != 99
    coef = {1: [10.0, 1.0], 2: [0.0, 5.0], 3: [2.0, 2.0]}
    t, cell = values_from_raster(lu, valid, 2500.0, coef, ["a", "b"], unit_value=3.0)
    # cells of 2500 m² = 0.25 ha
    assert t.classes == [1, 2, 3] and t.cells.tolist() == [2, 2, 1]
    np.testing.assert_allclose(t.area_ha, [0.5, 0.5, 0.25])
    np.testing.assert_allclose(t.values, [[0.5 * 10 * 3, 0.5 * 1 * 3], [0, 0.5 * 5 * 3],
                                          [0.25 * 2 * 3, 0.25 * 2 * 3]])
    assert t.total == pytest.approx(15 + 1.5 + 7.5 + 3)
    assert np.isnan(cell[1, 2])
    assert np.nansum(cell) == pytest.approx(t.total)
    assert cell[0, 0] == pytest.approx(0.25 * 11 * 3)


def test_missing_code_is_named():
    with pytest.raises(InputError, match="7"):
        values_from_raster(np.array([[1, 7]]), np.ones((1, 2), bool), 100.0, {1: [1.0]})
