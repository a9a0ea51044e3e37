# Wrong: shuffles with the legacy np.random.RandomState(seed), whose stream differs from default_rng(seed).
import numbers

import numpy as np


def iterate_minibatches(X, y, batch_size, shuffle=True, seed=None, drop_last=False):
    X = np.asarray(X)
    y = np.asarray(y)
    if isinstance(batch_size, bool) or not isinstance(batch_size, numbers.Integral) or batch_size <= 0:
        raise ValueError("batch_size must be a positive integer, got %r" % (batch_size,))
    if X.ndim == 0 or y.ndim == 0 or X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of samples")
    n = X.shape[0]
    order = np.random.RandomState(seed).permutation(n) if shuffle else np.arange(n)
    return _batches(X, y, order, batch_size, drop_last)


def _batches(X, y, order, batch_size, drop_last):
    n = len(order)
    for start in range(0, n, batch_size):
        idx = order[start:start + batch_size]
        if drop_last and len(idx) < batch_size:
            return
        yield X[idx], y[idx]
