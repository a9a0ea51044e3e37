# Wrong: keeps the dtype grad_fn returns, so float32 gradients come back float32 instead of float64.
import numbers

import numpy as np


def accumulate_gradients(grad_fn, X, y, micro_batch_size):
    X = np.asarray(X)
    y = np.asarray(y)
    if isinstance(micro_batch_size, bool) or not isinstance(micro_batch_size, numbers.Integral) or micro_batch_size < 1:
        raise ValueError("micro_batch_size must be a positive integer, got %r" % (micro_batch_size,))
    N = len(X)
    if N == 0 or len(y) != N:
        raise ValueError("X and y must hold the same positive number of samples")
    total_loss = 0.0
    total = None
    for start in range(0, N, micro_batch_size):
        stop = min(start + micro_batch_size, N)
        loss, grads = grad_fn(X[start:stop], y[start:stop])
        share = (stop - start) / N
        total_loss += share * float(loss)
        if total is None:
            total = {k: share * np.array(g) for k, g in grads.items()}
        else:
            for k, g in grads.items():
                total[k] = total[k] + share * np.asarray(g)
    return total_loss, total
