# Wrong: gives every fold n // k indices and dumps the whole remainder into the last fold.
import numpy as np


def k_fold_indices(n, k):
    if k < 2 or k > n:
        raise ValueError("need 2 <= k <= n")
    size = n // k
    idx = np.arange(n)
    folds = []
    for f in range(k):
        start = f * size
        stop = n if f == k - 1 else start + size
        folds.append((np.concatenate([idx[:start], idx[stop:]]), idx[start:stop]))
    return folds
