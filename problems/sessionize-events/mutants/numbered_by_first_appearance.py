# Wrong: numbers sessions in order of their first event in the input instead of by (user, start time).
import math
import numbers

import numpy as np


def sessionize(user_ids, timestamps, gap=1800):
    u = np.asarray(user_ids)
    ts = np.asarray(timestamps, dtype=np.float64)
    if u.ndim != 1 or ts.ndim != 1:
        raise ValueError("user_ids and timestamps must be 1-D")
    if u.shape != ts.shape:
        raise ValueError("user_ids has %d entries but timestamps has %d" % (u.size, ts.size))
    if u.size and (u.dtype.kind not in "iu"):
        raise ValueError("user_ids must be integers, got dtype %s" % u.dtype)
    if not np.all(np.isfinite(ts)):
        raise ValueError("timestamps must be finite")
    if isinstance(gap, bool) or not isinstance(gap, numbers.Real) or not math.isfinite(gap) or gap <= 0:
        raise ValueError("gap must be a positive finite number, got %r" % (gap,))
    n = u.size
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((ts, u))
    su, st = u[order], ts[order]
    new = np.ones(n, dtype=bool)
    new[1:] = (su[1:] != su[:-1]) | (st[1:] - st[:-1] > gap)
    sid_sorted = np.cumsum(new) - 1
    out = np.empty(n, dtype=np.int64)
    out[order] = sid_sorted
    _, first = np.unique(out, return_index=True)
    rank = np.empty(first.size, dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(first.size)
    return rank[out]
