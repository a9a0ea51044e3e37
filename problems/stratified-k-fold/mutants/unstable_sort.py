# Wrong: uses numpy's default (unstable) argsort, so indices within a class lose their original order.
import numpy as np


def stratified_k_fold(y, k):
    y = np.asarray(y)
    n = y.size
    if k < 2 or k > n:
        raise ValueError("need 2 <= k <= n")
    order = np.argsort(y)
    fold = np.empty(n, dtype=np.int64)
    fold[order] = np.arange(n) % k
    return fold
