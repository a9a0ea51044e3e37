# Wrong: b(i) is the distance to the nearest point of another cluster, not the mean distance to the nearest cluster.
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
        if own.sum() == 1:
            continue
        a = D[i, own].sum() / (own.sum() - 1)
        b = D[i, ~own].min()
        if max(a, b) > 0:
            s[i] = (b - a) / max(a, b)
    return float(s.mean())
