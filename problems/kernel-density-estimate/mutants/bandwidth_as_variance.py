# Wrong: treats the bandwidth as a variance: exp(-(q - x)**2 / (2 h)) / sqrt(2 pi h).
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
    d = q[:, None] - x[None, :]
    return np.exp(-d * d / (2 * h)).sum(axis=1) / (x.size * math.sqrt(2.0 * math.pi * h))


def silverman_bandwidth(x):
    x = _sample("x", x)
    n = x.size
    if n < 2:
        raise ValueError("need at least two values")
    s = math.sqrt(float(np.sum((x - x.mean()) ** 2)) / (n - 1))
    if s == 0.0:
        raise ValueError("the data are constant: no bandwidth can be chosen")
    q1, q3 = np.percentile(x, [25, 75])
    spread = min(s, (q3 - q1) / 1.34) if q3 > q1 else s
    return float(0.9 * spread * n ** (-0.2))
