"""Synthetic firms for the co-agglomeration benchmark (no QGIS): Zipf-weighted 'cities' in a
700 x 500 km region (metres), industries as Dirichlet mixtures over the cities with a 5 %
uniform background; industries of one group share a cluster preference, so within-group pairs
tend to co-agglomerate."""
import numpy as np


def make_firms(n_firms=8000, n_ind=40, n_groups=8, n_cities=40, seed=1):
    rng = np.random.default_rng(seed)
    centres = np.column_stack([rng.uniform(0, 700e3, n_cities), rng.uniform(0, 500e3, n_cities)])
    spread = rng.uniform(3e3, 23e3, n_cities)
    city_w = 1.0 / np.arange(1, n_cities + 1)
    sizes = rng.lognormal(0, 0.8, n_ind)
    sizes = np.maximum(10, np.round(sizes / sizes.sum() * n_firms)).astype(int)
    group_pref = [rng.dirichlet(np.full(n_cities, 0.3)) for _ in range(n_groups)]
    xy, codes = [], []
    for i in range(n_ind):
        g = i % n_groups
        mix = 0.6 * group_pref[g] + 0.4 * rng.dirichlet(np.full(n_cities, 0.3))
        mix = mix * city_w
        mix /= mix.sum()
        n = sizes[i]
        nb = rng.binomial(n, 0.05)
        c = rng.choice(n_cities, n - nb, p=mix)
        pts = centres[c] + rng.standard_normal((n - nb, 2)) * spread[c, None]
        bg = np.column_stack([rng.uniform(0, 700e3, nb), rng.uniform(0, 500e3, nb)])
        xy.append(np.vstack([pts, bg]))
        codes += ["%02d%d" % (10 + g, i // n_groups)] * n
    return np.vstack(xy), codes
