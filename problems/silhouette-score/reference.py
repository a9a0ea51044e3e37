import numpy as np


def silhouette_score(X, labels):
    X = np.asarray(X, dtype=np.float64)
    labels = np.asarray(labels)
    clusters, idx = np.unique(labels, return_inverse=True)
    idx = idx.ravel()
    k = len(clusters)
    if k < 2:
        raise ValueError("silhouette needs at least 2 clusters, got %d" % k)
    dist = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    sizes = np.bincount(idx, minlength=k)
    # sums[i, c] = total distance from point i to the members of cluster c.
    sums = np.stack([dist[:, idx == c].sum(axis=1) for c in range(k)], axis=1)
    n = len(idx)
    rows = np.arange(n)
    own = sizes[idx]
    a = sums[rows, idx] / np.maximum(own - 1, 1)  # the distance to itself is 0
    means = sums / sizes[None, :]
    means[rows, idx] = np.inf
    b = means.min(axis=1)
    denom = np.maximum(a, b)
    s = np.where((own > 1) & (denom > 0), (b - a) / np.where(denom > 0, denom, 1.0), 0.0)
    return float(s.mean())
