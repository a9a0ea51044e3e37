# Wrong: a(i) divides by the cluster size |C_i| instead of |C_i| - 1 (counts the zero distance to itself).
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
        a = D[i, own].mean()
        b = min(D[i, labels == c].mean() for c in clusters if c != labels[i])
        if max(a, b) > 0:
            s[i] = (b - a) / max(a, b)
    return float(s.mean())
