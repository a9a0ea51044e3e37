# Wrong: compares with <=, so among tied scores the last candidate (highest feature/threshold) wins.
import numpy as np


def _gini(labels):
    _, c = np.unique(labels, return_counts=True)
    p = c / len(labels)
    return 1.0 - np.sum(p ** 2)


def best_split(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    best = None
    for j in range(d):
        vals = np.unique(X[:, j])
        for a, b in zip(vals[:-1], vals[1:]):
            t = (a + b) / 2
            mask = X[:, j] <= t
            s = (mask.sum() * _gini(y[mask]) + (~mask).sum() * _gini(y[~mask])) / n
            if best is None or s <= best[2] + 1e-12:
                best = (j, float(t), float(s))
    return best
