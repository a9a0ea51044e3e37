# Wrong: deals classes in order of first appearance instead of ascending label order.
import numpy as np


def stratified_k_fold(y, k):
    y = np.asarray(y)
    n = y.size
    if k < 2 or k > n:
        raise ValueError("need 2 <= k <= n")
    _, first = np.unique(y, return_index=True)
    classes = y[np.sort(first)]
    fold = np.empty(n, dtype=np.int64)
    pointer = 0
    for c in classes:
        idx = np.flatnonzero(y == c)
        fold[idx] = (pointer + np.arange(idx.size)) % k
        pointer = (pointer + idx.size) % k
    return fold
