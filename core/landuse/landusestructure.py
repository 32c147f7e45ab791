"""Land-use structure by linear programming (the quantity step of the LP + CLUE-S method).

Decision variables x_k ≥ 0: area of class k in km². With per-hectare ecological (v_k) and
economic (e_k) coefficients:

    ESV(x) = Σ_k 100·x_k·v_k,   ECO(x) = Σ_k 100·x_k·e_k     (currency; 1 km² = 100 ha)

Objectives: maximise ECO, maximise ESV, or an ε-constraint sweep (maximise ECO subject to
ESV ≥ ε for ε from the ESV of the max-ECO optimum up to the largest ESV possible), which draws
the trade-off curve.

Constraints (long table, one per row; ``code`` names the class where needed, shares and growth
rates in percent):

===================== ===================================================================
``total_area``        Σx = value (km²), or the current total when value is empty
``min_area``          x_k ≥ value (km²)          ``max_area``   x_k ≤ value (km²)
``min_share``         x_k ≥ value % of the total ``max_share``  x_k ≤ value % of the total
``not_below_current`` x_k ≥ current area         ``not_above_current`` x_k ≤ current area
``esv_growth``        ESV ≥ (1 + value/100)·ESV(current)
``economic_growth``   ECO ≥ (1 + value/100)·ECO(current)
``min_esv``           ESV ≥ value (currency)     ``min_economic`` ECO ≥ value (currency)
===================== ===================================================================

Solved with PuLP (the bundled CBC by default; HiGHS in-process when ``highspy`` is installed);
SciPy's HiGHS (``linprog``) is used where PuLP is missing. Every constraint is an explicit row,
so each has a shadow price: the change of the optimal objective per unit increase of its
right-hand side (currency per km² for area rows, currency per currency unit for value rows).

Why the report matters (see the research notes): an LP optimum is a vertex, so at most a few
classes lie strictly between their bounds; which constraints bind, and their shadow prices,
say which planning rule drives the result. Warnings name constraints that cannot change the
optimum and classes that dominate others on both values without an upper bound.
"""
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..i18n import tr as _tr

KINDS = ("total_area", "min_area", "max_area", "min_share", "max_share", "not_below_current",
         "not_above_current", "esv_growth", "economic_growth", "min_esv", "min_economic")
_CLASS_KINDS = ("min_area", "max_area", "min_share", "max_share", "not_below_current",
                "not_above_current")
OBJECTIVES = ("economic", "esv", "sweep")
_TOL = 1e-6


@dataclass
class LandClass:
    code: int
    name: str
    current: float   # km²
    esv: float       # currency per ha
    economic: float  # currency per ha


@dataclass
class Constraint:
    kind: str
    code: int = None
    value: float = None


@dataclass
class Row:
    """A canonical constraint: coeffs·x (sense) rhs."""
    label: str
    kind: str
    code: object
    coeffs: np.ndarray
    sense: str        # '>=', '<=' or '=='
    rhs: float
    unit: str         # unit of the row (km² or currency)
    source: int       # index of the user constraint


@dataclass
class RowResult:
    row: Row
    lhs: float
    slack: float          # 0 within the binding tolerance (solver round-off is not slack)
    binding: bool
    shadow_price: float
    slack_pct: float = None   # slack as a percentage of |rhs| (None when rhs = 0)


@dataclass
class LPResult:
    objective: str
    x: np.ndarray
    objective_value: float
    esv: float
    economic: float
    rows: list
    warnings: list = field(default_factory=list)
    backend: str = ""
    sweep: list = field(default_factory=list)   # dicts: step, floor, esv, economic, x


# --------------------------------------------------------------------------------------------
# solver back-ends: maximise c·x subject to rows, x ≥ 0
# --------------------------------------------------------------------------------------------
def available_backend(preferred="auto"):
    """'pulp-highs' when PuLP and highspy are installed, else 'pulp-cbc', else 'scipy'."""
    if preferred != "auto":
        return preferred
    try:
        import pulp  # noqa: F401
    except ImportError:
        return "scipy"
    try:
        import highspy  # noqa: F401
        import pulp
        if hasattr(pulp, "HiGHS") and pulp.HiGHS(msg=False).available():
            return "pulp-highs"
    except Exception:
        pass
    return "pulp-cbc"


