import numpy as np


def k_fold_indices(n, k):
    if k < 1 or k > n:
        raise ValueError("need 2 <= k <= n")
    base, extra = divmod(n, k)
    idx = np.arange(n)
    folds = []
    start = 0
    for f in range(k):
        size = base + (1 if f < extra else 0)
        stop = start + size
        val = idx[start:stop]
        train = np.concatenate([idx[:start], idx[stop:]])
        folds.append((train, val))
        start = stop
    return folds
