# Wrong: D^2 is measured to the most recently chosen centre only, not to the nearest chosen centre.
import numpy as np


def kmeans_plus_plus(X, k, rng):
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    idx = [int(rng.integers(n))]
    while len(idx) < k:
        d2 = ((X - X[idx[-1]]) ** 2).sum(axis=1)
        idx.append(int(rng.choice(n, p=d2 / d2.sum())))
    idx = np.array(idx)
    return X[idx], idx