def _solve_pulp(c, rows, backend):
    import pulp
    prob = pulp.LpProblem("landuse_structure", pulp.LpMaximize)
    K = len(c)
    if hasattr(prob, "add_variable"):  # PuLP ≥ 3.3 (the 4.0 API)
        x = [prob.add_variable("x%d" % k, lowBound=0) for k in range(K)]
    else:
        x = [pulp.LpVariable("x%d" % k, lowBound=0) for k in range(K)]
    prob += pulp.lpSum(float(c[k]) * x[k] for k in range(K) if c[k] != 0) + 0 * x[0]
    names = []
    for i, r in enumerate(rows):
        expr = pulp.lpSum(float(a) * x[k] for k, a in enumerate(r.coeffs) if a != 0)
        if r.sense == ">=":
            con = expr >= float(r.rhs)
        elif r.sense == "<=":
            con = expr <= float(r.rhs)
        else:
            con = expr == float(r.rhs)
        name = "c%d" % i
        prob += con, name
        names.append(name)
    if backend == "pulp-highs":
        solver = pulp.HiGHS(msg=False)
    else:
        solver = pulp.PULP_CBC_CMD(msg=False)
    prob.solve(solver)
    status = pulp.LpStatus.get(prob.status, "Undefined")
    if status != "Optimal":
        return ("infeasible" if status in ("Infeasible", "Unbounded", "Undefined",
                                           "Not Solved") else "error"), None, None
    xs = np.array([v.varValue or 0.0 for v in x], dtype=float)
    cons = prob.constraints
    getc = (lambda n: cons[n]) if isinstance(cons, dict) else prob.get_constraint_by_name
    duals = np.array([getc(n).pi if getc(n).pi is not None else np.nan for n in names],
                     dtype=float)
    model = getattr(prob, "solverModel", None)
    if np.isnan(duals).any() and model is not None and hasattr(model, "getSolution"):
        # PuLP's HiGHS interface (≤ 3.x) leaves .pi empty: read HiGHS' row duals, which it
        # added in the order of the constraints for the minimisation of −objective
        row_dual = np.asarray(model.getSolution().row_dual, dtype=float)
        if row_dual.size == len(names):
            duals = -row_dual
    return "optimal", xs, duals


def _solve_scipy(c, rows, backend):
    from scipy.optimize import linprog
    K = len(c)
    A_ub, b_ub, A_eq, b_eq, where = [], [], [], [], []
    for r in rows:
        if r.sense == "==":
            where.append(("eq", len(A_eq)))
            A_eq.append(r.coeffs)
            b_eq.append(r.rhs)
        else:
            s = 1.0 if r.sense == "<=" else -1.0
            where.append(("ub", len(A_ub), s))
            A_ub.append(s * r.coeffs)
            b_ub.append(s * r.rhs)
    res = linprog(-np.asarray(c, float), A_ub=np.array(A_ub).reshape(-1, K) if A_ub else None,
                  b_ub=b_ub or None, A_eq=np.array(A_eq).reshape(-1, K) if A_eq else None,
                  b_eq=b_eq or None, bounds=[(0, None)] * K, method="highs")
    if res.status == 2 or res.status == 3:
        return "infeasible", None, None
    if res.status != 0:
        return "error", None, None
    duals = []
    for w in where:
        if w[0] == "eq":
            duals.append(-res.eqlin.marginals[w[1]])
        else:
            duals.append(-w[2] * res.ineqlin.marginals[w[1]])
    return "optimal", np.asarray(res.x, float), np.array(duals, float)


def _raw_solve(c, rows, backend):
    if backend == "scipy":
        return _solve_scipy(c, rows, backend)
    return _solve_pulp(c, rows, backend)


