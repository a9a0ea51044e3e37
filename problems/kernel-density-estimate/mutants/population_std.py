# Wrong: uses the population standard deviation (divide by n) in Silverman's rule.
import math

import numpy as np


def _sample(name, v, allow_empty=False):
    v = np.asarray(v, dtype=np.float64)
    if v.ndim != 1:
        raise ValueError("%s must be 1-D" % name)
    if v.size == 0 and not allow_empty:
        raise ValueError("%s must not be empty" % name)
    if not np.all(np.isfinite(v)):
        raise ValueError("%s must hold only finite values" % name)
    return v


def gaussian_kde(x_train, x_query, bandwidth):
    x = _sample("x_train", x_train)
    q = _sample("x_query", x_query, allow_empty=True)
    if isinstance(bandwidth, bool) or not isinstance(bandwidth, (int, float, np.integer, np.floating)):
        raise ValueError("bandwidth must be a number")
    h = float(bandwidth)
    if not math.isfinite(h) or h <= 0:
        raise ValueError("bandwidth must be a positive finite number")
    z = (q[:, None] - x[None, :]) / h
    return np.exp(-0.5 * z * z).sum(axis=1) / (x.size * h * math.sqrt(2.0 * math.pi))


def silverman_bandwidth(x):
    x = _sample("x", x)
    n = x.size
    if n < 2:
        raise ValueError("need at least two values")
    s = math.sqrt(float(np.sum((x - x.mean()) ** 2)) / n)
    if s == 0.0:
        raise ValueError("the data are constant: no bandwidth can be chosen")
    q1, q3 = np.percentile(x, [25, 75])
    spread = min(s, (q3 - q1) / 1.34) if q3 > q1 else s
    return float(0.9 * spread * n ** (-0.2))
