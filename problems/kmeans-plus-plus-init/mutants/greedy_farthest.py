# Wrong: deterministic farthest-point choice (argmax of D^2) instead of sampling proportional to D^2.
import numpy as np


def kmeans_plus_plus(X, k, rng):
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    idx = [int(rng.integers(n))]
    d2 = ((X - X[idx[0]]) ** 2).sum(axis=1)
    while len(idx) < k:
        j = int(np.argmax(d2))
        idx.append(j)
        d2 = np.minimum(d2, ((X - X[j]) ** 2).sum(axis=1))
    idx = np.array(idx)
    return X[idx], idx
