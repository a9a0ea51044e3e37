# Wrong: no special case for singletons, so a = 0 and s = (b - 0) / b = 1 for a point alone in its cluster.
import numpy as np


def silhouette_score(X, labels):
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    clusters = np.unique(labels)
    if len(clusters) < 2:
        raise ValueError("need at least 2 clusters")
    D = np.sqrt(((X[:, None] - X[None]) ** 2).sum(-1))
    s = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        a = D[i, own].sum() / max(own.sum() - 1, 1)
        b = min(D[i, labels == c].mean() for c in clusters if c != labels[i])
        if max(a, b) > 0:
            s[i] = (b - a) / max(a, b)
    return float(s.mean())
