import numbers

import numpy as np


def seasonal_decompose(y, period):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1:
        raise ValueError("y must be 1-D, got shape %s" % (y.shape,))
    if not np.all(np.isfinite(y)):
        raise ValueError("y holds a non-finite value")
    if isinstance(period, bool) or not isinstance(period, numbers.Integral) or period < 2:
        raise ValueError("period must be an integer >= 2, got %r" % (period,))
    m = int(period)
    n = y.size
    if n < 2 * m:
        raise ValueError("need at least two full periods (%d values), got %d" % (2 * m, n))
    h = m // 2
    if m % 2:
        weights = np.full(m, 1.0 / m)
    else:
        weights = np.full(m + 1, 1.0 / m)
        weights[0] = weights[-1] = 0.5 / m
    trend = np.full(n, np.nan)
    width = weights.size
    windows = np.lib.stride_tricks.sliding_window_view(y, width)
    trend[h: n - h] = windows @ weights
    detrended = y - trend
    raw = np.array([np.nanmean(detrended[j::m]) for j in range(m)])
    index = raw - raw.mean()
    seasonal = index[np.arange(n) % m]
    resid = y - trend - seasonal
    return trend, seasonal, resid
