# Wrong: draws a separate lam for every sample (and returns their mean).
import math
import numbers

import numpy as np


def mixup_batch(x, y, alpha, rng):
    if isinstance(alpha, bool) or not isinstance(alpha, numbers.Real):
        raise TypeError("alpha must be a real number, got %r" % (alpha,))
    if not math.isfinite(alpha) or alpha <= 0:
        raise ValueError("alpha must be a finite number > 0, got %r" % (alpha,))
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim < 1 or x.shape[0] < 1:
        raise ValueError("x must have a batch axis with at least one sample, got shape %s" % (x.shape,))
    if y.ndim != 2 or y.shape[0] != x.shape[0]:
        raise ValueError("y must have shape (n, C) with n = %d, got %s" % (x.shape[0], y.shape))
    lams = rng.beta(alpha, alpha, size=x.shape[0])
    perm = rng.permutation(x.shape[0])
    lx = lams.reshape((-1,) + (1,) * (x.ndim - 1))
    x_mixed = lx * x + (1.0 - lx) * x[perm]
    y_mixed = lams[:, None] * y + (1.0 - lams[:, None]) * y[perm]
    return x_mixed, y_mixed, float(lams.mean()), perm
