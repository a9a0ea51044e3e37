# Wrong: off-by-one when building the training part, so one index after the fold is dropped.
import numpy as np


def k_fold_indices(n, k):
    if k < 2 or k > n:
        raise ValueError("need 2 <= k <= n")
    base, extra = divmod(n, k)
    idx = np.arange(n)
    folds, start = [], 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        folds.append((np.concatenate([idx[:start], idx[stop + 1:]]), idx[start:stop]))
        start = stop
    return folds
