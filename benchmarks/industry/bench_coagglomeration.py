"""Speed of ecoecon:coagglomeration (core), not run by CI.

    nice python benchmarks/industry/bench_coagglomeration.py scale --draws 20 60
    nice python benchmarks/industry/bench_coagglomeration.py exactness --industries 12 --draws 100
    nice python benchmarks/industry/bench_coagglomeration.py naive --industries 4 --draws 3
    nice python benchmarks/industry/bench_coagglomeration.py accuracy
    nice python benchmarks/industry/bench_coagglomeration.py goal --precision 0.01 --processes 2 --out /tmp/g
    nice python benchmarks/industry/bench_coagglomeration.py paper --processes 2            # the full run
    nice python benchmarks/industry/bench_coagglomeration.py paper --profile-rows 3 --draws 1000
    nice python benchmarks/industry/bench_coagglomeration.py pairs --rows 5 --cols 4   # vs exact
    nice python benchmarks/industry/bench_coagglomeration.py cancel --processes 2 --after 60

Workload of the issue: 40 industries in 8 groups, 8,000 firms (synthetic, see synth.py), 1,000
draws. The machine is shared: every figure is given as CPU seconds of this process
(``time.process_time``, which is what a free core would spend) beside the wall time.
"""
import argparse
import os
import resource
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)


def _load():
    import importlib.util
    if "ecoecon" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "ecoecon", os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT])
        mod = importlib.util.module_from_spec(spec)
        sys.modules["ecoecon"] = mod
        spec.loader.exec_module(mod)
    from ecoecon.core.industry import coagglomeration as cg
    return cg


def _timed(fn, *a, **kw):
    w0, c0 = time.perf_counter(), time.process_time()
    r = fn(*a, **kw)
    return r, time.perf_counter() - w0, time.process_time() - c0


def _subset(codes, n_ind):
    """The n_ind industries closest to the median size (a typical, not the cheapest, set)."""
    u, c = np.unique(codes, return_counts=True)
    order = np.argsort(np.abs(c - np.median(c)))
    return sorted(u[order[:n_ind]].tolist())


