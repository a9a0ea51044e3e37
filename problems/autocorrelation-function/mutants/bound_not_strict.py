# Wrong: a lag whose |r[k]| equals the bound counts as significant (>= instead of >).
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
    return np.array([d[k:] @ d[: n - k] for k in range(int(max_lag) + 1)]) / denom


def significant_lags(y, max_lag, z=1.96):
    r = acf(y, max_lag)
    if not float(z) > 0:
        raise ValueError("z must be > 0")
    bound = float(z) / math.sqrt(len(np.asarray(y)))
    return [k for k in range(1, len(r)) if abs(r[k]) >= bound]
