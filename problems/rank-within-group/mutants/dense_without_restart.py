# Wrong: counts distinct values from the start of the whole array, so dense ranks do not restart per group.
import numpy as np

METHODS = ("average", "min", "max", "dense", "first")


def rank_within_group(groups, values, method="average", ascending=True):
    g = np.asarray(groups)
    v = np.asarray(values, dtype=np.float64)
    if g.ndim != 1 or v.ndim != 1 or g.shape != v.shape:
        raise ValueError("groups and values must be 1-D of the same length")
    if method not in METHODS:
        raise ValueError("method must be one of %s" % (METHODS,))
    if np.any(np.isinf(v)):
        raise ValueError("values must not be infinite")
    n = v.size
    out = np.full(n, np.nan)
    ok = np.flatnonzero(~np.isnan(v))
    if ok.size == 0:
        return out
    _, gid = np.unique(g[ok], return_inverse=True)
    gid = gid.reshape(-1)
    key = v[ok] if ascending else -v[ok]
    # sort by group, then value, then original position (stable)
    order = np.lexsort((ok, key, gid))
    sg, sk = gid[order], key[order]
    m = ok.size
    new_group = np.r_[True, sg[1:] != sg[:-1]]
    new_value = new_group | np.r_[True, sk[1:] != sk[:-1]]
    pos = np.arange(m)
    group_start = np.maximum.accumulate(np.where(new_group, pos, 0))
    tie_start = np.maximum.accumulate(np.where(new_value, pos, 0))
    tie_id = np.cumsum(new_value) - 1
    tie_end = np.empty(m, dtype=np.int64)  # last position of each tie run
    run_last = np.r_[np.flatnonzero(new_value)[1:] - 1, m - 1]
    tie_end = run_last[tie_id]
    first = pos - group_start + 1.0
    lo = tie_start - group_start + 1.0
    hi = tie_end - group_start + 1.0
    if method == "first":
        r = first
    elif method == "min":
        r = lo
    elif method == "max":
        r = hi
    elif method == "average":
        r = (lo + hi) / 2.0
    else:  # dense
        dense = np.cumsum(new_value)
        r = dense.astype(np.float64)
    ranks = np.empty(m)
    ranks[order] = r
    out[ok] = ranks
    return out
