# Wrong: scales D by sqrt(n + m) instead of sqrt(n m / (n + m)) for lambda.
import math

import numpy as np


def _sample(name, v):
    v = np.asarray(v, dtype=np.float64)
    if v.ndim != 1 or v.size == 0:
        raise ValueError("%s must be a non-empty 1-D sequence" % name)
    if not np.all(np.isfinite(v)):
        raise ValueError("%s must hold only finite values" % name)
    return v


def kolmogorov_sf(lam):
    lam = float(lam)
    if not math.isfinite(lam) or lam < 0:
        raise ValueError("lam must be a finite number >= 0")
    if lam < 0.3:
        return 1.0
    total = 0.0
    for j in range(1, 101):
        term = math.exp(-2.0 * j * j * lam * lam)
        total += term if j % 2 == 1 else -term
        if term < 1e-17:
            break
    return min(1.0, max(0.0, 2.0 * total))


def ks_two_sample(x, y):
    x = np.sort(_sample("x", x))
    y = np.sort(_sample("y", y))
    n, m = x.size, y.size
    pooled = np.concatenate([x, y])
    fx = np.searchsorted(x, pooled, side="right") / n
    fy = np.searchsorted(y, pooled, side="right") / m
    d = float(np.max(np.abs(fx - fy)))
    lam = math.sqrt(n + m) * d
    return d, kolmogorov_sf(lam)
