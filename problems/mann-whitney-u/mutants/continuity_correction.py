# Wrong: subtracts a continuity correction of 0.5 from |U - mean|.
import math

import numpy as np


def _sample(name, v):
    v = np.asarray(v, dtype=np.float64)
    if v.ndim != 1 or v.size == 0:
        raise ValueError("%s must be a non-empty 1-D sequence" % name)
    if not np.all(np.isfinite(v)):
        raise ValueError("%s must be finite" % name)
    return v


def mann_whitney_u(x, y):
    x, y = _sample("x", x), _sample("y", y)
    nx, ny = x.size, y.size
    n = nx + ny
    pooled = np.concatenate([x, y])
    order = np.argsort(pooled, kind="mergesort")
    sorted_vals = pooled[order]
    # average ranks of tied groups
    starts = np.flatnonzero(np.r_[True, sorted_vals[1:] != sorted_vals[:-1]])
    ends = np.r_[starts[1:], n]
    avg = (starts + ends + 1) / 2.0  # 1-based average rank of each group
    ranks = np.empty(n)
    ranks[order] = np.repeat(avg, ends - starts)
    u = float(ranks[:nx].sum() - nx * (nx + 1) / 2.0)
    t = (ends - starts).astype(np.float64)
    tie_term = float(np.sum(t ** 3 - t))
    var = nx * ny / 12.0 * ((n + 1) - (tie_term / (n * (n - 1)) if n > 1 else 0.0))
    if var <= 0:
        raise ValueError("all values are tied: the test is undefined")
    d = u - nx * ny / 2.0
    z = math.copysign(max(abs(d) - 0.5, 0.0), d) / math.sqrt(var)
    return u, float(z), math.erfc(abs(z) / math.sqrt(2.0))
