# Wrong complexity: scans all events once per user (O(n * users)).
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
    out = np.empty(n, dtype=np.int64)
    next_id = 0
    for user in np.unique(u):
        idx = np.flatnonzero(u == user)
        idx = idx[np.argsort(ts[idx], kind="stable")]
        new = np.ones(idx.size, dtype=bool)
        new[1:] = np.diff(ts[idx]) > gap
        out[idx] = next_id + np.cumsum(new) - 1
        next_id += int(new.sum())
    return out
