# Wrong: resets the fold pointer to 0 for every class, so small classes pile up in the first folds.
import numpy as np


def stratified_k_fold(y, k):
    y = np.asarray(y)
    n = y.size
    if k < 2 or k > n:
        raise ValueError("need 2 <= k <= n")
    fold = np.empty(n, dtype=np.int64)
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        fold[idx] = np.arange(idx.size) % k
    return fold
