"""core.vocabulary: grades of any number, corridor types and conflict element codes, against
hand-written tables of the documented rule."""
import pytest

from ecoecon.core import vocabulary as v
from ecoecon.core.ecosecurity import mcrcorridors as co
from ecoecon.core.errors import InputError
from ecoecon.core.synthesis import ecoeconomicconflicts as conflicts


def test_parse_grade_accepts_words_numbers_and_grade_k():
    table = {"crucial": 1, "Important": 2, "ORDINARY": 3, "general": 3, "other": 3, "关键": 1,
             "重要": 2, "一般": 3, "1": 1, "2.0": 2, 5: 5, 7.0: 7, "grade 4": 4, " Grade 9 ": 9,
             None: None, "": None, "  ": None}
    for value, grade in table.items():
        assert v.parse_grade(value) == grade, value
    for bad in ("vital", "0", "-1", "2.5", "grade x"):
        with pytest.raises(InputError, match="not crucial"):
            v.parse_grade(bad)


def test_parse_corridor_type():
    table = {"I": 1, "ii": 2, "Type III": 3, "1": 1, 3.0: 3, None: None, "": None}
    for value, t in table.items():
        assert v.parse_corridor_type(value) == t, value
    for bad in ("IV", "4", "0"):
        with pytest.raises(InputError):
            v.parse_corridor_type(bad)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 9])
def test_roles_types_and_elements_for_n_grades(n):
    roles = [v.grade_role(g) for g in range(1, n + 1)]
    assert roles == [1, 2, 3, 3, 3, 3, 3, 3, 3][:n]          # ≥ 3 is ordinary
    for g in range(1, n + 1):                               # a corridor touching grade g only
        assert v.corridor_type([g]) == min(g, 3)
        assert co.corridor_type([7], {7: g}) == min(g, 3)
    assert v.corridor_type([]) == 3
    src, cor = v.source_elements(n), v.corridor_elements(n)
    assert src == tuple(range(1, n + 1))
    assert cor == tuple(max(3, n) + t for t in (1, 2, 3))
    assert not set(src) & set(cor)
    for e in src:
        assert v.element_of(e, n) == ("source", e)
    for t, e in zip((1, 2, 3), cor):
        assert v.element_of(e, n) == ("corridor", t)
        assert v.element_label(e, n) == ("type %s corridor" % ("I" * t))
    names = [v.element_label(e, n) for e in src]
    if n <= 3:
        assert names == ["crucial source", "important source", "ordinary source"][:n]
    else:
        assert names == ["grade %d source" % g for g in range(1, n + 1)]
    cols = v.grade_colours(n)
    assert len(cols) == n and len(set(cols)) == n and cols[0] == "#00441b"


def test_three_grades_keep_the_paper_codes():
    assert v.source_elements(3) + v.corridor_elements(3) == (1, 2, 3, 4, 5, 6)
    assert v.grade_colours(3) == ["#00441b", "#41ab5d", "#c7e9c0"]
    assert [v.grade_word(g, 3) for g in (1, 2, 3)] == ["crucial", "important", "ordinary"]
    assert v.grade_word(2, 5) == "grade 2"


def test_element_raster_and_crosstab_on_five_grades_equal_brute_force():
    import numpy as np
    rng = np.random.default_rng(5)
    g = rng.integers(0, 6, (30, 40))
    t = rng.integers(0, 4, (30, 40))
    ec = rng.integers(0, 4, (30, 40))
    valid = rng.random((30, 40)) > 0.1
    el = conflicts.element_raster(g, t, valid)
    rows = conflicts.crosstab(el, ec, valid, 1e6, n_econ=3, n_grades=5)
    for r in range(30):
        for c in range(40):
            want = 0 if not valid[r, c] else (g[r, c] if g[r, c] else
                                              (5 + t[r, c] if t[r, c] else 0))
            assert el[r, c] == want
    for row in rows:
        m = valid & (el == row["element"]) & (ec == row["econ_class"])
        assert row["cells"] == int(m.sum())
        assert row["label"] == v.element_label(row["element"], 5)
    z = conflicts.zonal_conflicts(np.ones_like(g), el, ec, valid, 1e6, (3,), n_grades=5)[0]
    assert z["source_km2"] == pytest.approx((valid & (el >= 1) & (el <= 5)).sum())
    assert z["corridor_km2"] == pytest.approx((valid & (el >= 6)).sum())
