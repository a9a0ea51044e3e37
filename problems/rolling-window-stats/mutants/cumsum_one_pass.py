# Wrong: running sums of x and x**2 with var = (S2 - S1**2 / k) / (k - 1), which loses every digit for values near 1e6.
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
    c1 = np.concatenate([[0.0], np.cumsum(x)])
    c2 = np.concatenate([[0.0], np.cumsum(x * x)])
    t = np.arange(n)
    lo = np.maximum(0, t - window + 1)
    k = (t + 1 - lo).astype(float)
    s1 = c1[t + 1] - c1[lo]
    s2 = c2[t + 1] - c2[lo]
    mean = s1 / k
    with np.errstate(invalid="ignore", divide="ignore"):
        std = np.sqrt(np.maximum((s2 - s1 * s1 / k) / (k - 1), 0.0))
    mean[k < mp] = np.nan
    std[(k < mp) | (k < 2)] = np.nan
    return mean, std