def solve(c, rows, backend="auto"):
    """Maximise ``c·x`` over ``rows`` with x ≥ 0 → ``(status, x, duals)``.

    ``status``: 'optimal', 'infeasible', 'unbounded' or 'error'. ``duals[i]`` = change of the
    optimum per unit increase of ``rows[i].rhs``. Rows are scaled internally (values in
    currency are large) and the duals scaled back.
    """
    backend = available_backend(backend)
    c = np.asarray(c, float)
    scale_rows = []
    for r in rows:
        s = np.max(np.abs(r.coeffs)) if np.any(r.coeffs) else 1.0
        s = 1.0 / s if s > 0 else 1.0
        scale_rows.append(s)
    f = 1.0 / np.max(np.abs(c)) if np.any(c) else 1.0
    scaled = [Row(r.label, r.kind, r.code, r.coeffs * s, r.sense, r.rhs * s, r.unit, r.source)
              for r, s in zip(rows, scale_rows)]
    status, x, duals = _raw_solve(c * f, scaled, backend)
    if status == "infeasible":
        # CBC may call an unbounded problem infeasible: look at feasibility alone
        fs, _, _ = _raw_solve(np.zeros_like(c), scaled, backend)
        if fs == "optimal":
            status = "unbounded"
    if status != "optimal":
        return status, None, None
    duals = np.array([d * s / f for d, s in zip(duals, scale_rows)])
    return status, x, duals


def feasible(rows, K, backend="auto"):
    st, _, _ = solve(np.zeros(K), rows, backend)
    return st == "optimal"


def conflicting_rows(rows, K, backend="auto"):
    """An irreducible infeasible subset of ``rows`` (deletion filter, Chinneck & Dravnieks
    1991): dropping any one of the returned rows makes the rest feasible."""
    keep = list(rows)
    i = 0
    while i < len(keep):
        trial = keep[:i] + keep[i + 1:]
        if not feasible(trial, K, backend):
            keep = trial
        else:
            i += 1
    return keep


# --------------------------------------------------------------------------------------------
# model building
# --------------------------------------------------------------------------------------------
def _fmt(v):
    return "{:,.6g}".format(v)


