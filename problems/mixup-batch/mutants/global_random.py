# Wrong: draws lam and the permutation from the global np.random instead of rng.
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
    lam = float(np.random.beta(alpha, alpha))
    perm = np.random.permutation(x.shape[0])
    x_mixed = lam * x + (1.0 - lam) * x[perm]
    y_mixed = lam * y + (1.0 - lam) * y[perm]
    return x_mixed, y_mixed, lam, perm
