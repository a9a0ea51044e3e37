# Wrong: samples proportional to the distance D instead of the squared distance D^2.
import numpy as np


def kmeans_plus_plus(X, k, rng):
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    idx = [int(rng.integers(n))]
    d = np.sqrt(((X - X[idx[0]]) ** 2).sum(axis=1))
    while len(idx) < k:
        j = int(rng.choice(n, p=d / d.sum()))
        idx.append(j)
        d = np.minimum(d, np.sqrt(((X - X[j]) ** 2).sum(axis=1)))
    idx = np.array(idx)
    return X[idx], idx
