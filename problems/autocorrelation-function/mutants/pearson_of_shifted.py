# Wrong: correlates y[k:] with y[:n-k] using each slice's own mean and spread.
import math
import numbers

import numpy as np


def acf(y, max_lag):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1 or y.size < 2:
        raise ValueError("y must be 1-D with at least two values")
    if not np.all(np.isfinite(y)):
        raise ValueError("y must be finite")
    if isinstance(max_lag, bool) or not isinstance(max_lag, numbers.Integral) or not 0 <= max_lag <= y.size - 1:
        raise ValueError("max_lag must be an integer in [0, n - 1]")
    d = y - y.mean()
    denom = d @ d
    if denom == 0.0:
        raise ValueError("y is constant: the autocorrelation is undefined")
    n = y.size
    out = [1.0]
    for k in range(1, int(max_lag) + 1):
        a, b = y[k:] - y[k:].mean(), y[: n - k] - y[: n - k].mean()
        out.append(float(a @ b / np.sqrt((a @ a) * (b @ b))) if (a @ a) * (b @ b) > 0 else 0.0)
    return np.array(out)


def significant_lags(y, max_lag, z=1.96):
    r = acf(y, max_lag)
    if not float(z) > 0:
        raise ValueError("z must be > 0")
    bound = float(z) / math.sqrt(len(np.asarray(y)))
    return [k for k in range(1, len(r)) if abs(r[k]) > bound]
