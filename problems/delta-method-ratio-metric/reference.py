import math
from statistics import NormalDist

import numpy as np


def _arm(name, y, x):
    y = np.asarray(y, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    if y.ndim != 1 or x.ndim != 1 or y.shape != x.shape:
        raise ValueError("%s: numerator and denominator must be 1-D of the same length" % name)
    n = y.size
    if n < 2:
        raise ValueError("%s: need at least two units" % name)
    if not (np.all(np.isfinite(y)) and np.all(np.isfinite(x))):
        raise ValueError("%s: values must be finite" % name)
    mx, my = x.mean(), y.mean()
    if mx == 0.0:
        raise ValueError("%s: the denominator has mean 0" % name)
    dx, dy = x - mx, y - my
    vx = dx @ dx / (n - 1)
    vy = dy @ dy / (n - 1)
    cxy = dx @ dy / (n - 1)
    ratio = my / mx
    var = (vy / mx ** 2 - 2.0 * my * cxy / mx ** 3 + my ** 2 * vx / mx ** 4) / n
    return float(ratio), float(max(var, 0.0))


def ratio_metric_test(y_a, x_a, y_b, x_b, alpha=0.05):
    if not 0.0 < float(alpha) < 1.0:
        raise ValueError("alpha must be strictly between 0 and 1")
    ra, va = _arm("arm A", y_a, x_a)
    rb, vb = _arm("arm B", y_b, x_b)
    diff = rb - ra
    se = math.sqrt(va + vb)
    if se == 0.0:
        raise ValueError("the standard error is 0: both ratios are exact")
    z = diff / se
    p = math.erfc(abs(z) / math.sqrt(2.0))
    q = NormalDist().inv_cdf(1.0 - float(alpha) / 2.0)
    return {"ratio_a": ra, "ratio_b": rb, "diff": diff, "se": se, "z": z, "p_value": p,
            "ci_low": diff - q * se, "ci_high": diff + q * se}