def build_rows(classes, constraints):
    """User constraints → canonical rows (raising InputError for unknown kinds or classes)."""
    K = len(classes)
    codes = [c.code for c in classes]
    name = {c.code: c.name or str(c.code) for c in classes}
    cur = np.array([c.current for c in classes], float)
    v = 100.0 * np.array([c.esv for c in classes], float)
    e = 100.0 * np.array([c.economic for c in classes], float)
    esv0, eco0 = float(v @ cur), float(e @ cur)
    totals = [c for c in constraints if c.kind == "total_area"]
    if len(totals) > 1:
        raise InputError(_tr("The constraint table has more than one 'total_area' row."))
    total = None
    if totals:
        total = float(cur.sum() if totals[0].value is None else totals[0].value)
        if total <= 0:
            raise InputError(_tr("The fixed total area must be positive (km²)."))
    rows = []
    for i, con in enumerate(constraints):
        kind = (con.kind or "").strip().lower()
        if kind not in KINDS:
            raise InputError(_tr("Constraint row {}: unknown type '{}'. Use one of: {}.").format(
                i + 1, con.kind, ", ".join(KINDS)))
        unit_vec = None
        if kind in _CLASS_KINDS:
            if con.code not in codes:
                raise InputError(_tr("Constraint row {} ({}) names the class {}, which is not in "
                                 "the class table.").format(i + 1, kind, con.code))
            k = codes.index(con.code)
            unit_vec = np.zeros(K)
            unit_vec[k] = 1.0
            cname = name[con.code]
        needs_value = kind not in ("total_area", "not_below_current", "not_above_current")
        if needs_value and (con.value is None or not np.isfinite(con.value)):
            raise InputError(_tr("Constraint row {} ({}) needs a value.").format(i + 1, kind))
        if kind == "total_area":
            rows.append(Row("total area = {} km²".format(_fmt(total)), kind, None, np.ones(K),
                            "==", total, "km²", i))
        elif kind in ("min_area", "max_area"):
            s = ">=" if kind == "min_area" else "<="
            rows.append(Row("{} {} {} km²".format(cname, "≥" if s == ">=" else "≤",
                                                 _fmt(con.value)),
                            kind, con.code, unit_vec, s, float(con.value), "km²", i))
        elif kind in ("not_below_current", "not_above_current"):
            s = ">=" if kind == "not_below_current" else "<="
            rows.append(Row("{} {} current ({} km²)".format(
                cname, "not below" if s == ">=" else "not above", _fmt(cur[k])),
                kind, con.code, unit_vec, s, float(cur[k]), "km²", i))
        elif kind in ("min_share", "max_share"):
            if not 0 <= con.value <= 100:
                raise InputError(_tr("Constraint row {} ({}): a share is a percentage between 0 "
                                 "and 100, not {:g}.").format(i + 1, kind, con.value))
            s = ">=" if kind == "min_share" else "<="
            sym = "≥" if s == ">=" else "≤"
            if total is not None:
                rows.append(Row("{} {} {:g} % of the total ({} km²)".format(
                    cname, sym, con.value, _fmt(con.value * total / 100.0)), kind, con.code,
                    unit_vec, s, con.value * total / 100.0, "km²", i))
            else:
                rows.append(Row("{} {} {:g} % of the total".format(cname, sym, con.value),
                                kind, con.code, unit_vec - con.value / 100.0, s, 0.0, "km²", i))
        elif kind == "esv_growth":
            rows.append(Row("ESV ≥ current × {:g} ({:+g} %)".format(1 + con.value / 100.0,
                                                                   con.value),
                            kind, None, v.copy(), ">=", (1 + con.value / 100.0) * esv0,
                            "currency", i))
        elif kind == "economic_growth":
            rows.append(Row("economic benefit ≥ current × {:g} ({:+g} %)".format(
                1 + con.value / 100.0, con.value), kind, None, e.copy(), ">=",
                (1 + con.value / 100.0) * eco0, "currency", i))
        elif kind == "min_esv":
            rows.append(Row("ESV ≥ {}".format(_fmt(con.value)), kind, None, v.copy(), ">=",
                            float(con.value), "currency", i))
        elif kind == "min_economic":
            rows.append(Row("economic benefit ≥ {}".format(_fmt(con.value)), kind, None,
                            e.copy(), ">=", float(con.value), "currency", i))
    return rows, total


def _upper_bounded(rows, k):
    return any(r.sense in ("<=", "==") and r.kind in _CLASS_KINDS and r.coeffs[k] > 0
               for r in rows)


