# Wrong: computes each sum of squares in one pass as sum(x**2) - n * mean**2, which cancels catastrophically near 1e6.
import numpy as np


def one_way_anova(groups):
    if isinstance(groups, np.ndarray) and groups.ndim == 2:
        groups = list(groups)
    if not isinstance(groups, (list, tuple)):
        raise ValueError("groups must be a list or tuple of groups")
    arrays = []
    for i, g in enumerate(groups):
        a = np.asarray(g, dtype=np.float64)
        if a.ndim != 1 or a.size == 0:
            raise ValueError("group %d must be a non-empty 1-D sequence" % i)
        if not np.all(np.isfinite(a)):
            raise ValueError("group %d holds a non-finite value" % i)
        arrays.append(a)
    k = len(arrays)
    if k < 2:
        raise ValueError("need at least two groups")
    n_total = sum(a.size for a in arrays)
    if n_total <= k:
        raise ValueError("need more values than groups (N > k)")
    if all(np.all(a == a[0]) for a in arrays):
        raise ValueError("every group is constant: the within-group variation is 0 and F is undefined")
    grand = np.concatenate(arrays).mean()
    means = [a.mean() for a in arrays]
    allv = np.concatenate(arrays)
    ss_total = float(np.sum(allv ** 2) - allv.size * grand ** 2)
    ss_within = float(sum(np.sum(a ** 2) - a.size * m ** 2 for a, m in zip(arrays, means)))
    ss_between = ss_total - ss_within
    df_between, df_within = k - 1, n_total - k
    f = (ss_between / df_between) / (ss_within / df_within)
    eta = ss_between / (ss_between + ss_within)
    return float(f), int(df_between), int(df_within), float(eta)
