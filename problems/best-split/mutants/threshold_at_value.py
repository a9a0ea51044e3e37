# Wrong: uses the observed value itself as the threshold instead of the midpoint to the next distinct value.
import numpy as np


def _gini(labels):
    if len(labels) == 0:
        return 0.0
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
        for t in vals[:-1]:
            mask = X[:, j] <= t
            s = (mask.sum() * _gini(y[mask]) + (~mask).sum() * _gini(y[~mask])) / n
            if best is None or s < best[2] - 1e-12:
                best = (j, float(t), float(s))
    return best
