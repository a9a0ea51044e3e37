# Wrong: computes each autocovariance in one pass, sum(y[t] * y[t-k]) / n - mean^2, which cancels badly far from zero.
import numbers

import numpy as np


def _acf(y, max_lag):
    n = y.size
    m = y.mean()
    gamma = np.array([y[k:] @ y[: n - k] / n - m * m * (n - k) / n for k in range(max_lag + 1)])
    return gamma / gamma[0]


def pacf(y, max_lag):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1 or y.size < 2:
        raise ValueError("y must be 1-D with at least two values")
    if not np.all(np.isfinite(y)):
        raise ValueError("y holds a non-finite value")
    n = y.size
    if isinstance(max_lag, bool) or not isinstance(max_lag, numbers.Integral) or not 0 <= max_lag < n:
        raise ValueError("max_lag must be an integer with 0 <= max_lag < n = %d, got %r" % (n, max_lag))
    if np.all(y == y[0]):
        raise ValueError("y is constant: the autocorrelation is undefined")
    p = int(max_lag)
    r = _acf(y, p)
    out = np.empty(p + 1)
    out[0] = 1.0
    phi = np.zeros(0)
    for k in range(1, p + 1):
        num = r[k] - phi @ r[k - 1: 0: -1] if k > 1 else r[1]
        den = 1.0 - phi @ r[1:k] if k > 1 else 1.0
        a = num / den
        phi = np.append(phi - a * phi[::-1], a)
        out[k] = a
    return out