def scale(args):
    cg = _load()
    from synth import make_firms
    xy, codes = make_firms(8000, 40, 8)
    out = []
    for D in args.draws:
        r, wall, cpu = _timed(cg.coagglomeration, xy, codes, draws=D, seed=1,
                              n_jobs=args.jobs)
        out.append((D, wall, cpu, r.stats))
        print("draws %d: wall %.1f s, cpu %.1f s, exact solves %d, binned %d, decided by dual "
              "%d, by binned %d" % (D, wall, cpu, r.stats["exact"], r.stats["binned"],
                                    r.stats["decided_dual"], r.stats["decided_binned"]),
              flush=True)
    if len(out) >= 2:
        (d0, _, c0, _), (d1, _, c1, _) = out[0], out[-1]
        slope = (c1 - c0) / (d1 - d0)
        fixed = c0 - slope * d0
        print("cpu = %.1f s + %.3f s/draw -> 1000 draws: %.0f cpu-s, %.0f s on 2 free cores"
              % (fixed, slope, fixed + 1000 * slope, (fixed + 1000 * slope) / 2))
    print("peak RSS %.0f MB" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def exactness(args):
    cg = _load()
    from synth import make_firms
    xy, codes = make_firms(8000, 40, 8)
    only = _subset(codes, args.industries)
    kw = dict(draws=args.draws, seed=1, only=only)
    rc, wc, cc = _timed(cg.coagglomeration, xy, codes, certify=True, **kw)
    rf, wf, cf = _timed(cg.coagglomeration, xy, codes, certify=False, **kw)
    d = np.abs(rc.coagg - rf.coagg)
    print("%d industries (sizes %s), pool 8000 firms, %d draws" % (len(only),
                                                                   rc.sizes.tolist(), args.draws))
    print("full exact: wall %.1f s cpu %.1f s (%d solves); certified: wall %.1f s cpu %.1f s "
          "(%d exact solves)" % (wf, cf, rf.stats["exact"], wc, cc, rc.stats["exact"]))
    print("max |dCoagg| = %.4g, max |dW| = %.3g, significant pairs %d vs %d"
          % (d.max(), np.abs(rc.W - rf.W).max(), int((rc.coagg >= 0.95).sum()),
             int((rf.coagg >= 0.95).sum())))
    print("share of pairs with Coagg 0 or 1: %.2f" % np.mean((rf.coagg == 0) | (rf.coagg == 1)))


def goal(args):
    """The issue's goal: the full workload with a precision, against the exact run (same
    seed, every draw decided). Each run's Coagg is saved in --out; an exact run already there
    is reused (it takes longer than the run being measured)."""
    cg = _load()
    from synth import make_firms
    xy, codes = make_firms(8000, 40, 8)
    os.makedirs(args.out, exist_ok=True)
    runs = {}
    for prec in (args.precision, 0.0):
        path = os.path.join(args.out, "coagg_D%d_p%g.npz" % (args.draws, prec))
        if os.path.exists(path):
            z = np.load(path)
            runs[prec] = (z["coagg"], z["used"])
            print("precision %g: reused %s" % (prec, path))
            continue
        t0 = os.times()
        r, wall, cpu = _timed(cg.coagglomeration, xy, codes, draws=args.draws, seed=1,
                              n_jobs=args.jobs, precision=prec, processes=args.processes)
        t1 = os.times()
        cpu += (t1.children_user - t0.children_user) + (t1.children_system - t0.children_system)
        st = r.stats
        print("%s, precision %g: wall %.1f s, cpu %.1f s; exact solves %d, binned %d, refined %d "
              "(decided %d), pair-draws used %d of %d, pairs stopped early %d"
              % ("%d processes" % args.processes if args.processes else "%d threads" % args.jobs,
                 prec, wall, cpu, st["exact"], st["binned"], st.get("refined", 0),
                 st.get("decided_refined", 0), int(r.used.sum()), r.used.size * args.draws,
                 int((r.used < args.draws).sum())), flush=True)
        np.savez(path, coagg=r.coagg, used=r.used)
        runs[prec] = (r.coagg, r.used)
    (c, used), (c0, _) = runs[args.precision], runs[0.0]
    d = np.abs(c - c0)
    print("max |dCoagg| = %.4f (stopped pairs %.4f, full-draw pairs %.4f); mean %.5f; "
          "decisions differing: significant %d, separated %d (of %d pairs)"
          % (d.max(), d[used < args.draws].max(initial=0), d[used == args.draws].max(initial=0),
             d.mean(), int(((c >= 0.95) != (c0 >= 0.95)).sum()),
             int(((c <= 0.05) != (c0 <= 0.05)).sum()), c.size))
    print("peak RSS %.0f MB" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def naive(args):
    """The naive loop (one POT call per pair and per draw) with the paper's entropic solver
    (POT Sinkhorn, log domain, POT defaults: 1000 iterations) against this engine."""
    import ot
    cg = _load()
    from ecoecon.core.industry.ot_solvers import cost_matrix
    from synth import make_firms
    xy, codes = make_firms(8000, 40, 8)
    xy = xy - xy.mean(0)
    only = _subset(codes, args.industries)
    codes_a = np.array(codes)
    members = [np.flatnonzero(codes_a == c) for c in only]
    F = len(codes)
    reg = args.sigma ** 2
    perms = cg.draw_permutations(1, args.draws, F, max(m.size for m in members))

    def loop(solver):
        for mj in members:
            a = np.full(mj.size, 1.0 / mj.size)
            for mk in members:
                b = np.full(mk.size, 1.0 / mk.size)
                solver(a, b, cost_matrix(xy[mj], xy[mk]))
                for bb in range(args.draws):
                    d = perms[bb, :mk.size]
                    solver(a, b, cost_matrix(xy[mj], xy[d]))

    calls = len(members) ** 2 * (args.draws + 1)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # POT warns that 1000 iterations did not converge
        _, w_pot, c_pot = _timed(loop, lambda a, b, M: ot.sinkhorn2(a, b, M, reg,
                                                                     method="sinkhorn_log"))
    print("naive POT sinkhorn_log: wall %.1f s cpu %.1f s" % (w_pot, c_pot), flush=True)
    _, w_emd, c_emd = _timed(loop, lambda a, b, M: ot.emd2(a, b, M))
    try:
        r_ent, w_ent, c_ent = _timed(cg.coagglomeration, xy, codes, draws=args.draws, seed=1,
                                     only=only, solver="entropic", sigma=args.sigma,
                                     tol=args.tol)
    except Exception as e:  # NotConverged: reported, not hidden
        print("engine entropic: %s" % e)
        w_ent = c_ent = float("nan")
    r_ex, w_ex, c_ex = _timed(cg.coagglomeration, xy, codes, draws=args.draws, seed=1,
                              only=only)
    print("%d industries (sizes %s), %d draws, %d transport problems, sigma %.0f m"
          % (len(only), [m.size for m in members], args.draws, calls, args.sigma))
    for name, w, c in [("naive loop, POT sinkhorn2 log, reg sigma^2", w_pot, c_pot),
                       ("naive loop, POT emd2", w_emd, c_emd),
                       ("engine, entropic (eps-scaling, converged)", w_ent, c_ent),
                       ("engine, exact certified", w_ex, c_ex)]:
        print("%-45s wall %8.2f s  cpu %8.2f s  ratio naive-POT-Sinkhorn/this %7.1fx"
              % (name, w, c, c_pot / c))


def accuracy(args):
    """W of POT's log-domain Sinkhorn (defaults: 1000 iterations) and of this plugin's
    eps-scaled Sinkhorn (tolerance 1e-2) against exact OT, for 16 (industry, draw) problems."""
    import warnings
    import ot
    _load()
    from ecoecon.core.industry.ot_solvers import cost_matrix, exact_ot, sinkhorn_log
    from synth import make_firms
    xy, codes = make_firms(8000, 40, 8)
    xy = xy - xy.mean(0)
    codes = np.array(codes)
    sel = _subset(codes.tolist(), 4)
    rng = np.random.default_rng(0)
    rows = []
    for j in sel:
        x = xy[codes == j]
        a = np.full(len(x), 1.0 / len(x))
        for k in sel:
            y = xy[rng.permutation(len(codes))[:(codes == k).sum()]]
            b = np.full(len(y), 1.0 / len(y))
            C = cost_matrix(x, y)
            ex = exact_ot(a, b, C)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pv = ot.sinkhorn2(a, b, C, args.sigma ** 2, method="sinkhorn_log")
            mv = sinkhorn_log(a, b, C, args.sigma ** 2)[0]
            rows.append((float(pv) / ex - 1, mv / ex - 1))
    r = np.array(rows)
    print("sigma %.0f m: POT sinkhorn2 log rel. error mean %.3f max|.| %.3f; eps-scaled tol "
          "1e-2: mean %.4f max|.| %.4f" % (args.sigma, r[:, 0].mean(), np.abs(r[:, 0]).max(),
                                           r[:, 1].mean(), np.abs(r[:, 1]).max()))


NATIONAL = dict(n_firms=100000, n_ind=300, n_groups=31)  # the national scale
PAPER = dict(n_firms=20000, n_ind=181, n_groups=31)  # Kang et al.'s scale: 181 three-digit
# industries in 31 two-digit groups; 20,000 firms (synth.py), 1,000 draws


def paper(args):
    """The paper's scale. Without --profile-rows: the whole run (worker processes, precision),
    wall, CPU (with the workers') and peak memory. With --profile-rows R: R rows spread over
    the sizes run one after the other in this thread under cProfile (every column, every
    draw, the same stopping rule), their CPU extrapolated to all rows, and the top of the
    profile."""
    cg = _load()
    from synth import make_firms
    xy, codes = make_firms(**(NATIONAL if args.national else PAPER))
    spec = cg.describe(xy, codes, draws=args.draws, seed=1, precision=args.precision)
    K = len(spec.members)
    sizes = spec.sizes
    print("national workload" if args.national else "paper workload", end="")
    print(": %d industries in %d groups, %d firms (sizes %d..%d, %d distinct), "
          "%d draws, precision %g" % (K, len(set(spec.groups)), xy.shape[0], sizes.min(),
                                      sizes.max(), np.unique(sizes).size, args.draws,
                                      args.precision), flush=True)
    if not args.profile_rows and not args.rows:
        from ecoecon.core import runners
        t0 = os.times()
        # the workers of the observed stage go on with the draws, as in coagglomeration()
        runner = runners.make_runner(threads=args.jobs, processes=args.processes,
                                     fallback=False, reuse=True)
        try:
            r, wall, cpu = _timed(cg.run, spec, runner, log=print)
        finally:
            runner.close()
        t1 = os.times()
        cpu += (t1.children_user - t0.children_user) + (t1.children_system - t0.children_system)
        print("wall %.1f s, cpu %.1f s (with the workers), pair-draws used %d of %d; stats %s"
              % (wall, cpu, int(r.used.sum()), r.used.size * args.draws, r.stats))
        if args.out:
            np.savez(args.out, coagg=r.coagg, used=r.used, W=r.W)
        print("peak RSS %.0f MB (this process)"
              % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
        return
    import cProfile
    import pstats
    eng = spec.engine()
    if args.rows:  # rows chosen by rank of size (0 = smallest, -1 = largest)
        rows = np.argsort(sizes)[np.array(args.rows)]
    else:
        rows = np.argsort(sizes)[np.linspace(0, K - 1, args.profile_rows).round().astype(int)]
    prof = cProfile.Profile() if args.cprofile else None
    c0 = time.process_time()
    if prof:
        prof.enable()
    tq = 0.0
    q = {}
    per_row = []
    setup = []  # row_setup (observed row, dual bounds) runs whole: not scaled by size_step
    for j in rows:
        r0 = time.process_time()
        row, st = eng.row_setup(int(j))
        setup.append(time.process_time() - r0)
        for si, n in enumerate(eng.uniq):
            if si % args.size_step:  # a sample of the draw sizes (cost per row / size_step)
                continue
            if si not in q:
                t = time.process_time()
                q[si] = eng.quantise_draws(int(n))
                tq += time.process_time() - t
            for k, v in eng.row_size(int(j), si, row, q[si]).items():
                st[k] = st.get(k, 0) + v
        per_row.append(time.process_time() - r0)
        print("row %d (%d firms): %.1f cpu-s; pair-draws used %d; %s"
              % (j, sizes[j], per_row[-1], int(row["used"].sum()),
                 ", ".join("%s %s" % (k, ("%.1f" % v) if isinstance(v, float) else v)
                           for k, v in sorted(st.items()))), flush=True)
    if prof:
        prof.disable()
    total = time.process_time() - c0
    rowcpu = np.mean(per_row) - tq / len(rows) - np.mean(setup)
    # every size_step-th draw size only: the row's cost over the sizes scales up by
    # size_step, its set-up (observed row, dual bounds) does not
    rowcpu, tq = rowcpu * args.size_step + np.mean(setup), tq * args.size_step
    print("row set-up (observed row, dual bounds; not scaled): %.1f cpu-s per row"
          % np.mean(setup))
    est = rowcpu * K + tq * max(1, args.processes)
    print("quantised draws (once per size and worker): %.1f cpu-s; per row %.1f cpu-s -> all "
          "%d rows about %.0f cpu-s, %.1f min on 2 free cores" % (tq, rowcpu, K, est, est / 120))
    print("profile: %.1f cpu-s" % total)
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(22)


def pairs(args):
    """Sample-pair comparison at the paper's scale: for --rows rows spread over the sizes
    (smallest .. largest) against the columns of --cols draw sizes spread over the sizes
    (every column of such a size), Coagg with the precision against the exact certified run
    (precision 0: every draw decided, equal to solving every draw) of the same seed and the
    same draws. Prints every pair, max |dCoagg| and the decisions that differ."""
    cg = _load()
    from synth import make_firms
    xy, codes = make_firms(**PAPER)
    spec = cg.describe(xy, codes, draws=args.draws, seed=1, precision=args.precision)
    spec0 = cg.describe(xy, codes, draws=args.draws, seed=1, precision=0.0)
    K = len(spec.members)
    sizes = spec.sizes
    eng = spec.engine()
    eng0 = spec0.engine(perms=eng.perms)
    order = np.argsort(sizes, kind="stable")
    rows = order[np.linspace(0, K - 1, args.rows).round().astype(int)]
    sis = np.unique(np.quantile(np.arange(eng.uniq.size), np.linspace(0, 1, args.cols))
                    .round().astype(int))
    print("pairs: rows %s (firms %s), column sizes %s, %d draws, precision %g vs 0"
          % (rows.tolist(), sizes[rows].tolist(), eng.uniq[sis].tolist(), args.draws,
             args.precision), flush=True)
    q = {}
    out = []
    cpu = [0.0, 0.0]
    for j in rows:
        row, _ = eng.row_setup(int(j))
        row0 = dict(row, exceed=np.zeros(K), used=np.full(K, args.draws, dtype=np.int64))
        for si in sis:
            if si not in q:
                q[si] = eng.quantise_draws(int(eng.uniq[si]))
            t = time.process_time()
            eng.row_size(int(j), int(si), row, q[si])
            cpu[0] += time.process_time() - t
            t = time.process_time()
            eng0.row_size(int(j), int(si), row0, q[si])
            cpu[1] += time.process_time() - t
            for k in np.flatnonzero(sizes == eng.uniq[si]):
                c = row["exceed"][k] / row["used"][k]
                c0 = row0["exceed"][k] / args.draws
                out.append((int(j), int(k), int(sizes[j]), int(sizes[k]), c, c0,
                            int(row["used"][k])))
                print("  row %3d (%4d firms) col %3d (%4d firms): Coagg %.4f exact %.4f "
                      "|d| %.4f draws used %d" % (j, sizes[j], k, sizes[k], c, c0, abs(c - c0),
                                                out[-1][6]),
                      flush=True)
    c = np.array([o[4] for o in out])
    c0 = np.array([o[5] for o in out])
    d = np.abs(c - c0)
    flips = int(((c >= 0.95) != (c0 >= 0.95)).sum() + ((c <= 0.05) != (c0 <= 0.05)).sum())
    print("%d pairs: max |dCoagg| %.4f, mean %.4f; decisions differing %d; cpu precision %g "
          "%.1f s, exact %.1f s" % (len(out), d.max(), d.mean(), flips, args.precision,
                                    cpu[0], cpu[1]))


def cancel(args):
    """Time from a cancel request to the end of the run (the issue's workload, 8,000 firms),
    with worker processes or threads, cancelled --after seconds into the run (in the
    counterfactual stage by default), and whether any worker process is left."""
    import threading
    cg = _load()
    from ecoecon.core.progress import Canceled, Progress
    from synth import make_firms
    xy, codes = make_firms(8000, 40, 8)
    asked = []
    timer = threading.Timer(args.after, lambda: asked.append(time.perf_counter()))
    timer.start()
    prog = Progress(is_canceled=lambda: bool(asked))
    try:
        cg.coagglomeration(xy, codes, draws=1000, seed=1, precision=0.01, n_jobs=2,
                           processes=args.processes, progress=prog, fallback=False)
        print("finished before the cancel")
    except Canceled:
        took = time.perf_counter() - asked[0]
        import psutil
        left = psutil.Process().children(recursive=True)
        print("%s: cancel took %.2f s; worker processes left: %d"
              % ("%d processes" % args.processes if args.processes else "2 threads", took,
                 len(left)))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scale")
    s.add_argument("--draws", type=int, nargs="+", default=[20, 60])
    s.add_argument("--jobs", type=int, default=1)
    e = sub.add_parser("exactness")
    e.add_argument("--industries", type=int, default=12)
    e.add_argument("--draws", type=int, default=100)
    n = sub.add_parser("naive")
    n.add_argument("--industries", type=int, default=4)
    n.add_argument("--draws", type=int, default=3)
    n.add_argument("--sigma", type=float, default=3500.0)
    n.add_argument("--tol", type=float, default=1e-2)
    g = sub.add_parser("goal")
    g.add_argument("--draws", type=int, default=1000)
    g.add_argument("--precision", type=float, default=0.01)
    g.add_argument("--jobs", type=int, default=2, help="threads")
    g.add_argument("--processes", type=int, default=0, help="worker processes (0: threads)")
    g.add_argument("--out", default="coagg_goal")
    pp = sub.add_parser("paper")
    pp.add_argument("--draws", type=int, default=1000)
    pp.add_argument("--precision", type=float, default=0.01)
    pp.add_argument("--jobs", type=int, default=2, help="threads")
    pp.add_argument("--processes", type=int, default=2, help="worker processes (0: threads)")
    pp.add_argument("--profile-rows", type=int, default=0)
    pp.add_argument("--rows", type=int, nargs="*", default=[],
                    help="profile these rows (rank of size: 0 smallest, -1 largest)")
    pp.add_argument("--cprofile", type=int, default=1, help="0: CPU times without cProfile")
    pp.add_argument("--national", action="store_true",
                    help="300 industries, 100,000 firms (the national scale), for profiles")
    pp.add_argument("--size-step", type=int, default=1,
                    help="profile every k-th draw size only (a sample of the columns)")
    pp.add_argument("--out", default="")
    pa = sub.add_parser("pairs")
    pa.add_argument("--draws", type=int, default=1000)
    pa.add_argument("--precision", type=float, default=0.01)
    pa.add_argument("--rows", type=int, default=5)
    pa.add_argument("--cols", type=int, default=4)
    cc = sub.add_parser("cancel")
    cc.add_argument("--processes", type=int, default=2)
    cc.add_argument("--after", type=float, default=60.0)
    c = sub.add_parser("accuracy")
    c.add_argument("--sigma", type=float, default=3500.0)
    args = ap.parse_args()
    {"scale": scale, "exactness": exactness, "naive": naive, "goal": goal,
     "accuracy": accuracy, "paper": paper, "pairs": pairs,
     "cancel": cancel}[args.cmd](args)


if __name__ == "__main__":
    main()
