# Wrong: uses ceil(n / k) for every fold, so the last folds shrink (or vanish) instead of differing by at most 1.
import math

import numpy as np


def k_fold_indices(n, k):
    if k < 2 or k > n:
        raise ValueError("need 2 <= k <= n")
    size = math.ceil(n / k)
    idx = np.arange(n)
    folds = []
    for f in range(k):
        start, stop = min(f * size, n), min((f + 1) * size, n)
        folds.append((np.concatenate([idx[:start], idx[stop:]]), idx[start:stop]))
    return folds