def model_warnings(classes, rows, objective, total, scored=False):
    """Plain-language warnings: constraints that cannot change the optimum, and classes that
    dominate others or top the objective without an upper bound. With ``scored`` each is a
    ``(category, km² at stake, text)`` tuple (see :func:`order_warnings`)."""
    out = []
    cur_area = np.array([c.current for c in classes], float)
    name = [c.name or str(c.code) for c in classes]
    K = len(classes)
    v = np.array([c.esv for c in classes], float)
    e = np.array([c.economic for c in classes], float)
    maximised = {"economic": ("economic_growth", "min_economic"),
                 "sweep": ("economic_growth", "min_economic"),
                 "esv": ("esv_growth", "min_esv")}[objective]
    for r in rows:
        if r.kind in maximised:
            what = _tr("ESV") if objective == "esv" else _tr("economic benefit")
            out.append((REDUNDANT, 0.0,
                        _tr("'{}' is redundant: the objective already maximises {}, so this "
                            "floor can never bind; it can only make the scenario infeasible. "
                            "Remove it, or maximise the other value.").format(r.label, what)))
    # weaker duplicates of per-class bounds with a constant right-hand side
    for k in range(K):
        lows = [r for r in rows if r.kind in _CLASS_KINDS and r.sense == ">="
                and np.count_nonzero(r.coeffs) == 1 and r.coeffs[k] == 1.0]
        highs = [r for r in rows if r.kind in _CLASS_KINDS and r.sense == "<="
                 and np.count_nonzero(r.coeffs) == 1 and r.coeffs[k] == 1.0]
        for r in lows:
            if r.rhs <= 0:
                out.append((REDUNDANT, 0.0,
                            _tr("'{}' is redundant: areas are never negative.").format(r.label)))
        if len(lows) > 1:
            best = max(lows, key=lambda r: r.rhs)
            for r in lows:
                if r is not best and r.rhs <= best.rhs:
                    out.append((REDUNDANT, 0.0, _tr("'{}' is redundant: '{}' is stricter.")
                                .format(r.label, best.label)))
        if len(highs) > 1:
            best = min(highs, key=lambda r: r.rhs)
            for r in highs:
                if r is not best and r.rhs >= best.rhs:
                    out.append((REDUNDANT, 0.0, _tr("'{}' is redundant: '{}' is stricter.")
                                .format(r.label, best.label)))
        if total is not None:
            for r in highs:
                if r.rhs >= total:
                    out.append((REDUNDANT, 0.0,
                                _tr("'{}' is redundant: the total area is only {} km².").format(
                                    r.label, _fmt(total))))
    if total is not None:
        for a in range(K):
            if _upper_bounded(rows, a):
                continue
            dominated = [b for b in range(K) if b != a and v[a] >= v[b] and e[a] >= e[b]
                         and (v[a] > v[b] or e[a] > e[b])]
            if dominated:
                out.append((STRUCTURE, float(cur_area[dominated].sum()),
                            _tr("{} has at least the ecosystem service value and the economic "
                                "value per ha of {}, and nothing caps {}: the optimum moves land "
                                "from {} into {} until their lower bounds stop it, whatever the "
                                "objective. Add an upper bound (max_area or max_share) on {} if "
                                "that is not intended.").format(
                                name[a], ", ".join(name[b] for b in dominated), name[a],
                                ", ".join(name[b] for b in dominated), name[a], name[a])))
        obj = e if objective in ("economic", "sweep") else v
        best = int(np.argmax(obj))
        if not _upper_bounded(rows, best) and np.sum(obj == obj[best]) == 1:
            out.append((STRUCTURE, float(total - cur_area[best]),
                        _tr("{} has the highest {} per ha and no upper bound: every km² not "
                            "held by another class's lower bound (or by a value floor) goes to "
                            "{}. Add an upper bound on {} if that is not intended.").format(
                            name[best], _tr("economic value") if obj is e else _tr("ESV"),
                            name[best], name[best])))
    return out if scored else [t for _, _, t in out]


def implied_rows(rows, K, backend="auto", skip=()):
    """Indices of inequality rows that the other rows already imply (the row can never be
    violated, so it cannot change any optimum): for a ≥ row, min a·x over the others is
    already ≥ rhs; for a ≤ row, max a·x ≤ rhs. One LP per row."""
    out = []
    for i, r in enumerate(rows):
        if r.sense == "==" or i in skip:
            continue
        others = rows[:i] + rows[i + 1:]
        sign = -1.0 if r.sense == ">=" else 1.0      # maximise sign·a·x
        st, x, _ = solve(sign * r.coeffs, others, backend)
        if st != "optimal":
            continue
        extreme = float(r.coeffs @ x)
        tol = _TOL * max(1.0, abs(r.rhs))
        if (r.sense == ">=" and extreme >= r.rhs - tol) or (
                r.sense == "<=" and extreme <= r.rhs + tol):
            out.append(i)
    return out


