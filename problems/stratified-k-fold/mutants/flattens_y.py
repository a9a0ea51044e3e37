import numpy as np


def stratified_k_fold(y, k):
    y = np.asarray(y).ravel()
    n = y.size
    if k < 2 or k > n:
        raise ValueError("need 2 <= k <= n")
    # Sorting by class with a stable sort lists each class's indices in
    # original order, classes in ascending order; dealing that sequence
    # round-robin is the same as one fold pointer running across classes.
    order = np.argsort(y, kind="stable")
    folds = np.empty(n, dtype=np.int64)
    folds[order] = np.arange(n) % k
    return folds
