# Wrong: uses the population standard deviation (divides by count, not count - 1).
import numbers

import numpy as np


def rolling_mean_std(x, window, min_periods=None):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if not np.all(np.isfinite(x)):
        raise ValueError("x must be finite")
    if isinstance(window, bool) or not isinstance(window, numbers.Integral) or window < 1:
        raise ValueError("window must be an integer >= 1")
    if min_periods is None:
        min_periods = window
    if isinstance(min_periods, bool) or not isinstance(min_periods, numbers.Integral) or not 1 <= min_periods <= window:
        raise ValueError("min_periods must be an integer in [1, window]")
    n = x.size
    mean = np.full(n, np.nan)
    std = np.full(n, np.nan)
    # Sliding Welford: add the new value, remove the one that leaves the window.
    count, m, m2 = 0, 0.0, 0.0
    for t in range(n):
        v = x[t]
        count += 1
        d = v - m
        m += d / count
        m2 += d * (v - m)
        if count > window:
            old = x[t - window]
            count -= 1
            d_old = old - m
            m -= d_old / count
            m2 -= d_old * (old - m)
        if count >= min_periods:
            mean[t] = m
            if count >= 2:
                std[t] = np.sqrt(max(m2, 0.0) / count)
    return mean, std