def _evaluate(rows, x, duals):
    """Value, slack and shadow price of every row at ``x``. A slack within the tolerance
    (1e-6 relative to the row's scale) is solver round-off: the row binds and its slack is
    shown as 0 (a floor of 1.6e12 met to −17,516 is met)."""
    out = []
    for r, d in zip(rows, duals):
        lhs = float(r.coeffs @ x)
        slack = (lhs - r.rhs) if r.sense == ">=" else (r.rhs - lhs if r.sense == "<=" else 0.0)
        scale = max(1.0, abs(r.rhs), float(np.abs(r.coeffs).max()) if r.coeffs.size else 1.0)
        binding = r.sense == "==" or abs(slack) <= _TOL * scale
        if binding:
            slack = 0.0
        pct = 100.0 * slack / abs(r.rhs) if r.rhs != 0 else None
        out.append(RowResult(r, lhs, float(slack), bool(binding),
                             float(d) if binding else 0.0, pct))
    return out


#: consequence categories of the warnings, most consequential first
OUTCOME, STRUCTURE, REDUNDANT = 0, 1, 2


def outcome_warnings(classes, scenarios, change_pct=50.0, sweep=False):
    """Warnings about what the optimum does to each class, with the bound that would stop it.

    ``scenarios``: optimal area vectors (the optimum, then the sweep's points). A class with a
    current area that ends at 0 km² (in the optimum), or whose area changes by more than
    ``change_pct`` %, is named with its change and the floor (current × (1 − share)) or cap
    (current × (1 + share)) that keeps the change within the share. Returns
    ``[(OUTCOME, km² at stake, text)]``."""
    out = []
    X = np.atleast_2d(np.asarray(scenarios, float))
    x = X[0]
    s = float(change_pct) / 100.0
    for k, c in enumerate(classes):
        cur = float(c.current)
        if cur <= 0:
            continue
        name = c.name or str(c.code)
        tol = _TOL * max(1.0, cur)
        every = sweep and X.shape[0] > 1 and bool(np.all(X[:, k] <= tol))
        where = _tr(" in every scenario of the sweep") if every else ""
        change = x[k] - cur
        if x[k] <= tol:
            floor = cur * (1.0 - s) if s < 1 else 0.0
            out.append((OUTCOME, cur, _tr(
                "{} ends at 0 km² (−100 %, from {} km²){}. If it must stay, add a floor: "
                "min_area {} {:.6g} (its current area − {:g} %), or not_below_current {}."
            ).format(name, _fmt(cur), where, c.code, floor, change_pct, c.code)))
        elif abs(change) > s * cur + tol:
            if change < 0:
                bound = "min_area {} {:.6g}".format(c.code, cur * (1.0 - s))
            else:
                bound = "max_area {} {:.6g}".format(c.code, cur * (1.0 + s))
            out.append((OUTCOME, abs(change), _tr(
                "{} changes by {:+.1f} % ({} → {} km²), more than {:g} %. The bound that "
                "keeps it within {:g} %: {}.").format(
                name, 100.0 * change / cur, _fmt(cur), _fmt(x[k]), change_pct, change_pct,
                bound)))
    return out


