# Wrong: blends in place into x (an alias of the caller's float array), and reads x[perm] after x was scaled.
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
        raise ValueError("x must have a batch axis with at least one sample")
    if y.ndim != 2 or y.shape[0] != x.shape[0]:
        raise ValueError("y must have shape (n, C)")
    lam = float(rng.beta(alpha, alpha))
    perm = rng.permutation(x.shape[0])
    x_mixed = x
    x_mixed *= lam
    x_mixed += (1.0 - lam) * x[perm]
    y_mixed = lam * y + (1.0 - lam) * y[perm]
    return x_mixed, y_mixed, lam, perm
