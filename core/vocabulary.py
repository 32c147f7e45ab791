"""One vocabulary of the pattern elements: source grades (any number), corridor types, the
conflict element codes, their display names and colours. Core, the algorithms and the report
read them here and nowhere else.

Source grades
    1, 2, …, n with 1 the most important (natural breaks of dPC, highest class first; see
    :func:`core.ecosecurity.connectivityimportance.grade_by_breaks`). With the paper's three
    grades they are named crucial (1), important (2) and ordinary (3); other numbers of grades are named by
    their number ("grade 4"). Wherever a rule needs the paper's three roles — the type of a
    corridor, the sources of an ecological barrier area — **grade 1 is crucial, grade 2
    important, and every grade from 3 on ordinary** (:func:`grade_role`), whatever n is.
Corridor types
    I (touches a crucial source), II (touches an important source and no crucial one), III (the
    rest): codes 1, 2, 3.
Conflict elements
    one code per cell: source grade g → element g; corridor type t → element G + t with
    G = max(3, n). With three grades (or fewer) that is 1–3 for the sources and 4–6 for the
    corridors I–III, as the paper's tables; with five grades, 1–5 and 6–8.

Display names go through :func:`_tr`, a plain function the core translation hook replaces; the
values stored in fields (``grade_name``: crucial / important / ordinary, types I / II / III)
are data and stay English.
"""
from .errors import InputError


def _tr(text):
    """Translation hook of the core's display names (identity until the plugin installs one)."""
    return text


CRUCIAL, IMPORTANT, ORDINARY = 1, 2, 3
#: The stored names of the paper's three grades (field ``grade_name``), grade 1 first.
GRADE_WORDS = ("crucial", "important", "ordinary")
#: Words accepted for a grade when reading a layer (any case): the stored names, the words of
#: the importance classes and the Chinese names of the paper.
_GRADE_INPUT = {"crucial": 1, "important": 2, "ordinary": 3, "general": 3, "other": 3,
                "关键": 1, "重要": 2, "一般": 3}

CORRIDOR_TYPES = (1, 2, 3)
#: The stored names of the corridor types (field ``type``).
TYPE_WORDS = {1: "I", 2: "II", 3: "III"}
_TYPE_INPUT = {"i": 1, "ii": 2, "iii": 3, "type i": 1, "type ii": 2, "type iii": 3}

# colours (the report's maps, colour-blind safe): greens for sources (dark = grade 1), blues
# for corridors (indigo, mid blue, cyan dashed: never the red / orange / grey of built-up land,
# economic cores and development axes)
_GRADE_ANCHORS = ("#00441b", "#41ab5d", "#c7e9c0")
TYPE_COLOURS = {1: "#332288", 2: "#4477aa", 3: "#33bbee"}
TYPE_WIDTHS = {1: 1.4, 2: 1.0, 3: 0.8}  # line width in mm
TYPE_DASHED = {1: False, 2: False, 3: True}


def _read(value, words, prefix=None):
    """(cleaned text or None when empty, the code of a word (int) / the number (float) / None)
    of a value read from a layer (a QVariant NULL is empty)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None, None
    s = str(value).strip().lower()
    if prefix and s.startswith(prefix):
        s = s[len(prefix):].strip()
    if s == "":
        return None, None
    if s in words:
        return s, words[s]
    try:
        return s, float(s)
    except ValueError:
        return s, None


# --- source grades ----------------------------------------------------------------------------
def grade_role(grade):
    """The paper's role of ``grade``: 1 crucial, 2 important, 3 ordinary (every grade ≥ 3)."""
    return min(int(grade), ORDINARY)


def grade_word(grade, n_grades):
    """The stored name of ``grade`` of ``n_grades``: crucial / important / ordinary when there
    are three, else 'grade k'."""
    return GRADE_WORDS[grade - 1] if n_grades == 3 else "grade %d" % grade


def grade_label(grade, n_grades=3):
    """Display name of a source of ``grade`` (of ``n_grades``, ≤ 3: the paper's names)."""
    if n_grades <= 3 and 1 <= grade <= 3:
        return (_tr("crucial source"), _tr("important source"), _tr("ordinary source"))[grade - 1]
    return _tr("grade {} source").format(grade)


def grade_colours(n_grades):
    """Colours of grades 1..n (hex), dark to light green; the three anchors for three."""
    if n_grades <= 1:
        return [_GRADE_ANCHORS[0]][:max(n_grades, 0)]
    rgb = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in _GRADE_ANCHORS]
    out = []
    for k in range(n_grades):
        t = 2.0 * k / (n_grades - 1)          # 0..2 over the two segments of the anchors
        j = min(int(t), 1)
        f = t - j
        out.append("#%02x%02x%02x" % tuple(int(round(a + (b - a) * f))
                                           for a, b in zip(rgb[j], rgb[j + 1])))
    return out


def parse_grade(value):
    """A grade read from a layer: a whole number ≥ 1, 'grade k', or a word (crucial,
    important, ordinary, general, other, 关键, 重要, 一般; any case). ``None`` for an empty
    value; :class:`InputError` for anything else."""
    s, v = _read(value, _GRADE_INPUT, prefix="grade ")
    if s is None or isinstance(v, int):
        return v
    if v is not None and v == int(v) and v >= 1:
        return int(v)
    raise InputError(_tr("The grade '{}' is not crucial, important or ordinary, nor a whole "
                         "number 1, 2, 3, … (1 = the most important).").format(value))


# --- corridor types ---------------------------------------------------------------------------
def corridor_type(grades):
    """Type of a corridor that touches sources of ``grades``: I (1) if one is crucial, II (2)
    if one is important, III (3) otherwise (also when it touches none)."""
    return min((grade_role(g) for g in grades), default=ORDINARY)


def type_label(ctype):
    """Display name of a corridor of type ``ctype`` (1..3)."""
    return (_tr("type I corridor"), _tr("type II corridor"), _tr("type III corridor"))[ctype - 1]


def parse_corridor_type(value):
    """A corridor type read from a layer: I / II / III, 'type II', or 1 / 2 / 3 (any case).
    ``None`` for an empty value; :class:`InputError` for anything else."""
    s, v = _read(value, _TYPE_INPUT)
    if s is None or isinstance(v, int):
        return v
    if v in (1.0, 2.0, 3.0):
        return int(v)
    raise InputError(_tr("The corridor type '{}' is not I, II or III (or 1, 2, 3).")
                     .format(value))


# --- conflict elements ------------------------------------------------------------------------
def corridor_offset(n_grades):
    """G of element = G + type: the corridors come after the sources (at least after 3)."""
    return max(ORDINARY, int(n_grades))


def source_elements(n_grades):
    """Element codes of the sources of ``n_grades`` grades."""
    return tuple(range(1, int(n_grades) + 1))


def corridor_elements(n_grades):
    """Element codes of the corridor types I, II, III."""
    g = corridor_offset(n_grades)
    return tuple(g + t for t in CORRIDOR_TYPES)


def element_of(code, n_grades):
    """('source', grade) or ('corridor', type) of an element code."""
    g = corridor_offset(n_grades)
    return ("source", code) if code <= g else ("corridor", code - g)


def element_label(code, n_grades=3):
    """Display name of element ``code``."""
    kind, k = element_of(code, n_grades)
    return grade_label(k, n_grades) if kind == "source" else type_label(k)


def element_colour(code, n_grades=3):
    kind, k = element_of(code, n_grades)
    return (grade_colours(max(n_grades, k))[k - 1] if kind == "source"
            else TYPE_COLOURS[k])