def order_warnings(scored):
    """Warnings ordered by consequence: what the optimum does to classes (largest area
    first), then what structures it (dominance, an uncapped best class: largest area at
    stake first), then redundant rules; the order of the list within a tie."""
    idx = sorted(range(len(scored)), key=lambda i: (scored[i][0], -scored[i][1], i))
    seen, out = set(), []
    for i in idx:
        t = scored[i][2]
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def optimise(classes, constraints, objective="economic", sweep_points=11, backend="auto",
             progress=None, change_pct=50.0):
    """Solve the land-use structure LP → :class:`LPResult` (see the module docstring).

    ``warnings`` come ordered by consequence (:func:`order_warnings`): a class driven to 0 or
    changed by more than ``change_pct`` % (with the bound that would stop it), dominance and
    uncapped best classes, then redundant rules.

    Infeasible scenarios raise :class:`InputError` naming a smallest set of conflicting
    constraints; unbounded ones name the classes nothing limits.
    """
    from ..progress import as_progress
    prog = as_progress(progress)
    if objective not in OBJECTIVES:
        raise InputError(_tr("Unknown objective '{}'.").format(objective))
    if not classes:
        raise InputError(_tr("The class table is empty."))
    codes = [c.code for c in classes]
    dup = sorted({c for c in codes if codes.count(c) > 1})
    if dup:
        raise InputError(_tr("The class table lists the code(s) {} more than once.").format(dup))
    for c in classes:
        for what, val in (("current area", c.current), ("ecological coefficient", c.esv),
                          ("economic coefficient", c.economic)):
            if val is None or not np.isfinite(val):
                raise InputError(_tr("Class {}: the {} is empty or not a number.").format(
                    c.code, what))
        if c.current < 0:
            raise InputError(_tr("Class {}: the current area is negative.").format(c.code))
    backend = available_backend(backend)
    K = len(classes)
    rows, total = build_rows(classes, constraints)
    v = 100.0 * np.array([c.esv for c in classes], float)
    e = 100.0 * np.array([c.economic for c in classes], float)
    warnings = model_warnings(classes, rows, objective, total, scored=True)
    prog(0.05)

    def run(c, rws):
        st, x, d = solve(c, rws, backend)
        if st == "optimal":
            return x, d
        if st == "unbounded":
            free = [cl.name or str(cl.code) for k, cl in enumerate(classes)
                    if c[k] > 0 and not _upper_bounded(rws, k)]
            raise InputError(
                _tr("The scenario is unbounded: nothing limits the area of {}. Add the "
                "'total_area' constraint (total area fixed) or upper bounds.").format(
                    ", ".join(free) or "some classes"))
        if st == "infeasible":
            iis = conflicting_rows(rws, K, backend)
            raise InputError(
                _tr("The scenario is infeasible: these constraints cannot all hold at once: {}. "
                "Relax or remove one of them.").format("; ".join(
                    "'{}'".format(r.label) for r in iis)))
        raise InputError(_tr("The LP solver ({}) failed on this scenario.").format(backend))

    c = e if objective in ("economic", "sweep") else v
    x, duals = run(c, rows)
    named = {r.label for r in rows if any("'{}'".format(r.label) in w for _, _, w in warnings)}
    for i in implied_rows(rows, K, backend):
        if rows[i].label not in named:
            warnings.append((REDUNDANT, 0.0,
                             _tr("'{}' is redundant: the other constraints already imply it, "
                                 "so it cannot change the result.").format(rows[i].label)))
    prog(0.3)
    result = LPResult(objective, x, float(c @ x), float(v @ x), float(e @ x),
                      _evaluate(rows, x, duals), warnings, backend)
    if objective == "sweep":
        x_esv, _ = run(v, rows)
        lo, hi = float(v @ x), float(v @ x_esv)
        n = max(int(sweep_points), 2)
        for i, eps in enumerate(np.linspace(lo, hi, n)):
            if i == n - 1:
                eps = hi * (1 - 1e-9) if hi > 0 else hi  # the end point within round-off
            floor = Row("ESV ≥ {}".format(_fmt(eps)), "min_esv", None, v.copy(), ">=",
                        float(eps), "currency", -1)
            xs, ds = run(e, rows + [floor])
            result.sweep.append({"step": i + 1, "floor": float(eps), "esv": float(v @ xs),
                                 "economic": float(e @ xs), "x": xs,
                                 "shadow_esv": float(ds[-1])})
            prog(0.3 + 0.7 * (i + 1) / n)
    scen = [x] + [p["x"] for p in result.sweep]
    result.warnings = order_warnings(
        warnings + outcome_warnings(classes, scen, change_pct, sweep=objective == "sweep"))
    prog(1.0)
    return result


def current_values(classes):
    """(ESV, economic benefit) of the current areas (currency)."""
    cur = np.array([c.current for c in classes], float)
    return (float(100.0 * np.array([c.esv for c in classes]) @ cur),
            float(100.0 * np.array([c.economic for c in classes]) @ cur))
