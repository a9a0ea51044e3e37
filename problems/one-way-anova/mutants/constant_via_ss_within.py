# Wrong: detects constant groups by SS_within == 0 in floating point, which rounding of the means can make slightly positive.
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
    grand = np.concatenate(arrays).mean()
    means = [a.mean() for a in arrays]
    ss_between = float(sum(a.size * (m - grand) ** 2 for a, m in zip(arrays, means)))
    ss_within = float(sum(np.sum((a - m) ** 2) for a, m in zip(arrays, means)))
    if ss_within == 0:
        raise ValueError("constant")
    df_between, df_within = k - 1, n_total - k
    f = (ss_between / df_between) / (ss_within / df_within)
    eta = ss_between / (ss_between + ss_within)
    return float(f), int(df_between), int(df_within), float(eta)
