# Wrong: uses a centred window around t (half of it in the future) instead of a trailing one.
import math
import numbers

import numpy as np


def rolling_mean_std(x, window, min_periods=None):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 1 or not np.all(np.isfinite(x)):
        raise ValueError("bad x")
    if isinstance(window, bool) or not isinstance(window, numbers.Integral) or window < 1:
        raise ValueError("bad window")
    mp = window if min_periods is None else min_periods
    if isinstance(mp, bool) or not isinstance(mp, numbers.Integral) or not 1 <= mp <= window:
        raise ValueError("bad min_periods")
    n = x.size
    mean = np.full(n, np.nan)
    std = np.full(n, np.nan)
    half = window // 2
    for t in range(n):
        lo, hi = max(0, t - half), min(n, t - half + window)
        w = x[lo:hi]
        if w.size >= mp:
            mean[t] = w.mean()
            if w.size >= 2:
                std[t] = w.std(ddof=1)
    return mean, std
