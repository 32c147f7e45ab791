"""Tables of a co-agglomeration result (:class:`~.coagglomeration.CoaggResult`): one row per
ordered pair, per industry, per group (Table 3 of Kang et al.) and the ranked core industries,
with their column names and types (what the algorithm writes)."""
import numpy as np


PAIR_COLUMNS = [("industry_j", "string"), ("industry_k", "string"), ("group_j", "string"),
                ("group_k", "string"), ("same_group", "int"), ("self_pair", "int"),
                ("n_j", "int"), ("n_k", "int"), ("w", "double"), ("coagg", "double"),
                ("significant", "int"), ("separated", "int"), ("draws", "int")]

INDUSTRY_COLUMNS = [("industry", "string"), ("group", "string"), ("firms", "int"),
                    ("pairs", "int"), ("sig", "int"), ("sig_within", "int"),
                    ("sig_cross", "int"), ("separated", "int"), ("mean_coagg", "double")]

GROUP_COLUMNS = [("group", "string"), ("industries", "int"), ("pairs", "int"),
                 ("pairs_within", "int"), ("pairs_cross", "int"), ("sig", "int"),
                 ("sig_within", "int"), ("sig_cross", "int"), ("mean_coagg", "double")]

CORE_COLUMNS = [("rank", "int"), ("code", "string"), ("industries", "int"), ("sig", "int"),
                ("sig_within", "int"), ("sig_cross", "int"), ("mean_coagg", "double")]


def _pair_mask(res, include_self):
    K = len(res.codes)
    m = np.ones((K, K), dtype=bool)
    if not include_self:
        np.fill_diagonal(m, False)
    return m


def pair_rows(res, level=0.95, sep_level=0.05):
    """One row per ordered pair (j, k) in the order of :data:`PAIR_COLUMNS`."""
    c = res.coagg
    rows = []
    for j, cj in enumerate(res.codes):
        for k, ck in enumerate(res.codes):
            rows.append([cj, ck, res.groups[j], res.groups[k], int(res.groups[j] == res.groups[k]),
                         int(j == k), int(res.sizes[j]), int(res.sizes[k]), float(res.W[j, k]),
                         float(c[j, k]), int(c[j, k] >= level), int(c[j, k] <= sep_level),
                         int(res.draws if res.used is None else res.used[j, k])])
    return rows


def industry_rows(res, level=0.95, sep_level=0.05, include_self=True):
    """Per industry j (row convention): pairs, significant pairs within / across its group,
    significant separations, mean Coagg over its row."""
    c = res.coagg
    m = _pair_mask(res, include_self)
    g = np.array(res.groups, dtype=object)
    rows = []
    for j, cj in enumerate(res.codes):
        same = g == res.groups[j]
        sig = (c[j] >= level) & m[j]
        rows.append([cj, res.groups[j], int(res.sizes[j]), int(m[j].sum()), int(sig.sum()),
                     int((sig & same).sum()), int((sig & ~same).sum()),
                     int(((c[j] <= sep_level) & m[j]).sum()), float(c[j][m[j]].mean())])
    return rows


def group_rows(res, level=0.95, include_self=True):
    """Per group (two-digit industry) in the form of Table 3 of Kang et al.: pairs counted by
    the row industry j (a group of 9 industries among 181 has 9 x 181 = 1,629 pairs, 81 within
    the group when self-pairs are included), significant pairs within / across, mean Coagg."""
    c = res.coagg
    m = _pair_mask(res, include_self)
    g = np.array(res.groups, dtype=object)
    rows = []
    for grp in sorted(set(res.groups)):
        rj = g == grp
        rowm = m & rj[:, None]
        within = rowm & rj[None, :]
        cross = rowm & ~rj[None, :]
        sig = c >= level
        rows.append([grp, int(rj.sum()), int(rowm.sum()), int(within.sum()), int(cross.sum()),
                     int((sig & rowm).sum()), int((sig & within).sum()),
                     int((sig & cross).sum()), float(c[rowm].mean())])
    return rows


def core_rows(groups_table, n_core=3):
    """The ``n_core`` groups with the most significant pairs (ties: higher mean Coagg, then
    code), ranked, in the order of :data:`CORE_COLUMNS`."""
    ranked = sorted(groups_table, key=lambda r: (-r[5], -r[8], r[0]))
    return [[i + 1, r[0], r[1], r[5], r[6], r[7], r[8]]
            for i, r in enumerate(ranked[:max(0, int(n_core))])]
